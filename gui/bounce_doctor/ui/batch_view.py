"""The batch table: one row per failed recipient, with a text filter, a reason and a permanence filter,
the loading progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
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

from ..batch import BatchRow
from .batch_model import ROW_ROLE, BatchFilter, BatchModel, Column, reason_label


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
        self.progress.setMaximumWidth(140)
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
        fm = self.fontMetrics()
        for col, sample in ((Column.FILE, "lhost-postfix-12.eml #999"), (Column.DATE, "2026-12-31 23:59"),
                            (Column.RECIPIENT, "someone@example.com"), (Column.DOMAIN, "mail.example.co.jp"),
                            (Column.CODES, "550 5.7.26"), (Column.REASON, "The recipient's mailbox is full"),
                            (Column.WHO, "Recipient's admin"), (Column.PERMANENT, "Permanent?")):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(Column.RECIPIENT, QHeaderView.ResizeMode.Stretch)

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

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- state shown

    def set_loading(self, loading: bool) -> None:
        """Show or hide the progress bar and the Cancel button."""
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)
        self.cancel_button.setEnabled(loading)

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
        new = {r.reason for i in range(first, last + 1) if (r := self.model.row_at(i)) is not None} - self._reasons
        if not new:
            return
        self._reasons |= new
        self._fill_reasons()

    def _fill_reasons(self) -> None:
        """The reason filter's items: every reason seen, in plain words in the current language."""
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        while self.reason.count() > 1:
            self.reason.removeItem(1)
        for reason in sorted(self._reasons, key=lambda r: reason_label(r).casefold()):
            self.reason.addItem(reason_label(reason), reason)
            self.reason.setItemData(self.reason.count() - 1, reason, Qt.ItemDataRole.ToolTipRole)
        self.reason.view().setMinimumWidth(self.reason.view().sizeHintForColumn(0) + 24)
        self.reason.setCurrentIndex(max(self.reason.findData(chosen), 0))
        self.reason.blockSignals(False)

    def _reset(self) -> None:
        self._reasons.clear()
        self.reason.blockSignals(True)
        while self.reason.count() > 1:
            self.reason.removeItem(1)
        self.reason.setCurrentIndex(0)
        self.reason.blockSignals(False)
        self.proxy.set_reason("")
        self._update_count()

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
