"""The application object and its composition root."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .. import __version__
from .mainwindow import MainWindow

APP_ID = "io.github.bounce_doctor.BounceDoctor"


def create_app(argv: list[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Build the application and the main window without entering the event loop."""
    argv = list(argv or [])
    app = QApplication.instance() or QApplication(["bounce-doctor", *argv])
    app.setApplicationName("Bounce Doctor")
    app.setOrganizationName("Bounce Doctor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    window = MainWindow()
    for path in [a for a in argv if not a.startswith("-")]:
        window.open_path(path)
    return app, window  # type: ignore[return-value]


def run(argv: list[str] | None = None) -> int:
    """Open the window and run until it closes."""
    app, window = create_app(argv if argv is not None else sys.argv[1:])
    window.show()
    return app.exec()
