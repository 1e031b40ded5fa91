"""The batch controller: starts and follows a batch load, puts its rows in the model and its counts in the charts.

It also says where the load is (the line above the table, said again on a language change) and opens
one row's message. Texts keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget

from ..output.batch import BatchRow, RunningCounts, counts, looks_like_batch
from .batch_model import BatchModel
from .batch_worker import BatchLoader, LoadSummary
from .documents import FILE_LIST_MAX
from .engine_text import problem_text

if TYPE_CHECKING:
    from .batch_charts import BatchCharts
    from .batch_view import BatchView

CHART_DELAY_MS = 1000  # the charts redraw at most this often while a batch loads
BATCH_TAB = 1  # where the Batch tab sits among the window's tabs


class BatchController(QObject):
    """One batch at a time: loading it, following it, and opening a row."""

    def __init__(
        self,
        model: BatchModel,
        view: BatchView,
        charts: BatchCharts,
        loader: BatchLoader,
        tabs: QTabWidget,
        export_action: QAction,
        *,
        ask_folder: Callable[[], str],
        show_message: Callable[[str, int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.view = view
        self.charts = charts
        self.loader = loader
        self.tabs = tabs
        self.export_action = export_action
        self._ask_folder = ask_folder
        self._show_message = show_message
        self.opened: list[Path] = []
        self.status: Callable[[], str] | None = None  # the line above the table, said again on a language change
        self.counts = RunningCounts()  # kept up to date as rows arrive: no recount of thousands
        self.chart_timer = QTimer(self)
        self.chart_timer.setSingleShot(True)
        self.chart_timer.setInterval(CHART_DELAY_MS)

    def open_batch(self, paths: list[Path]) -> None:
        """Read files, folders and mbox files in the background into the batch view (one row per failed recipient)."""
        self.model.clear()
        self.counts = RunningCounts()
        self.charts.set_counts(None)
        self.opened = list(paths)
        self.tabs.setTabVisible(BATCH_TAB, True)
        if len(paths) > FILE_LIST_MAX or any(looks_like_batch(p) for p in paths):
            self.tabs.setCurrentIndex(BATCH_TAB)
        self.view.set_loading(True)
        self.status = lambda: QCoreApplication.translate("MainWindow", "Reading…")
        self.view.set_status(self.status())
        self.export_action.setEnabled(False)
        self.loader.start(paths)

    def open_folder_dialog(self) -> None:
        """File > Open Folder…: every message in a folder (recursively) or a Maildir."""
        folder = self._ask_folder()
        if folder:
            self.open_batch([Path(folder)])

    def add_rows(self, job: int, rows: list[BatchRow]) -> None:
        if job != self.loader.current:
            return
        self.model.append(rows)
        self.counts.extend(rows)
        if not self.chart_timer.isActive():
            self.chart_timer.start()

    def progress(self, job: int, messages: int, rows: int, rate: float, total: int = -1) -> None:
        if job != self.loader.current:
            return
        self.status = lambda: QCoreApplication.translate(
            "MainWindow", "Reading… %1 messages so far (%2 a second), %3 failed recipients.").replace(
            "%1", f"{messages:,}").replace("%2", f"{rate:,.0f}").replace("%3", f"{rows:,}")
        self.view.set_status(self.status())
        self.view.set_progress(messages, total, rate)

    def finished(self, job: int, summary: LoadSummary) -> None:
        if job != self.loader.current:
            return
        self.view.set_loading(False)
        self.update_charts()
        self.status = lambda: batch_summary(summary)
        if summary.unreadable_count:
            self.view.status_label.setToolTip("\n".join(f"{n}: {problem_text(why)}" for n, why in summary.unreadable[:30]))
        self.view.set_status(self.status())
        self.export_action.setEnabled(self.model.rowCount() > 0)
        if summary.only is not None and not summary.cancelled and len(self.opened) == 1:
            # an mbox that held one message: show it as a single bounce
            self.tabs.setTabVisible(BATCH_TAB, False)
            self.loader.read_one(summary.only, self.opened[0].name)

    def open_row(self, row: BatchRow) -> None:
        """Open one row's message in the diagnosis view (read again from its file)."""
        self._show_message(QCoreApplication.translate("MainWindow", "Opening %1…").replace("%1", row.file), 3000)
        self.loader.read_one(row.ref, row.file)

    def update_charts(self) -> None:
        proxy = self.view.proxy
        self.charts.set_counts(counts(proxy.visible_rows()) if proxy.is_filtered() else self.counts.counts())

    def retranslate(self) -> None:
        """Say the line above the table again, in the current language."""
        if self.status is not None:
            self.view.set_status(self.status())


def batch_summary(summary: LoadSummary) -> str:
    """The line above the table once a batch is read, in the current language."""
    text = (QCoreApplication.translate("MainWindow", "Stopped after %1 messages (%2 seconds).") if summary.cancelled
            else QCoreApplication.translate("MainWindow", "Read %1 messages in %2 seconds.")).replace(
        "%1", f"{summary.messages:,}").replace("%2", f"{summary.seconds:.1f}")
    if summary.unreadable_count:
        text += " " + QCoreApplication.translate(
            "MainWindow", "%1 could not be read as a bounce (point at the Message column's tooltip for "
            "where; open one to see why).").replace("%1", f"{summary.unreadable_count:,}")
    return text
