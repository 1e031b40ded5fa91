"""Every header of one header block as a table (name, value), and a proxy that filters it by words."""

from __future__ import annotations

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

from ..engine.headers import HeaderRef
from ..output.text import QT_TRANSLATE_NOOP

HEADER_ROLE = Qt.ItemDataRole.UserRole + 1  # the HeaderRef
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) of the whole header in Report.text
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # "name: value", lower case

NAME, VALUE = range(2)
_COLUMNS = (QT_TRANSLATE_NOOP("HeadersModel", "Header"), QT_TRANSLATE_NOOP("HeadersModel", "Value"))
CELL_CHARS = 300  # a cell shows this much of a long value; the tooltip a little more
TIP_CHARS = 2000
_AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeadersModel", text)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text[: limit * 2].split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class HeadersModel(QAbstractTableModel):
    """A read-only table over one block's headers, in the order they were written."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[HeaderRef, ...] = ()
        self._search: list[str] = []

    def set_headers(self, headers: tuple[HeaderRef, ...]) -> None:
        """Show these headers."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._search = [f"{h.name}: {h.value}".lower() for h in self._headers]
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: the column titles again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)

    def header(self, row: int) -> HeaderRef | None:
        """The header of a row."""
        return self._headers[row] if 0 <= row < len(self._headers) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per header."""
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Name and value."""
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return _tr(_COLUMNS[section])
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the whole value as a tooltip, and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        h = self._headers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return h.name if index.column() == NAME else _one_line(h.value, CELL_CHARS)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == VALUE:
            return _one_line(h.value, TIP_CHARS)
        if role == HEADER_ROLE:
            return h
        if role == SPAN_ROLE:
            return (h.start, h.end)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None


class HeadersFilter(QSortFilterProxyModel):
    """Keeps the headers whose name or value contains every word typed (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text_filter(self, text: str) -> None:
        """Filter by the words of ``text``; empty shows every header."""
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _AnyIndex) -> bool:
        """Every word must appear in the header's name or value."""
        if not self._words:
            return True
        hay = self.sourceModel().data(self.sourceModel().index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(w in hay for w in self._words)
