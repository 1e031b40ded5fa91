"""Before the first live check: what will be looked up, and where; "Check" or "Cancel"."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..live import Planned
from . import live_text


class ConsentDialog(QDialog):
    """Lists the DNS names a live check would query; nothing is sent unless the user accepts."""

    def __init__(self, planned: tuple[Planned, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveConsent")
        self._planned = tuple(planned)
        self.intro = QLabel()
        self.intro.setObjectName("liveConsentIntro")
        self.intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("liveConsentNames")
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.always = QCheckBox()
        self.always.setObjectName("liveAlwaysAllow")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = QPushButton()
        self.check_button.setObjectName("liveConsentCheck")
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.after)
        layout.addWidget(self.always)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._retranslate()

    def planned(self) -> tuple[Planned, ...]:
        """The look-ups the user is asked about."""
        return self._planned

    def listed_names(self) -> list[str]:
        """The names shown in the list, in order (each with what it is for)."""
        return [self.names.item(i).text() for i in range(self.names.count())]

    def always_allow(self) -> bool:
        """Whether the user asked not to be asked again."""
        return self.always.isChecked()

    def changeEvent(self, event: QEvent) -> None:
        """Say it again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check live — Bounce Doctor"))
        self.intro.setText(self.tr(
            "Bounce Doctor will look up these names in the DNS, through your system's resolver (the DNS server "
            "this computer uses). Only the names below are sent, nothing of the message itself. The diagnosis "
            "does not change: the answers are shown apart from it."))
        self.after.setText(self.tr("Each look-up waits at most 3 seconds. The resolver, and the blocklists asked, "
                                   "can see which names and addresses were looked up."))
        self.always.setText(self.tr("&Always allow live checks (you can turn this off in the View menu)"))
        self.check_button.setText(self.tr("&Check"))
        self.names.clear()
        for p in self._planned:
            self.names.addItem(live_text.fill(self.tr("%1 — %2"), p.name, live_text.kind_label(p.kind)))
        self.names.setAccessibleName(self.tr("Names to look up"))
