"""Spans to highlights: only near the visible text, in painting order."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from bounce_doctor.engine import SpanKind
from bounce_doctor.ui.highlighter import SpanHighlights, utf16_offsets
from bounce_doctor.ui.theme import Role, color

pytestmark = pytest.mark.gui


def test_between_finds_overlaps_in_painting_order() -> None:
    h = SpanHighlights([(0, 50, SpanKind.HEADER_VALUE), (10, 13, SpanKind.REPLY_CODE), (100, 110, SpanKind.RECIPIENT)])
    assert [k for _, _, k in h.between(11, 12)] == [SpanKind.HEADER_VALUE, SpanKind.REPLY_CODE]
    assert h.between(60, 90) == []
    assert len(h) == 3


def test_empty_and_unknown_spans_are_dropped() -> None:
    assert len(SpanHighlights([(5, 5, SpanKind.RECIPIENT)])) == 0


def test_selections_use_the_roles() -> None:
    doc = QTextDocument("x" * 200)
    h = SpanHighlights([(10, 13, SpanKind.STATUS_CODE)])
    h.set_colors(lambda r: color(r, False))
    (sel,) = h.selections(doc, 0, 200)
    assert sel.format.background().color() == color(Role.CODE_BG, False)


def test_utf16_offsets() -> None:
    assert utf16_offsets("plain") is None
    shift = utf16_offsets("a📦b")
    assert shift(0) == 0
    assert shift(2) == 3
