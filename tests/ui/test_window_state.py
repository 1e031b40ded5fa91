"""What the window remembers between runs (its size, its splitters, the theme and language chosen), the theme
switched to, and closing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings
from bounce_doctor.ui.window_state import apply_colors, close_window, restore_window, save_window, set_theme

from ..conftest import SAMPLES

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


def test_theme_choice_is_applied_and_remembered(window: MainWindow, settings: Settings, qtbot: QtBot) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    light = window.bounce_view.highlighted()
    window.theme_actions["dark"].trigger()
    assert window.theme.is_dark()
    assert settings.value("view/theme") == "dark"
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 128)
    assert window.bounce_view.highlighted() != light
    window.theme_actions["light"].trigger()
    assert not window.theme.is_dark()


def test_set_theme_remembers_checks_and_applies(window: MainWindow, settings: Settings) -> None:
    set_theme(window, "dark")
    assert settings.value("view/theme") == "dark"
    assert window.theme_actions["dark"].isChecked()
    assert window.theme.is_dark()
    window.set_theme("light")  # the window's own call
    assert window.theme_actions["light"].isChecked()
    assert not window.theme.is_dark()


def test_the_diagnosis_takes_the_colours_only_once_it_shows_a_bounce(window: MainWindow,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[object] = []
    monkeypatch.setattr(window.diagnosis_panel, "set_colors", given.append)
    monkeypatch.setattr(window.legend, "set_colors", given.append)
    apply_colors(window)
    assert given == [window.theme.color]  # the legend only: no bounce yet
    window.open_path(SAMPLES / "wrong-address.eml")
    given.clear()
    apply_colors(window)
    assert given == [window.theme.color, window.theme.color]


def test_closing_saves_and_waits_for_the_reads(window: MainWindow, settings: Settings,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    done: list[str] = []
    monkeypatch.setattr(window, "save_settings", lambda: done.append("saved"))
    monkeypatch.setattr(window.batch_loader, "cancel", lambda: done.append("cancelled"))
    monkeypatch.setattr(window.batch_loader, "wait", lambda ms=0: done.append(f"batch {ms}") or True)
    monkeypatch.setattr(window.reader, "wait", lambda ms=0: done.append(f"reader {ms}") or True)
    close_window(window)
    assert done == ["saved", "cancelled", "batch 5000", "reader 5000"]
