"""The dialogs the window asks through: what each is asked (parent, title, start, filters) and what it returns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from bounce_doctor.ui.limits_dialog import LimitsDialog
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings
from bounce_doctor.ui.window_dialogs import ask_folder, ask_open_paths, ask_save_path, exec_dialog

pytestmark = pytest.mark.gui


def record(monkeypatch: pytest.MonkeyPatch, name: str, answer: Any) -> list[tuple[Any, ...]]:
    """Replace QFileDialog's static ``name``: it records its arguments and gives ``answer``."""
    asked: list[tuple[Any, ...]] = []

    def fake(*args: Any) -> Any:
        asked.append(args)
        return answer

    monkeypatch.setattr(QFileDialog, name, fake)
    return asked


def test_open_starts_in_the_folder_of_the_newest_recent_file(window: MainWindow, settings: Settings,
                                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked = record(monkeypatch, "getOpenFileNames", (["a.eml", "b.msg"], "filter"))
    assert ask_open_paths(window) == ["a.eml", "b.msg"]
    assert asked == [(window, "Open a bounce", "", "Email files (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)")]
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    settings.add_recent(tmp_path / "old" / "a.eml")
    settings.add_recent(tmp_path / "new" / "b.eml")
    assert window._ask_open_paths() == ["a.eml", "b.msg"]  # the window's seam
    assert asked[1][2] == str((tmp_path / "new").resolve())


def test_folder_and_save(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    folders = record(monkeypatch, "getExistingDirectory", "/some/folder")
    assert ask_folder(window) == "/some/folder"
    assert window._ask_folder() == "/some/folder"
    assert folders == [(window, "Open a folder of bounces")] * 2
    saves = record(monkeypatch, "getSaveFileName", ("/out.csv", "CSV (*.csv)"))
    assert ask_save_path(window, "Export", "CSV (*.csv)", "/start") == ("/out.csv", "CSV (*.csv)")
    assert window._ask_save_path("Export", "CSV (*.csv)") == ("/out.csv", "CSV (*.csv)")
    assert saves == [(window, "Export", "/start", "CSV (*.csv)"), (window, "Export", "", "CSV (*.csv)")]


@pytest.mark.parametrize(("code", "accepted"), [(LimitsDialog.DialogCode.Accepted, True),
                                                (LimitsDialog.DialogCode.Rejected, False)])
def test_exec_dialog_says_whether_it_was_accepted(window: MainWindow, code: LimitsDialog.DialogCode,
                                                  accepted: bool) -> None:
    class Dialog:
        def exec(self) -> LimitsDialog.DialogCode:
            return code

    assert exec_dialog(window, Dialog()) is accepted  # type: ignore[arg-type]
    assert window._exec_dialog(Dialog()) is accepted  # type: ignore[arg-type]
