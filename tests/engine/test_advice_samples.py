"""The advice on our samples that the window shows: the deciding line each answer points at, who acts.

These are the engine's answers the window's tests used to read back from the window; the window's
tests now check only that the window shows and selects them."""

from __future__ import annotations

from pathlib import Path

from bounce_doctor.engine import Report, diagnose
from bounce_doctor.engine.advice import Advice, advise

from ..conftest import SAMPLES


def _read(name: str) -> tuple[Report, Advice]:
    path: Path = SAMPLES / name
    r = diagnose(path.read_bytes(), path.name)
    return r, advise(r)


def test_the_deciding_line_of_a_wrong_address_is_its_diagnostic_code() -> None:
    report, advice = _read("wrong-address.eml")
    ev = advice.recipients[0].who_evidence
    assert ev is not None
    assert report.text[ev.start : ev.end].startswith("Diagnostic-Code:")


def test_the_deciding_line_of_a_spam_block_names_the_blocklist() -> None:
    report, advice = _read("spam-block.eml")
    ev = advice.recipients[0].who_evidence
    assert ev is not None
    assert "spamhaus" in report.text[ev.start : ev.end]


def test_the_provider_acts_on_an_authentication_failure() -> None:
    _report, advice = _read("auth-failure.eml")
    assert advice.recipients[0].who_acts == "provider"
