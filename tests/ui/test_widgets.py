"""The small widgets: the empty state, the legend and the file list."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.empty_state import EmptyState
from bounce_doctor.ui.file_list import FileList
from bounce_doctor.ui.legend import Legend
from bounce_doctor.ui.theme import Role, color

pytestmark = pytest.mark.gui


def test_empty_state_buttons_and_message(qtbot: QtBot) -> None:
    w = EmptyState()
    qtbot.addWidget(w)
    for button, signal in ((w.paste_button, w.paste_clicked), (w.open_button, w.open_clicked),
                           (w.sample_button, w.sample_clicked)):
        with qtbot.waitSignal(signal):
            button.click()
    assert w.message_text() == ""
    w.show_message("Title", "Body")
    assert w.message_text() == "Title\nBody"
    w.clear_message()
    assert w.message_text() == ""
    assert w.accessibleName()


def test_legend_colours(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_colors(lambda r: color(r, True))
    assert "Code" in legend.texts()
    assert color(Role.CODE, True).name() in legend._labels[0].styleSheet()


def test_file_list_emits_keys(qtbot: QtBot) -> None:
    fl = FileList()
    qtbot.addWidget(fl)
    fl.add_entry("a", "a.eml")
    fl.add_entry("b", "b.eml", failed=True)
    assert fl.keys() == ["a", "b"]
    assert "not read" in fl.item(1).text()
    with qtbot.assertNotEmitted(fl.item_chosen):
        fl.select_key("b")
    with qtbot.waitSignal(fl.item_chosen) as blocker:
        fl.setCurrentRow(0)
    assert blocker.args == ["a"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_legend_wraps_instead_of_widening_its_pane(qtbot: QtBot, lang: str) -> None:
    from bounce_doctor.engine import default_catalog
    from bounce_doctor.ui.i18n import Language

    language = Language(default_catalog())
    language.apply(lang)
    try:
        legend = Legend()
        qtbot.addWidget(legend)
        one_row = legend.sizeHint()
        assert legend.minimumSizeHint().width() < 260  # the widest label, not all seven side by side
        assert one_row.width() > 500
        narrow = legend.heightForWidth(250)
        assert narrow > 2 * legend.heightForWidth(one_row.width())  # more rows, not a wider pane
        legend.resize(250, narrow)
        legend.show()
        qtbot.waitExposed(legend)
        rights = [label.geometry().right() for label in legend._labels]
        assert max(rights) < 250
        assert len({label.geometry().top() for label in legend._labels}) > 2
    finally:
        language.apply("en")
