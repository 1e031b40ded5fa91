"""Our samples: the index, the Help > Try a sample menu filled from it, and each sample opening in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.samples import fill_sample_menu, grouped_samples, retranslate_sample_menus, samples

from .test_mainwindow import panel_text

pytestmark = pytest.mark.gui


def test_the_index_lists_the_menu_first_and_the_languages_after() -> None:
    groups = [group for _title, _path, group in grouped_samples()]
    assert set(groups) == {"", "languages"}
    assert groups == sorted(groups)  # the submenu's samples come last, as in the menu
    assert [(t, p) for t, p, _g in grouped_samples()] == samples()


def test_the_menu_has_an_action_per_sample_and_a_submenu_for_the_languages(qtbot) -> None:
    menu = QMenu()
    opened: list[str] = []
    languages = fill_sample_menu(menu, opened.append)
    assert languages is not None
    assert languages.objectName() == "sampleLanguageMenu"
    own = [a for a in menu.actions() if a.data()]
    assert len(own) + len(languages.actions()) == len(samples())
    assert [a.data() for a in own + languages.actions()] == [str(p) for _t, p in samples()]
    assert all(a.property("source_title") == a.text() for a in own + languages.actions())
    own[1].trigger()
    languages.actions()[0].trigger()
    assert opened == [str(samples()[1][1]), languages.actions()[0].data()]


def test_retranslating_says_the_submenu_and_the_titles_again(qtbot) -> None:
    menu = QMenu()
    languages = fill_sample_menu(menu, lambda _path: None)
    first = next(a for a in menu.actions() if a.data())
    first.setText("changed")
    retranslate_sample_menus(menu, languages)
    assert first.text() == first.property("source_title")
    assert languages is not None
    assert languages.title() == "In other &languages"
    retranslate_sample_menus(QMenu(), None)  # no submenu: nothing to say


def test_sample_menu_opens_each_sample(window: MainWindow) -> None:
    actions = [a for a in window.sample_menu.actions() if a.data()]
    assert [a.text() for a in actions][:5] == [
        "A wrong address", "A full mailbox", "A spam block", "A delay warning", "An Exchange NDR"
    ]
    for action in actions:
        action.trigger()
        report = window.current_report()
        assert report is not None, action.text()
        assert Path(action.data()).name == report.name
        assert panel_text(window).strip()


def test_samples_in_other_languages_open_from_their_submenu(window: MainWindow) -> None:
    menu = window.sample_language_menu
    assert menu is not None
    actions = menu.actions()
    assert [Path(a.data()).name for a in actions][:2] == ["ndr-de.eml", "ndr-fr.eml"]
    assert len(actions) == 10
    assert actions[0].text() == "German: address does not exist"
    for action in actions:
        action.trigger()
        report = window.current_report()
        assert report is not None, action.text()
        assert report.name == Path(action.data()).name  # each one's answer: tests/engine/test_i18n_samples.py


def test_samples_exist() -> None:
    assert all(path.is_file() for _, path in samples())
