"""The code reference: search box, filters and the whole entry."""

from __future__ import annotations

import re
from html import escape

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import default_catalog
from bounce_doctor.ui.reference_model import KEY_ROLE, ReferenceModel
from bounce_doctor.ui.reference_view import ReferenceView, entry_html, source_name

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot) -> ReferenceView:
    v = ReferenceView(ReferenceModel(default_catalog().entries))
    qtbot.addWidget(v)
    return v


def test_typing_filters_and_counts(view: ReferenceView, qtbot: QtBot) -> None:
    total = view.model.rowCount()
    assert view.count_label.text() == f"{total} of {total} entries"
    qtbot.keyClicks(view.search, "mailbox full")
    assert 0 < view.proxy.rowCount() < total
    assert view.count_label.text().startswith(f"{view.proxy.rowCount()} of")


def test_checkboxes_filter(view: ReferenceView) -> None:
    view.group_boxes["reply"].setChecked(False)
    view.group_boxes["enhanced"].setChecked(False)
    view.group_boxes["vendor"].setChecked(False)
    assert view.proxy.rowCount() == 0


def test_show_entry_clears_filters_that_hide_it(view: ReferenceView) -> None:
    view.search.setText("mailbox full")
    assert view.show_entry("reply:421")
    assert view.current_key() == "reply:421"
    assert view.search.text() == ""
    assert "421" in view.detail.toPlainText()
    assert not view.show_entry("no:such")


def test_choosing_a_row_shows_the_whole_entry(view: ReferenceView, qtbot: QtBot) -> None:
    view.search.setText("5.2.2")
    view.table.selectRow(0)
    text = view.detail.toPlainText()
    assert "What to do" in text
    assert "For the helpdesk" in text
    assert "References" in text


def test_entry_html_escapes() -> None:
    e = default_catalog().get("550")
    assert "<h2>550</h2>" in entry_html(e)


def test_the_windows_reference_lists_codes_not_the_verdicts_playbook(window) -> None:
    model = window.reference_model
    kinds = {model.index(r, 0).data(KEY_ROLE).split(":")[0] for r in range(model.rowCount())}
    assert "playbook" not in kinds
    assert model.rowCount() == len(default_catalog().codes) < len(default_catalog().entries)
    window.set_language("ru")
    try:
        assert model.rowCount() == len(default_catalog().codes)
    finally:
        window.set_language("en")


_PATTERN = re.compile(r"\\[.dswbSWD]|\(\?|\[\^|\|")  # \. \d (?: (?! [^ and alternatives
_INTERNAL = re.compile(r"sisimai|corpus|\.rb\b|\.eml\b|\.md\b", re.IGNORECASE)


def _anchors(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', html)


@pytest.mark.parametrize("e", default_catalog().codes, ids=lambda e: e.key)
def test_an_entry_shows_the_servers_words_and_linked_sources_not_patterns(e) -> None:
    html = entry_html(e)
    assert not _PATTERN.search(html), _PATTERN.search(html)
    assert not _INTERNAL.search(html), _INTERNAL.search(html)
    if e.match:
        if re.search(r"[\\|(\[]", e.match):  # a pattern, not plain words the example holds too
            assert escape(e.match) not in html
        assert e.sample
        assert escape(e.sample) in html
    refs = html.partition("<h4>References</h4>")[2]
    links = _anchors(refs)
    for href, name in links:
        assert href.startswith("https://")
        assert name
        assert name != href
    # every web address among the sources is a link; none is left as text
    text = re.sub(r"<a [^>]*>[^<]*</a>", "", refs)
    assert "http" not in text
    assert not re.search(r"<li>[\w.-]+\.(?:com|org|net)[/<]", text)
    shown = [r for r in e.references if r.startswith("https://") and not _INTERNAL.search(r)]
    assert {escape(r, quote=True) for r in shown} <= {h for h, _n in links}


def test_sources_have_readable_names() -> None:
    assert source_name("https://support.google.com/a/answer/3726730") == "Google: Gmail SMTP errors and codes"
    ndr = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/"
    assert source_name(ndr + "fix-error-code-550-5-7-1-in-exchange-online") == (
        "Microsoft: Fix error code 550 5.7.1 in Exchange Online")
    assert source_name(ndr + "fix-error-code-5-4-6-through-5-4-20-in-exchange-online") == (
        "Microsoft: Fix error code 5.4.6 through 5.4.20 in Exchange Online")
    assert source_name("https://www.uceprotect.net/") == "uceprotect.net"  # at least the site


def test_a_vendor_entry_quotes_the_server_instead_of_its_pattern(view: ReferenceView) -> None:
    e = next(e for e in default_catalog().codes if e.vendor == "Spamhaus" and "zen" in (e.match or ""))
    assert view.show_entry(e.key)
    text = view.detail.toPlainText()
    assert "Servers say, for example" in text
    assert "blocked using zen.spamhaus.org" in text
    assert "Recognised by" not in text
    assert "(?!" not in text


def test_a_source_opens_in_the_browser_only_when_clicked(view: ReferenceView, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert view.show_entry("enhanced:X.1.1")
    e = next(e for e in default_catalog().codes if e.vendor == "Gmail")
    assert view.show_entry(e.key)
    links = []  # what the widget made of the HTML: text carrying a link
    block = view.detail.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                links.append((fragment.charFormat().anchorHref(), fragment.text()))
            it += 1
        block = block.next()
    assert ("https://support.google.com/a/answer/3726730", "Google: Gmail SMTP errors and codes") in links
    assert opened == []  # shown, not fetched
    view.detail.anchorClicked.emit(QUrl("https://support.google.com/a/answer/3726730"))
    view.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://support.google.com/a/answer/3726730"]


def test_a_success_needs_nothing_and_a_delay_is_waited_for(view: ReferenceView) -> None:
    view.show_entry("class:2.X.X")
    text = view.detail.toPlainText()
    assert "No: the message was delivered" in text
    assert "keeps trying" not in text
    assert "Yes" not in text
    view.show_entry("class:4.X.X")
    assert "No need: the server keeps trying" in view.detail.toPlainText()
    view.show_entry("class:5.X.X")
    text = view.detail.toPlainText()
    assert "keeps trying" not in text
    assert "it depends on the reason" in text
    view.show_entry("enhanced:X.1.1")  # the answer differs by class: one line each
    text = view.detail.toPlainText()
    assert "4.1.1: Yes, later" in text
    assert "5.1.1: No: not to this address" in text


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_no_cell_text_is_cut_off(window, lang: str, size: tuple[int, int]) -> None:
    window.set_language(lang)
    try:
        window.resize(*size)
        window.show()
        window.show_reference()
        QApplication.processEvents()
        table = window.reference_view.table
        model = window.reference_model
        header = table.horizontalHeader()
        metrics = QFontMetrics(table.font())
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for column in (0, 1, 3):
            need = max(metrics.horizontalAdvance(model.index(r, column).data()) for r in range(model.rowCount()))
            assert header.sectionSize(column) >= need + margin, (lang, size, column)
        kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
        assert any("(" in k for k in kinds)  # the vendor kinds, the longest, were measured
        assert header.sectionSize(2) > 0  # the title takes what is left
    finally:
        window.set_language("en")
