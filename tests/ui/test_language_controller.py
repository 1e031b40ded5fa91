"""The window's language: View > Language remembered and applied, and the window's own texts said again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from bounce_doctor.ui.language_controller import retranslate_window, set_language
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.settings import Settings

pytestmark = pytest.mark.gui


def tab_titles(window: MainWindow) -> list[str]:
    tabs = window.tabs
    return [tabs.tabText(tabs.indexOf(w))
            for w in (window.stack, window.headers_view, window.reference_view, window.batch_splitter)]


def scribble(window: MainWindow) -> None:
    """Texts the window owns, overwritten: retranslating has to say them all again."""
    for i in range(window.tabs.count()):
        window.tabs.setTabText(i, "x")
    window.progress.setAccessibleName("x")
    window.actions_by_name[Action.OPEN].setText("x")
    window.menus.file_menu.setTitle("x")


def test_retranslate_says_every_text_of_the_window_again(window: MainWindow) -> None:
    scribble(window)
    retranslate_window(window)
    assert tab_titles(window) == ["&Diagnosis", "He&aders", "Code &reference", "&Batch"]
    assert window.progress.accessibleName() == "Reading"
    assert window.actions_by_name[Action.OPEN].text() == "&Open…"
    assert window.menus.file_menu.title() == "&File"


def test_a_language_change_event_retranslates(window: MainWindow) -> None:
    scribble(window)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert tab_titles(window) == ["&Diagnosis", "He&aders", "Code &reference", "&Batch"]
    assert window.actions_by_name[Action.OPEN].text() == "&Open…"


def test_set_language_remembers_checks_and_applies(window: MainWindow, settings: Settings) -> None:
    set_language(window, "ru")
    QCoreApplication.processEvents()
    assert settings.value("view/language") == "ru"
    assert window.language_actions["ru"].isChecked()
    assert tab_titles(window)[2] == "&Справочник кодов"
    window.set_language("en")  # the window's own call
    QCoreApplication.processEvents()
    assert settings.value("view/language") == "en"
    assert window.language_actions["en"].isChecked()
    assert tab_titles(window)[2] == "Code &reference"
