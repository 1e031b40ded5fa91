"""Fixtures for the window's tests: settings in a temporary ini file, a synchronous pool."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QSettings
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings


class FakeThreadPool:
    """Runs each task at once on the calling thread, so tests need no waiting."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, runnable: QRunnable) -> None:
        self.started += 1
        runnable.run()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 (the QThreadPool name)
        return True


@pytest.fixture(autouse=True)
def _tmp_qsettings(tmp_path: Path) -> None:
    """Any QSettings built without a file lands in the test's folder."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_file(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot: QtBot, settings: Settings) -> Iterator[MainWindow]:
    _app, win = create_app([], settings=settings, pool=FakeThreadPool())  # type: ignore[arg-type]
    qtbot.addWidget(win)
    yield win
    win.reader.wait()
    win.theme.apply("system")
