"""The application object and its composition root."""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..engine import default_catalog
from .crash import Crashes
from .i18n import Language
from .mainwindow import MainWindow
from .settings import Settings
from .theme import Theme

APP_ID = "io.github.bounce_doctor.BounceDoctor"


def create_app(
    argv: list[str] | None = None,
    *,
    settings: Settings | None = None,
    pool: QThreadPool | None = None,
) -> tuple[QApplication, MainWindow]:
    """Build the application and the main window without entering the event loop.

    ``argv`` holds the command-line arguments after the program name; files
    named there are opened. Tests pass ``settings`` (on a temporary ini file)
    and may pass a ``pool``.
    """
    argv = list(argv or [])
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
        )
        app = QApplication(["bounce-doctor", *argv])
    app.setApplicationName("Bounce Doctor")
    app.setOrganizationName("Bounce Doctor")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    settings = settings if settings is not None else Settings()
    theme = getattr(app, "_bounce_doctor_theme", None)
    if theme is None:
        theme = Theme(app, app)
        app._bounce_doctor_theme = theme  # one theme per application  # type: ignore[attr-defined]
    theme.apply(settings.value("view/theme"))
    crashes = getattr(app, "_bounce_doctor_crashes", None)
    if crashes is None:  # one set of hooks per application: an uncaught exception reaches the window
        crashes = Crashes(app)
        crashes.install()
        app._bounce_doctor_crashes = crashes  # type: ignore[attr-defined]
    language = getattr(app, "_bounce_doctor_language", None)
    if language is None:
        language = Language(default_catalog(), app)
        app._bounce_doctor_language = language  # type: ignore[attr-defined]
    language.apply(settings.value("view/language"))
    window = MainWindow(settings, theme, pool, language=language)
    crashes.happened.connect(window.show_error)
    files = [a for a in argv if not a.startswith("-")]
    if len(files) == 1:
        window.open_path(files[0])
    elif files:
        window.open_paths(files)
    return app, window  # type: ignore[return-value]


def run(argv: list[str] | None = None) -> int:
    """Open the window and run until it closes."""
    app, window = create_app(argv if argv is not None else sys.argv[1:])
    window.show()
    return app.exec()
