"""The settings wrapper: defaults, recent files, and a file of its own in tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.settings import MAX_RECENT, Settings

pytestmark = pytest.mark.gui


def test_defaults(settings: Settings) -> None:
    assert settings.value("view/theme") == "system"
    assert settings.recent_files() == []
    assert settings.value("window/geometry") == QByteArray()


def test_recent_files_newest_first_without_duplicates(settings: Settings, tmp_path: Path) -> None:
    paths = [tmp_path / f"{i}.eml" for i in range(MAX_RECENT + 3)]
    for p in paths:
        settings.add_recent(p)
    settings.add_recent(paths[-2])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(paths[-2].resolve())
    assert len(set(recent)) == len(recent)
    settings.clear_recent()
    assert settings.recent_files() == []


def test_a_single_recent_file_survives_a_round_trip(tmp_path: Path) -> None:
    first = Settings.from_file(tmp_path / "s.ini")
    first.add_recent(tmp_path / "a.eml")
    first.sync()
    again = Settings.from_file(tmp_path / "s.ini")
    assert again.recent_files() == [str((tmp_path / "a.eml").resolve())]


def test_changed_signal_and_unknown_keys(settings: Settings, qtbot: QtBot) -> None:
    with qtbot.waitSignal(settings.changed) as blocker:
        settings.set_value("view/theme", "dark")
    assert blocker.args == ["view/theme", "dark"]
    with pytest.raises(KeyError):
        settings.set_value("no/such", 1)
