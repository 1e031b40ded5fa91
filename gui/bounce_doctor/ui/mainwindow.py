"""The main window: owns the actions and menus, and wires the widgets together in one place."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine import Catalog, Report, default_catalog
from ..engine.advice import Advice, advise
from ..engine.limits import DEFAULT_LIMITS, Limits
from ..output.batch import BatchRow, RunningCounts, counts, looks_like_batch
from ..output.csvout import batch_csv
from ..output.exports import DIAGNOSIS_FORMATS, batch_json, report_html
from ..output.text import report_text
from ..resources import resource
from .auth_html import sentence_span
from .batch_charts import BatchCharts
from .batch_model import BatchModel
from .batch_view import BatchView
from .batch_worker import BatchLoader, LoadSummary
from .bounce_view import BounceView
from .diagnosis_panel import DiagnosisPanel, draft_kinds, evidence_spans
from .draft_dialog import DraftDialog
from .drop_area import DropArea
from .empty_state import EmptyState
from .error_panel import ErrorPanel
from .export_names import chosen_format, export_folder, suggested_path
from .file_list import FileList
from .guide_dialog import GuideDialog
from .headers_view import HeadersView
from .i18n import LANGUAGES, Language
from .legend import Legend
from .limits_dialog import LimitsDialog, refused_bytes
from .live_checks import LiveChecks
from .live_panel import LivePanel
from .mime_input import Source, read, spool
from .reference_model import ReferenceModel
from .reference_view import ReferenceView
from .saving import pdf_bytes, save_bytes
from .settings import Settings
from .theme import Theme
from .workers import Outcome, Reader

PROGRESS_DELAY_MS = 300  # reads quicker than this show no progress
FILE_LIST_MAX = 20  # up to this many files opened at once also go into the list beside the bounce
CHART_DELAY_MS = 1000  # the charts redraw at most this often while a batch loads


class Action(StrEnum):
    """Every action of the window, by name."""

    OPEN = "open"
    OPEN_FOLDER = "open_folder"
    EXPORT_DIAGNOSIS = "export_diagnosis"
    EXPORT_BATCH = "export_batch"
    PASTE = "paste"
    CLOSE = "close"
    QUIT = "quit"
    COPY_DIAGNOSIS = "copy_diagnosis"
    FIND_CODE = "find_code"
    SHOW_DIAGNOSIS = "show_diagnosis"
    SHOW_REFERENCE = "show_reference"
    SHOW_HEADERS = "show_headers"
    SIZE_LIMIT = "size_limit"
    ABOUT = "about"
    GUIDE = "guide"  # How do I get my bounce in?
    DRAFT_RECIPIENT = "draft_recipient"
    DRAFT_PROVIDER = "draft_provider"
    DRAFT_DELISTING = "draft_delisting"


_DRAFT_ACTIONS = {"recipient": Action.DRAFT_RECIPIENT, "provider": Action.DRAFT_PROVIDER,
                  "delisting": Action.DRAFT_DELISTING}


def samples() -> list[tuple[str, Path]]:
    """The samples of Help > Try a sample, as (title, path), in menu order (the submenus' too)."""
    return [(title, path) for title, path, _group in grouped_samples()]


def grouped_samples() -> list[tuple[str, Path, str]]:
    """The samples as (title, path, group): group "" is the menu itself, "languages" its submenu."""
    folder = resource("samples")
    data = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    return [(s["title"], folder / s["file"], s.get("group", "")) for s in data.get("sample", [])]


class MainWindow(QMainWindow):
    """A bounce on the left, its diagnosis on the right, and the code reference in a second tab."""

    def __init__(
        self,
        settings: Settings,
        theme: Theme,
        pool: QThreadPool | None = None,
        catalog: Catalog | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.theme = theme
        self.catalog = catalog or default_catalog()
        self.language = language if language is not None else Language(self.catalog, self)
        self.reader = Reader(pool, self)
        self._pool = pool
        self._docs: dict[str, Outcome] = {}
        self._batch: set[int] = set()  # jobs of the current open; older results are dropped
        self._shown: str | None = None
        self._opening = False
        self._several = False
        self._pending: dict[int, str] = {}  # jobs of the batch still being read, with their names
        self._report: Report | None = None
        self._advice: Advice | None = None
        self.draft_dialog: DraftDialog | None = None  # made on first use
        self._last_sources: list[Source] = []  # what the last open read (read again after the limit is raised)

        self._build_widgets()
        self.actions_by_name: dict[Action, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self.retranslate()
        self._apply_colors()
        self._restore()

    # ---- building

    def _build_widgets(self) -> None:
        self.empty_state = EmptyState()
        self.file_list = FileList()
        self.file_list.hide()
        self.legend = Legend()
        self.bounce_view = BounceView()
        self.diagnosis_panel = DiagnosisPanel()
        self.diagnosis_panel.setMinimumWidth(360)  # stays readable however the splitter is dragged

        bounce_column = QWidget()
        column = QVBoxLayout(bounce_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.bounce_view, 1)
        column.addWidget(self.legend)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.file_list)
        self.main_splitter.addWidget(bounce_column)
        self.live_panel = LivePanel()  # the live checks, under the diagnosis and apart from it
        self.live = LiveChecks(self.settings, self.live_panel, self._pool, self)
        diagnosis_column = QWidget()
        right = QVBoxLayout(diagnosis_column)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.diagnosis_panel, 3)
        right.addWidget(self.live_panel, 2)
        self.main_splitter.addWidget(diagnosis_column)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 5)
        self.main_splitter.setStretchFactor(2, 4)
        self.main_splitter.setSizes([200, 700, 500])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.main_splitter)

        self.reference_model = ReferenceModel(self.language.catalog.codes, self)
        self.reference_view = ReferenceView(self.reference_model)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, "")
        self.tabs.addTab(self.reference_view, "")
        self.headers_view = HeadersView()
        self.tabs.insertTab(1, self.headers_view, "")
        self.tabs.setTabEnabled(1, False)
        self._build_batch()

        self.error_panel = ErrorPanel()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(self.error_panel)
        content_layout.addWidget(self.tabs, 1)
        self.drop_area = DropArea(content)
        self.setCentralWidget(self.drop_area)
        self.setAcceptDrops(False)  # the drop area takes them

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.progress.hide()
        self.progress_label.hide()
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)

        self.setTabOrder(self.file_list, self.bounce_view)
        self.setTabOrder(self.bounce_view, self.diagnosis_panel)
        self.setTabOrder(self.diagnosis_panel, self.live_panel.check_button)

    def _action(self, name: Action, key: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name.value}")
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)
        elif key:
            action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.actions_by_name[name] = action
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self._action(Action.OPEN, sk.Open)
        self._action(Action.OPEN_FOLDER, "Ctrl+Shift+O")
        self._action(Action.PASTE, sk.Paste)
        self._action(Action.EXPORT_DIAGNOSIS, "Ctrl+E").setEnabled(False)
        self._action(Action.EXPORT_BATCH, "Ctrl+Shift+E").setEnabled(False)
        self._action(Action.CLOSE, sk.Close)
        self._action(Action.QUIT, sk.Quit).setMenuRole(QAction.MenuRole.QuitRole)
        self._action(Action.COPY_DIAGNOSIS, "Ctrl+Shift+C")
        self._action(Action.FIND_CODE, sk.Find)
        self._action(Action.SHOW_DIAGNOSIS, "Ctrl+1")
        self._action(Action.SHOW_REFERENCE, sk.HelpContents)
        self._action(Action.SHOW_HEADERS, "Ctrl+3").setEnabled(False)
        self._action(Action.SIZE_LIMIT, None)
        self._action(Action.ABOUT, None).setMenuRole(QAction.MenuRole.AboutRole)
        self._action(Action.GUIDE, None)
        self._action(Action.DRAFT_RECIPIENT)
        self._action(Action.DRAFT_PROVIDER)
        self._action(Action.DRAFT_DELISTING)
        self._enable_drafts()
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        self.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(False)
        self.actions_by_name[Action.CLOSE].setEnabled(False)
        self.actions_by_name[Action.SHOW_REFERENCE].setShortcuts(
            [*QKeySequence.keyBindings(sk.HelpContents), QKeySequence("Ctrl+2")]
        )

    def _action_texts(self) -> dict[Action, str]:
        return {
            Action.OPEN: self.tr("&Open…"),
            Action.PASTE: self.tr("&Paste a bounce"),
            Action.CLOSE: self.tr("&Close"),
            Action.QUIT: self.tr("&Quit"),
            Action.COPY_DIAGNOSIS: self.tr("Copy &diagnosis"),
            Action.FIND_CODE: self.tr("&Find a code…"),
            Action.SHOW_DIAGNOSIS: self.tr("&Diagnosis"),
            Action.SHOW_REFERENCE: self.tr("Code &reference"),
            Action.SHOW_HEADERS: self.tr("&Headers"),
            Action.OPEN_FOLDER: self.tr("Open &Folder…"),
            Action.EXPORT_DIAGNOSIS: self.tr("&Export diagnosis…"),
            Action.EXPORT_BATCH: self.tr("Export &batch…"),
            Action.SIZE_LIMIT: self.tr("Size &limit…"),
            Action.ABOUT: self.tr("&About Bounce Doctor"),
            Action.GUIDE: self.tr("&How do I get my bounce in?"),
            Action.DRAFT_RECIPIENT: self.tr("For the &recipient…"),
            Action.DRAFT_PROVIDER: self.tr("For your &IT or provider…"),
            Action.DRAFT_DELISTING: self.tr("A &delisting request…"),
        }

    def retranslate(self) -> None:
        """Set every text the window owns in the current language (at start and on LanguageChange)."""
        for name, label in self._action_texts().items():
            self.actions_by_name[name].setText(label)
        menus = (
            (self.file_menu, self.tr("&File")),
            (self.recent_menu, self.tr("Open &Recent")),
            (self.edit_menu, self.tr("&Edit")),
            (self.view_menu, self.tr("&View")),
            (self.theme_menu, self.tr("&Theme")),
            (self.language_menu, self.tr("&Language")),
            (self.help_menu, self.tr("&Help")),
            (self.draft_menu, self.tr("&Write a message")),
            (self.sample_menu, self.tr("&Try a sample")),
        )
        for menu, title in menus:
            menu.setTitle(title)
        for choice, label in (("system", self.tr("&System")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))):
            self.theme_actions[choice].setText(label)
        self.language_actions["system"].setText(self.tr("&System language"))
        if self.sample_language_menu is not None:
            self.sample_language_menu.setTitle(self.tr("In other &languages"))
        for menu in (self.sample_menu, self.sample_language_menu):
            for action in menu.actions() if menu is not None else ():
                if action.property("source_title"):
                    action.setText(QCoreApplication.translate("samples", action.property("source_title")))
        self.tabs.setTabText(self.tabs.indexOf(self.stack), self.tr("&Diagnosis"))
        self.tabs.setTabText(self.tabs.indexOf(self.headers_view), self.tr("He&aders"))
        self.tabs.setTabText(self.tabs.indexOf(self.reference_view), self.tr("Code &reference"))
        self.tabs.setTabText(self.tabs.indexOf(self.batch_splitter), self.tr("&Batch"))
        if self._batch_status is not None:
            self.batch_view.set_status(self._batch_status())
        self.progress.setAccessibleName(self.tr("Reading"))
        self.live.retranslate()
        self.reference_model.set_entries(self.language.catalog.codes)
        self._set_title()
        self._readvise()

    def _readvise(self) -> None:
        """The answers are sentences in the language they were worked out in: work them out again."""
        for key, outcome in self._docs.items():
            if outcome.advice is not None:
                self._docs[key] = replace(outcome, advice=None)  # worked out again when shown
        if self._report is not None and self._advice is not None:
            try:
                self._advice = advise(self._report)
            except Exception:  # the answers are extra: keep the ones shown
                return
            self.diagnosis_panel.set_advice(self._advice)

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_actions"):
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, choice: str) -> None:
        """View > Language: the system's, English or Russian (remembered; the window changes at once)."""
        self.settings.set_value("view/language", choice)
        self.language_actions.get(choice, self.language_actions["system"]).setChecked(True)
        self.language.apply(choice)

    def _set_title(self) -> None:
        if self._report is not None:
            self.setWindowTitle(
                self.tr("%1 — Bounce Doctor").replace("%1", self._report.name or self.tr("Pasted text"))
            )
        else:
            self.setWindowTitle(self.tr("Bounce Doctor"))

    def _build_menus(self) -> None:
        a = self.actions_by_name
        file_menu = self.file_menu = self.menuBar().addMenu("")
        file_menu.addAction(a[Action.OPEN])
        file_menu.addAction(a[Action.OPEN_FOLDER])
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(a[Action.PASTE])
        file_menu.addSeparator()
        file_menu.addAction(a[Action.EXPORT_DIAGNOSIS])
        file_menu.addAction(a[Action.EXPORT_BATCH])
        file_menu.addSeparator()
        file_menu.addAction(a[Action.CLOSE])
        file_menu.addAction(a[Action.QUIT])

        edit_menu = self.edit_menu = self.menuBar().addMenu("")
        edit_menu.addAction(a[Action.PASTE])
        edit_menu.addAction(a[Action.COPY_DIAGNOSIS])
        draft_menu = self.draft_menu = edit_menu.addMenu("")
        draft_menu.setObjectName("draftMenu")
        for action in _DRAFT_ACTIONS.values():
            draft_menu.addAction(a[action])
        edit_menu.addSeparator()
        edit_menu.addAction(a[Action.FIND_CODE])

        view_menu = self.view_menu = self.menuBar().addMenu("")
        view_menu.addAction(a[Action.SHOW_DIAGNOSIS])
        view_menu.addAction(a[Action.SHOW_HEADERS])
        view_menu.addAction(a[Action.SHOW_REFERENCE])
        view_menu.addSeparator()
        theme_menu = self.theme_menu = view_menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice in ("system", "light", "dark"):
            action = theme_menu.addAction("")
            action.setCheckable(True)
            action.setData(choice)
            action.setObjectName(f"action_theme_{choice}")
            self.theme_group.addAction(action)
            self.theme_actions[choice] = action
        view_menu.addAction(a[Action.SIZE_LIMIT])
        view_menu.addAction(self.live.always_action)
        self.language_menu = view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for choice in ("system", *LANGUAGES):
            action = self.language_menu.addAction(LANGUAGES.get(choice, ""))  # each language in its own words
            action.setCheckable(True)
            action.setData(choice)
            action.setObjectName(f"action_language_{choice}")
            self.language_group.addAction(action)
            self.language_actions[choice] = action
            if choice == "system":
                self.language_menu.addSeparator()

        help_menu = self.help_menu = self.menuBar().addMenu("")
        help_menu.addAction(a[Action.GUIDE])
        self.sample_menu = help_menu.addMenu("")
        self.sample_menu.setObjectName("sampleMenu")
        self.sample_language_menu = None
        for title, path, group in grouped_samples():
            menu = self.sample_menu
            if group == "languages":
                if self.sample_language_menu is None:
                    self.sample_menu.addSeparator()
                    self.sample_language_menu = self.sample_menu.addMenu("")
                    self.sample_language_menu.setObjectName("sampleLanguageMenu")
                menu = self.sample_language_menu
            action = menu.addAction(title)
            action.setProperty("source_title", title)
            action.setData(str(path))
            action.triggered.connect(lambda _=False, path=str(path): self.open_sample(path))
        help_menu.addAction(a[Action.SHOW_REFERENCE])
        help_menu.addSeparator()
        help_menu.addAction(a[Action.ABOUT])

    def _connect_signals(self) -> None:
        """Every connection between the widgets, the actions and the reader."""
        a = self.actions_by_name
        a[Action.OPEN].triggered.connect(self.open_dialog)
        a[Action.PASTE].triggered.connect(self.paste)
        a[Action.CLOSE].triggered.connect(self.close_message)
        a[Action.QUIT].triggered.connect(self.close)
        a[Action.COPY_DIAGNOSIS].triggered.connect(self.copy_diagnosis)
        a[Action.FIND_CODE].triggered.connect(self.find_code)
        a[Action.SHOW_DIAGNOSIS].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a[Action.SHOW_REFERENCE].triggered.connect(self.show_reference)
        a[Action.SHOW_HEADERS].triggered.connect(lambda: self.tabs.setCurrentWidget(self.headers_view))
        a[Action.ABOUT].triggered.connect(self.about)
        a[Action.GUIDE].triggered.connect(lambda: GuideDialog.show_for(self))
        for kind, action in _DRAFT_ACTIONS.items():
            a[action].triggered.connect(lambda _=False, kind=kind: self.show_draft(kind))
        a[Action.SIZE_LIMIT].triggered.connect(self.ask_size_limit)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        self.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.theme.changed.connect(self._apply_colors)

        self.drop_area.sources_dropped.connect(self._open_dropped)
        self.drop_area.notice_given.connect(self.error_panel.show_notice)
        self.drop_area.hint.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.empty_state.paste_clicked.connect(self.paste)
        self.empty_state.open_clicked.connect(self.open_dialog)
        self.empty_state.sample_clicked.connect(self._sample_button)
        self.empty_state.link_activated.connect(self._action_link)
        self.empty_state.guide_clicked.connect(a[Action.GUIDE].trigger)
        self.diagnosis_panel.action_requested.connect(self._action_link)
        self.file_list.item_chosen.connect(self._show_doc)
        self.diagnosis_panel.finding_clicked.connect(self.select_finding)
        self.diagnosis_panel.reference_requested.connect(self.show_reference_entry)
        self.diagnosis_panel.draft_requested.connect(self.show_draft)
        self.diagnosis_panel.address_copied.connect(
            lambda address: self.statusBar().showMessage(self.tr("%1 is on the clipboard.").replace("%1", address), 4000)
        )
        self.bounce_view.code_activated.connect(self.show_code)
        self.headers_view.span_selected.connect(self.select_finding)

        self.reader.finished.connect(self._read_finished)
        self.reader.busy_changed.connect(self._busy_changed)
        self.reader.started.connect(self._job_started)
        self._progress_timer.timeout.connect(self._show_progress)

        a[Action.OPEN_FOLDER].triggered.connect(self.open_folder_dialog)
        a[Action.EXPORT_DIAGNOSIS].triggered.connect(self.export_diagnosis)
        a[Action.EXPORT_BATCH].triggered.connect(self.export_batch)
        self.batch_view.row_activated.connect(self.open_batch_row)
        self.batch_view.cancel_requested.connect(self.batch_loader.cancel)
        self.batch_view.filter_changed.connect(self._chart_timer.start)
        self.batch_loader.rows_ready.connect(self._batch_rows)
        self.batch_loader.progress.connect(self._batch_progress)
        self.batch_loader.finished.connect(self._batch_finished)
        self.batch_loader.message_read.connect(self._batch_message_read)
        self._chart_timer.timeout.connect(self._update_charts)

    # ---- opening

    def open_path(self, path: str | Path) -> None:
        """Read a file (in the background) and show its diagnosis; a folder or an mbox opens the batch view."""
        path = Path(path)
        if path.is_file():
            self.settings.add_recent(path)
        if looks_like_batch(path):
            self.open_batch([path])
            return
        self.open_sources([Source(path.name or str(path), path=path)])

    def open_paths(self, paths: list[str | Path]) -> None:
        """Open several files: they fill the batch view, and a few of them also the list beside the bounce."""
        for p in paths:
            if Path(p).is_file():
                self.settings.add_recent(p)
        many = any(looks_like_batch(Path(p)) for p in paths) or len(paths) > FILE_LIST_MAX
        if len(paths) > 1 or many:
            self.open_batch([Path(p) for p in paths])
        if not many:
            self.open_sources([Source(Path(p).name or str(p), path=Path(p)) for p in paths])

    def open_text(self, text: str, name: str | None = None) -> None:
        """Diagnose text (pasted, or given by a caller)."""
        self.open_sources([Source(name or self.tr("Pasted text"), data=text.encode("utf-8", "surrogateescape"))])

    def open_sample(self, path: str | Path) -> None:
        """Open one of our own samples (not added to the recent files)."""
        self.open_sources([Source(Path(path).name, path=Path(path))])

    def open_sources(self, items: list[Source]) -> None:
        """Start reading; results replace what the window shows."""
        if not items:
            return
        self._last_sources = list(items)
        self._docs.clear()
        self.file_list.clear()
        self.file_list.hide()
        self._shown = None
        self._several = len(items) > 1
        self._batch = set()
        self._pending = {}
        self._opening = True  # jobs started now belong to this batch (a synchronous pool finishes inside submit)
        try:
            for src in items:
                self.reader.submit(src)
        finally:
            self._opening = False

    def _open_dropped(self, items: list[Source]) -> None:
        """Dropped files go where File > Open sends them; text and messages from a mail program are read at once."""
        paths = [src.path for src in items if src.path is not None]
        if items and len(paths) == len(items):
            self.open_paths(list(paths))
        else:
            if len(items) > 1:  # several messages from a mail program: the Batch tab too, as for files
                self.open_batch(spool(items))
            self.open_sources(items)

    def paste(self) -> None:
        """Read the clipboard: files, an email message or text."""
        got = read(QGuiApplication.clipboard().mimeData(), self.tr("Pasted text"), pasted=True)
        self.error_panel.show_notice(got.notice)
        if not got.sources and got.notice is None:
            self._problem(
                self.tr("There is nothing to paste"),
                self.tr("The clipboard holds no text. Open the bounce in your mail program, select all its text "
                        "(or view its source), copy it, and paste again."),
            )
            return
        self._open_dropped(got.sources)

    def open_dialog(self) -> None:
        """File > Open."""
        paths = self._ask_open_paths()
        if len(paths) == 1:
            self.open_path(paths[0])
        elif paths:
            self.open_paths(paths)

    def _ask_open_paths(self) -> list[str]:
        """The file dialog (a seam that tests replace)."""
        start = self.settings.recent_files()[:1]
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open a bounce"),
            str(Path(start[0]).parent) if start else "",
            self.tr("Email files (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)"),
        )
        return paths

    def _sample_button(self) -> None:
        """The empty window's "Try a sample" offers the same list as Help > Try a sample."""
        button = self.empty_state.sample_button
        self.sample_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for i, f in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(f).name}" if i <= 10 else Path(f).name)
            action.setToolTip(f)
            action.setStatusTip(f)
            action.triggered.connect(lambda _=False, f=f: self.open_path(f))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear the list"), self.settings.clear_recent)

    # ---- results

    def _job_started(self, job: int, name: str) -> None:
        if self._opening:
            self._batch.add(job)
            self._pending[job] = name
        self.progress_label.setText(self.tr("Reading %1…").replace("%1", name))

    def _read_finished(self, job: int, outcomes: list[Outcome]) -> None:
        if job not in self._batch:
            return
        self._pending.pop(job, None)
        for i, outcome in enumerate(outcomes):
            self._docs[f"{job}:{i}"] = outcome
            if outcome.details:
                self.show_error(outcome.details)
        if self._several or len(outcomes) > 1 or len(self._docs) > 1:
            self._fill_file_list()
        if self._shown is None and outcomes:
            self._show_doc(f"{job}:0")
        if self._shown is not None:
            self.file_list.select_key(self._shown)

    def _fill_file_list(self) -> None:
        """The batch's messages in the order they were given, whatever order the reads finish in."""
        self.file_list.blockSignals(True)  # rebuilding is not choosing
        self.file_list.clear()
        for job in sorted(self._batch):
            if job in self._pending:
                self.file_list.add_entry(f"{job}:pending", self.tr("%1 (reading…)").replace("%1", self._pending[job]))
                continue
            i = 0
            while (outcome := self._docs.get(f"{job}:{i}")) is not None:
                tip = str(outcome.path) if outcome.path else outcome.name
                self.file_list.add_entry(f"{job}:{i}", outcome.name, tip, failed=outcome.report is None)
                i += 1
        self.file_list.blockSignals(False)
        self.file_list.show()

    def _show_doc(self, key: str) -> None:
        outcome = self._docs.get(key)
        if outcome is None:
            return
        self._shown = key
        if outcome.report is not None:
            self._show_report(outcome.report, outcome.advice)
            self._show_headers(outcome)
        elif outcome.too_large:
            title = self.tr("“%1” is too large to read").replace("%1", outcome.name)
            # the engine's first sentence says how large; the window has its own way to raise the limit
            said = (outcome.error or "").split(" To read it anyway", 1)[0]
            sizes = re.search(r" is (.+?), larger than the limit of (.+?) for one message", said)
            if sizes:
                said = self.tr("The message is %1, larger than the limit of %2 for one message.").replace(
                    "%1", sizes[1].replace("MB", self.tr("MB")).replace("bytes", self.tr("bytes"))).replace(
                    "%2", sizes[2].replace("MB", self.tr("MB")))
            body = self.tr("%1 To read it anyway, raise the limit: the file is then read again.").replace("%1", said)
            link = f'<a href="action:limits">{escape(self.tr("Raise the limit…"))}</a>'
            self._problem(title, body, in_list=not self.file_list.isHidden(), link=link)
        else:
            title = self.tr("“%1” could not be read as an email").replace("%1", outcome.name)
            self._problem(title, outcome.error or "", in_list=not self.file_list.isHidden())

    def _show_report(self, report: Report, advice: Advice | None = None) -> None:
        if advice is None:  # the reader works it out; this is only for callers without it
            try:
                advice = advise(report)
            except Exception:  # the answers are extra: the diagnosis shows without them
                advice = None
        self._report = report
        self._advice = advice
        self._hide_draft()
        self.empty_state.clear_message()
        self.stack.setCurrentIndex(1)
        self.tabs.setCurrentIndex(0)
        colors = self.theme.color
        self.bounce_view.set_report(report, colors, evidence_spans(advice))
        self.diagnosis_panel.set_report(report, colors, advice)
        self._enable_drafts()
        self._set_title()
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(True)
        self.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(True)
        self.actions_by_name[Action.CLOSE].setEnabled(True)

    def _show_headers(self, outcome: Outcome | None) -> None:
        """The Headers tab, and the diagnosis's sentence on a failed authentication (none without a report)."""
        analysis = outcome.headers if outcome is not None and outcome.report is not None else None
        self.headers_view.set_analysis(analysis, self.theme.color)
        self.live.set_report(outcome.report if outcome is not None else None, analysis)  # its own live checks
        self.tabs.setTabEnabled(self.tabs.indexOf(self.headers_view), analysis is not None)
        self.actions_by_name[Action.SHOW_HEADERS].setEnabled(analysis is not None)
        if analysis is not None:
            self.diagnosis_panel.set_auth_sentence(analysis.sentence, *sentence_span(analysis))

    def _problem(self, title: str, body: str, *, in_list: bool = False, link: str = "") -> None:
        """Say inside the window what went wrong and what to try; never a dialog.

        ``title`` and ``body`` are plain text (a file's name may hold markup); ``link`` is our own HTML
        and replaces the general hint.
        """
        hint = "" if "paste" in body.lower() else self.tr(
            "Try this: in your mail program, save the bounce as a file (.eml) and drop it here, or open it, "
            "select all its text, copy and paste it here."
        )
        title, body, hint = escape(title), escape(body), link or escape(hint)
        self._report = None
        self._advice = None
        self._hide_draft()
        self._enable_drafts()
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        self._show_headers(None)
        self.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(False)
        self.tabs.setCurrentIndex(0)
        if in_list:
            self.stack.setCurrentIndex(1)
            self.bounce_view.set_report(None, self.theme.color)
            self.diagnosis_panel.setHtml(f"<h3>{title}</h3><p>{body}</p><p>{hint}</p>")
            return
        self.stack.setCurrentIndex(0)
        self.empty_state.show_message(title, f"{body}<br><br>{hint}" if hint else body)
        self.setWindowTitle(self.tr("Bounce Doctor"))

    def close_message(self) -> None:
        """Back to the empty window."""
        self._docs.clear()
        self._batch = set()
        self.file_list.clear()
        self.file_list.hide()
        self._report = None
        self._advice = None
        self._hide_draft()
        self._enable_drafts()
        self.bounce_view.set_report(None, self.theme.color)
        self.diagnosis_panel.set_report(None, self.theme.color)
        self._show_headers(None)
        self.empty_state.clear_message()
        self.stack.setCurrentIndex(0)
        self.setWindowTitle(self.tr("Bounce Doctor"))
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        self.actions_by_name[Action.EXPORT_DIAGNOSIS].setEnabled(False)
        self.actions_by_name[Action.CLOSE].setEnabled(False)

    def current_report(self) -> Report | None:
        """The report shown, if any."""
        return self._report

    def current_advice(self) -> Advice | None:
        """The answers for the report shown, if any."""
        return self._advice

    # ---- ready-to-send texts

    def show_draft(self, kind: str, recipient: int = -1) -> None:
        """Open the non-modal draft window with a text for the recipient, the provider or a blocklist."""
        if self._report is None or self._advice is None or kind not in draft_kinds(self._report, self._advice, recipient):
            return
        if self.draft_dialog is None:
            self.draft_dialog = DraftDialog(self)
        self.draft_dialog.set_draft(self._report, self._advice, kind, None if recipient < 0 else recipient)
        self.draft_dialog.show()
        self.draft_dialog.raise_()
        self.draft_dialog.activateWindow()

    def _hide_draft(self) -> None:
        """A draft belongs to the bounce it was written for."""
        if self.draft_dialog is not None:
            self.draft_dialog.hide()

    def _enable_drafts(self) -> None:
        kinds = draft_kinds(self._report, self._advice)
        for kind, action in _DRAFT_ACTIONS.items():
            self.actions_by_name[action].setEnabled(kind in kinds)
    # ---- limits and errors

    def limits(self) -> Limits:
        """The engine's limits with the size limit of the settings."""
        return DEFAULT_LIMITS.with_max_size_mb(self.settings.value("limits/max_size_mb"))

    def ask_size_limit(self) -> None:
        """View > Size limit…: ask for the size limit; a message refused for its size is read again."""
        refused = refused_bytes(o.error or "" for o in self._docs.values() if o.too_large)
        dialog = LimitsDialog(self.settings.value("limits/max_size_mb"), self, refused)
        if self._exec_dialog(dialog):
            self.set_size_limit(dialog.size_mb())

    def _exec_dialog(self, dialog: LimitsDialog) -> bool:
        """Run a dialog (a seam that tests replace)."""
        return dialog.exec() == LimitsDialog.DialogCode.Accepted

    def set_size_limit(self, mb: int) -> None:
        """Store the size limit; read again what was refused for its size."""
        self.settings.set_value("limits/max_size_mb", int(mb))
        self.reader.limits = self.limits()
        if any(o.too_large for o in self._docs.values()) and self._last_sources:
            self.open_sources(self._last_sources)

    def _action_link(self, href: str) -> None:
        """A link of ours inside a message ("action:limits")."""
        if href.removeprefix("action:") == "limits":
            self.ask_size_limit()

    def show_error(self, details: str) -> None:
        """An unexpected error: the one error panel says so and keeps the details; the window goes on."""
        self.error_panel.show_error(details)

    # ---- findings and the reference

    def select_finding(self, start: int, end: int) -> None:
        """Select a finding in the bounce and scroll to it."""
        self.tabs.setCurrentIndex(0)
        self.bounce_view.select_span(start, end)
        self.bounce_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_code(self, code: str) -> None:
        """Open the entry that explains a code found in the bounce."""
        status = code if "." in code else None
        reply = None if status else code
        best = self.catalog.explain(status, reply).best
        if best is not None:
            self.show_reference_entry(best.key)

    def show_reference_entry(self, key: str) -> None:
        """Open the code reference at one entry."""
        self.tabs.setCurrentWidget(self.reference_view)
        self.reference_view.show_entry(key)

    def show_reference(self) -> None:
        """F1: the code reference, ready to search."""
        self.tabs.setCurrentWidget(self.reference_view)
        self.reference_view.focus_search()

    def find_code(self) -> None:
        """Ctrl+F: search the code reference."""
        self.show_reference()

    def copy_diagnosis(self) -> None:
        """Put the diagnosis on the clipboard as plain text."""
        if self._report is not None:
            QGuiApplication.clipboard().setText(report_text(self._report, self._advice))
            self.statusBar().showMessage(self.tr("The diagnosis is on the clipboard."), 4000)

    def about(self) -> None:
        """A short About box."""
        QMessageBox.about(
            self,
            self.tr("About Bounce Doctor"),
            self.tr("<p><b>Bounce Doctor %1</b></p><p>Explains bounced emails in plain language. "
                    "Everything happens on this computer.</p><p>GPL-3.0-or-later</p>").replace(
                "%1", QCoreApplication.applicationVersion()),
        )

    # ---- progress, theme, settings

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
            self.progress.hide()
            self.progress_label.hide()

    def _show_progress(self) -> None:
        if self.reader.busy:
            self.progress_label.show()
            self.progress.show()

    def set_theme(self, choice: str) -> None:
        """View > Theme: system, light or dark (remembered)."""
        self.settings.set_value("view/theme", choice)
        self.theme_actions.get(choice, self.theme_actions["system"]).setChecked(True)
        self.theme.apply(choice)

    def _apply_colors(self) -> None:
        colors = self.theme.color
        self.legend.set_colors(colors)
        self.empty_state.set_colors(colors)
        self.error_panel.set_colors(colors)
        self.bounce_view.set_colors(colors)
        self.headers_view.set_colors(colors)
        self.batch_charts.set_colors(colors)
        self.live_panel.set_colors(colors)
        if self._report is not None:
            self.diagnosis_panel.set_colors(colors)

    def _restore(self) -> None:
        s = self.settings
        self.reader.limits = self.limits()
        geometry = s.value("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = s.value("window/main_splitter")
        if not state.isEmpty():
            self.main_splitter.restoreState(state)
        self.reference_view.restore_state(s.value("window/reference_splitter"))
        self.headers_view.restore_state(s.value("window/headers_splitter"))
        choice = s.value("view/theme")
        self.theme_actions.get(choice, self.theme_actions["system"]).setChecked(True)
        choice = s.value("view/language")
        self.language_actions.get(choice, self.language_actions["system"]).setChecked(True)
        self.empty_state.set_paste_shortcut(
            QKeySequence(QKeySequence.StandardKey.Paste).toString(QKeySequence.SequenceFormat.NativeText)
        )

    def save_settings(self) -> None:
        """Remember the window size and the splitters."""
        s = self.settings
        s.set_value("window/geometry", self.saveGeometry())
        s.set_value("window/main_splitter", self.main_splitter.saveState())
        s.set_value("window/reference_splitter", self.reference_view.save_state())
        s.set_value("window/headers_splitter", self.headers_view.save_state())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings and let running reads finish."""
        self.save_settings()
        self.batch_loader.cancel()
        self.batch_loader.wait(5000)
        self.reader.wait(5000)
        super().closeEvent(event)

    # ---- the batch view: many messages at once

    def _build_batch(self) -> None:
        """The Batch tab (hidden until a batch is opened): the table above, the charts below."""
        self.batch_model = BatchModel(self)
        self.batch_view = BatchView(self.batch_model)
        self.batch_charts = BatchCharts()
        self.batch_charts.set_colors(self.theme.color)
        self.batch_splitter = QSplitter(Qt.Orientation.Vertical)
        self.batch_splitter.setObjectName("batchSplitter")
        self.batch_splitter.addWidget(self.batch_view)
        self.batch_splitter.addWidget(self.batch_charts)
        self.batch_splitter.setChildrenCollapsible(False)
        self.batch_splitter.setStretchFactor(0, 3)
        self.batch_splitter.setStretchFactor(1, 2)
        self.batch_splitter.setSizes([430, 290])
        self.tabs.insertTab(1, self.batch_splitter, self.tr("&Batch"))
        self.tabs.setTabVisible(1, False)
        self.batch_loader = BatchLoader(self._pool, self)
        self._batch_opened: list[Path] = []
        self._batch_status: Callable[[], str] | None = None  # the line above the table, said again on a language change
        self._batch_counts = RunningCounts()  # kept up to date as rows arrive: no recount of thousands
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(CHART_DELAY_MS)

    def open_batch(self, paths: list[Path]) -> None:
        """Read files, folders and mbox files in the background into the batch view (one row per failed recipient)."""
        self.batch_model.clear()
        self._batch_counts = RunningCounts()
        self.batch_charts.set_counts(None)
        self._batch_opened = list(paths)
        self.tabs.setTabVisible(1, True)
        if len(paths) > FILE_LIST_MAX or any(looks_like_batch(p) for p in paths):
            self.tabs.setCurrentIndex(1)
        self.batch_view.set_loading(True)
        self._batch_status = lambda: self.tr("Reading…")
        self.batch_view.set_status(self._batch_status())
        self.actions_by_name[Action.EXPORT_BATCH].setEnabled(False)
        self.batch_loader.start(paths)

    def open_folder_dialog(self) -> None:
        """File > Open Folder…: every message in a folder (recursively) or a Maildir."""
        folder = self._ask_folder()
        if folder:
            self.open_batch([Path(folder)])

    def _ask_folder(self) -> str:
        """The folder dialog (a seam that tests replace)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Open a folder of bounces"))

    def _batch_rows(self, job: int, rows: list[BatchRow]) -> None:
        if job != self.batch_loader.current:
            return
        self.batch_model.append(rows)
        self._batch_counts.extend(rows)
        if not self._chart_timer.isActive():
            self._chart_timer.start()

    def _batch_progress(self, job: int, messages: int, rows: int, rate: float, total: int = -1) -> None:
        if job != self.batch_loader.current:
            return
        self._batch_status = lambda: self.tr("Reading… %1 messages so far (%2 a second), %3 failed recipients.").replace(
            "%1", f"{messages:,}").replace("%2", f"{rate:,.0f}").replace("%3", f"{rows:,}")
        self.batch_view.set_status(self._batch_status())
        self.batch_view.set_progress(messages, total, rate)

    def _batch_finished(self, job: int, summary: LoadSummary) -> None:
        if job != self.batch_loader.current:
            return
        self.batch_view.set_loading(False)
        self._update_charts()
        self._batch_status = lambda: self._batch_summary(summary)
        if summary.unreadable_count:
            self.batch_view.status_label.setToolTip("\n".join(f"{n}: {why}" for n, why in summary.unreadable[:30]))
        self.batch_view.set_status(self._batch_status())
        self.actions_by_name[Action.EXPORT_BATCH].setEnabled(self.batch_model.rowCount() > 0)
        if summary.only is not None and not summary.cancelled and len(self._batch_opened) == 1:
            # an mbox that held one message: show it as a single bounce
            self.tabs.setTabVisible(1, False)
            self.batch_loader.read_one(summary.only, self._batch_opened[0].name)

    def _batch_summary(self, summary: LoadSummary) -> str:
        """The line above the table once a batch is read, in the current language."""
        text = (self.tr("Stopped after %1 messages (%2 seconds).") if summary.cancelled
                else self.tr("Read %1 messages in %2 seconds.")).replace("%1", f"{summary.messages:,}").replace(
            "%2", f"{summary.seconds:.1f}")
        if summary.unreadable_count:
            text += " " + self.tr("%1 could not be read as a bounce (point at the Message column's tooltip for "
                                  "where; open one to see why).").replace("%1", f"{summary.unreadable_count:,}")
        return text

    def open_batch_row(self, row: BatchRow) -> None:
        """Open one row's message in the diagnosis view (read again from its file)."""
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", row.file), 3000)
        self.batch_loader.read_one(row.ref, row.file)

    def _batch_message_read(self, label: str, item: object) -> None:
        data, error = getattr(item, "data", None), getattr(item, "error", None)
        self._docs.clear()
        self.file_list.clear()
        self.file_list.hide()
        if data is None:
            self._problem(self.tr("“%1” could not be read again").replace("%1", label), str(error or ""))
            return
        self.open_sources([Source(label, data=data)])

    def _update_charts(self) -> None:
        proxy = self.batch_view.proxy
        self.batch_charts.set_counts(counts(proxy.visible_rows()) if proxy.is_filtered() else self._batch_counts.counts())

    # ---- exports

    def _ask_save_path(self, title: str, filters: str, start: str = "") -> tuple[str, str]:
        """The save dialog (a seam that tests replace), starting at ``start``: the path and the chosen filter."""
        return QFileDialog.getSaveFileName(self, title, start, filters)

    def export_diagnosis(self) -> None:
        """File > Export diagnosis…: HTML, Markdown, plain text, JSON or PDF."""
        report = self._report
        if report is None:
            return
        filters = {
            "html": self.tr("Web page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "txt": self.tr("Plain text (*.txt)"),
            "json": self.tr("JSON (*.json)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        start = suggested_path(report, self.settings.value("export/folder"), "html")
        path, chosen = self._ask_save_path(self.tr("Export the diagnosis"), ";;".join(filters.values()), start)
        if not path:
            return
        path, suffix = chosen_format(path, chosen, filters, start)
        if suffix == "pdf":
            data = pdf_bytes(report_html(report), report.name or "")
        else:
            data = DIAGNOSIS_FORMATS[suffix](report).encode("utf-8")
        self._write_export(path, data)

    def export_batch(self) -> None:
        """File > Export batch…: the rows shown (after the filters) as CSV or JSON."""
        rows = self.batch_view.proxy.visible_rows()
        if not rows:
            return
        filters = {"csv": self.tr("CSV for spreadsheets (*.csv)"), "json": self.tr("JSON (*.json)")}
        path, chosen = self._ask_save_path(self.tr("Export the batch"), ";;".join(filters.values()),
                                           export_folder(self.settings.value("export/folder")))
        if not path:
            return
        path, suffix = chosen_format(path, chosen, filters)
        text = batch_csv(rows) if suffix == "csv" else batch_json(rows)
        self._write_export(path, text.encode("utf-8"))

    def _write_export(self, path: str, data: bytes) -> bool:
        error = save_bytes(path, data)
        if error is None:
            self.settings.set_value("export/folder", str(Path(path).parent))
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The export was not saved"),
                          self.tr("%1\n\nAny file that was there is unchanged.").replace("%1", error),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without blocking
        return False
