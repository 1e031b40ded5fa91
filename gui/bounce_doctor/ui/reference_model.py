"""The code reference as a model: every catalog entry in a table, and a proxy for search and filters."""

from __future__ import annotations

import re
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

from ..engine import CatalogEntry
from ..engine.verdict import for_code
from ..output.text import QT_TRANSLATE_NOOP

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the CatalogEntry
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # lower-case words to search
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # "reply", "enhanced" or "vendor"
OUTCOMES_ROLE = Qt.ItemDataRole.UserRole + 4  # frozenset of "success", "temporary", "permanent"
KEY_ROLE = Qt.ItemDataRole.UserRole + 5  # CatalogEntry.key

GROUPS = ("reply", "enhanced", "vendor")
OUTCOMES = ("success", "temporary", "permanent")
_CLASS_OUTCOME = {2: "success", 4: "temporary", 5: "permanent"}
_AnyIndex = QModelIndex | QPersistentModelIndex


def group_of(e: CatalogEntry) -> str:
    """Which filter group an entry belongs to."""
    if e.kind == "vendor":
        return "vendor"
    if e.kind in ("reply", "client") or (e.kind == "class" and e.code.endswith("xx")):
        return "reply"
    return "enhanced"


def outcomes_of(e: CatalogEntry) -> frozenset[str]:
    """Whether an entry stands for success, a temporary or a permanent failure (or several)."""
    if e.severity in OUTCOMES:
        return frozenset({e.severity})
    if e.severity == "intermediate":
        return frozenset({"success"})
    if e.classes:
        return frozenset(_CLASS_OUTCOME[c] for c in e.classes)
    first = e.code[:1]
    if first.isdigit() and int(first) in _CLASS_OUTCOME:
        return frozenset({_CLASS_OUTCOME[int(first)]})
    return frozenset(OUTCOMES)  # e.g. X.1.X: any class


def occurs(e: CatalogEntry) -> list[str]:
    """The codes an entry stands for: ``X.1.1`` occurs as 4.1.1 and 5.1.1; other codes as themselves."""
    return [e.code.replace("X", str(c), 1) for c in e.classes] if e.code.startswith("X.") and e.classes else [e.code]


def decided(e: CatalogEntry) -> list[tuple[str, str, str]]:
    """Who acts and whether to resend for each code the entry stands for, as (code, who, resend), from
    the verdict's own table; ``("5.X.X", "", "")`` for a failure that leaves it to the reason."""
    out = []
    for code in occurs(e):
        d = for_code(code, e.reason)
        if d is not None:
            out.append((code, *d))
        elif code.startswith("5"):
            out.append((code, "", ""))  # it depends on the reason (the rest of the code, the server's words)
    return out


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceModel", text)


class ReferenceModel(QAbstractTableModel):
    """A read-only table over the immutable tuple of catalog entries."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ReferenceModel", "Code"),
        QT_TRANSLATE_NOOP("ReferenceModel", "Kind"),
        QT_TRANSLATE_NOOP("ReferenceModel", "Title"),
        QT_TRANSLATE_NOOP("ReferenceModel", "Outcome"),
    )

    def __init__(self, entries: tuple[CatalogEntry, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set(entries)

    def set_entries(self, entries: tuple[CatalogEntry, ...]) -> None:
        """The same catalog in another language (keys stay the same); the column titles are retranslated too."""
        self.beginResetModel()
        self._set(entries)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def _set(self, entries: tuple[CatalogEntry, ...]) -> None:
        self._entries = entries
        self._search = [
            " ".join((e.code, e.title, e.meaning, e.vendor or "", e.reason, e.match or "", e.sample or "")).lower()
            for e in entries
        ]
        self._groups = [group_of(e) for e in entries]
        self._outcomes = [outcomes_of(e) for e in entries]
        self._rows = {e.key: i for i, e in enumerate(entries)}

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Entries (none below an entry)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Code, kind, title, outcome."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, and the custom roles the filter and the detail view read."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        row, col = index.row(), index.column()
        e = self._entries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return e.code
            if col == 1:
                kind = {
                    "reply": QT_TRANSLATE_NOOP("ReferenceModel", "Reply code"),
                    "enhanced": QT_TRANSLATE_NOOP("ReferenceModel", "Enhanced code"),
                    "vendor": QT_TRANSLATE_NOOP("ReferenceModel", "Vendor"),
                }[self._groups[row]]
                if e.kind == "class":
                    kind = QT_TRANSLATE_NOOP("ReferenceModel", "Class")
                elif e.kind == "client":
                    kind = QT_TRANSLATE_NOOP("ReferenceModel", "Client reply")
                text = _tr(kind)
                return f"{text} ({e.vendor})" if e.vendor else text
            if col == 2:
                return e.title
            if col == 3:
                names = {
                    "success": QCoreApplication.translate("ReferenceModel", "success"),
                    "temporary": QCoreApplication.translate("ReferenceModel", "temporary"),
                    "permanent": QCoreApplication.translate("ReferenceModel", "permanent"),
                }
                return ", ".join(names[o] for o in OUTCOMES if o in self._outcomes[row])
        if role == ENTRY_ROLE:
            return e
        if role == SEARCH_ROLE:
            return self._search[row]
        if role == GROUP_ROLE:
            return self._groups[row]
        if role == OUTCOMES_ROLE:
            return self._outcomes[row]
        if role == KEY_ROLE:
            return e.key
        return None

    def row_of(self, key: str) -> int:
        """The row of an entry by key, or -1."""
        return self._rows.get(key, -1)


def _code_pattern(code: str) -> re.Pattern[str]:
    """``X.1.1`` matches 4.1.1 and 5.1.1; ``5xx`` matches 550; ``5.X.X`` matches 5.7.1."""
    parts = []
    for ch in code.lower():
        parts.append(r"\d{1,3}" if ch == "x" else re.escape(ch))
    return re.compile("".join(parts))


class ReferenceFilter(QSortFilterProxyModel):
    """Search by code or words, and filter by kind and outcome."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._words: list[str] = []
        self._groups = set(GROUPS)
        self._outcomes = set(OUTCOMES)
        self._patterns: dict[int, re.Pattern[str]] = {}
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text_filter(self, text: str) -> None:
        """Keep entries whose code fits the text, or that contain every word of it."""
        self.beginFilterChange()
        self._query = text.strip().lower()
        self._words = self._query.split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group: str, on: bool) -> None:
        """Show or hide reply codes, enhanced codes or vendor entries."""
        self.beginFilterChange()
        (self._groups.add if on else self._groups.discard)(group)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_outcome(self, outcome: str, on: bool) -> None:
        """Show or hide success, temporary or permanent entries."""
        self.beginFilterChange()
        (self._outcomes.add if on else self._outcomes.discard)(outcome)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _AnyIndex) -> bool:
        """Apply the groups, the outcomes and the search text."""
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, GROUP_ROLE) not in self._groups:
            return False
        if not (model.data(index, OUTCOMES_ROLE) & self._outcomes):
            return False
        if not self._words:
            return True
        code = model.data(index, Qt.ItemDataRole.DisplayRole)
        if self._query[:1].isdigit() and len(self._words) == 1:
            pattern = self._patterns.get(source_row)
            if pattern is None:
                pattern = self._patterns[source_row] = _code_pattern(code)
            if pattern.fullmatch(self._query) or code.lower().startswith(self._query):
                return True
        hay = model.data(index, SEARCH_ROLE)
        return all(w in hay for w in self._words)
