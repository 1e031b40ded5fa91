"""The live checks' section: the button, the "Checking…" state, the answers with their time and sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from pytestqt.qtbot import QtBot

from bounce_doctor.live import Check, LiveResult
from bounce_doctor.ui.live_panel import LivePanel
from bounce_doctor.ui.theme import Role, color

from .live_data import NO_NETWORK, SPAM_RESULT, TYPO_RESULT, UNKNOWN_CODE, WHEN

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: QtBot) -> LivePanel:
    p = LivePanel()
    p.resize(520, 500)
    p.set_colors(lambda role: color(role, False))
    qtbot.addWidget(p)
    p.show()
    return p


def test_the_button_is_off_without_anything_to_check_and_has_a_mnemonic(panel: LivePanel) -> None:
    panel.clear(False)
    assert not panel.check_button.isEnabled()
    assert "nothing to check" in panel.hint.text()
    panel.clear(True)
    assert panel.check_button.isEnabled()
    assert panel.check_button.text() == "Chec&k now"
    assert panel.check_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not panel.results.isVisible()
    assert not panel.heading.isVisible()


def test_clicking_only_asks(panel: LivePanel, qtbot: QtBot) -> None:
    panel.clear(True)
    with qtbot.waitSignal(panel.check_requested):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)


def test_checking_state(panel: LivePanel) -> None:
    panel.clear(True)
    panel.set_checking(True)
    assert panel.busy_label.isVisible()
    assert panel.busy_label.text() == "Checking…"
    assert not panel.check_button.isEnabled()
    panel.show_result(TYPO_RESULT)
    assert not panel.busy_label.isVisible()
    assert panel.check_button.isEnabled()  # checked again on request


def test_results_show_the_time_the_sentences_the_names_and_the_answers(panel: LivePanel) -> None:
    panel.clear(True)
    panel.show_result(SPAM_RESULT)
    at = QLocale().toString(QTime(WHEN.hour, WHEN.minute, WHEN.second), QLocale.FormatType.ShortFormat)
    assert panel.heading.isVisible()
    assert panel.heading.text() == f"Checked live at {at}"
    text = panel.results.toPlainText()
    assert "203.0.113.45 is listed on Spamhaus: SBL (a known spam source)." in text
    assert "203.0.113.45 is not listed on Barracuda." in text
    assert "could not be made from this network. This does not mean that 203.0.113.45 is clean." in text
    assert "45.113.0.203.zen.spamhaus.org → 127.0.0.2" in text
    assert "example.net → 10 mx1.example.net, 20 mx2.example.net" in text
    # each status is said in words, not only in colour
    plain = text.replace("\u00a0", " ")
    assert "✗ Problem" in plain
    assert "✓ OK" in plain
    assert "? Unknown" in plain
    html = panel.results.toHtml()
    assert color(Role.BADGE_FAILED, False).name() in html


def test_no_network_is_one_clear_sentence(panel: LivePanel) -> None:
    panel.clear(True)
    panel.show_result(NO_NETWORK)
    text = panel.results.toPlainText()
    assert "The checks could not be made: no DNS server answered from this computer." in text
    assert "There was nothing to check" not in text


def test_an_unknown_code_or_a_missing_value_says_the_english_meaning(panel: LivePanel) -> None:
    panel.clear(True)
    panel.show_result(UNKNOWN_CODE)
    assert "A sentence only the engine knows." in panel.results.toPlainText()
    lacking = LiveResult(WHEN, (Check("mx", "x.example", "NXDOMAIN", "mx.nxdomain", (), "The meaning.", "problem"),),
                         None)
    panel.show_result(lacking)
    assert "The meaning." in panel.results.toPlainText()
    assert "{domain}" not in panel.results.toPlainText()


def test_a_new_message_clears_the_answers(panel: LivePanel) -> None:
    panel.show_result(SPAM_RESULT)
    panel.clear(True)
    assert panel.result() is None
    assert not panel.results.isVisible()


def test_a_failure_of_the_program_is_said(panel: LivePanel) -> None:
    panel.show_failure("The live checks stopped because of an error in the program (ValueError).")
    assert "ValueError" in panel.results.toPlainText()


def test_dark_colours(panel: LivePanel) -> None:
    panel.show_result(SPAM_RESULT)
    panel.set_colors(lambda role: color(role, True))
    assert color(Role.BADGE_OK, True).name() in panel.results.toHtml()


def test_the_answers_box_grows_with_the_answers_but_not_past_its_cap(panel: LivePanel) -> None:
    panel.show_result(TYPO_RESULT)
    small = panel.results.height()
    many = LiveResult(WHEN, SPAM_RESULT.checks * 6, None)
    panel.show_result(many)
    assert panel.results.height() > small
    assert panel.results.height() <= panel.height()
