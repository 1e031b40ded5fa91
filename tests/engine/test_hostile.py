"""Hostile and broken input: a clear answer in bounded time, and only the engine's own errors."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from bounce_doctor.engine import InputTooLargeError, Report
from bounce_doctor.engine.errors import InputProblem, Problem
from bounce_doctor.engine.inputs import display_name, read_path, read_stdin, split_mbox
from bounce_doctor.engine.limits import ENV_MAX_SIZE, Limits
from bounce_doctor.engine.model import Phrase

from ..conftest import SAMPLES
from .hostile import check

BOUNCE = (SAMPLES / "wrong-address.eml").read_bytes()
HEAD = b"From: MAILER-DAEMON@example.org\nTo: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n"


def _report(data: bytes | str, **kw: object) -> Report:
    r = check(data, **kw)  # type: ignore[arg-type]
    assert isinstance(r, Report), r
    return r


# --- broken MIME ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [10, 100, 400, 700, 1000, 1500, -200, -20])
def test_truncated_bounce(cut: int) -> None:
    check(BOUNCE[:cut])


def test_missing_closing_boundary_still_reads_the_report() -> None:
    cut = BOUNCE.rfind(b"\n--")
    r = _report(BOUNCE[:cut])
    assert r.recipients


def test_headers_without_a_body() -> None:
    r = _report(HEAD)
    assert r.subject == "Undelivered Mail Returned to Sender"
    _report(HEAD.rstrip(b"\n"))  # not even a final newline


def test_a_10_mb_line_is_cut_with_a_note() -> None:
    r = _report(HEAD + b"\n" + b"x" * 10_000_000 + b"\nbob@example.net: 550 5.1.1 unknown\n", seconds=30)
    assert any("characters" in n for n in r.notes)
    assert len(r.text) < 3_000_000


def test_invalid_base64() -> None:
    data = HEAD + b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!%%%%====\x00\xff abc===\n"
    check(data)


@pytest.mark.parametrize(
    "charset", [b"x-unknown-thing", b"utf-16", b"utf-32", b"punycode", b"unicode_escape", b"idna", b"rot13",
                b"base64", b"zlib", b"undefined", b"utf-7", b"\xff\xfe", b'"' * 300]
)
def test_unknown_or_lying_charsets(charset: bytes) -> None:
    body = b"bob@example.net: 550 5.1.1 user unknown \\ud800 \xe9\xff\n" * 2000
    data = HEAD + b"Content-Type: text/plain; charset=" + charset + b"\n\n" + body
    r = _report(data, seconds=10)
    assert "\ud800" not in r.text  # no lone surrogates in the text shown


def test_nul_bytes() -> None:
    check(HEAD + b"\n" + b"550 5.1.1 bob@example.net\x00\x00 unknown\n" * 3)
    check(b"\x00" * 100)


@pytest.mark.parametrize("depth", [30, 1000, 5000])
def test_message_rfc822_nested_deeply(depth: int) -> None:
    layer = b"From: a@example.com\nContent-Type: message/rfc822\n\n"
    r = _report(HEAD + b"Content-Type: message/rfc822\n\n" + layer * depth + b"Subject: core\n\nhello\n", seconds=10)
    assert any("nested deeper" in n for n in r.notes)


@pytest.mark.parametrize("depth", [1000, 3000])
def test_multipart_nested_deeply(depth: int) -> None:
    data = HEAD
    for i in range(depth):
        data += b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i)
    r = _report(data + b"Content-Type: text/plain\n\nbob@example.net: 550 5.1.1 unknown\n", seconds=10)
    assert any("nested deeper" in n for n in r.notes)


def test_digest_nested_deeply() -> None:  # parts of a digest are messages without saying so
    data = HEAD
    for i in range(1500):
        data += b"Content-Type: multipart/digest; boundary=d%d\n\n--d%d\n" % (i, i)
    _report(data + b"\nhello\n", seconds=10)


def test_nested_parts_before_the_limit_are_shown_and_the_rest_is_read() -> None:
    inner = b"Content-Type: message/rfc822\n\n" * 40
    data = (HEAD + b"Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: text/plain\n\n"
            b"bob@example.net: 550 5.1.1 user unknown\n--X\n" + inner + b"Subject: deep\n\nx\n--X--\n")
    r = _report(data)
    assert [x.address for x in r.recipients] == ["bob@example.net"]
    assert any("nested deeper" in n for n in r.notes)


def test_many_parts_are_capped_with_a_note() -> None:
    part = b"--X\nContent-Type: text/plain\n\nbob@example.net: 550 5.1.1 unknown\n"
    r = _report(HEAD + b"Content-Type: multipart/mixed; boundary=X\n\n" + part * 20_000 + b"--X--\n", seconds=30)
    assert any("more than 400 parts" in n for n in r.notes)


def test_many_headers() -> None:
    check(b"".join(b"X-H%d: v\n" % i for i in range(100_000)) + b"\n550 5.1.1 bob@example.net\n", seconds=30)


def test_a_huge_header_is_cut_with_a_note() -> None:
    r = _report(HEAD + b"X-Long: " + b"a@b.c 550 " * 500_000 + b"\n\nbody\n")
    assert any("X-Long header is longer" in n for n in r.notes)


@pytest.mark.parametrize("html", [b"<" * 3_000_000, b"<script" * 300_000, b"<script>" * 300_000,
                                  b"<style></style x" * 200_000, b"<" * 1_000_000 + b">"])
def test_hostile_html(html: bytes) -> None:
    check(HEAD + b"Content-Type: text/html\n\n" + html, seconds=15)


# --- limits -----------------------------------------------------------------------------------------------------


def test_too_large_input_says_how_to_raise_the_limit() -> None:
    limits = Limits(max_input_bytes=1000)
    err = check(BOUNCE + b" " * 1000, limits=limits)
    assert isinstance(err, InputTooLargeError)
    assert "--max-size" in str(err)
    assert ENV_MAX_SIZE in str(err)
    assert isinstance(check(BOUNCE, limits=Limits(max_input_bytes=len(BOUNCE))), Report)


def test_the_default_limit_is_50_mb_and_a_parameter() -> None:
    assert Limits().max_input_bytes == 50 * 1024 * 1024
    big = b"x" * (50 * 1024 * 1024 + 1)
    assert isinstance(check(big), InputTooLargeError)
    assert isinstance(check(HEAD, limits=Limits(max_input_bytes=len(HEAD))), Report)


def test_smaller_limits_give_notes() -> None:
    part = b"--X\nContent-Type: text/plain\n\n550 5.1.1 bob@example.net\n"
    r = _report(HEAD + b"Content-Type: multipart/mixed; boundary=X\n\n" + part * 10 + b"--X--\n",
                limits=Limits(max_parts=3))
    assert any("more than 3 parts" in n for n in r.notes)
    r = _report(HEAD + b"\n" + b"y" * 5000, limits=Limits(max_line_chars=100))
    assert any("first 100 characters" in n for n in r.notes)


# --- inputs: files, folders, mbox, standard input ---------------------------------------------------------------


def test_mbox_with_broken_from_lines() -> None:
    mbox = (b"From alice@example.com Mon Jan  1 00:00:00 2024\n" + BOUNCE +
            b"From \nFrom bob\n>From quoted\n\nFrom x@example.com\nSubject: second\n\nhello\n"
            b"From \n\n\nFrom ")
    items = list(split_mbox(io.BytesIO(mbox), "m"))
    assert len(items) >= 2
    for it in items:
        if it.data is not None:
            check(it.data)


def test_mbox_message_over_the_limit_is_skipped_with_a_sentence() -> None:
    mbox = b"From a@b Mon\n" + b"x" * 5000 + b"\n\nFrom a@b Tue\n" + BOUNCE
    items = list(split_mbox(io.BytesIO(mbox), "m", Limits(max_input_bytes=len(BOUNCE) + 10)))
    assert items[0].error
    assert "--max-size" in items[0].error.sentence
    assert items[1].data is not None


def test_stdin_mbox_larger_than_one_message() -> None:
    msg = b"From a@b Mon\n" + BOUNCE + b"\n"
    stream = io.BytesIO(msg * 20)
    items = list(read_stdin(Limits(max_input_bytes=len(msg) * 3), stream=stream))
    assert len(items) == 20
    assert all(it.data for it in items)


def test_a_folder_with_thousands_of_files(tmp_path: Path) -> None:
    for i in range(3000):
        (tmp_path / f"{i:05}.eml").write_bytes(b"From: a@example.com\n\nhi %d\n" % i)
    items = list(read_path(tmp_path))
    assert len(items) == 3000
    assert all(it.data for it in items)


def test_a_folder_nested_deeply(tmp_path: Path) -> None:
    p = tmp_path
    for _ in range(300):
        p = p / "d"
    p.mkdir(parents=True)
    (p / "m.eml").write_bytes(BOUNCE)
    assert [it.data for it in read_path(tmp_path)] == [BOUNCE]


def test_a_fifo_is_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    [item] = list(read_path(fifo))
    assert item.error
    assert "not a regular file" in item.error.sentence
    (tmp_path / "ok.eml").write_bytes(BOUNCE)
    assert [it.data for it in read_path(tmp_path)] == [BOUNCE]  # inside a folder it is skipped


def test_a_folder_named_like_a_file(tmp_path: Path) -> None:
    d = tmp_path / "bounce.eml"
    d.mkdir()
    [item] = list(read_path(d))
    assert item.error == InputProblem(Problem.EMPTY, Phrase("the folder holds no files to read"))


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.eml"
    f.write_bytes(BOUNCE)
    real_open = os.open

    def deny(path: object, flags: int, *a: object, **kw: object) -> int:
        if os.fspath(path) == str(f):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    [item] = list(read_path(f))
    assert item.error
    assert "permission denied" in item.error.sentence


def test_a_file_deleted_between_drop_and_read(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(BOUNCE)
    (tmp_path / "b.eml").write_bytes(BOUNCE)
    it = read_path(tmp_path)
    first = next(it)
    assert first.data == BOUNCE
    (tmp_path / "b.eml").unlink()
    [second] = list(it)
    assert second.error
    assert "deleted" in second.error.sentence
    [gone] = list(read_path(tmp_path / "b.eml"))
    assert gone.error == InputProblem(Problem.UNREADABLE, Phrase("no such file or folder"))


def test_non_utf8_file_names(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff.eml"
    fd = os.open(raw, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, BOUNCE)
    os.close(fd)
    items = list(read_path(raw))
    assert items[0].data == BOUNCE
    assert items[0].name.endswith("caf\\xe9-\\xff.eml")
    items[0].name.encode("utf-8")  # printable
    [item] = list(read_path(tmp_path))
    assert item.data == BOUNCE
    assert item.name == display_name(raw)


def test_links_that_loop(tmp_path: Path) -> None:
    (tmp_path / "m.eml").write_bytes(BOUNCE)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (tmp_path / "dangling.eml").symlink_to(tmp_path / "nowhere")
    items = list(read_path(tmp_path))
    assert [it.data for it in items if it.data] == [BOUNCE]
    assert all(it.error for it in items if not it.data)
    [own] = list(read_path(tmp_path / "self"))
    assert own.error


def test_a_file_over_the_limit_is_not_read_at_all(tmp_path: Path) -> None:
    f = tmp_path / "big.eml"
    f.write_bytes(BOUNCE + b"x" * 5000)
    [item] = list(read_path(f, limits=Limits(max_input_bytes=1000)))
    assert item.data is None
    assert item.error
    assert "--max-size" in item.error.sentence


def test_a_character_device_is_not_read(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists() or not stat.S_ISCHR(Path("/dev/zero").stat().st_mode):
        pytest.skip("no /dev/zero")
    [item] = list(read_path(Path("/dev/zero")))
    assert item.error
    assert "not a regular file" in item.error.sentence


def test_a_flood_of_delivery_report_blocks_is_bounded() -> None:
    block = b"Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n\n"
    data = (HEAD + b"Content-Type: multipart/report; report-type=delivery-status; boundary=X\n\n--X\n"
            b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n" + block * 20_000)
    r = _report(data, seconds=20)
    assert len(r.recipients) <= 401
    assert any("more than 400 recipients" in n for n in r.notes)


def test_a_flood_of_header_lines_is_bounded() -> None:
    r = _report(b"X-H: v\n" * 300_000 + b"\nbody\n", seconds=20)
    assert any("header lines" in n for n in r.notes)
    assert len(r.text) < 200_000


def test_a_flood_of_parts_is_cut_before_parsing() -> None:
    part = b"--X\n\nx\n"
    r = _report(HEAD + b"Content-Type: multipart/mixed; boundary=X\n\n" + part * 500_000, seconds=20)
    assert any("lines that start parts" in n for n in r.notes)


def test_only_the_read_budget_of_the_text_is_searched() -> None:
    r = _report(HEAD + b"\n" + b"bob@example.net: 550 5.1.1 unknown\n" * 40_000, seconds=20,
                limits=Limits(max_read_chars=10_000))
    assert any("were searched" in n for n in r.notes)
    assert [x.address for x in r.recipients] == ["bob@example.net"]
