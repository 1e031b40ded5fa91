"""The dialogs the window asks through: open files, open a folder, save as, and running a modal dialog.

Each takes the window as its first argument: the window holds them as its methods (``_ask_*``,
``_exec_dialog``), the seams that tests replace. Texts keep the translation context "MainWindow".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from .limits_dialog import LimitsDialog

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def ask_open_paths(window: MainWindow) -> list[str]:
    """The file dialog."""
    start = window.settings.recent_files()[:1]
    paths, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("MainWindow", "Open a bounce"),
        str(Path(start[0]).parent) if start else "",
        QCoreApplication.translate("MainWindow", "Email files (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)"),
    )
    return paths


def ask_folder(window: MainWindow) -> str:
    """The folder dialog."""
    return QFileDialog.getExistingDirectory(window, QCoreApplication.translate("MainWindow", "Open a folder of bounces"))


def ask_save_path(window: MainWindow, title: str, filters: str, start: str = "") -> tuple[str, str]:
    """The save dialog, starting at ``start``: the path and the chosen filter."""
    return QFileDialog.getSaveFileName(window, title, start, filters)


def exec_dialog(_window: MainWindow, dialog: LimitsDialog) -> bool:
    """Run a dialog."""
    return dialog.exec() == LimitsDialog.DialogCode.Accepted
