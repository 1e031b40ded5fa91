"""The main window: owns the actions and menus, and wires the widgets together in one place."""

from __future__ import annotations

import tomllib
from enum import StrEnum
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
from ..resources import resource
from ..text import report_text
from .auth_html import sentence_span
from .bounce_view import BounceView
from .diagnosis_panel import DiagnosisPanel, draft_kinds, evidence_spans
from .draft_dialog import DraftDialog
from .drop_area import DropArea
from .empty_state import EmptyState
from .file_list import FileList
from .headers_view import HeadersView
from .i18n import LANGUAGES, Language
from .legend import Legend
from .mime_input import Source, sources
from .reference_model import ReferenceModel
from .reference_view import ReferenceView
from .settings import Settings
from .theme import Theme
from .workers import Outcome, Reader

PROGRESS_DELAY_MS = 300  # reads quicker than this show no progress


class Action(StrEnum):
    """Every action of the window, by name."""

    OPEN = "open"
    PASTE = "paste"
    CLOSE = "close"
    QUIT = "quit"
    COPY_DIAGNOSIS = "copy_diagnosis"
    FIND_CODE = "find_code"
    SHOW_DIAGNOSIS = "show_diagnosis"
    SHOW_REFERENCE = "show_reference"
    SHOW_HEADERS = "show_headers"
    ABOUT = "about"
    DRAFT_RECIPIENT = "draft_recipient"
    DRAFT_PROVIDER = "draft_provider"
    DRAFT_DELISTING = "draft_delisting"


_DRAFT_ACTIONS = {"recipient": Action.DRAFT_RECIPIENT, "provider": Action.DRAFT_PROVIDER,
                  "delisting": Action.DRAFT_DELISTING}


def samples() -> list[tuple[str, Path]]:
    """The samples of Help > Try a sample, as (title, path), in menu order."""
    folder = resource("samples")
    data = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    return [(s["title"], folder / s["file"]) for s in data.get("sample", [])]


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
        self._docs: dict[str, Outcome] = {}
        self._batch: set[int] = set()  # jobs of the current open; older results are dropped
        self._shown: str | None = None
        self._opening = False
        self._several = False
        self._pending: dict[int, str] = {}  # jobs of the batch still being read, with their names
        self._report: Report | None = None
        self._advice: Advice | None = None
        self.draft_dialog: DraftDialog | None = None  # made on first use

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
        self.main_splitter.addWidget(self.diagnosis_panel)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 5)
        self.main_splitter.setStretchFactor(2, 4)
        self.main_splitter.setSizes([200, 640, 520])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.main_splitter)

        self.reference_model = ReferenceModel(self.language.catalog.entries, self)
        self.reference_view = ReferenceView(self.reference_model)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, "")
        self.tabs.addTab(self.reference_view, "")
        self.headers_view = HeadersView()
        self.tabs.insertTab(1, self.headers_view, "")
        self.tabs.setTabEnabled(1, False)

        self.drop_area = DropArea(self.tabs)
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
        self._action(Action.PASTE, sk.Paste)
        self._action(Action.CLOSE, sk.Close)
        self._action(Action.QUIT, sk.Quit).setMenuRole(QAction.MenuRole.QuitRole)
        self._action(Action.COPY_DIAGNOSIS, "Ctrl+Shift+C")
        self._action(Action.FIND_CODE, sk.Find)
        self._action(Action.SHOW_DIAGNOSIS, "Ctrl+1")
        self._action(Action.SHOW_REFERENCE, sk.HelpContents)
        self._action(Action.SHOW_HEADERS, "Ctrl+3").setEnabled(False)
        self._action(Action.ABOUT, None).setMenuRole(QAction.MenuRole.AboutRole)
        self._action(Action.DRAFT_RECIPIENT)
        self._action(Action.DRAFT_PROVIDER)
        self._action(Action.DRAFT_DELISTING)
        self._enable_drafts()
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
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
            Action.ABOUT: self.tr("&About Bounce Doctor"),
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
        for action in self.sample_menu.actions():
            action.setText(QCoreApplication.translate("samples", action.property("source_title")))
        self.tabs.setTabText(self.tabs.indexOf(self.stack), self.tr("&Diagnosis"))
        self.tabs.setTabText(self.tabs.indexOf(self.headers_view), self.tr("He&aders"))
        self.tabs.setTabText(self.tabs.indexOf(self.reference_view), self.tr("Code &reference"))
        self.progress.setAccessibleName(self.tr("Reading"))
        self.reference_model.set_entries(self.language.catalog.entries)
        self._set_title()

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
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(a[Action.PASTE])
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
        self.sample_menu = help_menu.addMenu("")
        self.sample_menu.setObjectName("sampleMenu")
        for title, path in samples():
            action = self.sample_menu.addAction(title)
            action.setProperty("source_title", title)
            action.setData(str(path))
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
        for kind, action in _DRAFT_ACTIONS.items():
            a[action].triggered.connect(lambda _=False, kind=kind: self.show_draft(kind))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sample_menu.triggered.connect(lambda action: self.open_sample(action.data()))
        self.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        self.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.theme.changed.connect(self._apply_colors)

        self.drop_area.sources_dropped.connect(self.open_sources)
        self.empty_state.paste_clicked.connect(self.paste)
        self.empty_state.open_clicked.connect(self.open_dialog)
        self.empty_state.sample_clicked.connect(self._sample_button)
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

    # ---- opening

    def open_path(self, path: str | Path) -> None:
        """Read a file (in the background) and show its diagnosis."""
        path = Path(path)
        if path.is_file():
            self.settings.add_recent(path)
        self.open_sources([Source(path.name or str(path), path=path)])

    def open_paths(self, paths: list[str | Path]) -> None:
        """Open several files: they go into the list beside the bounce."""
        for p in paths:
            if Path(p).is_file():
                self.settings.add_recent(p)
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

    def paste(self) -> None:
        """Read the clipboard: files, an email message or text."""
        found = sources(QGuiApplication.clipboard().mimeData(), self.tr("Pasted text"))
        if not found:
            self._problem(
                self.tr("There is nothing to paste"),
                self.tr("The clipboard holds no text. Open the bounce in your mail program, select all its text "
                        "(or view its source), copy it, and paste again."),
            )
            return
        self.open_sources(found)

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
        self.actions_by_name[Action.CLOSE].setEnabled(True)

    def _show_headers(self, outcome: Outcome | None) -> None:
        """The Headers tab, and the diagnosis's sentence on a failed authentication (none without a report)."""
        analysis = outcome.headers if outcome is not None and outcome.report is not None else None
        self.headers_view.set_analysis(analysis, self.theme.color)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.headers_view), analysis is not None)
        self.actions_by_name[Action.SHOW_HEADERS].setEnabled(analysis is not None)
        if analysis is not None:
            self.diagnosis_panel.set_auth_sentence(analysis.sentence, *sentence_span(analysis))

    def _problem(self, title: str, body: str, *, in_list: bool = False) -> None:
        """Say inside the window what went wrong and what to try; never a dialog."""
        hint = "" if "paste" in body.lower() else self.tr(
            "Try this: in your mail program, save the bounce as a file (.eml) and drop it here, or open it, "
            "select all its text, copy and paste it here."
        )
        self._report = None
        self._advice = None
        self._hide_draft()
        self._enable_drafts()
        self.actions_by_name[Action.COPY_DIAGNOSIS].setEnabled(False)
        self._show_headers(None)
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
        self.bounce_view.set_colors(colors)
        self.headers_view.set_colors(colors)
        if self._report is not None:
            self.diagnosis_panel.set_colors(colors)

    def _restore(self) -> None:
        s = self.settings
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
        self.reader.wait(5000)
        super().closeEvent(event)

