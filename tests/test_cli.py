"""The bounce-doctor command: output, JSON and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES, corpus_dir

CLI = [sys.executable, "-m", "bounce_doctor"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], input=stdin.decode() if stdin else None, capture_output=True, text=True, check=False,
        timeout=120,
    )


def test_explain_a_sample() -> None:
    out = run("explain", str(SAMPLES / "wrong-address.eml"))
    assert out.returncode == 0, out.stderr
    assert "bob@example.org" in out.stdout
    assert "5.1.1" in out.stdout
    assert "What to do:" in out.stdout
    assert "1. " in out.stdout


def test_json_fields() -> None:
    out = run("explain", "--json", str(SAMPLES / "wrong-address.eml"))
    obj = json.loads(out.stdout.strip().splitlines()[0])
    for key in ("file", "kind", "reporting_mta", "recipients"):
        assert key in obj
    rec = obj["recipients"][0]
    for key in ("address", "action", "status", "reply_code", "reason", "permanent", "hard_bounce", "diagnostic",
                "remote_mta"):
        assert key in rec
    assert rec["status"] == "5.1.1"
    assert rec["hard_bounce"] is True


def test_stdin() -> None:
    data = (SAMPLES / "wrong-address.eml").read_bytes()
    out = run("explain", "--json", "-", stdin=data)
    assert out.returncode == 0
    assert json.loads(out.stdout)["file"] == "-"


def test_mbox_gives_one_result_per_message() -> None:
    mbox = corpus_dir("sisimai", "mailbox") / "mbox-0"
    out = run("explain", "--json", str(mbox))
    lines = out.stdout.strip().splitlines()
    assert len(lines) > 1
    assert all(json.loads(x)["file"].startswith(str(mbox) + "#") for x in lines)


def test_corpus_folder_one_line_per_file_no_traceback() -> None:
    folder = corpus_dir("sisimai", "bounces")
    out = run("explain", "--json", str(folder))
    assert "Traceback" not in out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 482
    with_rcpt = sum(1 for x in lines if json.loads(x)["recipients"])
    assert with_rcpt / len(lines) >= 0.9


def test_not_bounces_say_so() -> None:
    folder = corpus_dir("sisimai", "not-bounces")
    out = run("explain", "--json", str(folder))
    kinds = {Path(o["file"]).name: o["kind"] for o in map(json.loads, out.stdout.strip().splitlines())}
    assert len(kinds) == 3
    # rb-issue-368 has a bounce's structure (tests/engine/test_corpus.py KEPT_AS_BOUNCE)
    assert kinds.pop("rb-issue-368-bug.eml") == "bounce"
    assert all(k in ("not_bounce", "autoreply") for k in kinds.values())


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"), (b"just words\n", "holds no email")],
)
def test_bad_input_one_line_on_stderr_exit_1(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.eml"
    bad.write_bytes(content)
    good = SAMPLES / "wrong-address.eml"
    out = run("explain", str(bad), str(good))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert message in out.stderr
    assert "bob@example.org" in out.stdout  # the good one is still printed


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = run("explain", str(tmp_path / "nope.eml"), str(tmp_path / "empty"))
    assert out.returncode == 1
    assert "no such file" in out.stderr
    assert "holds no files" in out.stderr
    assert "Traceback" not in out.stderr


def test_usage_error_exit_2() -> None:
    assert run("explain").returncode == 2
    assert run("--bogus").returncode == 2


def test_the_users_file_is_never_changed(tmp_path: Path) -> None:
    src = tmp_path / "b.eml"
    src.write_bytes((SAMPLES / "wrong-address.eml").read_bytes())
    before = (src.read_bytes(), src.stat().st_mtime_ns)
    run("explain", str(src))
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_codes_lookup_json() -> None:
    out = run("codes", "--json", "550")
    assert out.returncode == 0
    objs = [json.loads(x) for x in out.stdout.splitlines()]
    assert any(o["code"] == "550" and o["kind"] == "reply" for o in objs)
    for key in ("code", "kind", "vendor", "title", "meaning", "steps", "references"):
        assert key in objs[0]


