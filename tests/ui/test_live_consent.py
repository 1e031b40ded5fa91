"""The first live check asks: which names, where, and whether to always allow it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.live_consent import ConsentDialog

from .live_data import SPAM_PLAN

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot) -> ConsentDialog:
    d = ConsentDialog(SPAM_PLAN)
    qtbot.addWidget(d)
    return d


def test_it_lists_every_planned_name_and_says_where(dialog: ConsentDialog) -> None:
    listed = dialog.listed_names()
    assert len(listed) == len(SPAM_PLAN)
    for planned, line in zip(SPAM_PLAN, listed, strict=True):
        assert line.startswith(planned.name)
    assert "Blocklist" in listed[0]
    assert "Mail servers (MX)" in listed[2]
    assert "through your system's resolver" in dialog.intro.text()
    assert not dialog.always_allow()


def test_check_accepts_and_always_is_remembered_by_the_caller(dialog: ConsentDialog, qtbot: QtBot) -> None:
    dialog.always.setChecked(True)
    dialog.open()
    with qtbot.waitSignal(dialog.accepted):
        dialog.check_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.always_allow()


def test_cancel_rejects(dialog: ConsentDialog, qtbot: QtBot) -> None:
    dialog.open()
    with qtbot.waitSignal(dialog.rejected):
        dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
