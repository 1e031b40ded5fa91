"""The bounce itself: read-only, monospaced, highlighted from the engine's spans."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QMouseEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ..engine import Report, Span
from .captions import display_text
from .highlighter import CODE_KINDS, SpanHighlights, utf16_offsets
from .theme import Role

MARGIN_CHARS = 4000  # highlight this much beyond the visible text, for smooth scrolling
LONG_RUN = 2000  # characters without a space: Qt's usual wrapping gets slow (seconds for 200,000)


def has_long_run(text: str, run: int = LONG_RUN) -> bool:
    """Whether some line holds ``run`` characters or more without a space (linear: only long lines are split)."""
    if len(text) < run:
        return False
    return any(len(line) >= run and max(map(len, line.split()), default=0) >= run for line in text.splitlines())


class BounceView(QPlainTextEdit):
    """Shows a report's text with its findings highlighted."""

    code_activated = Signal(str)  # a highlighted code was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bounceView")
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window
        self.setTabChangesFocus(True)  # Tab moves on to the diagnosis; the text is read-only anyway
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("The bounce"))
        self.setAccessibleDescription(self.tr("The bounced message as it was received, with its findings highlighted"))
        self._report: Report | None = None
        self._pos: Callable[[int], int] = lambda i: i
        self._codes: list[tuple[int, int, str]] = []
        self._colors: Callable[[Role], QColor] | None = None
        self._extra: tuple[Span, ...] = ()
        self._highlights = SpanHighlights()
        self._focus: tuple[int, int] | None = None
        self._window: tuple[int, int] | None = None
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().valueChanged.connect(self._refresh)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the accessible names again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("The bounce"))
            self.setAccessibleDescription(
                self.tr("The bounced message as it was received, with its findings highlighted")
            )
            if self._report is not None and self._colors is not None:  # the part markers' words again
                scrolled = self.verticalScrollBar().value()
                self.set_report(self._report, self._colors, self._extra)
                self.verticalScrollBar().setValue(scrolled)
        super().changeEvent(event)

    def set_report(
        self, report: Report | None, colors: Callable[[Role], QColor], extra: Iterable[Span] = ()
    ) -> None:
        """Show a report (or nothing) with the given colours; ``extra`` spans (the advice's evidence) too."""
        self._report = report
        self._colors = colors
        self._extra = tuple(extra)
        self._focus = None
        self._window = None
        # the old spans must not paint on the new text: setPlainText() scrolls, and scrolling repaints
        self._highlights = SpanHighlights()
        self._codes = []
        self.setExtraSelections([])
        if report is None:
            self.clear()
            return
        shown, moved = display_text(report)  # the part markers' words in the window's language
        shift = utf16_offsets(shown)
        if moved is not None:
            shift = (lambda i, utf16=shift, moved=moved: utf16(moved(i))) if shift is not None else moved
        self._pos = shift or (lambda i: i)
        # wrapping at word boundaries "or anywhere" lays a long unbroken line out in quadratic time,
        # which froze the window for seconds on a 200,000-character line; such text wraps anywhere
        self.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere if has_long_run(shown)
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        self.setPlainText(shown)
        every = [*report.spans, *self._extra]
        if shift is None:
            spans = [(s.start, s.end, s.kind, s.value) for s in every]
        else:
            spans = [(shift(s.start), shift(s.end), s.kind, s.value) for s in every]
        self._highlights = SpanHighlights((a, b, kind) for a, b, kind, _ in spans)
        self._highlights.set_colors(colors)
        code_ids = {id(k) for k in CODE_KINDS}
        self._codes = [(a, b, value) for a, b, kind, value in spans if id(kind) in code_ids]
        self._window = None  # setPlainText() scrolled and cached a window painted without the spans
        self._refresh()

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Repaint with new colours (the theme changed)."""
        self._colors = colors
        self._highlights.set_colors(colors)
        self._window = None
        self._refresh()

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` of the report's text, mark it and scroll to it."""
        a, b = self._pos(start), self._pos(end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._focus = (a, b)
        self._window = None
        self._refresh()

    def selected_range(self) -> tuple[int, int]:
        """The selection in document positions."""
        c = self.textCursor()
        return c.selectionStart(), c.selectionEnd()

    def highlighted(self) -> list[tuple[int, int, str]]:
        """The highlights now painted, as (start, end, background colour name)."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
            for s in self.extraSelections()
        ]

    def code_at(self, pos: int) -> str | None:
        """The highlighted code at a document position, if any."""
        for s, e, value in self._codes:
            if s <= pos < e:
                return value
        return None

    def _visible_range(self) -> tuple[int, int]:
        first = self.cursorForPosition(QPoint(0, 0)).position()
        vp = self.viewport().rect()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        return max(0, first - MARGIN_CHARS), last + MARGIN_CHARS

    def _refresh(self, *_args: object) -> None:
        """Paint the highlights near the visible text (cheap when nothing moved far)."""
        if self._report is None or self._colors is None:
            return
        start, end = self._visible_range()
        if self._window is not None and self._window[0] <= start and end <= self._window[1]:
            return
        start, end = max(0, start - MARGIN_CHARS), end + MARGIN_CHARS
        self._window = (start, end)
        selections = self._highlights.selections(self.document(), start, end)
        if self._focus is not None:
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._focus[0])
            cursor.setPosition(self._focus[1], QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            mark.format.setBackground(self._colors(Role.FOCUS_BG))
            selections.append(mark)
        self.setExtraSelections(selections)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """More text may be visible: highlight it."""
        super().resizeEvent(event)
        self._window = None
        self._refresh()

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
