"""A small legend: which colour means what in the bounce."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget

from .theme import Role


class FlowLayout(QLayout):
    """Lays its items out in rows, left to right, starting a new row where the width ends: a long
    language's legend takes two rows instead of widening the pane it sits in."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's names)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Every item on one row."""
        m = self.contentsMargins()
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + self._gap * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: the rows wrap down to one item each."""
        m = self.contentsMargins()
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row = area.x(), y + row + self._gap // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row = max(row, hint.height())
        return y + row - rect.y() + m.bottom()


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
        layout = FlowLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self._labels = []
        for _item in self._items:
            label = QLabel(self)
            layout.addWidget(label)
            self._labels.append(label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
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
