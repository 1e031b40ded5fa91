"""The guide "How do I get my bounce in?": mail programs on the left, their steps and a picture on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..lang import LANGUAGES
from .guide_data import Client, clients, steps_html, tinted_svg

PICTURE_SIZE = QSize(320, 180)
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def current_language() -> str:
    """The window's language, as ui/i18n.py set it (QLocale's default), if the guide speaks it."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def render_picture(client: Client, dark: bool, ratio: float = 1.0) -> QPixmap:
    """A client's picture at PICTURE_SIZE, in the light or dark colours (empty if it cannot be read)."""
    renderer = QSvgRenderer(QByteArray(tinted_svg(client.picture, dark)))
    pixmap = QPixmap(PICTURE_SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, PICTURE_SIZE.width(), PICTURE_SIZE.height()))
        painter.end()
    return pixmap


class GuideDialog(QDialog):
    """Non-modal; arrow keys move between the mail programs, Esc closes. Knows nothing of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setModal(False)
        self._clients: tuple[Client, ...] = ()

        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("guideClients")
        self.list.setSpacing(3)
        self.list_label.setBuddy(self.list)
        left = QVBoxLayout()
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)

        page = QWidget()
        page.setObjectName("guidePage")
        self.title = QLabel(page)
        self.title.setObjectName("guideTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.picture = QLabel(page)
        self.picture.setObjectName("guidePicture")
        self.picture.setFixedSize(PICTURE_SIZE)
        self.picture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.intro = QLabel(page)
        self.steps = QLabel(page)
        self.steps.setObjectName("guideSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.title, self.intro, self.steps):
            label.setWordWrap(True)
            label.setTextInteractionFlags(_SELECTABLE)
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 0, 8, 8)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(6)
        column.addWidget(self.picture)
        column.addSpacing(6)
        column.addWidget(self.steps)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(page)

        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._show)
        self.setFocusProxy(self.list)
        self.retranslate()
        self._fit()

    @classmethod
    def show_for(cls, parent: QWidget) -> GuideDialog:
        """Show the guide of a window (made on first use), in front, with the mail programs' list focused."""
        dialog = parent.findChild(cls)
        if dialog is None:
            dialog = cls(parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    # ---- texts

    def retranslate(self) -> None:
        """Every text in the window's language, keeping the program shown."""
        row = max(self.list.currentRow(), 0)
        self.setWindowTitle(self.tr("How do I get my bounce in?"))
        self.list_label.setText(self.tr("Your &mail program:"))
        self.list.setAccessibleName(self.tr("Mail programs"))
        self.steps.setAccessibleName(self.tr("Steps"))
        self.picture.setAccessibleName(self.tr("Picture"))
        self._clients = clients(current_language())
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([c.name for c in self._clients])
        self.list.blockSignals(False)
        metrics = self.list.fontMetrics()
        widest = max(metrics.horizontalAdvance(c.name) for c in self._clients)
        self.list.setFixedWidth(min(widest + 40, 300))
        self.list.setCurrentRow(row)
        self._show(row)

    def changeEvent(self, event: QEvent) -> None:
        """A new language or theme: say it again, draw it again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._show(self.list.currentRow())
        super().changeEvent(event)

    # ---- what is shown

    def client_ids(self) -> list[str]:
        """The mail programs listed, in order."""
        return [c.id for c in self._clients]

    def current(self) -> Client | None:
        """The mail program shown."""
        row = self.list.currentRow()
        return self._clients[row] if 0 <= row < len(self._clients) else None

    def show_client(self, client_id: str) -> None:
        """Show one mail program's steps."""
        self.list.setCurrentRow(self.client_ids().index(client_id))

    def is_dark(self) -> bool:
        """Whether the palette in use is a dark one (the pictures follow it)."""
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._clients):
            return
        client = self._clients[row]
        self.title.setText(client.name)
        self.intro.setText(client.intro)
        self.intro.setVisible(bool(client.intro))
        self.steps.setText(steps_html(client))
        self.picture.setPixmap(render_picture(client, self.is_dark(), self.devicePixelRatioF()))
        self.picture.setAccessibleDescription(client.alt)
        self.picture.setToolTip(client.alt)
        self.scroll.verticalScrollBar().setValue(0)

    def _fit(self) -> None:
        """A size that fits the window it belongs to (or the screen), down to 1024x600."""
        if self.parentWidget() is not None and self.parentWidget().isVisible():
            room = self.parentWidget().size()
        else:
            screen = QGuiApplication.primaryScreen()
            room = screen.availableSize() if screen is not None else QSize(1024, 600)
        self.resize(min(880, room.width() - 40), min(540, room.height() - 60))
