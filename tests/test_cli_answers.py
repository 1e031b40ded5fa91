"""The answers on the command line: readable output, JSON and drafts."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import SAMPLES
from .test_cli import run

DATA = Path(__file__).parent / "engine" / "data"


def test_readable_answers() -> None:
    out = run("explain", str(SAMPLES / "multi-recipient.eml"))
    assert out.returncode == 0, out.stderr
    assert "Did you mean jake@gmail.com?" in out.stdout
    assert "Who has to act: the person you wrote to" in out.stdout
    assert "Resend: Not to this address" in out.stdout
    assert "Resend: Yes, once the person has made space in their mailbox." in out.stdout  # 5.2.2: permanent


def test_json_answers() -> None:
    out = run("explain", "--json", str(SAMPLES / "multi-recipient.eml"), str(SAMPLES / "auto-reply.eml"))
    bounce, auto = (json.loads(line) for line in out.stdout.splitlines())
    assert bounce["backscatter"] is False
    assert bounce["account_misuse"] is False
    recs = bounce["recipients"]
    assert [r["who_acts"] for r in recs] == ["you", "you", "recipient"]
    assert [r["resend"] for r in recs] == ["no", "after_fix", "after_fix"]
    assert [r["suggested_address"] for r in recs] == [None, "jake@gmail.com", None]
    assert auto["backscatter"] is None
    assert auto["account_misuse"] is None
    assert auto["recipients"][0]["resend"] is None


def test_warnings_in_readable_output() -> None:
    out = run("explain", str(DATA / "misuse.eml"), str(DATA / "backscatter.eml"))
    assert "your account may be sending spam" in out.stdout
    assert "Change your password first" in out.stdout
    assert "backscatter" in out.stdout


def test_drafts() -> None:
    out = run("explain", "--draft", "provider", str(SAMPLES / "multi-recipient.eml"))
    assert out.returncode == 0, out.stderr
    assert "2C5D81C1A2F" in out.stdout
    assert "ravi@example.com" in out.stdout
    red = run("explain", "--draft", "recipient", "--redact", str(SAMPLES / "multi-recipient.eml"))
    assert "olivia@" not in red.stdout
    assert "@example.org" in red.stdout
    assert "Saturday" not in red.stdout
    bad = run("explain", "--draft", "nonsense", str(SAMPLES / "multi-recipient.eml"))
    assert bad.returncode == 2
    both = run("explain", "--draft", "provider", "--json", str(SAMPLES / "multi-recipient.eml"))
    assert both.returncode == 2
