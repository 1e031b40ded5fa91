"""The empty window: its buttons and message, and its way to the guide "How do I get my bounce in?"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.empty_state import EmptyState
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



def test_the_guide_button_asks_for_the_guide(qtbot: QtBot) -> None:
    w = EmptyState()
    qtbot.addWidget(w)
    assert w.guide_button.text() == "How do I get my bounce in?"
    with qtbot.waitSignal(w.guide_clicked):
        w.guide_button.click()


def test_a_message_link_to_the_guide_opens_it_and_others_go_on(qtbot: QtBot) -> None:
    w = EmptyState()
    qtbot.addWidget(w)
    seen: list[str] = []
    w.link_activated.connect(seen.append)
    w.show_message("Nothing readable", '<a href="action:guide">How do I get my bounce in?</a>')
    with qtbot.waitSignal(w.guide_clicked):
        w.message.linkActivated.emit("action:guide")
    assert seen == []
    w.message.linkActivated.emit("action:limits")
    assert seen == ["action:limits"]


@pytest.mark.parametrize("dark", [False, True])
def test_the_guide_link_takes_the_theme_link_colour(qtbot: QtBot, dark: bool) -> None:
    w = EmptyState()
    qtbot.addWidget(w)
    w.set_colors(lambda r: color(r, dark))
    assert color(Role.LINK, dark).name() in w.guide_button.styleSheet()
