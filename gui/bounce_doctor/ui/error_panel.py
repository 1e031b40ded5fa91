"""One non-modal panel for the program's own errors: what happened, "Copy details", and the window goes on.

It also explains a drop or paste that could not be read (a notice: what arrived, and what to do), so that
the current diagnosis stays in view; a program error, which matters more, replaces a notice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .drop_notice import Notice
from .theme import Role

MAX_DETAILS = 200_000  # characters of tracebacks kept for "Copy details"


class ErrorPanel(QFrame):
    """A bar above the content; a second error updates it (never a chain of dialogs)."""

    details_copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._details: list[str] = []
        self._notice: Notice | None = None  # it says itself in the current language
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("errorPanelText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(self.label.textFormat().PlainText)
        row.addWidget(self.label, 1)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("dismissErrorButton")
        row.addWidget(self.copy_button)
        row.addWidget(self.close_button)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on LanguageChange), the message shown too."""
        self.setAccessibleName(self.tr("About what was dropped") if self._notice else self.tr("Program error"))
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Put the technical details on the clipboard, for a bug report"))
        self.close_button.setText(self.tr("Dismiss"))
        if self._details or self._notice:
            self._say()

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, details: str) -> None:
        """Say that something went wrong inside the program; keep ``details`` for the clipboard."""
        self._notice = None
        self._details.append(details)
        while len(self._details) > 1 and sum(map(len, self._details)) > MAX_DETAILS:
            self._details.pop(0)
        self._say()
        self.show()

    def show_notice(self, notice: Notice | None) -> None:
        """Explain an input that could not be read, with its formats for "Copy details"; None takes a shown
        notice away (a program error stays)."""
        if self._details:
            return
        self._notice = notice
        if notice is None:
            self.hide()
            return
        self.retranslate()
        self.show()

    def _say(self) -> None:
        if self._notice is not None and not self._details:
            self.label.setText(self._notice.text())
            return
        count = len(self._details)
        text = self.tr(
            "Something went wrong inside Bounce Doctor. The window keeps working: you can open another "
            "bounce. To help fix it, copy the details into a bug report."
        )
        if count > 1:
            text += " " + self.tr("(%n errors so far)", "", count)
        self.label.setText(text)

    def details(self) -> str:
        """The details of every error shown since the panel was last dismissed (or of the notice shown)."""
        if self._notice is not None and not self._details:
            return self._notice.details()
        return "\n\n".join(self._details)

    def copy_details(self) -> None:
        """Put the details (tracebacks) on the clipboard."""
        QGuiApplication.clipboard().setText(self.details())
        self.details_copied.emit()

    def dismiss(self) -> None:
        """Hide the panel and forget the details."""
        self._details.clear()
        self._notice = None
        self.hide()

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Draw in the theme's error colours."""
        self.setStyleSheet(
            f"QFrame#errorPanel {{ border: 1px solid {colors(Role.ERROR).name()}; border-radius: 6px; "
            f"background-color: {colors(Role.ERROR_BG).name()}; }}"
        )
