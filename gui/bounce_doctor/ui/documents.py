"""The document controller: what the window opens, reads in the background and shows, and the recent files.

It keeps the messages read (by job), the one shown and its report and answers, and says inside the
window what went wrong when a message cannot be read. The widgets come from the window (``view``);
texts keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ..engine import Report
from ..engine.advice import Advice, advise
from ..engine.errors import InputProblem
from ..engine.limits import size_words
from ..output.batch import looks_like_batch
from ..output.text import report_text
from .actions import Action
from .auth_html import sentence_span
from .diagnosis_sections import evidence_spans
from .engine_text import problem_text
from .mime_input import Source, read, spool
from .settings import Settings
from .workers import Outcome, Reader

if TYPE_CHECKING:
    from .mainwindow import MainWindow

FILE_LIST_MAX = 20  # up to this many files opened at once also go into the list beside the bounce


class DocumentController:
    """Opens files, text and samples, and shows each message read (or why it could not be read)."""

    def __init__(
        self,
        view: MainWindow,
        settings: Settings,
        reader: Reader,
        *,
        open_batch: Callable[[list[Path]], None],
        ask_open_paths: Callable[[], list[str]],
        hide_draft: Callable[[], None],
        enable_drafts: Callable[[], None],
    ) -> None:
        self.view = view
        self.settings = settings
        self.reader = reader
        self._open_batch = open_batch
        self._ask_open_paths = ask_open_paths
        self._hide_draft = hide_draft
        self._enable_drafts = enable_drafts
        self.docs: dict[str, Outcome] = {}
        self.jobs: set[int] = set()  # jobs of the current open; older results are dropped
        self.shown: str | None = None
        self.opening = False
        self.several = False
        self.pending: dict[int, str] = {}  # jobs of the batch still being read, with their names
        self.report: Report | None = None
        self.advice: Advice | None = None
        self.last_sources: list[Source] = []  # what the last open read (read again after the limit is raised)

    # ---- opening

    def open_path(self, path: str | Path) -> None:
        """Read a file (in the background) and show its diagnosis; a folder or an mbox opens the batch view."""
        path = Path(path)
        if path.is_file():
            self.settings.add_recent(path)
        if looks_like_batch(path):
            self._open_batch([path])
            return
        self.open_sources([Source(path.name or str(path), path=path)])

    def open_paths(self, paths: list[str | Path]) -> None:
        """Open several files: they fill the batch view, and a few of them also the list beside the bounce."""
        for p in paths:
            if Path(p).is_file():
                self.settings.add_recent(p)
        many = any(looks_like_batch(Path(p)) for p in paths) or len(paths) > FILE_LIST_MAX
        if len(paths) > 1 or many:
            self._open_batch([Path(p) for p in paths])
        if not many:
            self.open_sources([Source(Path(p).name or str(p), path=Path(p)) for p in paths])

    def open_text(self, text: str, name: str | None = None) -> None:
        """Diagnose text (pasted, or given by a caller)."""
        self.open_sources([Source(name or QCoreApplication.translate("MainWindow", "Pasted text"),
                                  data=text.encode("utf-8", "surrogateescape"))])

    def open_sample(self, path: str | Path) -> None:
        """Open one of our own samples (not added to the recent files)."""
        self.open_sources([Source(Path(path).name, path=Path(path))])

    def open_sources(self, items: list[Source]) -> None:
        """Start reading; results replace what the window shows."""
        if not items:
            return
        self.last_sources = list(items)
        self.docs.clear()
        self.view.file_list.clear()
        self.view.file_list.hide()
        self.shown = None
        self.several = len(items) > 1
        self.jobs = set()
        self.pending = {}
        self.opening = True  # jobs started now belong to this batch (a synchronous pool finishes inside submit)
        try:
            for src in items:
                self.reader.submit(src)
        finally:
            self.opening = False

    def open_dropped(self, items: list[Source]) -> None:
        """Dropped files go where File > Open sends them; text and messages from a mail program are read at once."""
        paths = [src.path for src in items if src.path is not None]
        if items and len(paths) == len(items):
            self.open_paths(list(paths))
        else:
            if len(items) > 1:  # several messages from a mail program: the Batch tab too, as for files
                self._open_batch(spool(items))
            self.open_sources(items)

    def paste(self) -> None:
        """Read the clipboard: files, an email message or text."""
        got = read(QGuiApplication.clipboard().mimeData(), QCoreApplication.translate("MainWindow", "Pasted text"),
                   pasted=True)
        self.view.error_panel.show_notice(got.notice)
        if not got.sources and got.notice is None:
            self.problem(
                QCoreApplication.translate("MainWindow", "There is nothing to paste"),
                QCoreApplication.translate(
                    "MainWindow", "The clipboard holds no text. Open the bounce in your mail program, select all its text "
                    "(or view its source), copy it, and paste again."),
            )
            return
        self.open_dropped(got.sources)

    def open_dialog(self) -> None:
        """File > Open."""
        paths = self._ask_open_paths()
        if len(paths) == 1:
            self.view.open_path(paths[0])
        elif paths:
            self.open_paths(paths)

    def message_read_again(self, label: str, item: object) -> None:
        """A batch row's message, read again from its file: shown alone."""
        data, error = getattr(item, "data", None), getattr(item, "error", None)
        self.docs.clear()
        self.view.file_list.clear()
        self.view.file_list.hide()
        if data is None:
            said = problem_text(error if isinstance(error, InputProblem) else None, str(error or ""))
            self.problem(QCoreApplication.translate("MainWindow", "“%1” could not be read again").replace("%1", label),
                         said)
            return
        self.open_sources([Source(label, data=data)])

    def refused_sizes(self) -> list[int]:
        """The size in bytes of each message refused for its size."""
        return [o.problem.size for o in self.docs.values() if o.too_large and o.problem and o.problem.size is not None]

    def read_again_if_refused(self) -> None:
        """After the size limit is raised: read again what was refused for its size."""
        if any(o.too_large for o in self.docs.values()) and self.last_sources:
            self.open_sources(self.last_sources)

    # ---- results

    def busy_changed(self, busy: bool) -> None:
        """Reads quicker than the progress timer show no progress in the status bar."""
        if busy:
            self.view.progress_timer.start()
        else:
            self.view.progress_timer.stop()
            self.view.progress.hide()
            self.view.progress_label.hide()

    def show_progress(self) -> None:
        if self.reader.busy:
            self.view.progress_label.show()
            self.view.progress.show()

    def job_started(self, job: int, name: str) -> None:
        if self.opening:
            self.jobs.add(job)
            self.pending[job] = name
        self.view.progress_label.setText(QCoreApplication.translate("MainWindow", "Reading %1…").replace("%1", name))

    def read_finished(self, job: int, outcomes: list[Outcome]) -> None:
        if job not in self.jobs:
            return
        self.pending.pop(job, None)
        for i, outcome in enumerate(outcomes):
            self.docs[f"{job}:{i}"] = outcome
            if outcome.details:
                self.view.show_error(outcome.details)
        if self.several or len(outcomes) > 1 or len(self.docs) > 1:
            self.fill_file_list()
        if self.shown is None and outcomes:
            self.view._show_doc(f"{job}:0")
        if self.shown is not None:
            self.view.file_list.select_key(self.shown)

    def fill_file_list(self) -> None:
        """The batch's messages in the order they were given, whatever order the reads finish in."""
        file_list = self.view.file_list
        file_list.blockSignals(True)  # rebuilding is not choosing
        file_list.clear()
        for job in sorted(self.jobs):
            if job in self.pending:
                file_list.add_entry(f"{job}:pending", QCoreApplication.translate(
                    "MainWindow", "%1 (reading…)").replace("%1", self.pending[job]))
                continue
            i = 0
            while (outcome := self.docs.get(f"{job}:{i}")) is not None:
                tip = str(outcome.path) if outcome.path else outcome.name
                file_list.add_entry(f"{job}:{i}", outcome.name, tip, failed=outcome.report is None)
                i += 1
        file_list.blockSignals(False)
        file_list.show()

    def show_doc(self, key: str) -> None:
        outcome = self.docs.get(key)
        if outcome is None:
            return
        self.shown = key
        if outcome.report is not None:
            self.show_report(outcome.report, outcome.advice)
            self.show_headers(outcome)
        elif outcome.too_large:
            title = QCoreApplication.translate("MainWindow", "“%1” is too large to read").replace("%1", outcome.name)
            self.problem(title, _too_large_body(outcome.problem), in_list=not self.view.file_list.isHidden(),
                         link=f'<a href="action:limits">{escape(QCoreApplication.translate("MainWindow", "Raise the limit…"))}</a>')
        else:
            title = QCoreApplication.translate("MainWindow", "“%1” could not be read as an email").replace("%1", outcome.name)
            self.problem(title, problem_text(outcome.problem, outcome.error or ""),
                         in_list=not self.view.file_list.isHidden())

    def show_report(self, report: Report, advice: Advice | None = None) -> None:
        v = self.view
        if advice is None:  # the reader works it out; this is only for callers without it
            try:
                advice = advise(report)
            except Exception:  # the answers are extra: the diagnosis shows without them
                advice = None
        self.report = report
        self.advice = advice
        self._hide_draft()
        v.empty_state.clear_message()
        v.stack.setCurrentIndex(1)
        v.tabs.setCurrentIndex(0)
        colors = v.theme.color
        v.bounce_view.set_report(report, colors, evidence_spans(advice))
        v.diagnosis_panel.set_report(report, colors, advice)
        self._enable_drafts()
        self.set_title()
        v.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(True)
        v.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(True)
        v.actions_by_name[Action.CLOSE].setEnabled(True)

    def show_headers(self, outcome: Outcome | None) -> None:
        """The Headers tab, and the diagnosis's sentence on a failed authentication (none without a report)."""
        v = self.view
        analysis = outcome.headers if outcome is not None and outcome.report is not None else None
        v.headers_view.set_analysis(analysis, v.theme.color)
        v.live.set_report(outcome.report if outcome is not None else None, analysis)  # its own live checks
        v.tabs.setTabEnabled(v.tabs.indexOf(v.headers_view), analysis is not None)
        v.actions_by_name[Action.SHOW_HEADERS].setEnabled(analysis is not None)
        if analysis is not None:
            v.diagnosis_panel.set_auth_sentence(analysis.sentence, *sentence_span(analysis))

    def problem(self, title: str, body: str, *, in_list: bool = False, link: str = "") -> None:
        """Say inside the window what went wrong and what to try; never a dialog.

        ``title`` and ``body`` are plain text (a file's name may hold markup); ``link`` is our own HTML
        and replaces the general hint.
        """
        v = self.view
        hint = "" if "paste" in body.lower() else QCoreApplication.translate(
            "MainWindow", "Try this: in your mail program, save the bounce as a file (.eml) and drop it here, or open it, "
            "select all its text, copy and paste it here."
        )
        title, body, hint = escape(title), escape(body), link or escape(hint)
        self.report = None
        self.advice = None
        self._hide_draft()
        self._enable_drafts()
        v.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        self.show_headers(None)
        v.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(False)
        v.tabs.setCurrentIndex(0)
        if in_list:
            v.stack.setCurrentIndex(1)
            v.bounce_view.set_report(None, v.theme.color)
            v.diagnosis_panel.setHtml(f"<h3>{title}</h3><p>{body}</p><p>{hint}</p>")
            return
        v.stack.setCurrentIndex(0)
        v.empty_state.show_message(title, f"{body}<br><br>{hint}" if hint else body)
        v.setWindowTitle(QCoreApplication.translate("MainWindow", "Bounce Doctor"))

    def close_message(self) -> None:
        """Back to the empty window."""
        v = self.view
        self.docs.clear()
        self.jobs = set()
        v.file_list.clear()
        v.file_list.hide()
        self.report = None
        self.advice = None
        self._hide_draft()
        self._enable_drafts()
        v.bounce_view.set_report(None, v.theme.color)
        v.diagnosis_panel.set_report(None, v.theme.color)
        self.show_headers(None)
        v.empty_state.clear_message()
        v.stack.setCurrentIndex(0)
        v.setWindowTitle(QCoreApplication.translate("MainWindow", "Bounce Doctor"))
        v.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        v.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(False)
        v.actions_by_name[Action.CLOSE].setEnabled(False)

    def current_report(self) -> Report | None:
        """The report shown, if any."""
        return self.report

    def current_advice(self) -> Advice | None:
        """The answers for the report shown, if any."""
        return self.advice

    def set_title(self) -> None:
        """The window's title names the bounce shown."""
        if self.report is not None:
            self.view.setWindowTitle(QCoreApplication.translate("MainWindow", "%1 — Bounce Doctor").replace(
                "%1", self.report.name or QCoreApplication.translate("MainWindow", "Pasted text")))
        else:
            self.view.setWindowTitle(QCoreApplication.translate("MainWindow", "Bounce Doctor"))

    def copy_diagnosis(self) -> None:
        """Put the diagnosis on the clipboard as plain text."""
        if self.report is not None:
            QGuiApplication.clipboard().setText(report_text(self.report, self.advice))
            self.view.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The diagnosis is on the clipboard."), 4000)


def _too_large_body(problem: InputProblem | None) -> str:
    """How large the message is and the limit (from the engine's numbers); the window has its own way to raise it."""
    said = ""
    if problem is not None and problem.size is not None and problem.limit is not None:
        mb, size_bytes = QCoreApplication.translate("MainWindow", "MB"), QCoreApplication.translate("MainWindow", "bytes")
        size, limit = size_words(problem.size, problem.limit)
        said = QCoreApplication.translate(
            "MainWindow", "The message is %1, larger than the limit of %2 for one message.").replace(
            "%1", size.replace("MB", mb).replace("bytes", size_bytes)).replace("%2", limit.replace("MB", mb))
    return QCoreApplication.translate(
        "MainWindow", "%1 To read it anyway, raise the limit: the file is then read again.").replace("%1", said).strip()
