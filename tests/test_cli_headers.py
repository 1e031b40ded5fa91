"""bounce-doctor headers: output, JSON fields and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import SAMPLES, corpus_dir

CLI = [sys.executable, "-m", "bounce_doctor"]
HOP_KEYS = {"from", "by", "with", "id", "for", "time", "delay_seconds", "clock_skew", "stopped_here"}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], input=stdin.decode() if stdin else None, capture_output=True, text=True,
                          check=False, timeout=120)


def test_text_output() -> None:
    path = corpus_dir("sisimai", "bounces") / "lhost-gmail-01.eml"
    out = run("headers", str(path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(str(path))
    assert "Delivery path of" in out.stdout
    assert "by mx.google.com" in out.stdout
    assert "Authentication" in out.stdout
    assert "DKIM: signed by gmail.com (selector 20120113)" in out.stdout


def test_json_fields() -> None:
    path = corpus_dir("sisimai", "bounces") / "lhost-gmail-01.eml"
    out = run("headers", "--json", str(path))
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout.strip())
    assert obj["file"] == str(path)
    assert obj["hops"]
    for hop in obj["hops"]:
        assert set(hop) >= HOP_KEYS
    assert obj["hops"][0]["time"] == "2014-07-18T00:31:01-07:00"
    auth = obj["authentication"]
    for key in ("spf", "dkim", "dmarc", "arc", "spf_aligned", "dkim_aligned", "spam_filters", "dkim_signatures"):
        assert key in auth
    assert auth["dkim_signatures"][0]["domain"] == "gmail.com"


def test_stdin_and_mbox() -> None:
    data = (SAMPLES / "wrong-address.eml").read_bytes()
    out = run("headers", "--json", "-", stdin=data)
    assert out.returncode == 0
    assert json.loads(out.stdout)["file"] == "-"
    mbox = corpus_dir("sisimai", "mailbox") / "mbox-0"
    out = run("headers", "--json", str(mbox))
    lines = out.stdout.strip().splitlines()
    assert len(lines) > 1
    assert all(json.loads(x)["file"].startswith(str(mbox) + "#") for x in lines)


def test_exit_codes(tmp_path: Path) -> None:
    good = SAMPLES / "wrong-address.eml"
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    out = run("headers", str(good), str(empty), str(tmp_path / "missing.eml"))
    assert out.returncode == 1
    assert "wrong-address.eml" in out.stdout
    assert "empty.eml" in out.stderr
    assert "missing.eml" in out.stderr
    assert run("headers").returncode == 2
    assert run("headers", "--bogus", str(good)).returncode == 2


def test_a_folder_of_bounces() -> None:
    folder = corpus_dir("sisimai", "bounces")
    out = run("headers", "--json", str(folder))
    assert out.returncode == 0, out.stderr[-2000:]
    objs = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(objs) == len(list(folder.glob("*.eml")))
    for obj in objs:
        for hop in obj["hops"]:
            assert hop["delay_seconds"] is None or hop["delay_seconds"] >= 0
