"""What the window remembers between runs: its size, its splitters, and the theme and language chosen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings
from bounce_doctor.ui.window_state import restore_window, save_window

pytestmark = pytest.mark.gui


def test_the_choices_remembered_are_checked_and_an_unknown_one_is_the_systems(window: MainWindow,
                                                                              settings: Settings) -> None:
    settings.set_value("view/theme", "dark")
    settings.set_value("view/language", "klingon")
    restore_window(window)
    assert window.theme_actions["dark"].isChecked()
    assert window.language_actions["system"].isChecked()


def test_the_splitters_are_saved(window: MainWindow, settings: Settings) -> None:
    save_window(window)
    assert not settings.value("window/geometry").isEmpty()
    assert not settings.value("window/main_splitter").isEmpty()


def test_window_state_is_remembered(qtbot: QtBot, settings: Settings) -> None:
    _app, first = create_app([], settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)
    first.main_splitter.setSizes([0, 300, 600])
    first.close()
    _app, second = create_app([], settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert not settings.value("window/main_splitter").isEmpty()
