"""The Headers tab: the delivery path hop by hop, the authentication results, and every header.

Activating a hop, a header or a "show" link emits ``span_selected`` with the
header's range in Report.text; the main window selects it in the bounce.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..engine.headers import HeaderAnalysis, HeaderBlock
from . import headers_model, hops_model
from .auth_html import auth_html
from .engine_text import note, sentence_text
from .headers_model import HeadersFilter, HeadersModel
from .headers_text import block_label, block_name, header_count, hop_count
from .hops_model import HopsModel, duration
from .share_bar import ShareBar
from .theme import Role

Colors = Callable[[Role], QColor]


def _table(parent: QWidget, name: str) -> QTableView:
    t = QTableView(parent)
    t.setObjectName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
    return t


class HeadersView(QWidget):
    """Shows a HeaderAnalysis: pick a header block, read its path, its authentication and its headers."""

    span_selected = Signal(int, int)  # start, end in Report.text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headersView")
        self._analysis: HeaderAnalysis | None = None
        self._colors: Colors | None = None
        self._block = -1

        self.block_box = QComboBox(self)
        self.block_box.setObjectName("headerBlocks")
        self.block_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.block_title = QLabel(self)
        self.block_title.setBuddy(self.block_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("headersSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self)
        hint.setObjectName("headersHint")
        hint.setWordWrap(True)
        self.hint = hint
        top = QHBoxLayout()
        top.addWidget(self.block_title)
        top.addWidget(self.block_box)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)

        self.hops_model = HopsModel(self)
        self.hops = _table(self, "hopsTable")
        self.hops.setModel(self.hops_model)
        self.share_bar = ShareBar(self.hops)
        self.hops.setItemDelegateForColumn(hops_model.SHARE, self.share_bar)
        h = self.hops.horizontalHeader()
        for col in range(self.hops_model.columnCount()):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setResizeContentsPrecision(60)  # a sample of hops is enough to size a column
        h.setSectionResizeMode(hops_model.FROM, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(hops_model.BY, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(hops_model.SHARE, QHeaderView.ResizeMode.Fixed)
        h.resizeSection(hops_model.SHARE, 150)
        self.notes = QLabel(self)
        self.notes.setObjectName("headersNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.auth = QTextBrowser(self)
        self.auth.setObjectName("authSummary")
        self.auth.setOpenLinks(False)
        self.auth.anchorClicked.connect(self._anchor)

        self.headers_model = HeadersModel(self)
        self.proxy = HeadersFilter(self)
        self.proxy.setSourceModel(self.headers_model)
        self.search = QLineEdit(self)
        self.search.setObjectName("headersSearch")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("headersCount")
        self.headers = _table(self, "headersTable")
        self.headers.setModel(self.proxy)
        self.headers.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh = self.headers.horizontalHeader()
        hh.setSectionResizeMode(headers_model.NAME, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(headers_model.NAME, 190)
        hh.setStretchLastSection(True)

        path_box = QWidget(self)
        path_layout = QVBoxLayout(path_box)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.hops, 1)
        path_layout.addWidget(self.notes)
        headers_box = QWidget(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        headers_layout = QVBoxLayout(headers_box)
        headers_layout.setContentsMargins(0, 0, 0, 0)
        headers_layout.addLayout(search_row)
        headers_layout.addWidget(self.headers, 1)

        self.lower = QSplitter(Qt.Orientation.Horizontal, self)
        self.lower.addWidget(self.auth)
        self.lower.addWidget(headers_box)
        self.lower.setStretchFactor(0, 1)
        self.lower.setStretchFactor(1, 1)
        self.lower.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("headersSplitter")
        self.splitter.addWidget(path_box)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.block_box, self.hops)
        self.setTabOrder(self.hops, self.auth)
        self.setTabOrder(self.auth, self.search)
        self.setTabOrder(self.search, self.headers)

        self.block_box.currentIndexChanged.connect(self._block_chosen)
        self.hops.activated.connect(self._hop_activated)
        self.headers.activated.connect(self._header_activated)
        self.search.textChanged.connect(self._search_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on LanguageChange), the shown block's too."""
        self.setAccessibleName(self.tr("Headers"))
        self.block_box.setAccessibleName(self.tr("Whose headers"))
        self.hint.setText(self.tr("Double-click a hop or a header, or press Enter, to see it in the bounce."))
        self.hops.setAccessibleName(self.tr("Delivery path, one hop per row"))
        self.auth.setAccessibleName(self.tr("Authentication and spam filters"))
        self.search.setPlaceholderText(self.tr("Filter the headers, for example received, dkim or spam"))
        self.search.setAccessibleName(self.tr("Filter the headers"))
        self.headers.setAccessibleName(self.tr("Every header"))
        if self._analysis is not None:
            for i, b in enumerate(self._analysis.blocks):
                self.block_box.setItemText(i, block_label(b))
        self.hops_model.retranslate()
        self.headers_model.retranslate()
        self._show_titles()
        self._show_notes()
        self._render_auth()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- public slots

    def set_analysis(self, analysis: HeaderAnalysis | None, colors: Colors) -> None:
        """Show an analysis (or nothing), opening at its primary block."""
        self._analysis = analysis
        self._colors = colors
        self.share_bar.colors = colors
        self.hops_model.set_colors(colors)
        self.block_box.blockSignals(True)
        self.block_box.clear()
        if analysis is not None:
            for b in analysis.blocks:
                self.block_box.addItem(block_label(b))
        self.block_box.setVisible(analysis is not None and len(analysis.blocks) > 1)
        primary = analysis.primary_index if analysis is not None else -1
        self.block_box.setCurrentIndex(primary)
        self.block_box.blockSignals(False)
        self.search.clear()
        self._show_block(primary)

    def set_colors(self, colors: Colors) -> None:
        """Redraw with new colours."""
        self._colors = colors
        self.share_bar.colors = colors
        self.hops_model.set_colors(colors)
        self._render_auth()
        self.hops.viewport().update()

    def select_block(self, index: int) -> None:
        """Show another header block (an index into HeaderAnalysis.blocks)."""
        self.block_box.setCurrentIndex(index)

    def current_block(self) -> HeaderBlock | None:
        """The block shown."""
        a = self._analysis
        return a.blocks[self._block] if a is not None and 0 <= self._block < len(a.blocks) else None

    def activate_hop(self, row: int) -> None:
        """Select a hop and show its Received header in the bounce (what Enter or a double-click does)."""
        index = self.hops_model.index(row, 0)
        if index.isValid():
            self.hops.setCurrentIndex(index)
            self._hop_activated(index)

    def activate_header(self, row: int) -> None:
        """Select a row of the (filtered) header list and show the header in the bounce."""
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.headers.setCurrentIndex(index)
            self._header_activated(index)

    def activate_link(self, href: str) -> None:
        """Follow a link of the authentication summary."""
        self._anchor(QUrl(href))

    def focus_search(self) -> None:
        """Put the cursor in the filter box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self) -> QByteArray:
        """The splitter's sizes, for the settings."""
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        """Restore the splitter's sizes."""
        if not state.isEmpty():
            self.splitter.restoreState(state)

    # ---- internals

    def _block_chosen(self, index: int) -> None:
        self.search.clear()
        self._show_block(index)

    def _show_block(self, index: int) -> None:
        self._block = index
        b = self.current_block()
        self.hops_model.set_hops(b.hops if b else ())
        self.headers_model.set_headers(b.headers if b else ())
        self._show_titles()
        self._show_notes()
        self._render_auth()
        self._update_count()

    def _show_notes(self) -> None:
        b = self.current_block()
        notes = list(b.notes) if b else []
        if self._analysis is not None and self._block == self._analysis.primary_index:
            notes = list(self._analysis.notes) + notes
        self.notes.setText("<br>".join(escape(note(n), quote=False) for n in notes))
        self.notes.setVisible(bool(notes))

    def _show_titles(self) -> None:
        """The title before the block selector and the summary line, in the current language."""
        b = self.current_block()
        if b is None:
            self.block_title.setText(self.tr("No headers were found in this message.") if self._analysis else "")
            self.summary.setText("")
            return
        several = self._analysis is not None and len(self._analysis.blocks) > 1
        name = block_name(b)
        self.block_title.setText(self.tr("Headers of:") if several else
                                 self.tr("%1:").replace("%1", name[:1].upper() + name[1:]))
        text = hop_count(len(b.hops))
        if b.total_seconds is not None:
            text = self.tr("%1, %2 from sending to the last hop").replace("%1", text).replace(
                "%2", duration(b.total_seconds))
        self.summary.setText(text)

    def _render_auth(self) -> None:
        if self._colors is None or self._analysis is None:
            self.auth.clear()
            return
        a = self._analysis
        sentence = sentence_text(a.sentence) if self._block == a.primary_index else None
        self.auth.document().setDefaultStyleSheet(
            f"a {{ color: {self._colors(Role.LINK).name()}; }} h3 {{ margin-top: 10px; }}"
            "td.k { padding-right: 10px; font-weight: 600; } td.v { padding-right: 10px; white-space: pre; }"
        )
        self.auth.document().setDocumentMargin(10)
        self.auth.setHtml(auth_html(self.current_block(), sentence, self._colors))

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.headers_model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            self.count.setText(header_count(total))
        else:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _hop_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        span = index.data(hops_model.SPAN_ROLE)
        if span:
            self.span_selected.emit(*span)

    def _header_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        span = index.data(headers_model.SPAN_ROLE)
        if span:
            self.span_selected.emit(*span)

    def _anchor(self, url: QUrl) -> None:
        kind, _, rest = url.toString().partition(":")
        if kind == "find":
            start, _, end = rest.partition("-")
            if start.isdigit() and end.isdigit():
                self.span_selected.emit(int(start), int(end))
