"""The window's actions and menus, built on a bare main window: shortcuts, menus, texts, the recent files."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from bounce_doctor.ui.actions import (
    DRAFT_ACTIONS,
    Action,
    action_texts,
    build_actions,
    build_menus,
    check_choice,
    fill_recent_menu,
    retranslate_menus,
)
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture
def bare(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_every_action_is_built_named_and_on_the_window(bare: QMainWindow) -> None:
    actions = build_actions(bare)
    assert set(actions) == set(Action)
    assert all(a.objectName() == f"action_{name.value}" for name, a in actions.items())
    assert list(bare.actions()) == list(actions.values())
    assert set(action_texts()) == set(Action)


def test_shortcuts_and_what_starts_disabled(bare: QMainWindow) -> None:
    actions = build_actions(bare)
    assert QKeySequence(QKeySequence.StandardKey.Paste) in actions[Action.PASTE].shortcuts()
    assert actions[Action.OPEN_FOLDER].shortcut() == QKeySequence("Ctrl+Shift+O")
    assert QKeySequence("Ctrl+2") in actions[Action.SHOW_REFERENCE].shortcuts()
    assert actions[Action.QUIT].menuRole() == QAction.MenuRole.QuitRole
    disabled = {name for name, a in actions.items() if not a.isEnabled()}
    assert disabled == {Action.EXPORT_DIAGNOSIS, Action.EXPORT_BATCH, Action.CLOSE, Action.COPY_DIAGNOSIS,
                        Action.SHOW_HEADERS, *DRAFT_ACTIONS.values()}


def test_the_menus_and_their_texts(bare: QMainWindow) -> None:
    actions = build_actions(bare)
    opened: list[str] = []
    menus = build_menus(bare, actions, QAction("always", bare), opened.append)
    retranslate_menus(actions, menus)
    assert [a.text() for a in bare.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert menus.recent_menu.objectName() == "recentMenu"
    assert [a.text() for a in menus.draft_menu.actions()] == [action_texts()[a] for a in DRAFT_ACTIONS.values()]
    assert [a.text() for a in menus.theme_menu.actions()] == ["&System", "&Light", "&Dark"]
    assert menus.language_actions["system"].text() == "&System language"
    assert menus.language_menu.actions()[1].isSeparator()  # the system's language, then each language
    assert actions[Action.OPEN].text() == "&Open…"
    next(a for a in menus.sample_menu.actions() if a.data()).trigger()
    assert len(opened) == 1


def test_an_unknown_choice_checks_the_systems(bare: QMainWindow) -> None:
    menus = build_menus(bare, build_actions(bare), QAction(bare), lambda _p: None)
    check_choice(menus.theme_actions, "dark")
    assert menus.theme_actions["dark"].isChecked()
    check_choice(menus.theme_actions, "purple")
    assert menus.theme_actions["system"].isChecked()
    assert not menus.theme_actions["dark"].isChecked()  # one group: one choice


def test_the_recent_menu_numbers_the_first_ten(bare: QMainWindow) -> None:
    menu = bare.menuBar().addMenu("recent")
    files = [f"/mail/{i}.eml" for i in range(1, 13)]
    opened, cleared = [], []
    fill_recent_menu(menu, files, opened.append, lambda: cleared.append(True))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "&1 1.eml"
    assert texts[9] == "&0 10.eml"
    assert texts[10] == "11.eml"
    assert menu.actions()[0].toolTip() == "/mail/1.eml"
    assert menu.actions()[-2].isSeparator()
    menu.actions()[2].trigger()
    menu.actions()[-1].trigger()
    assert opened == ["/mail/3.eml"]
    assert cleared == [True]
    fill_recent_menu(menu, [], opened.append, lambda: None)
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [("No recent files", False)]


def test_open_recent_opens_the_file(window: MainWindow, settings: Settings) -> None:
    settings.add_recent(SAMPLES / "spam-block.eml")
    window._fill_recent_menu()
    window.recent_menu.actions()[0].trigger()
    assert window.current_report().name == "spam-block.eml"
