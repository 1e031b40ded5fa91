"""The list of opened files and messages, beside the bounce, when there are several."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_KEY = Qt.ItemDataRole.UserRole


class FileList(QListWidget):
    """Each entry is one message; choosing one emits its key."""

    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileList")
        self.setAccessibleName(self.tr("Opened messages"))
        self.setAcceptDrops(False)
        self.currentItemChanged.connect(self._current_changed)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the accessible name again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Opened messages"))
        super().changeEvent(event)

    def add_entry(self, key: str, label: str, tooltip: str = "", *, failed: bool = False) -> None:
        """Add one message (or one input that could not be read)."""
        item = QListWidgetItem(label if not failed else self.tr("%1 (not read)").replace("%1", label))
        item.setData(_KEY, key)
        item.setToolTip(tooltip or label)
        self.addItem(item)

    def keys(self) -> list[str]:
        """The keys in list order."""
        return [self.item(i).data(_KEY) for i in range(self.count())]

    def select_key(self, key: str) -> None:
        """Mark an entry as the one shown, without emitting ``item_chosen``."""
        for i in range(self.count()):
            if self.item(i).data(_KEY) == key:
                self.blockSignals(True)
                self.setCurrentRow(i)
                self.blockSignals(False)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.item_chosen.emit(current.data(_KEY))
