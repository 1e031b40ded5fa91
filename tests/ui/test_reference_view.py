"""The code reference: search box, filters and the whole entry."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import default_catalog
from bounce_doctor.ui.reference_model import KEY_ROLE, ReferenceModel
from bounce_doctor.ui.reference_view import ReferenceView, entry_html

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
