"""The empty window: one large drop target that says what to do, and a place for what went wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .theme import Role


class EmptyState(QFrame):
    """Invites a drop or a paste; shows a message when an input could not be read."""

    paste_clicked = Signal()
    open_clicked = Signal()
    sample_clicked = Signal()
    link_activated = Signal(str)  # a link in the message (such as "action:limits")
    guide_clicked = Signal()  # "How do I get my bounce in?" (also a message's "action:guide" link)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self._shortcut = ""
        self.setAcceptDrops(False)
        self._error = "inherit"
        self._last: tuple[str, str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(2)

        self.message = QLabel(self)
        self.message.setObjectName("readMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.message.setOpenExternalLinks(False)
        self.message.linkActivated.connect(self._link)
        self.message.setAccessibleName(self.tr("What went wrong"))
        self.message.setMaximumWidth(820)
        self.message.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addSpacing(24)

        self.prompt = QLabel(self)
        self.prompt.setObjectName("dropPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.prompt.setFont(font)
        outer.addWidget(self.prompt)

        self.privacy = QLabel(self)
        self.privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy.setWordWrap(True)
        outer.addWidget(self.privacy)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("pasteButton")
        self.open_button = QPushButton(self)
        self.sample_button = QPushButton(self)
        for b in (self.paste_button, self.open_button, self.sample_button):
            b.setMinimumWidth(140)
            buttons.addWidget(b)
        buttons.addStretch(1)
        outer.addSpacing(16)
        outer.addLayout(buttons)
        self.guide_button = QPushButton(self)
        self.guide_button.setObjectName("guideButton")
        self.guide_button.setFlat(True)
        self.guide_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.guide_button.clicked.connect(self.guide_clicked)
        outer.addSpacing(8)
        outer.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.paste_button.clicked.connect(self.paste_clicked)
        self.open_button.clicked.connect(self.open_clicked)
        self.sample_button.clicked.connect(self.sample_clicked)
        self.setFocusProxy(self.paste_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setAccessibleName(self.tr("Drop a bounce here"))
        self.message.setAccessibleName(self.tr("What went wrong"))
        self.prompt.setText(
            self.tr(
                "Drop a bounced email here, or copy its text and paste it with %1. "
                "You can also open a saved .eml, .msg, .txt or mbox file."
            ).replace("%1", self._shortcut or "Ctrl+V")
        )
        self.privacy.setText(self.tr("Everything stays on this computer: nothing is sent anywhere."))
        self.paste_button.setText(self.tr("&Paste"))
        self.open_button.setText(self.tr("&Open a file…"))
        self.sample_button.setText(self.tr("&Try a sample"))
        self.guide_button.setText(self.tr("How do I get my bounce in?"))

    def changeEvent(self, event: QEvent) -> None:
        """A new language: say it again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_paste_shortcut(self, text: str) -> None:
        """Name the platform's paste shortcut in the prompt (Ctrl+V, ⌘V)."""
        self._shortcut = text
        self.retranslate()

    def _link(self, href: str) -> None:
        if href == "action:guide":
            self.guide_clicked.emit()
        else:
            self.link_activated.emit(href)

    def show_message(self, title: str, body: str) -> None:
        """Say what went wrong with the last input and what to try."""
        self._last = (title, body)
        self.message.setText(
            f'<p style="font-size: large; color: {self._error}"><b>{title}</b></p><p>{body}</p>'
        )
        self.message.show()

    def clear_message(self) -> None:
        """Hide the message."""
        self.message.clear()
        self.message.hide()

    def message_text(self) -> str:
        """The message as plain text ("" when none is shown)."""
        if self.message.isHidden():
            return ""
        return QTextDocumentFragment.fromHtml(self.message.text()).toPlainText()

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Draw the dashed drop border and the message in the theme's colours."""
        self._error = colors(Role.ERROR).name()
        if self._last is not None and not self.message.isHidden():
            self.show_message(*self._last)
        self.setStyleSheet(
            f"QFrame#emptyState {{ border: 2px dashed {colors(Role.DROP_BORDER).name()}; border-radius: 12px; }}"
        )
        self.message.setStyleSheet(
            f"QLabel {{ border: 2px solid {colors(Role.ERROR).name()}; border-radius: 8px; padding: 14px; "
            f"background-color: {colors(Role.ERROR_BG).name()}; }}"
        )
        self.privacy.setStyleSheet(f"color: {colors(Role.MUTED).name()};")
        self.guide_button.setStyleSheet(
            f"QPushButton {{ color: {colors(Role.LINK).name()}; text-decoration: underline; border: none; "
            f"padding: 4px 8px; }} QPushButton:focus {{ border: 1px dashed {colors(Role.LINK).name()}; "
            f"border-radius: 4px; }}"
        )
