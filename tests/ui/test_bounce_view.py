"""The bounce view: text, highlights, selection of a finding, clicks on codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import SpanKind, diagnose
from bounce_doctor.ui.bounce_view import BounceView
from bounce_doctor.ui.theme import Role, color

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def light(role: Role):
    return color(role, False)


@pytest.fixture
def view(qtbot: QtBot) -> BounceView:
    v = BounceView()
    v.resize(700, 500)
    qtbot.addWidget(v)
    return v


def test_text_is_read_only_and_monospaced(view: BounceView) -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    view.set_report(r, light)
    assert view.isReadOnly()
    assert view.toPlainText() == r.text
    # the platform's fixed font (what fontconfig, Windows or macOS call it), not a family we name
    assert view.font().family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def test_codes_are_highlighted_in_their_colour(view: BounceView) -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    view.set_report(r, light)
    code = next(s for s in r.spans if s.kind == SpanKind.STATUS_CODE)
    painted = view.highlighted()
    assert (code.start, code.end, light(Role.CODE_BG).name()) in painted


def test_select_span_marks_and_selects(view: BounceView) -> None:
    r = diagnose((SAMPLES / "multi-recipient.eml").read_bytes())
    view.set_report(r, light)
    span = next(s for s in r.spans if s.kind == SpanKind.RECIPIENT and s.recipient == 2)
    view.select_span(span.start, span.end)
    assert view.selected_range() == (span.start, span.end)
    assert (span.start, span.end, light(Role.FOCUS_BG).name()) in view.highlighted()


def test_astral_characters_keep_spans_aligned(view: BounceView) -> None:
    text = "Subject: 📦 parcel\r\nFrom: MAILER-DAEMON@example.com\r\n\r\n<bob@example.org>: 550 5.1.1 User unknown\r\n"
    r = diagnose(text.encode())
    view.set_report(r, light)
    code = next(s for s in r.spans if s.value == "5.1.1" and s.kind == SpanKind.STATUS_CODE)
    view.select_span(code.start, code.end)
    assert view.textCursor().selectedText() == "5.1.1"


def test_clicking_a_code_emits_it(view: BounceView, qtbot: QtBot) -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    view.set_report(r, light)
    view.show()
    qtbot.waitExposed(view)
    code = next(s for s in r.spans if s.kind == SpanKind.STATUS_CODE)
    cursor = QTextCursor(view.document())
    cursor.setPosition(code.start + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    with qtbot.waitSignal(view.code_activated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x() + 2, rect.center().y()))
    assert blocker.args == [code.value]


def test_clear(view: BounceView) -> None:
    view.set_report(None, light)
    assert view.toPlainText() == ""
    assert view.highlighted() == []


def test_extra_evidence_spans_are_painted(view: BounceView) -> None:
    from bounce_doctor.engine import Span

    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    start = r.text.index("This is the mail system")
    span = Span(start, start + 23, SpanKind.EVIDENCE, 0, "test")
    view.set_report(r, light, [span])
    bg = light(Role.EVIDENCE_BG).name()
    assert (span.start, span.end, bg) in view.highlighted()
    view.set_report(r, light)
    assert all(b != bg for _, _, b in view.highlighted())


def test_a_new_report_after_scrolling_paints_no_old_span(view: BounceView, qtbot: QtBot, qtlog) -> None:
    long = diagnose((SAMPLES / "multi-recipient.eml").read_bytes())
    short = diagnose((SAMPLES / "spam-block.eml").read_bytes())
    view.show()
    qtbot.waitExposed(view)
    view.set_report(long, light)
    last = max(long.spans, key=lambda s: s.end)
    view.select_span(last.start, last.end)  # scrolled to the far end of the long bounce
    assert view.verticalScrollBar().value() > 0
    view.set_report(short, light)
    assert not [m for m in qtlog.records if "out of range" in m.message]
    size = view.document().characterCount()
    assert all(e <= size for _, e, _ in view.highlighted())
    painted = {view.toPlainText()[a:b] for a, b, _ in view.highlighted()}
    assert {s.value for s in short.spans if s.kind == SpanKind.REPLY_CODE} <= painted  # the new spans are painted


def test_russian_separators_and_the_same_highlights(view: BounceView) -> None:
    from bounce_doctor.engine import default_catalog
    from bounce_doctor.ui.i18n import Language

    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    view.set_report(r, light)
    english = view.toPlainText()
    painted = sorted(english[a:b] for a, b, _ in view.highlighted())
    language = Language(default_catalog())
    language.apply("ru")
    try:
        QCoreApplication.processEvents()  # the LanguageChange: the open report's markers again
        shown = view.toPlainText()
        assert "─── message/rfc822: возвращённое письмо ───" in shown
        assert "the returned message" not in shown
        assert sorted(shown[a:b] for a, b, _ in view.highlighted()) == painted
        last = max(r.spans, key=lambda s: s.start)
        view.select_span(last.start, last.end)
        assert view.textCursor().selectedText() == r.text[last.start : last.end]
        code = max((s for s in r.spans if s.kind in (SpanKind.REPLY_CODE, SpanKind.STATUS_CODE)), key=lambda s: s.start)
        assert view.code_at(code.start) == code.value  # before the caption: where it was
        assert last.start > r.text.index("the returned message")  # after it: moved by what Russian adds
    finally:
        language.apply("en")
    QCoreApplication.processEvents()
    assert view.toPlainText() == english
