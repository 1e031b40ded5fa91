"""The size-limit dialog proposes a limit that reads the message just refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.limits import MB
from bounce_doctor.ui.limits_dialog import MAX_MB, LimitsDialog, proposed_mb

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("size", "expected"), [
    (int(1.8 * MB), 2), (int(3.2 * MB), 4), (9 * MB, 10), (12 * MB, 15), (int(57.3 * MB), 60), (60 * MB, 70),
    (int(250.4 * MB), 300), (1500 * MB, 1600), (9000 * MB, MAX_MB),
])
def test_the_proposal_is_the_next_round_value_above_the_size(size: int, expected: int) -> None:
    assert proposed_mb(size) == expected
    if expected < MAX_MB:
        assert proposed_mb(size) * MB > size


def test_after_a_refusal_the_dialog_proposes_a_limit_that_reads_it(qtbot: QtBot) -> None:
    dialog = LimitsDialog(50, refused=int(57.3 * MB))
    qtbot.addWidget(dialog)
    assert dialog.size_mb() == 60
    assert not dialog.refused_note.isHidden()
    assert QLocale().toString(57.3, "f", 1) in dialog.refused_note.text()
    assert "60" in dialog.refused_note.text()
    plain = LimitsDialog(50)
    qtbot.addWidget(plain)
    assert plain.size_mb() == 50
    assert plain.refused_note.isHidden()
    higher = LimitsDialog(500, refused=int(57.3 * MB))  # a limit already higher stays
    qtbot.addWidget(higher)
    assert higher.size_mb() == 500
