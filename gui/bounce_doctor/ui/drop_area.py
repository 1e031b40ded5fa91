"""A container that takes drops on its whole surface: files, messages, text, and what a mail program offers."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from . import mime_input


class DropArea(QWidget):
    """Holds the window's content and turns any drop into ``sources_dropped`` and ``notice_given``.

    Every drop that carries some data is accepted, as a copy, so that the window can always say what
    happened: one it cannot read brings an explanation rather than a refused cursor. While such a drag
    hovers, ``hint`` says so (the cursor alone cannot).
    """

    sources_dropped = Signal(list)  # [mime_input.Source], when a drop holds something to read
    notice_given = Signal(object)  # drop_notice.Notice or None, for every drop
    hint = Signal(str)  # what will happen to the drag that hovers ("" when it leaves)

    def __init__(self, content: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if content is not None:
            self._layout.addWidget(content)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept any drag with data, always as a copy; say when it cannot be read as it is."""
        mime = event.mimeData()
        if mime is None or not mime.formats():
            event.ignore()
            return
        readable = mime_input.can_read(mime)
        self.hint.emit("" if readable else self.tr("Bounce Doctor cannot read this as it is: drop it to see why."))
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep the copy cursor while the drag moves over children."""
        mime = event.mimeData()
        if mime is None or not mime.formats():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The drag went elsewhere: no more hint."""
        self.hint.emit("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Take a copy of the payload and hand it on after the drop returns."""
        mime = event.mimeData()
        if mime is None or not mime.formats():
            event.ignore()
            return
        got = mime_input.read(mime, self.tr("Dropped text"))
        event.setDropAction(Qt.DropAction.CopyAction)  # the dragged file is never moved
        event.accept()
        self.hint.emit("")
        QTimer.singleShot(0, lambda: self._hand_on(got))

    def _hand_on(self, got: mime_input.Received) -> None:
        self.notice_given.emit(got.notice)
        if got.sources:
            self.sources_dropped.emit(got.sources)
