"""A small legend: which colour means what in the bounce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .theme import Role


class Legend(QWidget):
    """One coloured sample per kind of finding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAccessibleName(self.tr("Colour legend"))
        self._items = (
            (self.tr("Code"), Role.CODE, Role.CODE_BG),
            (self.tr("Recipient"), Role.RECIPIENT, Role.RECIPIENT_BG),
            (self.tr("Server’s reply"), Role.REPLY, Role.REPLY_BG),
            (self.tr("Mail server"), Role.SERVER, Role.SERVER_BG),
            (self.tr("Header name"), Role.HEADER_NAME, None),
            (self.tr("Header value"), Role.HEADER_VALUE, None),
            (self.tr("Why: the deciding line"), Role.EVIDENCE, Role.EVIDENCE_BG),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(10)
        self._labels = []
        for text, _fg, _bg in self._items:
            label = QLabel(text, self)
            layout.addWidget(label)
            self._labels.append(label)
        layout.addStretch(1)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Paint each sample with its role's colours."""
        for label, (_text, fg, bg) in zip(self._labels, self._items, strict=True):
            style = f"color: {colors(fg).name()}; font-weight: 600; padding: 1px 4px;"
            if bg is not None:
                style += f" background-color: {colors(bg).name()};"
            label.setStyleSheet(style)

    def texts(self) -> list[str]:
        """The legend's labels."""
        return [label.text() for label in self._labels]
