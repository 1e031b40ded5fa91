"""The exports controller: exporting the diagnosis and the batch, the size limit, and the ready-to-send drafts.

Dialogs come through callables the window passes in (so tests replace them there); texts keep the
translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ..engine import Report
from ..engine.advice import Advice
from ..engine.limits import DEFAULT_LIMITS, Limits
from ..output.batch import BatchRow
from ..output.csvout import batch_csv
from ..output.exports import DIAGNOSIS_FORMATS, batch_json, report_html
from .actions import DRAFT_ACTIONS, Action
from .diagnosis_sections import draft_kinds
from .export_names import chosen_format, export_folder, suggested_path
from .saving import pdf_bytes, save_bytes
from .settings import Settings
from .workers import Reader

if TYPE_CHECKING:
    from .draft_dialog import DraftDialog
    from .limits_dialog import LimitsDialog


class ExportsController:
    """File > Export…, View > Size limit… and Edit > Write a message, for the bounce shown."""

    def __init__(
        self,
        parent: QWidget,
        settings: Settings,
        reader: Reader,
        actions: dict[Action, QAction],
        *,
        shown: Callable[[], tuple[Report | None, Advice | None]],
        batch_rows: Callable[[], list[BatchRow]],
        ask_save_path: Callable[[str, str, str], tuple[str, str]],
        show_message: Callable[[str, int], None],
        make_draft_dialog: Callable[[], DraftDialog],
        make_limits_dialog: Callable[[int, int | None], LimitsDialog],
        exec_dialog: Callable[[LimitsDialog], bool],
        refused_sizes: Callable[[], list[int]],
        read_again_if_refused: Callable[[], None],
    ) -> None:
        self.parent = parent
        self.settings = settings
        self.reader = reader
        self.actions = actions
        self._shown = shown
        self._batch_rows = batch_rows
        self._ask_save_path = ask_save_path
        self._show_message = show_message
        self._make_draft_dialog = make_draft_dialog
        self._make_limits_dialog = make_limits_dialog
        self._exec_dialog = exec_dialog
        self._refused_sizes = refused_sizes
        self._read_again_if_refused = read_again_if_refused
        self.draft_dialog: DraftDialog | None = None  # made on first use

    # ---- exports

    def export_diagnosis(self) -> None:
        """File > Export diagnosis…: HTML, Markdown, plain text, JSON or PDF."""
        report, _advice = self._shown()
        if report is None:
            return
        filters = {
            "html": QCoreApplication.translate("MainWindow", "Web page (*.html)"),
            "md": QCoreApplication.translate("MainWindow", "Markdown (*.md)"),
            "txt": QCoreApplication.translate("MainWindow", "Plain text (*.txt)"),
            "json": QCoreApplication.translate("MainWindow", "JSON (*.json)"),
            "pdf": QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
        }
        start = suggested_path(report, self.settings.value("export/folder"), "html")
        path, chosen = self._ask_save_path(QCoreApplication.translate("MainWindow", "Export the diagnosis"),
                                           ";;".join(filters.values()), start)
        if not path:
            return
        path, suffix = chosen_format(path, chosen, filters, start)
        if suffix == "pdf":
            data = pdf_bytes(report_html(report), report.name or "")
        else:
            data = DIAGNOSIS_FORMATS[suffix](report).encode("utf-8")
        self.write_export(path, data)

    def export_batch(self) -> None:
        """File > Export batch…: the rows shown (after the filters) as CSV or JSON."""
        rows = self._batch_rows()
        if not rows:
            return
        filters = {"csv": QCoreApplication.translate("MainWindow", "CSV for spreadsheets (*.csv)"),
                   "json": QCoreApplication.translate("MainWindow", "JSON (*.json)")}
        path, chosen = self._ask_save_path(QCoreApplication.translate("MainWindow", "Export the batch"),
                                           ";;".join(filters.values()), export_folder(self.settings.value("export/folder")))
        if not path:
            return
        path, suffix = chosen_format(path, chosen, filters)
        text = batch_csv(rows) if suffix == "csv" else batch_json(rows)
        self.write_export(path, text.encode("utf-8"))

    def write_export(self, path: str, data: bytes) -> bool:
        """Save, remembering the folder; a failure is said in a window-modal box that does not block."""
        error = save_bytes(path, data)
        if error is None:
            self.settings.set_value("export/folder", str(Path(path).parent))
            self._show_message(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", path), 5000)
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "The export was not saved"),
                          QCoreApplication.translate("MainWindow", "%1\n\nAny file that was there is unchanged.").replace(
                              "%1", error),
                          QMessageBox.StandardButton.Ok, self.parent)
        box.setObjectName("exportFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without blocking
        return False

    # ---- the size limit

    def limits(self) -> Limits:
        """The engine's limits with the size limit of the settings."""
        return DEFAULT_LIMITS.with_max_size_mb(self.settings.value("limits/max_size_mb"))

    def ask_size_limit(self) -> None:
        """View > Size limit…: ask for the size limit; a message refused for its size is read again."""
        refused = max(self._refused_sizes(), default=None)  # the largest message refused for its size
        dialog = self._make_limits_dialog(self.settings.value("limits/max_size_mb"), refused)
        if self._exec_dialog(dialog):
            self.set_size_limit(dialog.size_mb())

    def set_size_limit(self, mb: int) -> None:
        """Store the size limit; read again what was refused for its size."""
        self.settings.set_value("limits/max_size_mb", int(mb))
        self.reader.limits = self.limits()
        self._read_again_if_refused()

    # ---- ready-to-send texts

    def show_draft(self, kind: str, recipient: int = -1) -> None:
        """Open the non-modal draft window with a text for the recipient, the provider or a blocklist."""
        report, advice = self._shown()
        if report is None or advice is None or kind not in draft_kinds(report, advice, recipient):
            return
        if self.draft_dialog is None:
            self.draft_dialog = self._make_draft_dialog()
        self.draft_dialog.set_draft(report, advice, kind, None if recipient < 0 else recipient)
        self.draft_dialog.show()
        self.draft_dialog.raise_()
        self.draft_dialog.activateWindow()

    def hide_draft(self) -> None:
        """A draft belongs to the bounce it was written for."""
        if self.draft_dialog is not None:
            self.draft_dialog.hide()

    def enable_drafts(self) -> None:
        """Edit > Write a message offers the drafts worth writing for the bounce shown."""
        kinds = draft_kinds(*self._shown())
        for kind, action in DRAFT_ACTIONS.items():
            self.actions[action].setEnabled(kind in kinds)
