"""bounce-doctor explain on many messages: --csv, the progress line, .msg files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bounce_doctor import cli
from bounce_doctor.output import csvout
from bounce_doctor.progress import Progress

from .conftest import SAMPLES, corpus_dir
from .engine.test_inputs_formats import build_mbox

CLI = [sys.executable, "-m", "bounce_doctor"]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], capture_output=True, check=False, timeout=300)


def test_csv_reads_back_with_dictreader() -> None:
    msg = corpus_dir("msg") / "aspose_failed1.msg"
    out = run("explain", "--csv", str(SAMPLES), str(msg))
    assert out.returncode == 1  # index.toml and README.md in the samples folder hold no email
    raw = out.stdout.decode("utf-8")
    assert raw.startswith(",".join(csvout.FIELDS) + "\r\n")
    assert raw.endswith("\r\n")
    assert "\n" not in raw.replace("\r\n", "")  # RFC 4180 line ends, and these diagnostics hold no line break
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert all(list(r) == list(csvout.FIELDS) for r in rows)
    by = {(Path(r["file"]).name, r["recipient"]): r for r in rows}
    wrong = by["wrong-address.eml", "bob@example.org"]
    assert wrong["domain"] == "example.org"
    assert wrong["status"] == "5.1.1"
    assert wrong["reply_code"] == "550"
    assert wrong["reason"] == "userunknown"
    assert wrong["who_acts"] == "you"
    assert wrong["permanent"] == "true"
    assert wrong["hard_bounce"] == "true"
    assert "User unknown" in wrong["diagnostic"]
    assert wrong["date"].startswith("Tue, 11 Mar 2025")
    # three failed recipients in one bounce: three rows
    assert len([k for k in by if k[0] == "multi-recipient.eml"]) == 3
    # no rows for what is not a failure
    assert not any(k[0] in ("not-a-bounce.eml", "auto-reply.eml", "delay-warning.eml") for k in by)
    outlook = by["aspose_failed1.msg", "mmmmm@aspose.com"]
    assert (outlook["status"], outlook["reply_code"], outlook["domain"]) == ("5.1.1", "550", "aspose.com")
    full = by["mailbox-full.eml", "dave@example.net"]
    assert full["hard_bounce"] == "false"


def test_csv_header_only_when_nothing_failed() -> None:
    out = run("explain", "--csv", str(SAMPLES / "not-a-bounce.eml"))
    assert out.returncode == 0
    assert out.stdout.decode() == ",".join(csvout.FIELDS) + "\r\n"


def test_csv_and_json_exclude_each_other() -> None:
    out = run("explain", "--csv", "--json", str(SAMPLES / "wrong-address.eml"))
    assert out.returncode == 2


def test_msg_files_through_the_cli() -> None:
    folder = corpus_dir("msg")
    out = run("explain", "--json", str(folder))
    assert out.returncode == 0, out.stderr
    objs = [json.loads(x) for x in out.stdout.decode().splitlines()]
    objs = [o for o in objs if o["file"].endswith(".msg")]  # the folder's README.md is read too
    assert len(objs) == 12
    kinds = {Path(o["file"]).name: o["kind"] for o in objs}
    assert kinds.pop("aspose_failed1.msg") == "bounce"
    assert set(kinds.values()) <= {"not_bounce", "autoreply"}
    assert out.stderr == b""


def test_a_damaged_msg_through_the_cli(tmp_path: Path) -> None:
    bad = tmp_path / "bad.msg"
    bad.write_bytes((corpus_dir("msg") / "hht_Simple.msg").read_bytes()[:700])
    out = run("explain", str(bad), str(SAMPLES / "wrong-address.eml"))
    assert out.returncode == 1
    err = out.stderr.decode()
    assert "bad.msg: This Outlook .msg file is damaged" in err
    assert "Traceback" not in err
    assert "bob@example.org" in out.stdout.decode()


# --- the progress line ---------------------------------------------------------------


def test_progress_forced_on_in_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mbox = tmp_path / "many.mbox"
    build_mbox(mbox, 1)  # 1000 messages
    stream = io.StringIO()
    status = cli.explain([str(mbox)], as_json=True, progress=Progress(stream, enabled=True, delay=0, interval=0))
    assert status == 0
    assert len(capsys.readouterr().out.splitlines()) == 1000
    text = stream.getvalue()
    assert "1,000 messages read" in text
    assert text.endswith("\r\x1b[K")


def test_progress_not_shown_when_stderr_is_a_pipe(tmp_path: Path) -> None:
    mbox = tmp_path / "many.mbox"
    build_mbox(mbox, 1)
    out = run("explain", "--csv", str(mbox))
    assert out.returncode == 0
    assert out.stderr == b""
    assert len(out.stdout.splitlines()) == 1001


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_shown_on_a_terminal(tmp_path: Path) -> None:
    mbox = tmp_path / "many.mbox"
    build_mbox(mbox, 2)  # 2000 messages: a few seconds
    master, slave = os.openpty()
    t0 = time.monotonic()
    proc = subprocess.Popen([*CLI, "explain", "--json", str(mbox)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=300) == 0
    elapsed = time.monotonic() - t0
    os.close(master)
    text = b"".join(chunks).decode()
    assert "/s" in text
    draws = text.count("messages read")
    assert 1 <= draws <= elapsed * 10 + 2
    assert text.endswith("\r\x1b[K")  # the line is erased at the end
