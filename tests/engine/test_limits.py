"""engine/limits.py: the limits checked, the size from the environment, sizes as people write them,
the sentence for a refused input, and the notes of a message past a limit inside it."""

from __future__ import annotations

import pytest

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.errors import Problem
from bounce_doctor.engine.limits import ENV_MAX_SIZE, MB, Limits, format_mb, from_env, parse_mb, too_large_problem

HEAD = b"From: MAILER-DAEMON@example.org\r\nTo: alice@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
BODY = b"<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n"


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError, match="positive"):
        Limits(max_depth=0)
    assert parse_mb("100") == 100
    for bad in ("0", "-1", "nan", "inf", "lots"):
        with pytest.raises(ValueError, match="MB"):
            parse_mb(bad)


def test_the_environment_variable_raises_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_MAX_SIZE, "200")
    assert from_env().max_input_bytes == 200 * 1024 * 1024
    monkeypatch.setenv(ENV_MAX_SIZE, "many")
    with pytest.raises(ValueError, match=ENV_MAX_SIZE):
        from_env()


def test_sizes_as_people_write_them() -> None:
    assert format_mb(50) == "50 MB"
    assert format_mb(2.5) == "2.5 MB"
    assert format_mb(300 / 1024) == "300 KB"
    assert Limits().with_max_size_mb(0).max_input_bytes == 1  # never zero


def test_a_refused_input_says_its_size_the_limit_and_a_limit_that_reads_it() -> None:
    p = too_large_problem(60 * MB, Limits(), "big.eml")
    assert (p.kind, p.size, p.limit) == (Problem.TOO_LARGE, 60 * MB, 50 * MB)
    assert p.sentence.startswith("big.eml is 60 MB, larger than the limit of 50 MB for one message.")
    assert "--max-size 100" in p.sentence
    assert p.sentence.endswith(" It was skipped.")
    # just over the limit: in bytes, so the two sizes differ
    assert "is 52,428,801 bytes, larger" in too_large_problem(50 * MB + 1, Limits(), "x").sentence


def test_a_line_past_the_limit_inside_a_message_is_a_note() -> None:
    r = diagnose(HEAD + b"Content-Type: text/plain\r\n\r\n" + BODY + b"y" * 300_000 + b"\r\n", "long.eml")
    assert r.notes
