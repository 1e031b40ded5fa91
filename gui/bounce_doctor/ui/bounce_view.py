"""The bounce itself: read-only, monospaced, highlighted from the engine's spans."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ..engine import Report
from .highlighter import CODE_KINDS, SpanHighlighter, utf16_offsets
from .theme import Role


class BounceView(QPlainTextEdit):
    """Shows a report's text with its findings highlighted."""

    code_activated = Signal(str)  # a highlighted code was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bounceView")
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("The bounce"))
        self.setAccessibleDescription(self.tr("The bounced message as it was received, with its findings highlighted"))
        self._highlighter = SpanHighlighter(self.document())
        self._report: Report | None = None
        self._pos: Callable[[int], int] = lambda i: i
        self._codes: list[tuple[int, int, str]] = []
        self._colors: Callable[[Role], QColor] | None = None
        self.viewport().setMouseTracking(True)

    def set_report(self, report: Report | None, colors: Callable[[Role], QColor]) -> None:
        """Show a report (or nothing) with the given colours."""
        self._report = report
        self._colors = colors
        self.setExtraSelections([])
        if report is None:
            self._highlighter.set_spans([], colors)
            self.clear()
            self._codes = []
            return
        self._pos = utf16_offsets(report.text)
        self._highlighter.set_spans([], colors)  # no repaint of the old spans over the new text
        self.setPlainText(report.text)
        spans = [(self._pos(s.start), self._pos(s.end), s.kind) for s in report.spans]
        self._codes = [(self._pos(s.start), self._pos(s.end), s.value) for s in report.spans if s.kind in CODE_KINDS]
        self._highlighter.set_spans(spans, colors)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Repaint with new colours (the theme changed)."""
        if self._report is not None:
            report = self._report
            spans = [(self._pos(s.start), self._pos(s.end), s.kind) for s in report.spans]
            self._colors = colors
            self._highlighter.set_spans(spans, colors)

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` of the report's text, mark it and scroll to it."""
        a, b = self._pos(start), self._pos(end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        if self._colors is not None:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format.setBackground(self._colors(Role.FOCUS_BG))
            self.setExtraSelections([mark])

    def selected_range(self) -> tuple[int, int]:
        """The selection in document positions."""
        c = self.textCursor()
        return c.selectionStart(), c.selectionEnd()

    def code_at(self, pos: int) -> str | None:
        """The highlighted code at a document position, if any."""
        for s, e, value in self._codes:
            if s <= pos < e:
                return value
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Show a hand over codes, which open their entry."""
        code = self.code_at(self.cursorForPosition(event.position().toPoint()).position())
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if code else Qt.CursorShape.IBeamCursor)
        self.setToolTip(self.tr("Click to open %1 in the code reference").replace("%1", code) if code else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (not a drag-select) on a code opens its entry."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        code = self.code_at(self.cursorForPosition(event.position().toPoint()).position())
        if code:
            self.code_activated.emit(code)
