"""The window opens, and create_app does not enter the event loop."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def test_create_app_and_open_a_sample(qtbot: QtBot) -> None:
    _app, window = create_app([])
    qtbot.addWidget(window)
    window.show()
    assert window.isVisible()
    window.open_path(SAMPLES / "wrong-address.eml")
    view = window.findChild(object, "bounceView")
    panel = window.findChild(object, "diagnosisPanel")
    assert "bob@example.org" in view.toPlainText()
    assert "does not exist" in panel.toPlainText()


def test_binary_file_message_in_the_window(qtbot: QtBot, tmp_path) -> None:
    _, window = create_app([])
    qtbot.addWidget(window)
    bad = tmp_path / "x.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    window.open_path(bad)
    assert "PNG image" in window.findChild(object, "diagnosisPanel").toPlainText()
