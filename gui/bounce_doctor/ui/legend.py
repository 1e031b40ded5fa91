"""A small legend: which colour means what in the bounce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .theme import Role


class Legend(QWidget):
    """One coloured sample per kind of finding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._items = (
            (Role.CODE, Role.CODE_BG),
            (Role.RECIPIENT, Role.RECIPIENT_BG),
            (Role.REPLY, Role.REPLY_BG),
            (Role.SERVER, Role.SERVER_BG),
            (Role.HEADER_NAME, None),
            (Role.HEADER_VALUE, None),
            (Role.EVIDENCE, Role.EVIDENCE_BG),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(10)
        self._labels = []
        for _item in self._items:
            label = QLabel(self)
            layout.addWidget(label)
            self._labels.append(label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """The labels in the current language."""
        self.setAccessibleName(self.tr("Colour legend"))
        texts = (
            self.tr("Code"),
            self.tr("Recipient"),
            self.tr("Server’s reply"),
            self.tr("Mail server"),
            self.tr("Header name"),
            self.tr("Header value"),
            self.tr("Why: the deciding line"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: relabel."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Paint each sample with its role's colours."""
        for label, (fg, bg) in zip(self._labels, self._items, strict=True):
            style = f"color: {colors(fg).name()}; font-weight: 600; padding: 1px 4px;"
            if bg is not None:
                style += f" background-color: {colors(bg).name()};"
            label.setStyleSheet(style)

    def texts(self) -> list[str]:
        """The legend's labels."""
        return [label.text() for label in self._labels]
