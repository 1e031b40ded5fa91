"""The Headers tab as a widget: blocks, the authentication summary, the filter, and the spans it emits.

The HTML of the summary and the header behind its sentence are ui/auth_html.py's: tests/ui/test_auth_html.py."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import HeaderAnalysis, analyse
from bounce_doctor.ui.headers_view import HeadersView
from bounce_doctor.ui.theme import Role, color

from ..conftest import SAMPLES, corpus_dir
from . import headers_data

pytestmark = pytest.mark.gui


def light(role: Role):
    return color(role, False)


def analysed(data: bytes) -> tuple[HeaderAnalysis, str]:
    report = diagnose(data)
    return analyse(data, report), report.text


@pytest.fixture
def view(qtbot: QtBot) -> HeadersView:
    v = HeadersView()
    qtbot.addWidget(v)
    v.resize(1100, 700)
    return v


def test_empty_view(view: HeadersView) -> None:
    view.set_analysis(None, light)
    assert view.hops_model.rowCount() == 0
    assert view.headers_model.rowCount() == 0
    assert view.auth.toPlainText() == ""
    assert view.block_box.isHidden()


def test_auth_failure_sample(view: HeadersView) -> None:
    a, _ = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    view.set_analysis(a, light)
    assert view.block_box.count() == 2
    assert not view.block_box.isHidden()
    assert view.block_box.currentText() == "The returned message (attached) (3 hops)"
    assert view.summary.text() == "3 hops, 3 s from sending to the last hop"
    auth = view.auth.toPlainText()
    assert "Your domain's DKIM signature failed at hop 3 (relay1.webhost.example)." in auth
    assert "SPF\n✖ fail\nfor example.com · aligned with From · checked at hop 3 (relay1.webhost.example)" in auth
    assert "DKIM\n✖ fail\nfor example.com · selector shop1" in auth
    assert "DMARC\n✖ fail\nfor example.com" in auth
    assert "Alignment\n✖ fail\nNeither SPF nor DKIM passed" in auth
    assert "aspmx.l.google.com" in view.notes.text()
    assert view.count.text() == "18 headers"


def test_an_ordinary_message(view: HeadersView) -> None:
    a, _ = analysed((SAMPLES / "not-a-bounce.eml").read_bytes())
    view.set_analysis(a, light)
    assert view.block_box.isHidden()
    assert view.block_title.text() == "The message's own headers:"
    assert view.hops_model.rowCount() == 3
    auth = view.auth.toPlainText()
    assert "SPF\n✔ pass" in auth
    assert "DKIM\n✔ pass\nfor example.org · selector 2025a · aligned with From" in auth
    assert "Alignment\n✔ pass\nSPF or DKIM passed for the From domain" in auth
    assert "Your domain" not in auth
    assert view.notes.isHidden()


def test_choosing_another_block(view: HeadersView) -> None:
    a, _ = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    view.set_analysis(a, light)
    view.search.setText("received")
    view.select_block(0)
    assert view.current_block() is a.blocks[0]
    assert view.hops_model.rowCount() == len(a.blocks[0].hops) == 2
    assert view.search.text() == ""
    assert view.proxy.rowCount() == len(a.blocks[0].headers)
    assert "Your domain's" not in view.auth.toPlainText()  # the sentence is about the returned message
    view.select_block(a.primary_index)
    assert "Your domain's" in view.auth.toPlainText()


def test_activating_a_hop_emits_its_received_header(view: HeadersView, qtbot: QtBot) -> None:
    a, text = analysed(headers_data.thirty_hops())
    view.set_analysis(a, light)
    with qtbot.waitSignal(view.span_selected) as blocker:
        view.activate_hop(29)
    start, end = blocker.args
    assert text[start:end].startswith("Received: from relay29.example.net")
    assert view.hops.currentIndex().row() == 29


def test_the_filter_and_activating_a_header(view: HeadersView, qtbot: QtBot) -> None:
    a, text = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    view.set_analysis(a, light)
    view.search.setText("dkim-signature")
    assert view.proxy.rowCount() == 1
    assert view.count.text() == "1 of 18"
    with qtbot.waitSignal(view.span_selected) as blocker:
        view.activate_header(0)
    start, end = blocker.args
    assert text[start:end].startswith("DKIM-Signature: v=1; a=rsa-sha256;")
    view.search.clear()
    assert view.count.text() == "18 headers"


def test_show_links_emit_the_checks_header(view: HeadersView, qtbot: QtBot) -> None:
    a, text = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    view.set_analysis(a, light)
    html = view.auth.toHtml()
    spf = a.authentication.spf
    href = f"find:{spf.header.start}-{spf.header.end}"
    assert href in html
    with qtbot.waitSignal(view.span_selected) as blocker:
        view.activate_link(href)
    assert text[blocker.args[0]:blocker.args[1]].startswith("Authentication-Results: relay1.webhost.example;")
    with qtbot.assertNotEmitted(view.span_selected):
        view.activate_link("find:x-y")


def test_spam_verdicts_in_plain_language(view: HeadersView) -> None:
    a, _ = analysed((SAMPLES / "exchange-ndr.eml").read_bytes())
    view.set_analysis(a, light)
    auth = view.auth.toPlainText()
    assert "Spam filters" in auth
    assert "SCL 1: not spam · x-forefront-antispam-report" in auth
    assert "SFV:NSPM: not spam: delivered to the inbox" in auth


def test_corpus_spam_and_signatures(view: HeadersView) -> None:
    folder = corpus_dir("sisimai", "bounces")
    a, _ = analysed((folder / "lhost-exim-60.eml").read_bytes())
    view.set_analysis(a, light)
    assert "Spam filters" in view.auth.toPlainText()
    shown = 0
    for path in sorted(folder.glob("*.eml"))[:150]:
        a, _ = analysed(path.read_bytes())
        view.set_analysis(a, light)
        shown += view.hops_model.rowCount()
        assert view.block_box.count() == len(a.blocks)
        assert view.block_box.currentIndex() == a.primary_index
        assert view.headers_model.rowCount() == (len(a.primary.headers) if a.primary else 0)
    assert shown > 150


def test_dark_colours(view: HeadersView) -> None:
    a, _ = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    view.set_analysis(a, light)
    view.set_colors(lambda role: color(role, True))
    assert color(Role.BADGE_FAILED, True).name() in view.auth.toHtml()
