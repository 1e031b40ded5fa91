"""The batch table's data: one row per failed recipient, and a proxy that sorts and filters it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..output.batch import BatchRow
from ..output.text import QT_TRANSLATE_NOOP, REASON_PHRASE, label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the BatchRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in order."""

    FILE = 0
    DATE = 1
    RECIPIENT = 2
    DOMAIN = 3
    CODES = 4
    REASON = 5
    WHO = 6
    PERMANENT = 7


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("BatchModel", "...")

_COLUMNS = (
    QT_TRANSLATE_NOOP("BatchModel", "Message"),
    QT_TRANSLATE_NOOP("BatchModel", "Date (UTC)"),
    QT_TRANSLATE_NOOP("BatchModel", "Recipient"),
    QT_TRANSLATE_NOOP("BatchModel", "Domain"),
    QT_TRANSLATE_NOOP("BatchModel", "Codes"),
    QT_TRANSLATE_NOOP("BatchModel", "Reason"),
    QT_TRANSLATE_NOOP("BatchModel", "Who must act"),
    QT_TRANSLATE_NOOP("BatchModel", "Permanent?"),
)

_WHO = {
    "you": QT_TRANSLATE_NOOP("BatchModel", "You (sender)"),
    "provider": QT_TRANSLATE_NOOP("BatchModel", "Your IT / provider"),
    "recipient": QT_TRANSLATE_NOOP("BatchModel", "The recipient"),
    "recipient_admin": QT_TRANSLATE_NOOP("BatchModel", "Recipient's admin"),
    "blocklist": QT_TRANSLATE_NOOP("BatchModel", "A blocklist"),
    "nobody": QT_TRANSLATE_NOOP("BatchModel", "Nobody: wait"),
}


# a reason in two or three words, for the table's cells, the reason filter and the charts' bars; the
# sentence of text.REASON_PHRASE stays in the tooltips. "onhold" and "undefined" differ in what there
# is to read: a reply the engine could not place, or no reply at all.
_SHORT = {
    "userunknown": QT_TRANSLATE_NOOP("BatchModel", "Address does not exist"),
    "hostunknown": QT_TRANSLATE_NOOP("BatchModel", "Domain does not exist"),
    "hasmoved": QT_TRANSLATE_NOOP("BatchModel", "Address has moved"),
    "mailboxfull": QT_TRANSLATE_NOOP("BatchModel", "Mailbox full"),
    "emailtoolarge": QT_TRANSLATE_NOOP("BatchModel", "Message too large"),
    "suspend": QT_TRANSLATE_NOOP("BatchModel", "Account disabled"),
    "norelaying": QT_TRANSLATE_NOOP("BatchModel", "Relaying denied"),
    "authfailure": QT_TRANSLATE_NOOP("BatchModel", "SPF/DKIM/DMARC failed"),
    "blocked": QT_TRANSLATE_NOOP("BatchModel", "Sending server blocked"),
    "badreputation": QT_TRANSLATE_NOOP("BatchModel", "Poor reputation"),
    "spamdetected": QT_TRANSLATE_NOOP("BatchModel", "Taken for spam"),
    "virusdetected": QT_TRANSLATE_NOOP("BatchModel", "Virus found"),
    "filtered": QT_TRANSLATE_NOOP("BatchModel", "Refused by a filter"),
    "rejected": QT_TRANSLATE_NOOP("BatchModel", "Sender refused"),
    "requireptr": QT_TRANSLATE_NOOP("BatchModel", "No reverse DNS"),
    "policyviolation": QT_TRANSLATE_NOOP("BatchModel", "Against server policy"),
    "contenterror": QT_TRANSLATE_NOOP("BatchModel", "Content refused"),
    "notcompliantrfc": QT_TRANSLATE_NOOP("BatchModel", "Breaks email standards"),
    "securityerror": QT_TRANSLATE_NOOP("BatchModel", "Security check failed"),
    "systemerror": QT_TRANSLATE_NOOP("BatchModel", "Server error"),
    "systemfull": QT_TRANSLATE_NOOP("BatchModel", "Server out of space"),
    "networkerror": QT_TRANSLATE_NOOP("BatchModel", "Server unreachable"),
    "expired": QT_TRANSLATE_NOOP("BatchModel", "Retried too long"),
    "ratelimited": QT_TRANSLATE_NOOP("BatchModel", "Sent too fast"),
    "syntaxerror": QT_TRANSLATE_NOOP("BatchModel", "Protocol error"),
    "notaccept": QT_TRANSLATE_NOOP("BatchModel", "Domain takes no mail"),
    "failedstarttls": QT_TRANSLATE_NOOP("BatchModel", "TLS failed"),
    "mailererror": QT_TRANSLATE_NOOP("BatchModel", "Mail program failed"),
    "suppressed": QT_TRANSLATE_NOOP("BatchModel", "On a do-not-send list"),
    "onhold": QT_TRANSLATE_NOOP("BatchModel", "Reply not recognised"),
    "undefined": QT_TRANSLATE_NOOP("BatchModel", "No reason given"),
    "delivered": QT_TRANSLATE_NOOP("BatchModel", "Delivered"),
    "vacation": QT_TRANSLATE_NOOP("BatchModel", "Automatic reply"),
    "feedback": QT_TRANSLATE_NOOP("BatchModel", "Reported as spam"),
}


def _tr(text: str) -> str:
    """A string marked above, in the window's language."""
    return translate("BatchModel", text)


def column_titles() -> list[str]:
    """The column headers, translated."""
    return [_tr(t) for t in _COLUMNS]


def who_label(who: str) -> str:
    """Who must act, in a few words."""
    if who in _WHO:
        return _tr(_WHO[who])
    return who or translate("BatchModel", "Unclear")


def permanence_label(permanent: bool | None) -> str:
    """Permanent, temporary or not said."""
    if permanent is None:
        return translate("BatchModel", "Not said")
    return translate("BatchModel", "Permanent") if permanent else translate("BatchModel", "Temporary")


def reason_label(reason: str) -> str:
    """A reason in plain words in the window's language ("that address does not exist"); the key when unknown."""
    if reason not in REASON_PHRASE:
        return reason
    phrase = label(REASON_PHRASE, reason)
    return phrase[:1].upper() + phrase[1:]


def reason_short(reason: str) -> str:
    """A reason in two or three words ("Mailbox full"), for cells, the filter and bars; the key when unknown."""
    key = reason or "undefined"  # a row without a reason is one the bounce gives none for
    return _tr(_SHORT[key]) if key in _SHORT else key


def reason_tip(reason: str) -> str:
    """A reason's sentence and the engine's name for it, as exports and the code reference use."""
    shown = reason_label(reason)
    return f"{shown} ({reason})" if shown != reason else reason


def column_texts(col: Column) -> list[str]:
    """Every text a worded column can show in the current language, and its title (to size the column)."""
    title = _tr(_COLUMNS[col])
    if col == Column.REASON:
        return [title, *(_tr(t) for t in _SHORT.values())]
    if col == Column.WHO:
        return [title, *(_tr(t) for t in _WHO.values()), translate("BatchModel", "Unclear")]
    if col == Column.PERMANENT:
        return [title, permanence_label(True), permanence_label(False), permanence_label(None)]
    return [title]


class BatchModel(QAbstractTableModel):
    """Rows arrive in batches (``append``); the model keeps only the rows, never the reports."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BatchRow] = []

    # ---- the rows

    def append(self, rows: list[BatchRow]) -> None:
        """Add rows at the end (one insert for the whole batch)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def retranslate(self) -> None:
        """The language changed: the column titles and the worded cells (reason, who, permanence) again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def clear(self) -> None:
        """No rows."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rows(self) -> list[BatchRow]:
        """Every row, in the order they arrived."""
        return list(self._rows)

    def row_at(self, row: int) -> BatchRow | None:
        """The row at a (source) row number."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # ---- QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_COLUMNS):
            return _tr(_COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.row_at(index.row())
        if r is None or not 0 <= index.column() < len(Column):
            return None
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            if col == Column.PERMANENT:
                return {True: 0, False: 1, None: 2}[r.permanent]
            return self._display(r, col).lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.REASON:
                return reason_tip(r.reason)  # the whole sentence, and the engine's name for it
            if col == Column.FILE:
                return r.ref.path + (f" #{r.ref.index}" if r.ref.index else "")
            if col in (Column.CODES, Column.RECIPIENT) and r.diagnostic:
                return r.diagnostic
            return None
        if role == ROW_ROLE:
            return r
        return None

    @staticmethod
    def _display(r: BatchRow, col: Column) -> str:
        match col:
            case Column.FILE:
                return r.file
            case Column.DATE:
                return r.date
            case Column.RECIPIENT:
                return r.recipient
            case Column.DOMAIN:
                return r.domain
            case Column.CODES:
                return r.codes
            case Column.REASON:
                return reason_short(r.reason)
            case Column.WHO:
                return who_label(r.who_acts)
            case Column.PERMANENT:
                return permanence_label(r.permanent)


class BatchFilter(QSortFilterProxyModel):
    """Sorts by any column; keeps the rows that match the text, the reason and the permanence chosen."""

    PERMANENCE = ("all", "permanent", "temporary", "unknown")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._reason = ""
        self._permanence = "all"
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Keep rows where any cell, or the server's reply, contains the text (any case)."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_reason(self, reason: str) -> None:
        """Keep one reason ("" for all)."""
        self.beginFilterChange()
        self._reason = reason
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_permanence(self, which: str) -> None:
        """all, permanent, temporary or unknown."""
        if which not in self.PERMANENCE:
            raise ValueError(which)
        self.beginFilterChange()
        self._permanence = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def visible_rows(self) -> list[BatchRow]:
        """The rows that pass the filter, in the order shown."""
        model = self.sourceModel()
        if not isinstance(model, BatchModel):
            return []
        rows = model._rows
        return [rows[self.mapToSource(self.index(i, 0)).row()] for i in range(self.rowCount())]

    def is_filtered(self) -> bool:
        """Whether any filter is set."""
        return bool(self._text or self._reason or self._permanence != "all")

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        r = model.row_at(source_row) if isinstance(model, BatchModel) else None
        if r is None:
            return False
        if self._reason and (r.reason or "undefined") != self._reason:
            return False
        if self._permanence != "all":
            want = {"permanent": True, "temporary": False, "unknown": None}[self._permanence]
            if r.permanent is not want:
                return False
        if self._text:
            hay = " ".join((r.file, r.date, r.recipient, r.codes, r.reason, reason_label(r.reason),
                            reason_short(r.reason), r.who_acts, who_label(r.who_acts), r.diagnostic)).casefold()
            return self._text in hay
        return True
