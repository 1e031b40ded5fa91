"""The diagnosis panel: its sections, its links, and a real click on a finding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import diagnose
from bounce_doctor.ui.diagnosis_panel import DiagnosisPanel, header_value
from bounce_doctor.ui.theme import Role, color

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def light(role: Role):
    return color(role, False)


@pytest.fixture
def panel(qtbot: QtBot) -> DiagnosisPanel:
    p = DiagnosisPanel()
    p.resize(600, 700)
    qtbot.addWidget(p)
    return p


def report(name: str):
    return diagnose((SAMPLES / name).read_bytes(), name)


def test_sections(panel: DiagnosisPanel) -> None:
    panel.set_report(report("wrong-address.eml"), light)
    text = panel.toPlainText()
    for part in ("Not delivered", "that address does not exist", "Who has to act", "Resend?", "What it means",
                 "What to do", "Details for the helpdesk"):
        assert part in text, part


def test_badges(panel: DiagnosisPanel) -> None:
    for name, badge in (("delay-warning.eml", "Delayed (still trying)"), ("auto-reply.eml", "Auto-reply"),
                        ("not-a-bounce.eml", "Not a bounce")):
        panel.set_report(report(name), light)
        assert badge in panel.toPlainText(), name


def test_a_real_click_on_a_finding(panel: DiagnosisPanel, qtbot: QtBot) -> None:
    r = report("wrong-address.eml")
    panel.set_report(r, light)
    panel.show()
    qtbot.waitExposed(panel)
    found = panel.document().find("bob@example.org", 0)
    # the first occurrence is the headline; the linked one is in the table
    while found.charFormat().anchorHref() == "" and not found.isNull():
        found = panel.document().find("bob@example.org", found)
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    rect = panel.cursorRect(cursor)
    with qtbot.waitSignal(panel.finding_clicked) as blocker:
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))
    start, end = blocker.args
    assert r.text[start:end] == "bob@example.org"


def test_reference_link(panel: DiagnosisPanel, qtbot: QtBot) -> None:
    panel.set_report(report("mailbox-full.eml"), light)
    href = next(h for t, h in panel.links() if t == "Open in reference")
    with qtbot.waitSignal(panel.reference_requested) as blocker:
        panel.activate(href)
    assert blocker.args[0].startswith(("enhanced:", "reply:", "vendor:", "class:"))


def test_details_toggle(panel: DiagnosisPanel) -> None:
    panel.set_report(report("delay-warning.eml"), light)
    panel.set_details_open(0, True)
    assert panel.details_open(0)
    assert "Hide the details" in panel.toPlainText()
    panel.set_details_open(0, False)
    assert "Reported by" not in panel.toPlainText()


def test_empty(panel: DiagnosisPanel) -> None:
    panel.set_report(None, light)
    assert panel.toPlainText() == ""


def test_header_value() -> None:
    r = report("wrong-address.eml")
    assert header_value(r, "x-postfix-queue-id")
    assert header_value(r, "No-Such-Header") is None


def test_a_delay_needs_no_resend(panel: DiagnosisPanel) -> None:
    panel.set_report(report("delay-warning.eml"), light)
    assert "No need: the server keeps trying" in panel.toPlainText()


def test_the_servers_reply_is_text_with_a_link_to_it(panel: DiagnosisPanel) -> None:
    r = report("wrong-address.eml")
    panel.set_report(r, light)
    panel.set_details_open(0, True)
    assert r.recipients[0].diagnostic in panel.toPlainText()
    href = next(h for t, h in panel.links() if t == "show in the bounce")
    start, end = map(int, href.removeprefix("find:").split("-"))
    assert r.text[start:end].startswith("550 5.1.1")
