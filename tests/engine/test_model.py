"""model.py: Span and Header, whose __init__ is written out for speed, behave as frozen dataclasses."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from bounce_doctor.engine.model import Header, Span, SpanKind


def test_a_span_is_made_by_position_or_by_name_and_stays_frozen() -> None:
    s = Span(3, 9, SpanKind.RECIPIENT, 2, "bob@example.org")
    assert s == Span(start=3, end=9, kind=SpanKind.RECIPIENT, recipient=2, value="bob@example.org")
    assert Span(1, 2, SpanKind.EVIDENCE) == Span(1, 2, SpanKind.EVIDENCE, -1, "")
    assert hash(s) == hash(copy.deepcopy(s))
    assert pickle.loads(pickle.dumps(s)) == s
    assert dataclasses.replace(s, end=12).end == 12
    assert dataclasses.astuple(s) == (3, 9, SpanKind.RECIPIENT, 2, "bob@example.org")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.start = 4  # type: ignore[misc]


def test_a_header_is_made_by_position_or_by_name_and_stays_frozen() -> None:
    h = Header("To", "bob@example.org", 10, 14)
    assert h == Header(name="To", value="bob@example.org", start=10, value_start=14)
    assert h.end == 14 + len("bob@example.org")
    assert pickle.loads(pickle.dumps(h)) == h
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.value = "x"  # type: ignore[misc]
