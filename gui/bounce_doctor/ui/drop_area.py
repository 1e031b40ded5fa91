"""A container that takes drops on its whole surface: files, text and message/rfc822 data."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import mime_input


class DropArea(QWidget):
    """Holds the window's content and turns any drop into ``sources_dropped``."""

    sources_dropped = Signal(list)  # [mime_input.Source]

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if content is not None:
            self._layout.addWidget(content)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept what we can read, always as a copy."""
        if mime_input.can_read(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep the copy cursor while the drag moves over children."""
        if mime_input.can_read(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Take a copy of the payload and hand it on after the drop returns."""
        sources = mime_input.sources(event.mimeData(), self.tr("Dropped text"))
        if not sources:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the dragged file is never moved
        event.accept()
        QTimer.singleShot(0, lambda: self.sources_dropped.emit(sources))
