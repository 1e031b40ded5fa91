"""The batch table: one row per failed recipient, with a text filter, a reason and a permanence filter,
the loading progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..output.batch import BatchRow
from .batch_model import ROW_ROLE, BatchFilter, BatchModel, Column, column_texts, reason_short, reason_tip

# what the columns of variable text are sized for; the worded ones (reason, who, permanence) are sized
# for every text they can show, in the current language, so that none is cut
_SAMPLES = {Column.FILE: "bounce-12.eml", Column.DATE: "2026-12-31 23:59", Column.DOMAIN: "example.co.jp",
            Column.CODES: "550 5.7.26"}
_GROWS = (Column.FILE, Column.DOMAIN)  # as wide as their widest cell so far, up to a share of the table
_GROW_SHARE = 0.16
_RECIPIENT_MIN = "someone@example.com"
_SQUEEZE = (Column.FILE, Column.DOMAIN, Column.WHO)  # given up first when the window is narrow


class BatchView(QWidget):
    """Shows a BatchModel through a BatchFilter; emits the row to open and the wish to cancel."""

    row_activated = Signal(object)  # BatchRow
    cancel_requested = Signal()
    filter_changed = Signal()

    def __init__(self, model: BatchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchView")
        self.model = model
        self.proxy = BatchFilter(self)
        self.proxy.setSourceModel(model)
        self._reasons: set[str] = set()
        self._widest: dict[Column, int] = {}  # the widest file and domain seen, in pixels

        self.search = QLineEdit()
        self.search.setObjectName("batchSearch")
        self.search.setClearButtonEnabled(True)
        self.reason = QComboBox()
        self.reason.setObjectName("batchReason")
        self.reason.addItem("", "")  # "All reasons", named in retranslate()
        # reasons are sentences: the box keeps a sensible width, its list is as wide as the longest
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(22)
        self.permanence = QComboBox()
        self.permanence.setObjectName("batchPermanence")
        for value in BatchFilter.PERMANENCE:
            self.permanence.addItem("", value)
        self.count_label = QLabel()
        self.count_label.setObjectName("batchCount")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.reason)
        filters.addWidget(self.permanence)
        filters.addWidget(self.count_label)

        self.status_label = QLabel()
        self.status_label.setObjectName("batchStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("batchCancel")
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)

        self.table = QTableView()
        self.table.setObjectName("batchTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # arrival order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(filters)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._filter_text)
        self.reason.currentIndexChanged.connect(lambda _i: self._filter_reason())
        self.permanence.currentIndexChanged.connect(lambda _i: self._filter_permanence())
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.table.activated.connect(self._activated)
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(self._reset)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.set_loading(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on LanguageChange)."""
        self.search.setPlaceholderText(self.tr("Filter by address, domain, code, reason or message…"))
        self.search.setAccessibleName(self.tr("Filter the recipients"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setItemText(0, self.tr("All reasons"))
        self._fill_reasons()
        self.permanence.setAccessibleName(self.tr("Permanent or temporary"))
        labels = {"all": self.tr("Permanent and temporary"), "permanent": self.tr("Permanent only"),
                  "temporary": self.tr("Temporary only"), "unknown": self.tr("Not said")}
        for i in range(self.permanence.count()):
            self.permanence.setItemText(i, labels[self.permanence.itemData(i)])
        self.progress.setAccessibleName(self.tr("Loading"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.table.setAccessibleName(self.tr("Failed recipients"))
        self.model.retranslate()
        self._update_count()
        self.fit_columns()

    def column_need(self, col: Column) -> int:
        """The width a column needs to show its texts whole (its title with the sort arrow, and its cells)."""
        cell = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        texts = [_SAMPLES[col]] if col in _SAMPLES else column_texts(col)
        title = self.model.headerData(col, Qt.Orientation.Horizontal)
        need = max([cell.horizontalAdvance(t) + 16 for t in texts] + [head.horizontalAdvance(title) + 28])
        if col in _GROWS:
            need = max(need, min(self._widest.get(col, 0) + 16, int(self.table.viewport().width() * _GROW_SHARE)))
        return need

    def fit_columns(self) -> None:
        """Size every column for its texts; the recipient takes the rest. When the table is too narrow for
        all, the file, domain and who-acts columns give way first (their tooltips keep the whole text)."""
        header = self.table.horizontalHeader()
        need = {col: self.column_need(col) for col in Column if col != Column.RECIPIENT}
        room = self.table.viewport().width() - self.table.fontMetrics().horizontalAdvance(_RECIPIENT_MIN) - 16
        short = sum(need.values()) - room
        for col in _SQUEEZE:
            if short <= 0:
                break
            give = min(short, need[col] // 3)
            need[col] -= give
            short -= give
        for col, width in need.items():
            header.resizeSection(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's width changed: size the columns again."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- state shown

    def set_loading(self, loading: bool) -> None:
        """Show or hide the progress bar and the Cancel button."""
        self.progress.setRange(0, 0)  # busy, until the number of messages is known
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)
        self.cancel_button.setEnabled(loading)

    def set_progress(self, done: int, total: int, rate: float) -> None:
        """How far a load is: ``done`` of ``total`` messages (-1: not known yet) at ``rate`` a second."""
        if total <= 0 or rate <= 0:
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        left = max(total - done, 0) / rate
        if left < 60:
            text = self.tr("%1 s left").replace("%1", f"{left:.0f}")
        else:
            text = self.tr("%1 min left").replace("%1", f"{left / 60:.0f}")
        self.progress.setFormat(text)
        self.progress.setMinimumWidth(min(180, self.progress.fontMetrics().horizontalAdvance(text) + 32))
        self.progress.setToolTip(self.tr("%1 of %2 messages").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def set_status(self, text: str) -> None:
        """One line above the table: what is being read, or what was."""
        self.status_label.setText(text)

    def open_index(self, index: QModelIndex) -> None:
        """Open the row at a (proxy) index, as a double-click does."""
        self._activated(index)

    # ---- filters

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self.filter_changed.emit()

    def _filter_reason(self) -> None:
        self.proxy.set_reason(self.reason.currentData() or "")
        self.filter_changed.emit()

    def _filter_permanence(self) -> None:
        self.proxy.set_permanence(self.permanence.currentData() or "all")
        self.filter_changed.emit()

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._update_count()  # the total grows even when a filter shows none of the new rows
        rows = [r for i in range(first, last + 1) if (r := self.model.row_at(i)) is not None]
        fm = self.table.fontMetrics()
        wider = False
        for col, texts in ((Column.FILE, {r.file for r in rows}), (Column.DOMAIN, {r.domain for r in rows})):
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
            if widest > self._widest.get(col, 0):
                self._widest[col] = widest
                wider = True
        if wider:
            self.fit_columns()
        new = {r.reason or "undefined" for r in rows} - self._reasons
        if not new:
            return
        self._reasons |= new
        self._fill_reasons()

    def _fill_reasons(self) -> None:
        """The reason filter's items: every reason seen, in a few words in the current language (as the table
        says it), the whole sentence in the tooltip."""
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        while self.reason.count() > 1:
            self.reason.removeItem(1)
        for reason in sorted(self._reasons, key=lambda r: reason_short(r).casefold()):
            self.reason.addItem(reason_short(reason), reason)
            self.reason.setItemData(self.reason.count() - 1, reason_tip(reason), Qt.ItemDataRole.ToolTipRole)
        self.reason.view().setMinimumWidth(self.reason.view().sizeHintForColumn(0) + 24)
        self.reason.setCurrentIndex(max(self.reason.findData(chosen), 0))
        self.reason.blockSignals(False)

    def _reset(self) -> None:
        self._reasons.clear()
        self._widest.clear()
        self.reason.blockSignals(True)
        while self.reason.count() > 1:
            self.reason.removeItem(1)
        self.reason.setCurrentIndex(0)
        self.reason.blockSignals(False)
        self.proxy.set_reason("")
        self._update_count()
        self.fit_columns()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n recipient(s)", "", total)
        else:
            text = self.tr("%1 of %2 recipients").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        row: BatchRow | None = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.row_activated.emit(row)
