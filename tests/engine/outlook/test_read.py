"""engine/outlook/read.py: Outlook .msg files of the corpus, and damaged files."""

from __future__ import annotations

import contextlib
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bounce_doctor.engine import MessageKind, NotEmailError, diagnose
from bounce_doctor.engine.outlook import msg_to_message

from ...conftest import corpus_dir

BOUNCE = "aspose_failed1.msg"


def _msg_dir() -> Path:
    return corpus_dir("msg")


def test_the_bounce_msg() -> None:
    """An Exchange NDR saved as an ordinary note, with a message/delivery-status attachment."""
    report = diagnose((_msg_dir() / BOUNCE).read_bytes(), BOUNCE)
    assert report.kind == MessageKind.BOUNCE
    [r] = report.failed
    assert r.address == "mmmmm@aspose.com"
    assert r.reply_code == "550"
    assert r.status == "5.1.1"
    assert r.reason == "userunknown"
    assert r.hard_bounce
    assert report.subject == "Undeliverable: test subj"
    assert report.reporting_mta  # from the kept delivery-status part


def test_every_ordinary_msg_is_not_a_bounce(capfd: pytest.CaptureFixture[str]) -> None:
    files = sorted(p for p in _msg_dir().glob("*.msg") if p.name != BOUNCE)
    assert len(files) == 11
    for path in files:
        report = diagnose(path.read_bytes(), path.name)
        assert report.kind in (MessageKind.NOT_BOUNCE, MessageKind.AUTOREPLY), path.name
        assert not report.failed, path.name
    out, err = capfd.readouterr()
    assert out == ""
    assert err == ""


def test_msg_conversion_keeps_text_and_lists_attachments() -> None:
    d = _msg_dir()
    html = msg_to_message((d / "msgreader_HtmlSampleEmail.msg").read_bytes()).decode()
    assert "<html" not in html.lower()
    assert "CHAPTER I" in html
    tif = msg_to_message((d / "msgx_unicode.msg").read_bytes())
    assert len(tif) < 100_000  # 2 MB of TIF files: listed, not copied
    assert b"import OleFileIO.tif (image/tiff, " in tif
    inner = diagnose((d / "hht_msgInMsg.msg").read_bytes(), "x")
    assert "green.png (134 bytes)" in inner.text
    assert "Microsoft Outlook" in inner.text  # the embedded .msg, converted as message/rfc822
    cp932 = diagnose((d / "hht_nonUnicodeCP932.msg").read_bytes(), "x")  # 8-bit strings, no code page named
    assert cp932.subject is not None
    assert cp932.subject.startswith("日本語 Non Unicode")
    assert "日本語 Non Unicode 本文" in cp932.text
    rtf = diagnose((d / "msgreader_RtfWithShortRussianString.msg").read_bytes(), "x")
    assert "Имя пользователя" in rtf.text
    # the same file gives the same bytes (no random boundary)
    assert msg_to_message((d / BOUNCE).read_bytes()) == msg_to_message((d / BOUNCE).read_bytes())


def test_the_msg_reader_is_imported_only_when_needed() -> None:
    code = "import sys, bounce_doctor.cli, bounce_doctor.engine; print('extract_msg' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("cut", [8, 100, 512, 1500, 4096, 20000])
def test_a_truncated_msg_is_refused_with_a_sentence(cut: int) -> None:
    data = (_msg_dir() / BOUNCE).read_bytes()[:cut]
    with pytest.raises(NotEmailError, match=r"damaged|not an email"):
        diagnose(data, "cut.msg")


def test_random_bytes_with_the_ole_magic() -> None:
    rng = random.Random(8)
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(30000))
    with pytest.raises(NotEmailError, match="damaged"):
        diagnose(data, "random.msg")


def test_corrupted_msg_files_never_raise_anything_else() -> None:
    rng = random.Random(3)
    files = sorted(_msg_dir().glob("*.msg"))
    for _ in range(40):
        data = bytearray(rng.choice(files).read_bytes())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(512, len(data))] = rng.randrange(256)
        with contextlib.suppress(NotEmailError):  # anything else fails the test
            diagnose(bytes(data), "corrupt.msg")
