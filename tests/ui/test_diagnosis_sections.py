"""The diagnosis panel's helpers without the widget: header values, the evidence lines and the drafts offered."""

from __future__ import annotations

import pytest

from bounce_doctor.engine import SpanKind, diagnose
from bounce_doctor.engine.advice import advise
from bounce_doctor.ui.diagnosis_sections import draft_kinds, evidence_spans, header_value

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def report(name: str):
    return diagnose((SAMPLES / name).read_bytes(), name)


def test_header_value() -> None:
    r = report("wrong-address.eml")
    assert header_value(r, "x-postfix-queue-id")
    assert header_value(r, "No-Such-Header") is None


def test_evidence_spans_are_evidence() -> None:
    r = report("multi-recipient.eml")
    spans = evidence_spans(advise(r))
    assert spans
    assert all(s.kind == SpanKind.EVIDENCE and 0 <= s.start < s.end <= len(r.text) for s in spans)
    assert evidence_spans(None) == []


def test_draft_kinds() -> None:
    for name, want in (("wrong-address.eml", ("recipient", "provider")),
                       ("spam-block.eml", ("recipient", "provider", "delisting")),
                       ("not-a-bounce.eml", ()), ("auto-reply.eml", ())):
        r = report(name)
        assert draft_kinds(r, advise(r)) == want, name
    r = report("wrong-address.eml")
    assert draft_kinds(r, None) == ()
