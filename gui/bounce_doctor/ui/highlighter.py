"""Highlights the bounce from the engine's spans, one colour role per span kind.

The highlights are extra selections, built only for the part of the bounce on
screen: a 2-million-character bounce with thousands of findings costs no more
to highlight than a short one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ..engine import SpanKind
from .theme import Role

# (foreground role, background role); later kinds paint over earlier ones
STYLE: dict[SpanKind, tuple[Role | None, Role | None]] = {
    SpanKind.HEADER_NAME: (Role.HEADER_NAME, None),
    SpanKind.HEADER_VALUE: (Role.HEADER_VALUE, None),
    SpanKind.DIAGNOSTIC: (Role.REPLY, Role.REPLY_BG),
    SpanKind.REPORTING_MTA: (Role.SERVER, Role.SERVER_BG),
    SpanKind.REMOTE_MTA: (Role.SERVER, Role.SERVER_BG),
    # the line that decided an answer paints over the reply it usually lies in; codes and recipients stay visible
    SpanKind.EVIDENCE: (Role.EVIDENCE, Role.EVIDENCE_BG),
    SpanKind.RECIPIENT: (Role.RECIPIENT, Role.RECIPIENT_BG),
    SpanKind.REPLY_CODE: (Role.CODE, Role.CODE_BG),
    SpanKind.STATUS_CODE: (Role.CODE, Role.CODE_BG),
}
# keyed by id(): enum members are singletons, and hashing a StrEnum runs Python code
_ORDER = {id(kind): i for i, kind in enumerate(STYLE)}
CODE_KINDS = frozenset({SpanKind.REPLY_CODE, SpanKind.STATUS_CODE})


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(text: str) -> Callable[[int], int] | None:
    """Map Python string indices to the UTF-16 positions Qt documents count in (None: they are equal)."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return None
    return lambda i: i + bisect.bisect_left(astral, i)


def char_format(kind: SpanKind, colors: Callable[[Role], QColor]) -> QTextCharFormat:
    """The look of one kind of span."""
    fg, bg = STYLE[kind]
    fmt = QTextCharFormat()
    if fg is not None:
        fmt.setForeground(colors(fg))
    if bg is not None:
        fmt.setBackground(colors(bg))
    if kind == SpanKind.EVIDENCE:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(colors(Role.EVIDENCE))
    return fmt


def _start(span: tuple[int, int, SpanKind]) -> int:
    return span[0]


class SpanHighlights:
    """Spans in document positions, and the extra selections for any window of them."""

    def __init__(self, spans: Iterable[tuple[int, int, SpanKind]] = ()) -> None:
        self._spans = sorted((s for s in spans if s[1] > s[0] and id(s[2]) in _ORDER), key=_start)
        self._starts = [s[0] for s in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        self._formats: dict[SpanKind, QTextCharFormat] = {}

    def __len__(self) -> int:
        return len(self._spans)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Build the formats from the theme's colours."""
        self._formats = {kind: char_format(kind, colors) for kind in STYLE}

    def between(self, start: int, end: int) -> list[tuple[int, int, SpanKind]]:
        """Spans that overlap ``[start, end)``, in painting order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        hits = [s for s in self._spans[lo:hi] if s[1] > start]
        hits.sort(key=lambda s: _ORDER[id(s[2])])
        return hits

    def selections(self, document: QTextDocument, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        """Extra selections painting the spans that overlap ``[start, end)``."""
        out = []
        for s, e, kind in self.between(start, end):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(s)
            cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = self._formats.get(kind, QTextCharFormat())
            out.append(sel)
        return out
