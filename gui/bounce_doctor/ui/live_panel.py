"""The live checks under the diagnosis: a "Check now" button, a "Checking…" state, and the answers
in their own section ("Checked live at 10:14"), apart from the offline diagnosis."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..live import LiveResult
from . import live_text
from .local_browser import LocalTextBrowser
from .theme import Role

FIT_MIN = 90  # the answers' box is never lower than this (pixels)
ANSWER_MAX = 160  # longer answers (a DKIM key, a long SPF record) are shortened in the small line
_STATUS_ROLE = {"ok": Role.BADGE_OK, "problem": Role.BADGE_FAILED}
_STATUS_MARK = {"ok": "✓", "problem": "✗"}


class LivePanel(QWidget):
    """Shows a message's live checks; asks for them through ``check_requested``, sends nothing itself."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("livePanel")
        self._colors: Callable[[Role], QColor] | None = None
        self._result: LiveResult | None = None
        self._failure: str | None = None
        self._available = False

        self.check_button = QPushButton()
        self.check_button.setObjectName("liveCheckButton")
        self.check_button.clicked.connect(self.check_requested)
        self.hint = QLabel()
        self.hint.setObjectName("liveHint")
        self.hint.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setTextVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("liveBusy")
        self.heading = QLabel()
        self.heading.setObjectName("liveHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.results = LocalTextBrowser()
        self.results.setObjectName("liveResults")
        self.results.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.results.setFixedHeight(FIT_MIN)
        # the section is as tall as what it shows: the diagnosis above keeps the rest
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check_button, 0)
        row.addWidget(self.hint, 1)
        busy_row = QHBoxLayout()
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.busy)
        busy_row.addWidget(self.busy_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(busy_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.results)
        self.set_checking(False)
        self._show_results(False)
        self._retranslate()

    # ---- public slots

    def clear(self, available: bool) -> None:
        """A new message: no answers shown; the button is on if the message names anything to check."""
        self._result = None
        self._failure = None
        self._available = available
        self.set_checking(False)
        self._show_results(False)
        self._retranslate()

    def set_checking(self, checking: bool) -> None:
        """The "Checking…" state: the button waits, the rest of the window does not."""
        self.busy.setVisible(checking)
        self.busy_label.setVisible(checking)
        self.check_button.setEnabled(self._available and not checking)

    def show_result(self, result: LiveResult) -> None:
        """The answers of a check, in their own section."""
        self._result = result
        self._failure = None
        self.set_checking(False)
        self._render()

    def show_failure(self, text: str) -> None:
        """The checks could not be run at all (a fault of the program): one sentence."""
        self._result = None
        self._failure = text
        self.set_checking(False)
        self._render()

    def result(self) -> LiveResult | None:
        """The answers shown, if any."""
        return self._result

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Redraw with new colours."""
        self._colors = colors
        self.hint.setStyleSheet(f"color: {colors(Role.MUTED).name()};")
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Say it again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ---- rendering

    def _retranslate(self) -> None:
        self.check_button.setText(self.tr("Chec&k now"))
        self.check_button.setToolTip(self.tr("Look up, through your system's DNS resolver, the domains, blocklists "
                                             "and records this bounce names"))
        self.hint.setText(self.tr("Look up what this bounce names, live. Nothing is sent before you click.")
                          if self._available else self.tr("This message names nothing to check live."))
        self.busy_label.setText(self.tr("Checking…"))
        self.busy.setAccessibleName(self.tr("Checking…"))
        self.results.setAccessibleName(self.tr("Live checks"))
        self.check_button.setEnabled(self._available and not self.busy.isVisibleTo(self))
        self._render()

    def _show_results(self, shown: bool) -> None:
        self.heading.setVisible(shown)
        self.results.setVisible(shown)
        self.updateGeometry()

    def _render(self) -> None:
        if self._result is None and self._failure is None:
            self._show_results(False)
            return
        self._show_results(True)
        if self._result is None:
            self.heading.setText(self.tr("Live checks"))
            self.results.setHtml(f"<p>{escape(self._failure or '')}</p>")
            return
        result = self._result
        self.heading.setText(live_text.heading(result.checked_at))
        muted = self._color(Role.MUTED)
        intro = self.tr("Answers from the network at the time shown; the diagnosis above is read from the bounce "
                        "alone and does not change.")
        parts = [f'<p style="color:{muted}"><small>{escape(intro)}</small></p>']
        if result.network_error is not None:
            said = self.tr("The checks could not be made: no DNS server answered from this computer. Check the "
                           "network connection and try again.")
            parts.append(f"<p><b>{escape(said)}</b></p>")
            if result.network_error:
                parts.append(f'<p style="color:{muted}"><small>{escape(result.network_error)}</small></p>')
        if result.checks:
            parts.append('<table cellspacing="0" cellpadding="3" width="100%">')
            parts.extend(self._check_row(c, muted) for c in result.checks)
            parts.append("</table>")
        elif result.network_error is None:
            parts.append(f"<p>{escape(self.tr('There was nothing to check.'))}</p>")
        bar = self.results.verticalScrollBar()
        keep = bar.value()
        self.results.setHtml("".join(parts))
        self._fit()
        bar.setValue(keep)

    def _fit(self) -> None:
        """As tall as the answers, up to two fifths of the column: the diagnosis above keeps the rest."""
        if not self.results.isVisibleTo(self):
            return
        doc = self.results.document()
        doc.setTextWidth(max(self.results.viewport().width(), 200))
        wanted = int(doc.size().height()) + 2 * self.results.frameWidth() + 6
        cap = max(FIT_MIN, (self.parentWidget().height() if self.parentWidget() else 800) * 2 // 5)
        self.results.setFixedHeight(max(FIT_MIN, min(wanted, cap)))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """A new width wraps the answers differently."""
        super().resizeEvent(event)
        self._fit()

    def _check_row(self, check, muted: str) -> str:  # type: ignore[no-untyped-def]
        label = live_text.status_label(check.status)
        mark = f"{_STATUS_MARK.get(check.status, '?')}\u00a0{label}"
        badge = (f'<span style="background-color:{self._color(_STATUS_ROLE.get(check.status, Role.BADGE_INFO))};'
                 f'color:{self._color(Role.BADGE_TEXT)};font-weight:bold">\u00a0{escape(mark)}\u00a0</span>')
        answer = check.answer if len(check.answer) <= ANSWER_MAX else check.answer[: ANSWER_MAX - 1] + "…"
        asked = live_text.fill(self.tr("%1: %2 → %3"), live_text.kind_label(check.kind), check.name,
                               answer or self.tr("no answer"))
        said = live_text.sentence(check.code, check.params, check.meaning)
        return (f'<tr><td valign="top" style="white-space:nowrap">{badge}</td><td valign="top">{escape(said)}'
                f'<br><small style="color:{muted}">{escape(asked)}</small></td></tr>')

    def _color(self, role: Role) -> str:
        if self._colors is None:
            return self.palette().text().color().name()
        return self._colors(role).name()
