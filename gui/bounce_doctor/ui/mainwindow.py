"""The main window: a first, plain version (the bounce and its diagnosis)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QSplitter

from ..engine import BounceDoctorError, diagnose
from ..text import report_text


class MainWindow(QMainWindow):
    """Shows a bounce on the left and its diagnosis on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Bounce Doctor")
        self.bounce_view = QPlainTextEdit(readOnly=True, objectName="bounceView")
        self.diagnosis = QPlainTextEdit(readOnly=True, objectName="diagnosisPanel")
        split = QSplitter()
        split.addWidget(self.bounce_view)
        split.addWidget(self.diagnosis)
        self.setCentralWidget(split)
        self.diagnosis.setPlainText("Drop a bounced email here, or open one with bounce-doctor FILE.")
        self.resize(1000, 700)

    def open_path(self, path: str | Path) -> None:
        """Read a file and show its diagnosis."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.diagnosis.setPlainText(f"{path} could not be read: {exc.strerror or exc}")
            return
        self._show(data, str(path))

    def open_text(self, text: str) -> None:
        """Diagnose pasted text."""
        self._show(text.encode("utf-8", "surrogateescape"), None)

    def _show(self, data: bytes, name: str | None) -> None:
        try:
            report = diagnose(data, name)
        except BounceDoctorError as exc:
            self.bounce_view.clear()
            self.diagnosis.setPlainText(str(exc))
            return
        self.bounce_view.setPlainText(report.text)
        self.diagnosis.setPlainText(report_text(report))
