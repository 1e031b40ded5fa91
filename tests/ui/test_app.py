"""The application: create_app, files on the command line, and the Qt binding's health."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def test_create_app_returns_the_window_without_running(qtbot: QtBot, settings: Settings) -> None:
    app, window = create_app([str(SAMPLES / "wrong-address.eml")], settings=settings)
    qtbot.addWidget(window)
    assert app.applicationName() == "Bounce Doctor"
    qtbot.waitUntil(lambda: window.current_report() is not None, timeout=10000)
    assert "bob@example.org" in window.findChild(object, "bounceView").toPlainText()
    assert "does not exist" in window.findChild(object, "diagnosisPanel").toPlainText()
    window.reader.wait()


def test_several_files_on_the_command_line_go_into_the_list(qtbot: QtBot, settings: Settings) -> None:
    files = [str(SAMPLES / "wrong-address.eml"), str(SAMPLES / "mailbox-full.eml")]
    _app, window = create_app(files, settings=settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.file_list.count() == 2, timeout=10000)
    window.reader.wait()


def test_key_widgets_have_stable_names(window) -> None:
    for name in ("bounceView", "diagnosisPanel", "referenceView"):
        assert window.findChild(object, name) is not None, name


def test_qt_calls_keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call (then aborted)."""
    color = QColor("red")
    before = sys.getrefcount(None)
    for _ in range(2000):
        color.setRed(3)
    assert sys.getrefcount(None) >= before - 50
