"""The code reference: every catalog entry, a search box, filters, and the whole entry beside."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..engine import CatalogEntry
from ..engine.verdict import for_code
from ..text import REASON_PHRASE, RESEND_LABEL, WHO_LABEL, label
from .i18n import untranslated_note
from .local_browser import LocalTextBrowser
from .reference_model import ENTRY_ROLE, KEY_ROLE, ReferenceFilter, ReferenceModel

RESIZE_ROWS = 60  # rows looked at to size a column to its contents


class ReferenceView(QWidget):
    """Browse and search the catalog."""

    entry_shown = Signal(str)  # the key of the entry now shown

    def __init__(self, model: ReferenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceView")
        self.model = model
        self.proxy = ReferenceFilter(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setObjectName("referenceSearch")
        self.search.setClearButtonEnabled(True)

        self.group_boxes = {g: QCheckBox(self) for g in ("reply", "enhanced", "vendor")}
        self.outcome_boxes = {o: QCheckBox(self) for o in ("success", "temporary", "permanent")}
        self.kind_label = QLabel(self)
        self.outcome_label = QLabel(self)
        filters = QGridLayout()
        filters.setHorizontalSpacing(14)
        filters.addWidget(self.kind_label, 0, 0)
        for col, box in enumerate(self.group_boxes.values(), 1):
            filters.addWidget(box, 0, col)
        filters.addWidget(self.outcome_label, 1, 0)
        for col, box in enumerate(self.outcome_boxes.values(), 1):
            filters.addWidget(box, 1, col)
        filters.setColumnStretch(4, 1)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.count_label, 0, 5, 2, 1)
        for box in (*self.group_boxes.values(), *self.outcome_boxes.values()):
            box.setChecked(True)

        self.table = QTableView(self)
        self.table.setObjectName("referenceTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The columns are sized to their contents once, when the entries change (_fit_columns), not
        # by ResizeToContents: that mode asks the Python model again at every layout, and a layout
        # while a read holds the interpreter stalls the window (one wait for the GIL per cell).
        header.setResizeContentsPrecision(RESIZE_ROWS)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.detail = LocalTextBrowser(self)  # our catalog's text; loads nothing from outside
        self.detail.setObjectName("referenceEntry")
        self.detail.setOpenExternalLinks(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.table)

        self.search.textChanged.connect(self._search_changed)
        for group, box in self.group_boxes.items():
            box.toggled.connect(lambda on, g=group: self._changed(self.proxy.set_group, g, on))
        for outcome, box in self.outcome_boxes.items():
            box.toggled.connect(lambda on, o=outcome: self._changed(self.proxy.set_outcome, o, on))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._key_before_reset: str | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self._fit_columns()
        self.retranslate()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def retranslate(self) -> None:
        """Every label in the current language, and the entry shown again (the catalog may have changed)."""
        self.setAccessibleName(self.tr("Code reference"))
        self.search.setPlaceholderText(self.tr("Search by code or words, for example 5.1.1, 550 or mailbox full"))
        self.search.setAccessibleName(self.tr("Search the code reference"))
        texts = {
            "reply": self.tr("Reply codes"),
            "enhanced": self.tr("Enhanced codes"),
            "vendor": self.tr("Vendor entries"),
            "success": self.tr("Success"),
            "temporary": self.tr("Temporary"),
            "permanent": self.tr("Permanent"),
        }
        for name, box in (*self.group_boxes.items(), *self.outcome_boxes.items()):
            box.setText(texts[name])
        self.kind_label.setText(self.tr("Kind:"))
        self.outcome_label.setText(self.tr("Outcome:"))
        self.table.setAccessibleName(self.tr("Catalog entries"))
        self.detail.setAccessibleName(self.tr("The chosen entry"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        """A new language: relabel (the main window hands the model the catalog in that language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- public slots

    def show_entry(self, key: str) -> bool:
        """Select an entry by key (clearing filters that hide it) and show it; False if unknown."""
        row = self.model.row_of(key)
        if row < 0:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            for box in (*self.group_boxes.values(), *self.outcome_boxes.values()):
                box.setChecked(True)
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show(self.model.data(source, ENTRY_ROLE))
        return True

    def current_key(self) -> str | None:
        """The key of the entry shown, if any."""
        index = self.table.currentIndex()
        return self.proxy.data(index, KEY_ROLE) if index.isValid() else None

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self) -> QByteArray:
        """The splitter position."""
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        """Put the splitter back where it was."""
        if not state.isEmpty():
            self.splitter.restoreState(state)

    # ---- internals

    def _search_changed(self, text: str) -> None:
        self._changed(self.proxy.set_text_filter, text)

    def _changed(self, setter, *args) -> None:
        setter(*args)
        self._update_count()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 entries").replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount()))
        )

    def _before_reset(self) -> None:
        self._key_before_reset = self.current_key()

    def _fit_columns(self) -> None:
        """Size the code, kind and outcome columns to a sample of their rows, now."""
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)

    def _after_reset(self) -> None:
        self._fit_columns()
        """The catalog came back in another language: show the same entry again."""
        key, self._key_before_reset = self._key_before_reset, None
        if (key is None or not self.show_entry(key)) and self.proxy.rowCount():
            self.table.selectRow(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.proxy.data(current, ENTRY_ROLE))
        else:
            self.detail.clear()

    def _show(self, e: CatalogEntry) -> None:
        self.detail.setHtml(entry_html(e))
        self.entry_shown.emit(e.key)


def entry_html(e: CatalogEntry) -> str:
    """A whole catalog entry as rich text, in the window's language."""

    def tr(text: str) -> str:
        return escape(text)

    def lst(items: tuple[str, ...], tag: str = "ol") -> str:
        return f"<{tag}>" + "".join(f"<li>{escape(s)}</li>" for s in items) + f"</{tag}>"

    translate = QCoreApplication.translate
    vendor = f" — {escape(e.vendor)}" if e.vendor else ""
    rows = []
    decided = for_code(e.code, e.reason)  # the verdict's own table, for this code read alone
    if decided is not None:
        rows += [
            (tr(translate("ReferenceView", "Who has to act")), escape(label(WHO_LABEL, decided[0]))),
            (tr(translate("ReferenceView", "Resend?")), escape(label(RESEND_LABEL, decided[1]))),
        ]
    if e.reason:
        phrase = label(REASON_PHRASE, e.reason) if e.reason in REASON_PHRASE else ""
        reason = f"{escape(phrase)} ({escape(e.reason)})" if phrase else escape(e.reason)
        rows.append((tr(translate("ReferenceView", "Usual reason")), reason))
    if e.classes:
        occurs = ", ".join(e.code.replace("X", str(c), 1) for c in e.classes)
        rows.append((tr(translate("ReferenceView", "Occurs as")), escape(occurs)))
    if e.match:
        rows.append((tr(translate("ReferenceView", "Recognised by")), f"<code>{escape(e.match)}</code>"))
    if e.sample:
        rows.append((tr(translate("ReferenceView", "Example")), escape(e.sample)))
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
    what_to_do = tr(translate("ReferenceView", "What to do"))
    for_helpdesk = tr(translate("ReferenceView", "For the helpdesk"))
    references = tr(translate("ReferenceView", "References"))
    return (
        f'<h2>{escape(e.code)}{vendor}</h2><p style="font-size: large;">{escape(e.title)}</p>'
        f"<p>{escape(e.meaning)}</p>{untranslated_note(e)}<table>{table}</table>"
        f"<h4>{what_to_do}</h4>{lst(e.steps)}"
        f"<h4>{for_helpdesk}</h4>{lst(e.admin_steps)}"
        f"<h4>{references}</h4>{lst(e.references, 'ul')}"
    )
