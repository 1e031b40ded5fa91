"""Highlights the bounce from the engine's spans, one colour role per span kind."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ..engine import SpanKind
from .theme import Role

# (foreground role, background role, bold); later kinds paint over earlier ones
STYLE: dict[SpanKind, tuple[Role | None, Role | None, bool]] = {
    SpanKind.HEADER_NAME: (Role.HEADER_NAME, None, True),
    SpanKind.HEADER_VALUE: (Role.HEADER_VALUE, None, False),
    SpanKind.EVIDENCE: (None, Role.EVIDENCE_BG, False),
    SpanKind.DIAGNOSTIC: (Role.REPLY, Role.REPLY_BG, False),
    SpanKind.REPORTING_MTA: (Role.SERVER, None, True),
    SpanKind.REMOTE_MTA: (Role.SERVER, None, True),
    SpanKind.RECIPIENT: (Role.RECIPIENT, Role.RECIPIENT_BG, True),
    SpanKind.REPLY_CODE: (Role.CODE, Role.CODE_BG, True),
    SpanKind.STATUS_CODE: (Role.CODE, Role.CODE_BG, True),
}
_ORDER = {kind: i for i, kind in enumerate(STYLE)}
CODE_KINDS = frozenset({SpanKind.REPLY_CODE, SpanKind.STATUS_CODE})


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Map Python string indices to the UTF-16 positions Qt documents count in."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


class SpanHighlighter(QSyntaxHighlighter):
    """Paints spans (already in document positions) with formats from a colour lookup."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, SpanKind]] = []
        self._starts: list[int] = []
        self._longest = 0
        self._formats: dict[SpanKind, QTextCharFormat] = {}

    def set_spans(self, spans: Iterable[tuple[int, int, SpanKind]], colors: Callable[[Role], QColor]) -> None:
        """Replace the spans and the colours, then repaint."""
        self._spans = sorted(spans, key=lambda s: (s[0], _ORDER.get(s[2], 0)))
        self._starts = [s[0] for s in self._spans]
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        self._formats = {kind: self._format(kind, colors) for kind in STYLE}
        self.rehighlight()

    @staticmethod
    def _format(kind: SpanKind, colors: Callable[[Role], QColor]) -> QTextCharFormat:
        fg, bg, bold = STYLE[kind]
        fmt = QTextCharFormat()
        if fg is not None:
            fmt.setForeground(colors(fg))
        if bg is not None:
            fmt.setBackground(colors(bg))
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def highlightBlock(self, text: str) -> None:
        """Paint the parts of one block that spans cover."""
        if not self._spans:
            return
        start = self.currentBlock().position()
        end = start + len(text)
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        hits = [s for s in self._spans[lo:hi] if s[1] > start]
        hits.sort(key=lambda s: _ORDER.get(s[2], 0))
        for s, e, kind in hits:
            fmt = self._formats.get(kind)
            if fmt is None:
                continue
            a = max(s, start) - start
            b = min(e, end) - start
            if b > a:
                self.setFormat(a, b - a, fmt)
