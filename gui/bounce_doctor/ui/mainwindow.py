"""The main window: lays the widgets out and wires them, the actions and the controllers together in one place.

The jobs live in their own modules: the actions and menus (``actions``), the samples (``samples``), what
is opened and shown (``documents``), the batch (``batch_controller``), and exports, the size limit and
drafts (``exports_controller``), going to a finding or the code reference (``navigation``), the language
and the texts said again in it (``language_controller``), what is remembered between runs, the theme and
closing (``window_state``). The window keeps the dialogs that tests replace (``_ask_*``, ``_exec_dialog``)
and thin calls into the controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..engine import Catalog, default_catalog
from . import language_controller, window_dialogs, window_state
from .actions import DRAFT_ACTIONS, Action, build_actions, build_menus, fill_recent_menu, show_about
from .batch_charts import BatchCharts
from .batch_controller import BatchController
from .batch_model import BatchModel
from .batch_view import BatchView
from .batch_worker import BatchLoader
from .bounce_view import BounceView
from .diagnosis_panel import DiagnosisPanel
from .documents import DocumentController
from .draft_dialog import DraftDialog
from .drop_area import DropArea
from .empty_state import EmptyState
from .error_panel import ErrorPanel
from .exports_controller import ExportsController
from .file_list import FileList
from .guide_dialog import GuideDialog
from .headers_view import HeadersView
from .i18n import Language
from .legend import Legend
from .limits_dialog import LimitsDialog
from .live_checks import LiveChecks
from .live_panel import LivePanel
from .navigation import Navigation
from .reference_model import ReferenceModel
from .reference_view import ReferenceView
from .settings import Settings
from .theme import Theme
from .workers import Reader

PROGRESS_DELAY_MS = 300  # reads quicker than this show no progress
R = TypeVar("R")

__all__ = ["Action", "MainWindow"]


def _calls(controller: str, method: Callable[..., R]) -> Callable[..., R]:
    """A window method that calls ``method`` on the window's ``controller`` (a test may still replace it on the window).

    For callers and tests; the signals connect to the controllers' own methods in ``_connect_signals``.
    """
    name = method.__name__

    def call(self: MainWindow, *args: Any, **kwargs: Any) -> R:
        return getattr(getattr(self, controller), name)(*args, **kwargs)

    call.__doc__ = method.__doc__
    return call


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

        self._build_widgets()
        self.actions_by_name = build_actions(self)
        self._build_controllers()
        self.menus = build_menus(self, self.actions_by_name, self.live.always_action, lambda p: self.open_sample(p))
        m = self.menus
        self.recent_menu, self.view_menu, self.help_menu = m.recent_menu, m.view_menu, m.help_menu
        self.sample_menu, self.sample_language_menu = m.sample_menu, m.sample_language_menu
        self.theme_actions, self.language_actions = m.theme_actions, m.language_actions
        self._connect_signals()
        self.retranslate()
        self._apply_colors()
        window_state.restore_window(self)

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
        self.progress_timer = QTimer(self)
        self.progress_timer.setSingleShot(True)
        self.progress_timer.setInterval(PROGRESS_DELAY_MS)

        self.setTabOrder(self.file_list, self.bounce_view)
        self.setTabOrder(self.bounce_view, self.diagnosis_panel)
        self.setTabOrder(self.diagnosis_panel, self.live_panel.check_button)

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

    def _build_controllers(self) -> None:
        """The controllers, each given the widgets it drives; dialogs go through the window's seams."""
        def message(text: str, ms: int) -> None:
            self.statusBar().showMessage(text, ms)

        self.documents = DocumentController(
            self, self.settings, self.reader, open_batch=self.open_batch, ask_open_paths=lambda: self._ask_open_paths(),
            hide_draft=lambda: self.exports.hide_draft(), enable_drafts=lambda: self.exports.enable_drafts())
        self.exports = ExportsController(
            self, self.settings, self.reader, self.actions_by_name,
            shown=lambda: (self.documents.report, self.documents.advice),
            batch_rows=lambda: self.batch_view.proxy.visible_rows(),
            ask_save_path=lambda *args: self._ask_save_path(*args), show_message=message,
            make_draft_dialog=lambda: DraftDialog(self),
            make_limits_dialog=lambda mb, refused: LimitsDialog(mb, self, refused),
            exec_dialog=lambda dialog: self._exec_dialog(dialog), refused_sizes=self.documents.refused_sizes,
            read_again_if_refused=self.documents.read_again_if_refused)
        self.batch = BatchController(
            self.batch_model, self.batch_view, self.batch_charts, self.batch_loader, self.tabs,
            self.actions_by_name[Action.EXPORT_BATCH], ask_folder=lambda: self._ask_folder(), show_message=message,
            parent=self)
        self.navigation = Navigation(self.tabs, self.bounce_view, self.headers_view, self.reference_view,
                                     lambda: self.catalog)
        self.exports.enable_drafts()

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self.retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        """Every connection between the widgets, the actions, the reader and the controllers."""
        a, docs, batch, exports, nav = self.actions_by_name, self.documents, self.batch, self.exports, self.navigation
        a[Action.OPEN].triggered.connect(docs.open_dialog)
        a[Action.PASTE].triggered.connect(docs.paste)
        a[Action.CLOSE].triggered.connect(docs.close_message)
        a[Action.QUIT].triggered.connect(self.close)
        a[Action.COPY_DIAGNOSIS].triggered.connect(docs.copy_diagnosis)
        a[Action.FIND_CODE].triggered.connect(nav.find_code)
        a[Action.SHOW_DIAGNOSIS].triggered.connect(nav.show_diagnosis)
        a[Action.SHOW_REFERENCE].triggered.connect(nav.show_reference)
        a[Action.SHOW_HEADERS].triggered.connect(nav.show_headers)
        a[Action.ABOUT].triggered.connect(lambda: show_about(self))
        a[Action.GUIDE].triggered.connect(lambda: GuideDialog.show_for(self))
        for kind, action in DRAFT_ACTIONS.items():
            a[action].triggered.connect(lambda _=False, kind=kind: self.show_draft(kind))
        a[Action.SIZE_LIMIT].triggered.connect(exports.ask_size_limit)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.menus.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        self.menus.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.theme.changed.connect(self._apply_colors)

        self.drop_area.sources_dropped.connect(docs.open_dropped)
        self.drop_area.notice_given.connect(self.error_panel.show_notice)
        self.drop_area.hint.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.empty_state.paste_clicked.connect(docs.paste)
        self.empty_state.open_clicked.connect(docs.open_dialog)
        self.empty_state.sample_clicked.connect(self._sample_button)
        self.empty_state.link_activated.connect(self._action_link)
        self.empty_state.guide_clicked.connect(a[Action.GUIDE].trigger)
        self.diagnosis_panel.action_requested.connect(self._action_link)
        self.file_list.item_chosen.connect(docs.show_doc)
        self.diagnosis_panel.finding_clicked.connect(nav.select_finding)
        self.diagnosis_panel.reference_requested.connect(nav.show_reference_entry)
        self.diagnosis_panel.draft_requested.connect(exports.show_draft)
        self.diagnosis_panel.address_copied.connect(
            lambda address: self.statusBar().showMessage(self.tr("%1 is on the clipboard.").replace("%1", address), 4000)
        )
        self.bounce_view.code_activated.connect(nav.show_code)
        self.headers_view.span_selected.connect(nav.select_finding)

        self.reader.finished.connect(docs.read_finished)
        self.reader.busy_changed.connect(docs.busy_changed)
        self.reader.started.connect(docs.job_started)
        self.progress_timer.timeout.connect(docs.show_progress)

        a[Action.OPEN_FOLDER].triggered.connect(batch.open_folder_dialog)
        a[Action.EXPORT_DIAGNOSIS].triggered.connect(exports.export_diagnosis)
        a[Action.EXPORT_BATCH].triggered.connect(exports.export_batch)
        self.batch_view.row_activated.connect(batch.open_row)
        self.batch_view.cancel_requested.connect(self.batch_loader.cancel)
        self.batch_view.filter_changed.connect(batch.chart_timer.start)
        self.batch_loader.rows_ready.connect(batch.add_rows)
        self.batch_loader.progress.connect(batch.progress)
        self.batch_loader.finished.connect(batch.finished)
        self.batch_loader.message_read.connect(docs.message_read_again)
        batch.chart_timer.timeout.connect(batch.update_charts)

    # ---- what tests and callers reach on the window: thin calls into the controllers

    open_path = _calls("documents", DocumentController.open_path)
    open_paths = _calls("documents", DocumentController.open_paths)
    open_text = _calls("documents", DocumentController.open_text)
    open_sample = _calls("documents", DocumentController.open_sample)
    paste = _calls("documents", DocumentController.paste)
    close_message = _calls("documents", DocumentController.close_message)
    current_report = _calls("documents", DocumentController.current_report)
    current_advice = _calls("documents", DocumentController.current_advice)
    _show_doc = _calls("documents", DocumentController.show_doc)
    open_batch = _calls("batch", BatchController.open_batch)
    open_batch_row = _calls("batch", BatchController.open_row)
    show_draft = _calls("exports", ExportsController.show_draft)
    export_diagnosis = _calls("exports", ExportsController.export_diagnosis)
    limits = _calls("exports", ExportsController.limits)
    ask_size_limit = _calls("exports", ExportsController.ask_size_limit)
    set_size_limit = _calls("exports", ExportsController.set_size_limit)
    _docs = property(lambda self: self.documents.docs)
    _shown = property(lambda self: self.documents.shown)
    draft_dialog = property(lambda self: self.exports.draft_dialog, doc="The draft window, made on first use.")
    select_finding = _calls("navigation", Navigation.select_finding)
    show_code = _calls("navigation", Navigation.show_code)
    show_reference_entry = _calls("navigation", Navigation.show_reference_entry)
    show_reference = _calls("navigation", Navigation.show_reference)
    find_code = _calls("navigation", Navigation.find_code)

    # ---- jobs kept as functions of the window in their own modules, called as its methods

    retranslate = language_controller.retranslate_window
    set_language = language_controller.set_language
    set_theme = window_state.set_theme
    save_settings = window_state.save_window

    def _apply_colors(self) -> None:
        """The theme changed (a method of the window: Qt drops its connection when the window goes)."""
        window_state.apply_colors(self)

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.settings.recent_files(), self.open_path, self.settings.clear_recent)

    # ---- the dialogs (seams that tests replace)

    _ask_open_paths = window_dialogs.ask_open_paths
    _ask_folder = window_dialogs.ask_folder
    _ask_save_path = window_dialogs.ask_save_path
    _exec_dialog = window_dialogs.exec_dialog

    def _sample_button(self) -> None:
        """The empty window's "Try a sample" offers the same list as Help > Try a sample."""
        button = self.empty_state.sample_button
        self.sample_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _action_link(self, href: str) -> None:
        """A link of ours inside a message ("action:limits")."""
        if href.removeprefix("action:") == "limits":
            self.ask_size_limit()

    def show_error(self, details: str) -> None:
        """An unexpected error: the one error panel says so and keeps the details; the window goes on."""
        self.error_panel.show_error(details)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings and let running reads finish."""
        window_state.close_window(self)
        super().closeEvent(event)
