"""The ready-to-send texts: hide personal data, copy, and a save that never leaves half a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSaveFile
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.advice import advise
from bounce_doctor.engine.drafts import draft
from bounce_doctor.ui import draft_dialog
from bounce_doctor.ui.draft_dialog import DraftDialog

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def read(name: str):
    r = diagnose((SAMPLES / name).read_bytes(), name)
    return r, advise(r)


@pytest.fixture
def dialog(qtbot: QtBot) -> DraftDialog:
    d = DraftDialog()
    qtbot.addWidget(d)
    return d


def test_shows_the_engines_draft(dialog: DraftDialog) -> None:
    r, a = read("spam-block.eml")
    dialog.set_draft(r, a, "delisting")
    assert dialog.kind() == "delisting"
    assert dialog.text() == draft(r, a, "delisting")
    assert "Spamhaus" in dialog.text()
    assert dialog.text_edit.isReadOnly()
    assert not dialog.isModal()
    assert "delisting" in dialog.windowTitle()


def test_hide_personal_data_regenerates_the_text(dialog: DraftDialog) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "provider")
    assert "alice@example.com" in dialog.text()
    dialog.redact_box.setChecked(True)
    assert "alice@example.com" not in dialog.text()
    assert "bob@example.org" not in dialog.text()
    assert "…@example.org" in dialog.text()
    assert dialog.text() == draft(r, a, "provider", redact=True)
    dialog.redact_box.setChecked(False)
    assert dialog.text() == draft(r, a, "provider")


def test_one_recipient_of_several(dialog: DraftDialog) -> None:
    r, a = read("multi-recipient.eml")
    dialog.set_draft(r, a, "recipient", 1)
    assert "jake@gmial.com" in dialog.text()
    assert "olivia@example.org" not in dialog.text()


def test_copy(dialog: DraftDialog, qtbot: QtBot) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "recipient")
    QGuiApplication.clipboard().setText("before")
    with qtbot.waitSignal(dialog.copied):
        dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text()
    assert "clipboard" in dialog.status.text()


def test_save_writes_the_file(dialog: DraftDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              qtbot: QtBot) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "recipient")
    target = tmp_path / "to bob.txt"
    asked = []
    monkeypatch.setattr(dialog, "_ask_save_path", lambda suggested: asked.append(suggested) or str(target))
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.save_button.click()
    assert blocker.args == [str(target)]
    assert asked[0].endswith("message-for-recipient.txt")
    assert target.read_text(encoding="utf-8") == dialog.text() + "\n"
    assert list(tmp_path.iterdir()) == [target]


def test_save_cancelled_writes_nothing(dialog: DraftDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "recipient")
    monkeypatch.setattr(dialog, "_ask_save_path", lambda _s: "")
    assert dialog.save() is False
    assert list(tmp_path.iterdir()) == []


def test_a_save_that_cannot_start_says_why(dialog: DraftDialog, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "recipient")
    target = tmp_path / "no such folder" / "draft.txt"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda _s: str(target))
    assert dialog.save() is False
    assert not target.exists()
    assert "Could not save" in dialog.status.text()


class _FailingWrite(QSaveFile):
    """Writes half of the data, then fails, as a full disk would."""

    def write(self, data: bytes) -> int:  # type: ignore[override]
        super().write(data[: len(data) // 2])
        return -1


def test_a_failed_write_leaves_the_old_file_whole(dialog: DraftDialog, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    r, a = read("wrong-address.eml")
    dialog.set_draft(r, a, "provider")
    target = tmp_path / "draft.txt"
    target.write_text("the old text\n", encoding="utf-8")
    monkeypatch.setattr(dialog, "_ask_save_path", lambda _s: str(target))
    monkeypatch.setattr(draft_dialog, "QSaveFile", _FailingWrite)
    assert dialog.save() is False
    assert target.read_text(encoding="utf-8") == "the old text\n"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
    assert "Could not save" in dialog.status.text()
