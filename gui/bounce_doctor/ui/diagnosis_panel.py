"""The diagnosis panel, the widget: it shows a report's diagnosis (its HTML is built in ``diagnosis_sections``),
follows its links and keeps which helpdesk details are open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from ..engine import Report
from ..engine.advice import Advice, advise
from ..engine.model import Phrase
from ..output.text import headline
from .diagnosis_sections import (
    _NO_RECIPIENTS,
    DRAFT_KINDS,
    DiagnosisHtml,
    draft_kinds,
    evidence_spans,
    header_value,
)
from .local_browser import LocalTextBrowser
from .theme import Role

__all__ = ["DRAFT_KINDS", "DiagnosisPanel", "draft_kinds", "evidence_spans", "header_value"]


def _fixed_family() -> str:
    """The platform's fixed-width font family, for CSS (Qt's <tt> asks for "monospace", a fontconfig name)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family().replace("'", "")


class DiagnosisPanel(LocalTextBrowser):
    """Renders a Report as a readable answer with links to the findings."""

    finding_clicked = Signal(int, int)  # start, end in Report.text
    reference_requested = Signal(str)  # a catalog entry's key
    draft_requested = Signal(str, int)  # kind (recipient, provider, delisting), recipient index or -1
    address_copied = Signal(str)  # a suggested address was put on the clipboard
    action_requested = Signal(str)  # an "action:NAME" link in a message the window shows here

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosisPanel")
        self.setOpenLinks(False)
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Diagnosis"))
        self.setAccessibleDescription(self.tr("What happened, who has to act, and what to do"))
        self.anchorClicked.connect(self._anchor)
        self._report: Report | None = None
        self._advice: Advice | None = None
        self._colors: Callable[[Role], QColor] | None = None
        self._open: set[int] = set()  # recipients whose helpdesk details are open (-1: the message)

    # ---- public slots

    def set_report(
        self, report: Report | None, colors: Callable[[Role], QColor], advice: Advice | None = None
    ) -> None:
        """Show the diagnosis of a report, with the advice's answers first (details closed).

        Without advice the panel words the report's verdict itself: the answers are the engine's.
        """
        self._report = report
        self._advice = advice if advice is not None or report is None else advise(report)
        self._colors = colors
        self._open = set()
        self._render(keep_scroll=False)

    def changeEvent(self, event: QEvent) -> None:
        """Say it again in the new language: the advice is in none, so the same answers are said in the new one."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Diagnosis"))
            self.setAccessibleDescription(self.tr("What happened, who has to act, and what to do"))
            self._render(keep_scroll=True)
        super().changeEvent(event)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Redraw with new colours."""
        self._colors = colors
        self._render(keep_scroll=True)

    _auth_sentence: tuple[Phrase, int, int] | None = None  # from the header analysis, with its header's range

    def set_auth_sentence(self, sentence: Phrase | None, start: int = -1, end: int = -1) -> None:
        """Show (or, with None, remove) the sentence that links an authentication failure in the headers to
        this bounce, linked to the header it was read from. Set it after ``set_report``."""
        self._auth_sentence = (sentence, start, end) if sentence else None
        self._render(keep_scroll=True)

    def set_details_open(self, index: int, is_open: bool) -> None:
        """Open or close the helpdesk details of one recipient (-1 for the whole message)."""
        (self._open.add if is_open else self._open.discard)(index)
        self._render(keep_scroll=True)

    def details_open(self, index: int) -> bool:
        """Whether a recipient's helpdesk details are open."""
        return index in self._open

    def activate(self, href: str) -> None:
        """Follow one of the panel's links (what a click or Enter on a link does)."""
        self._anchor(QUrl(href))

    def links(self) -> list[tuple[str, str]]:
        """Every link in the panel as (text, href), in reading order."""
        out = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    out.append((frag.text(), fmt.anchorHref()))
                it += 1
            block = block.next()
        return out

    # ---- rendering

    def _anchor(self, url: QUrl) -> None:
        href = url.toString()
        kind, _, rest = href.partition(":")
        if kind == "find":
            start, _, end = rest.partition("-")
            self.finding_clicked.emit(int(start), int(end))
        elif kind == "ref":
            self.reference_requested.emit(rest)
        elif kind == "details":
            index = int(rest)
            self.set_details_open(index, index not in self._open)
        elif kind == "copy":
            a = self._advice.for_recipient(int(rest)) if self._advice is not None else None
            if a is not None and a.suggested_address:
                QGuiApplication.clipboard().setText(a.suggested_address)
                self.address_copied.emit(a.suggested_address)
        elif kind == "draft":
            what, _, index = rest.partition(":")
            if what in DRAFT_KINDS:
                self.draft_requested.emit(what, int(index or -1))
        elif kind == "action":
            self.action_requested.emit(rest)

    def _render(self, *, keep_scroll: bool) -> None:
        bar = self.verticalScrollBar()
        pos = bar.value()
        colors = self._colors
        if self._report is None or colors is None:
            self.clear()
            return
        link = colors(Role.LINK).name()
        muted = colors(Role.MUTED).name()
        self.document().setDefaultStyleSheet(
            f"a {{ color: {link}; }} .muted {{ color: {muted}; }} h3 {{ margin-top: 14px; }}"
            "td.k { padding-right: 10px; font-weight: 600; } ol { margin-left: -10px; }"
            f".warn {{ color: {colors(Role.WARNING).name()}; font-weight: 700; }}"
            ".big { font-size: large; font-weight: 700; } .q { font-weight: 600; }"
            f".fixed {{ font-family: '{_fixed_family()}'; }}"  # the platform's, not Qt's <tt> "monospace"
        )
        self.document().setDocumentMargin(12)
        self.setHtml(self._html(self._report, colors))
        if keep_scroll:
            bar.setValue(pos)

    def _html(self, report: Report, colors: Callable[[Role], QColor]) -> str:
        sections = DiagnosisHtml(self._advice, colors, self._open, self._auth_sentence)
        return sections.html(report, self._headline(report))

    def _headline(self, report: Report) -> str:
        failed = report.failed
        if len(failed) < 2 or report.kind in _NO_RECIPIENTS:
            return headline(report)
        if all(r.action == "failed" for r in failed):
            return self.tr("Your message was not delivered to %n of its recipients.", "", len(failed))
        if all(r.action == "delayed" for r in failed):
            return self.tr("Your message is delayed for %n recipients. The server is still trying.", "", len(failed))
        return self.tr("Your message has a delivery problem with %n recipients.", "", len(failed))
