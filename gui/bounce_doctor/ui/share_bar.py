"""The delegate that paints a hop's share of the total delay as a bar behind its percentage (the Headers tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .hops_model import SHARE_ROLE
from .theme import Role

Colors = Callable[[Role], QColor]


class ShareBar(QStyledItemDelegate):
    """Paints a hop's share of the total delay as a bar behind its percentage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors: Colors | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell's own background, the bar, then the text and the selection as usual."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        share = index.data(SHARE_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if share and self.colors is not None and not selected:
            if opt.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
                painter.fillRect(opt.rect, opt.backgroundBrush)
                opt.backgroundBrush = QBrush()
            r = opt.rect.adjusted(2, 4, -2, -4)
            bar = QRect(r.left(), r.top(), max(2, round(r.width() * min(1.0, share))), r.height())
            color = QColor(self.colors(Role.HIGHLIGHT))
            color.setAlpha(110)
            painter.fillRect(bar, color)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
