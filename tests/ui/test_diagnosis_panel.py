"""The diagnosis panel: its sections, its links, and a real click on a finding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import MessageKind, diagnose
from bounce_doctor.engine.advice import advise, english
from bounce_doctor.output.text import RESEND_LABEL, WHO_LABEL
from bounce_doctor.ui.diagnosis_panel import DiagnosisPanel
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
    for part in ("Not delivered", "that address does not exist", "Who has to act", "Should I resend?",
                 "What it means", "What to do", "Details for the helpdesk"):
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


def test_a_delay_needs_no_resend_even_without_advice(panel: DiagnosisPanel) -> None:
    panel.set_report(report("delay-warning.eml"), light)  # no advice given: the panel words the verdict itself
    text = panel.toPlainText()
    assert "Nobody: wait" in text
    assert "The server is still trying until Tue," in text


def test_the_servers_reply_is_text_with_a_link_to_it(panel: DiagnosisPanel) -> None:
    r = report("wrong-address.eml")
    panel.set_report(r, light)
    panel.set_details_open(0, True)
    assert r.recipients[0].diagnostic in panel.toPlainText()
    href = next(h for t, h in panel.links() if t == "show in the bounce")
    start, end = map(int, href.removeprefix("find:").split("-"))
    assert r.text[start:end].startswith("550 5.1.1")


# ---- the answers (issue #6): first, from the advice, with their evidence

DATA = SAMPLES.parent.parent / "tests" / "engine" / "data"


def answered(panel: DiagnosisPanel, name: str, folder=SAMPLES):
    r = diagnose((folder / name).read_bytes(), name)
    a = advise(r)
    panel.set_report(r, light, a)
    return r, a, panel.toPlainText()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_answers_come_before_the_technical_detail(panel: DiagnosisPanel) -> None:
    _, a, text = answered(panel, "wrong-address.eml")
    assert a.recipients[0].who_acts == "you"
    who, resend, meaning = text.index("Who has to act"), text.index("Should I resend?"), text.index("What it means")
    assert who < resend < meaning
    assert text.index("Codes") > resend
    assert "You, the sender" in text
    assert a.recipients[0].who_why is not None
    assert a.recipients[0].who_why.render(english) in flat(text)


def test_wrong_address_not_to_this_address(panel: DiagnosisPanel) -> None:
    _, _, text = answered(panel, "wrong-address.eml")
    assert "Not to this address:" in text
    assert "Ask the person for their current address another way." in flat(text)
    assert "Did you mean" not in text


def test_delay_no_need_still_trying_until_the_date(panel: DiagnosisPanel) -> None:
    r, a, text = answered(panel, "delay-warning.eml")
    until = flat(r.recipients[0].will_retry_until)
    assert a.recipients[0].resend == "not_needed"
    assert "No:" in text
    assert f"The server is still trying until {until}" in flat(text)
    assert "Nobody: wait" in text


def test_typo_did_you_mean_and_copy(panel: DiagnosisPanel, qtbot: QtBot) -> None:
    _, _, text = answered(panel, "multi-recipient.eml")
    assert "Did you mean jake@gmail.com?" in text
    assert text.count("Did you mean") == 1  # olivia and maria were not mistyped
    # every recipient's answers before the first technical detail
    assert text.rindex("Should I resend?") < text.index("What it means")
    copy = [h for t, h in panel.links() if "Copy" in t]
    assert len(copy) == 1
    QGuiApplication.clipboard().setText("something else")
    with qtbot.waitSignal(panel.address_copied) as blocker:
        panel.activate(copy[0])
    assert blocker.args == ["jake@gmail.com"]
    assert QGuiApplication.clipboard().text() == "jake@gmail.com"


def test_blocklist_offers_a_delisting_request(panel: DiagnosisPanel, qtbot: QtBot) -> None:
    _, a, text = answered(panel, "spam-block.eml")
    assert a.recipients[0].blocklist == "Spamhaus"
    assert "A blocklist operator" in text
    drafts = {t: h for t, h in panel.links() if h.startswith("draft:")}
    assert set(drafts) == {"for the recipient", "for your IT or provider", "a delisting request"}
    with qtbot.waitSignal(panel.draft_requested) as blocker:
        panel.activate(drafts["a delisting request"])
    assert blocker.args == ["delisting", 0]


def test_no_delisting_without_a_blocklist(panel: DiagnosisPanel) -> None:
    answered(panel, "wrong-address.eml")
    drafts = [t for t, h in panel.links() if h.startswith("draft:")]
    assert drafts == ["for the recipient", "for your IT or provider"]


def test_auth_failure_is_for_the_provider(panel: DiagnosisPanel) -> None:
    _, a, text = answered(panel, "auth-failure.eml")
    assert a.recipients[0].who_acts == "provider"
    assert "Your IT department or mail provider" in text
    assert "Yes, after fixing the cause:" in text


@pytest.mark.parametrize("name", ["not-a-bounce.eml", "auto-reply.eml"])
def test_no_answer_for_what_is_not_a_failure(panel: DiagnosisPanel, name: str) -> None:
    _, _, text = answered(panel, name)
    for part in ("Should I resend?", "Who has to act", "Did you mean", "Write a message"):
        assert part not in text, part
    assert not [h for _, h in panel.links() if h.startswith(("draft:", "copy:"))]


def test_no_resend_for_a_delivery_receipt(panel: DiagnosisPanel) -> None:
    r, _, text = answered(panel, "delivered.eml", DATA)
    assert r.kind == MessageKind.DELIVERED
    assert "Should I resend?" not in text
    assert "Who has to act" not in text


def test_show_why_selects_the_deciding_line(panel: DiagnosisPanel, qtbot: QtBot) -> None:
    r, a, _ = answered(panel, "wrong-address.eml")
    ev = a.recipients[0].who_evidence
    why = [h for t, h in panel.links() if t == "show why"]
    assert why[0] == f"find:{ev.start}-{ev.end}"
    with qtbot.waitSignal(panel.finding_clicked) as blocker:
        panel.activate(why[0])
    start, end = blocker.args
    assert r.text[start:end].startswith("Diagnostic-Code:")
    assert "User unknown" in r.text[start:end]


def test_misuse_warning_comes_first(panel: DiagnosisPanel) -> None:
    _, a, text = answered(panel, "misuse.eml", DATA)
    assert a.account_misuse
    title = "Your account may be sending spam: change your password first"
    assert title in text
    assert text.index(title) < text.index("Who has to act")
    assert a.steps[0].render(english) in flat(text)
    assert "You probably did not send this" not in text


def test_backscatter_warning_and_nothing_to_do(panel: DiagnosisPanel) -> None:
    _, a, text = answered(panel, "backscatter.eml", DATA)
    assert a.backscatter
    assert "You probably did not send this" in text
    assert "What to do: usually nothing." in text
    for why in a.backscatter_why:
        assert flat(why.render(english)) in flat(text)
    assert "Your account may be sending spam" not in text
    assert not [h for _, h in panel.links() if h.startswith("draft:")]


def test_no_warning_on_an_ordinary_bounce(panel: DiagnosisPanel) -> None:
    _, _, text = answered(panel, "mailbox-full.eml")
    assert "You probably did not send this" not in text
    assert "Your account may be sending spam" not in text
    assert "Yes, once the person has made space in their mailbox." in text  # 5.2.2 is permanent: not "later"


def test_without_advice_the_panel_words_the_verdict(panel: DiagnosisPanel) -> None:
    r = report("wrong-address.eml")
    panel.set_report(r, light)
    text = panel.toPlainText()
    v = r.verdict.for_recipient(0)
    assert WHO_LABEL[v.who] == "you, the sender"
    assert "You, the sender" in text
    assert "Not to this address:" in text
    assert RESEND_LABEL["after_fix"] not in text


def test_dates_in_the_russian_diagnosis(panel: DiagnosisPanel) -> None:
    from PySide6.QtCore import QCoreApplication

    from bounce_doctor.engine import default_catalog
    from bounce_doctor.ui.i18n import Language

    r = report("wrong-address.eml")
    panel.set_report(r, light)
    panel.set_details_open(0, True)
    assert "Tue, 11 Mar 2025 09:41:09 +0100 (CET)" in panel.toPlainText()  # English: as the bounce wrote it
    language = Language(default_catalog())
    language.apply("ru")
    try:
        QCoreApplication.processEvents()
        panel.set_report(r, light)
        panel.set_details_open(0, True)
        shown = panel.toPlainText()
        assert "11 марта 2025" in shown
        assert "вторник" in shown
        assert "Tue, 11 Mar 2025" not in shown
        assert "Mar 2025" not in shown
    finally:
        language.apply("en")
        QCoreApplication.processEvents()
