"""The size-limit setting: how large one message may be before the window refuses to read it."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..engine.limits import DEFAULT_LIMITS, MB

MIN_MB = 1
MAX_MB = 4096  # a message larger than this is never a bounce worth reading in a window
def proposed_mb(size: int) -> int:
    """The next round number of MB above ``size`` bytes: 3.2 MB -> 4, 12 MB -> 15, 57.3 MB -> 60, 250 MB -> 300."""
    mb = size / MB
    step = 1 if mb < 10 else 5 if mb < 50 else 10 if mb < 200 else 50 if mb < 1000 else 100
    return min(MAX_MB, max(MIN_MB, (math.floor(mb / step) + 1) * step))


class LimitsDialog(QDialog):
    """Asks for the size limit in MB; the caller stores it (the dialog knows no settings). After a message
    was refused for its size (``refused``, in bytes), it proposes a limit that reads it."""

    def __init__(self, size_mb: int, parent: QWidget | None = None, refused: int | None = None) -> None:
        super().__init__(parent)
        self._refused = refused
        self.setObjectName("limitsDialog")
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.spin = QSpinBox(self)
        self.spin.setObjectName("maxSizeSpin")
        self.spin.setRange(MIN_MB, MAX_MB)
        self.spin.setValue(max(size_mb, proposed_mb(refused)) if refused else size_mb)
        self.spin_label = QLabel(self)
        self.spin_label.setBuddy(self.spin)
        form.addRow(self.spin_label, self.spin)
        layout.addLayout(form)
        default = DEFAULT_LIMITS.max_input_bytes // MB
        self._default = default
        self.refused_note = QLabel(self)
        self.refused_note.setWordWrap(True)
        self.refused_note.setVisible(bool(refused))
        layout.addWidget(self.refused_note)
        self.default_note = QLabel(self)
        self.default_note.setWordWrap(True)
        layout.addWidget(self.default_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.spin.setValue(default)
        )
        layout.addWidget(buttons)
        self.retranslate()
        self.spin.setFocus()
        self.spin.selectAll()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on LanguageChange); Qt names the buttons."""
        self.setWindowTitle(self.tr("Size limit"))
        self.intro.setText(self.tr(
            "Bounce Doctor refuses a message larger than this, so that a huge or broken file cannot fill "
            "the computer’s memory. Raise it to read a larger message; reading it takes longer and "
            "needs more memory."
        ))
        self.spin.setSuffix(self.tr(" MB"))
        self.spin.setAccessibleName(self.tr("Largest message to read, in MB"))
        self.spin_label.setText(self.tr("&Largest message:"))
        self.default_note.setText(self.tr("The default is %1 MB.").replace("%1", str(self._default)))
        if self._refused:
            self.refused_note.setText(self.tr("The message just refused is %1 MB: a limit of %2 MB reads it.").replace(
                "%1", QLocale().toString(self._refused / MB, "f", 1)).replace("%2", str(proposed_mb(self._refused))))

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def size_mb(self) -> int:
        """The limit chosen, in MB."""
        return self.spin.value()
