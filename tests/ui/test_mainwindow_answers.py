"""The main window and the answers: advice from the reader, evidence in the bounce, the drafts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from bounce_doctor.output.text import report_text
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.theme import Role

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui

DRAFTS = (Action.DRAFT_RECIPIENT, Action.DRAFT_PROVIDER, Action.DRAFT_DELISTING)


def enabled(window: MainWindow) -> tuple[bool, ...]:
    return tuple(window.actions_by_name[a].isEnabled() for a in DRAFTS)


def test_the_window_uses_the_readers_advice(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    advice = window.current_advice()
    assert advice is not None
    assert "Not to this address:" in window.diagnosis_panel.toPlainText()


def test_the_deciding_line_is_highlighted_in_the_bounce(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    ev = window.current_advice().recipients[0].who_evidence
    evidence_bg = window.theme.color(Role.EVIDENCE_BG).name()
    painted = [(s, e) for s, e, bg in window.bounce_view.highlighted() if bg == evidence_bg]
    assert (ev.start, ev.end) in painted
    assert "Why: the deciding line" in window.legend.texts()


def test_show_why_selects_the_evidence_in_the_bounce(window: MainWindow) -> None:
    window.open_path(SAMPLES / "spam-block.eml")
    advice = window.current_advice()
    href = next(h for t, h in window.diagnosis_panel.links() if t == "show why")
    window.diagnosis_panel.activate(href)
    start, end = window.bounce_view.selected_range()
    ev = advice.recipients[0].who_evidence
    assert (start, end) == (ev.start, ev.end)


def test_edit_menu_drafts_follow_the_bounce(window: MainWindow) -> None:
    assert enabled(window) == (False, False, False)
    window.open_path(SAMPLES / "wrong-address.eml")
    assert enabled(window) == (True, True, False)
    window.open_path(SAMPLES / "spam-block.eml")
    assert enabled(window) == (True, True, True)
    window.open_path(SAMPLES / "auto-reply.eml")
    assert enabled(window) == (False, False, False)
    window.open_path(SAMPLES / "not-a-bounce.eml")
    assert enabled(window) == (False, False, False)
    window.open_path(SAMPLES / "auth-failure.eml")
    assert enabled(window) == (True, True, False)
    window.close_message()
    assert enabled(window) == (False, False, False)


def test_a_delisting_request_from_the_edit_menu(window: MainWindow) -> None:
    window.open_path(SAMPLES / "spam-block.eml")
    window.actions_by_name[Action.DRAFT_DELISTING].trigger()
    dialog = window.draft_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.kind() == "delisting"
    assert "Spamhaus" in dialog.text()
    assert "203.0.113.45" in dialog.text()


def test_a_provider_draft_for_auth_failure(window: MainWindow) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    window.actions_by_name[Action.DRAFT_PROVIDER].trigger()
    assert "dana@riverside.example" in window.draft_dialog.text()
    assert "5.7.26" in window.draft_dialog.text()


def test_the_panels_link_writes_for_that_recipient(window: MainWindow) -> None:
    window.open_path(SAMPLES / "multi-recipient.eml")
    href = next(h for t, h in window.diagnosis_panel.links() if h == "draft:recipient:1")
    window.diagnosis_panel.activate(href)
    text = window.draft_dialog.text()
    assert "jake@gmial.com" in text
    assert "olivia@example.org" not in text


def test_copying_the_suggestion_says_so(window: MainWindow) -> None:
    window.open_path(SAMPLES / "multi-recipient.eml")
    href = next(h for t, h in window.diagnosis_panel.links() if h.startswith("copy:"))
    window.diagnosis_panel.activate(href)
    assert QGuiApplication.clipboard().text() == "jake@gmail.com"
    assert "jake@gmail.com" in window.statusBar().currentMessage()


def test_a_new_bounce_hides_the_old_draft(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.show_draft("recipient")
    assert window.draft_dialog.isVisible()
    window.open_path(SAMPLES / "mailbox-full.eml")
    assert not window.draft_dialog.isVisible()


def test_no_draft_where_none_applies(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.show_draft("delisting")  # no blocklist named
    assert window.draft_dialog is None


def test_copy_diagnosis_includes_the_answers(window: MainWindow) -> None:
    window.open_path(SAMPLES / "multi-recipient.eml")
    window.actions_by_name[Action.COPY_DIAGNOSIS].trigger()
    # the words are output.text's (tests/output/test_text.py): the window copies them with the reader's advice
    assert QGuiApplication.clipboard().text() == report_text(window.current_report(), window.current_advice())
