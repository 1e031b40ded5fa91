"""The file list of several messages: its keys, the unread ones marked, the signal when one is chosen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.file_list import FileList

pytestmark = pytest.mark.gui


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
