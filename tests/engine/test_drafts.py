"""The drafts for the recipient, the provider and a delisting request, plain and redacted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounce_doctor.engine import Report, diagnose
from bounce_doctor.engine.advice import Advice, advise
from bounce_doctor.engine.drafts import draft

from ..conftest import SAMPLES, corpus_dir


def _read(path: Path) -> tuple[Report, Advice]:
    r = diagnose(path.read_bytes(), path.name)
    return r, advise(r)


def test_drafts() -> None:
    r, a = _read(SAMPLES / "multi-recipient.eml")
    to_recipient = draft(r, a, "recipient")
    assert "olivia@example.org" in to_recipient
    assert "Saturday hike" in to_recipient
    assert "maria@example.net" in draft(r, a, "recipient", recipient=2)
    provider = draft(r, a, "provider")
    for fact in ("2C5D81C1A2F", "<71e0c5a9-4d2b-4f86-b3a7-c8d91e2f0b56@example.com>", "mx1.example.org",
                 "550 5.1.1", "mail.example.com"):
        assert fact in provider
    redacted = draft(r, a, "provider", redact=True)
    assert "ravi@" not in redacted
    assert "olivia@" not in redacted
    assert "Saturday hike" not in redacted
    assert "@example.org" in redacted
    assert "names no blocklist" in draft(r, a, "delisting")
    with pytest.raises(ValueError, match="unknown draft kind"):
        draft(r, a, "nonsense")


def test_delisting_draft_names_the_list_and_address() -> None:
    r, a = _read(corpus_dir("sisimai", "bounces") / "lhost-amazonses-16.eml")
    text = draft(r, a, "delisting")
    assert "SORBS" in text
    assert "203.0.113.225" in text
