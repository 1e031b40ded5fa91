"""A ready-to-send text (to the recipient, to your IT or provider, to a blocklist): read, copy or save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QIODevice, QSaveFile, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..engine import Report
from ..engine.advice import Advice
from ..engine.drafts import KINDS, draft


class DraftDialog(QDialog):
    """Non-modal: the text of one draft, with "Hide personal data", Copy and Save as .txt…."""

    copied = Signal()
    saved = Signal(str)  # the path written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setModal(False)
        self.resize(620, 460)
        self._report: Report | None = None
        self._advice: Advice | None = None
        self._kind = "recipient"
        self._recipient: int | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("draftText")
        self.text_edit.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.text_edit.setFont(font)
        self.redact_box = QCheckBox(self)
        self.redact_box.setObjectName("draftRedact")
        self.status = QLabel(self)
        self.status.setObjectName("draftStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("draftCopy")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("draftSave")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.redact_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.redact_box.toggled.connect(self._regenerate)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the dialog's texts in the current language (at start and on LanguageChange)."""
        self.text_edit.setAccessibleName(self.tr("The message"))
        self.redact_box.setText(self.tr("&Hide personal data (addresses become domains, no subject)"))
        self.copy_button.setText(self.tr("&Copy"))
        self.save_button.setText(self.tr("&Save as .txt…"))
        self._show_titles()

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- public

    def set_draft(self, report: Report, advice: Advice, kind: str, recipient: int | None = None) -> None:
        """Show the draft of that kind for a report (``recipient``: an index, or None for the first failed one)."""
        if kind not in KINDS:
            raise ValueError(kind)
        self._report, self._advice, self._kind, self._recipient = report, advice, kind, recipient
        self._show_titles()
        self.status.clear()
        self._regenerate()

    def _show_titles(self) -> None:
        """The window title and the introduction for the kind of draft shown."""
        kind = self._kind
        titles = {
            "recipient": self.tr("A message for the recipient"),
            "provider": self.tr("A message for your IT department or provider"),
            "delisting": self.tr("A delisting request for the blocklist"),
        }
        intros = {
            "recipient": self.tr("Send this to the person you wrote to, another way than the address that failed "
                                 "(or after fixing it). Fill in your name."),
            "provider": self.tr("Send this to your IT department or mail provider: it has the details they need."),
            "delisting": self.tr("Send this through the blocklist’s removal form or address, after fixing what "
                                 "got the server listed. Fill in the part in brackets."),
        }
        self.setWindowTitle(self.tr("%1 — Bounce Doctor").replace("%1", titles[kind]))
        self.intro.setText(intros[kind])

    def kind(self) -> str:
        """recipient, provider or delisting."""
        return self._kind

    def text(self) -> str:
        """The text shown."""
        return self.text_edit.toPlainText()

    def copy(self) -> None:
        """Put the text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
        self.status.setText(self.tr("The message is on the clipboard."))
        self.copied.emit()

    def save(self) -> bool:
        """Ask for a file name and write the text; a failed save leaves no partial file."""
        path = self._ask_save_path(self._file_name())
        if not path:
            return False
        out = QSaveFile(path)
        data = self.text().encode("utf-8")
        if not data.endswith(b"\n"):
            data += b"\n"
        ok = out.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Text)
        ok = ok and out.write(data) == len(data)
        ok = ok and out.commit()  # only now does the file appear under its name
        if not ok:
            reason = out.errorString() or self.tr("unknown error")
            if out.isOpen():
                out.cancelWriting()  # the temporary file is removed; nothing is left behind
            self.status.setText(self.tr("Could not save “%1”: %2").replace("%1", path).replace("%2", reason))
            return False
        self.status.setText(self.tr("Saved as “%1”.").replace("%1", path))
        self.saved.emit(path)
        return True

    # ---- seams and helpers

    def _ask_save_path(self, suggested: str) -> str:
        """The save dialog (a seam that tests replace)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the message"), suggested, self.tr("Text files (*.txt);;All files (*)")
        )
        return path

    def _file_name(self) -> str:
        base = {"recipient": "message-for-recipient", "provider": "message-for-provider",
                "delisting": "delisting-request"}[self._kind]
        return str(Path.home() / f"{base}.txt")

    def _regenerate(self, *_args: object) -> None:
        if self._report is None or self._advice is None:
            self.text_edit.clear()
            return
        self.text_edit.setPlainText(
            draft(self._report, self._advice, self._kind, redact=self.redact_box.isChecked(), recipient=self._recipient)
        )
