"""Live checks for the message shown: consent, a worker thread, and each answer kept with its own message.

Nothing is looked up until the user clicks "Check now" and, the first time, accepts the list of names
(unless "Always allow live checks" is on). The answers go to the message they were asked for: one that
arrives after another message was opened is kept for that message and never shown on the new one.
"""

from __future__ import annotations

import itertools
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from .. import live
from ..engine import Report
from .live_consent import ConsentDialog
from .live_panel import LivePanel
from .settings import Settings

ALWAYS_KEY = "live/always_allow"
TIMEOUT = 3.0  # seconds per look-up
KEEP = 50  # answers kept for messages not shown


class _Carrier(QObject):
    done = Signal(int, object, str)  # job, LiveResult or None, the error's sentence


class _CheckTask(QRunnable):
    def __init__(self, job: int, report: Report, headers: object, resolver: str | None, carrier: _Carrier) -> None:
        super().__init__()
        self._job, self._report, self._carrier = job, report, carrier
        self._headers, self._resolver = headers, resolver

    def run(self) -> None:
        try:
            result = live.run(self._report, resolver=self._resolver, timeout=TIMEOUT, headers=self._headers)
            error = ""
        except Exception as exc:  # a bug in the checks must not kill the window
            result = None
            error = QCoreApplication.translate(
                "live", "The live checks stopped because of an error in the program (%1).").replace(
                "%1", type(exc).__name__)
            traceback.print_exception(exc)
        self._carrier.done.emit(self._job, result, error)


class LiveChecks(QObject):
    """Runs the live checks of the report shown, and shows their answers in the panel."""

    def __init__(self, settings: Settings, panel: LivePanel, pool: QThreadPool | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.panel = panel
        self._window = parent
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._report: Report | None = None
        self._headers: object = None  # the header analysis of the same message (names the sending hop, DKIM)
        self.resolver: str | None = None  # "HOST[:PORT]"; None: the system's resolver (tests set their own)
        self._running: dict[int, tuple[Report, _Carrier]] = {}
        self._answers: dict[int, tuple[Report, object]] = {}  # id(report): (report, LiveResult | sentence)
        self.consent_dialog: ConsentDialog | None = None
        self.always_action = QAction(self)
        self.always_action.setObjectName("action_live_always")
        self.always_action.setCheckable(True)
        self.always_action.setChecked(settings.value(ALWAYS_KEY))
        self.always_action.toggled.connect(self._always_toggled)
        settings.changed.connect(self._setting_changed)
        panel.check_requested.connect(self.request)
        panel.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts this controller owns (the View menu's item)."""
        self.always_action.setText(self.tr("Always Allow &Live Checks"))
        self.always_action.setStatusTip(self.tr("Check now looks up the names without asking first"))

    def set_report(self, report: Report | None, headers: object = None) -> None:
        """The message shown changed: its own answers if it was checked, else a fresh button."""
        self._report = report
        self._headers = headers
        self.panel.setVisible(report is not None)
        if report is None:
            return
        self.panel.clear(bool(self._plan(report)))
        if any(r is report for r, _carrier in self._running.values()):
            self.panel.set_checking(True)
        kept = self._answers.get(id(report))
        if kept is not None and kept[0] is report:
            self._show(kept[1])

    def request(self) -> None:
        """Check now: ask first (unless always allowed), then look up off the GUI thread."""
        report = self._report
        if report is None:
            return
        planned = self._plan(report)
        if not planned:
            return
        if self.settings.value(ALWAYS_KEY):
            self._start(report)
            return
        dialog = self.consent_dialog = ConsentDialog(planned, self._window)
        dialog.accepted.connect(lambda: self._consented(dialog, report))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal; the event loop goes on

    def busy(self) -> bool:
        """Whether checks are under way."""
        return bool(self._running)

    def wait(self, msecs: int = 10000) -> bool:
        """Wait for running checks (tests, closing)."""
        return self._pool.waitForDone(msecs)

    # ---- inside

    def _plan(self, report: Report) -> tuple[live.Planned, ...]:
        try:
            return tuple(live.plan(report, headers=self._headers))
        except Exception:  # no plan: nothing offered, the diagnosis is unchanged
            traceback.print_exc()
            return ()

    def _consented(self, dialog: ConsentDialog, report: Report) -> None:
        if dialog.always_allow():
            self.settings.set_value(ALWAYS_KEY, True)
        if self.consent_dialog is dialog:
            self.consent_dialog = None
        if report is self._report:
            self._start(report)

    def _start(self, report: Report) -> None:
        job = next(self._ids)
        carrier = _Carrier(self)
        carrier.done.connect(self._done)
        self._running[job] = (report, carrier)
        self.panel.set_checking(True)
        self._pool.start(_CheckTask(job, report, self._headers, self.resolver, carrier))

    def _done(self, job: int, result: object, error: str) -> None:
        report, carrier = self._running.pop(job, (None, None))
        if carrier is not None:
            carrier.deleteLater()
        if report is None:
            return
        answer = result if result is not None else error
        self._answers.pop(id(report), None)
        self._answers[id(report)] = (report, answer)
        while len(self._answers) > KEEP:
            self._answers.pop(next(iter(self._answers)))
        if report is self._report:  # an answer for another message stays with that message
            self._show(answer)

    def _show(self, answer: object) -> None:
        if isinstance(answer, live.LiveResult):
            self.panel.show_result(answer)
        else:
            self.panel.show_failure(str(answer))

    def _always_toggled(self, on: bool) -> None:
        if self.settings.value(ALWAYS_KEY) != on:
            self.settings.set_value(ALWAYS_KEY, on)

    def _setting_changed(self, key: str, value: object) -> None:
        if key == ALWAYS_KEY:
            self.always_action.setChecked(self.settings.value(ALWAYS_KEY))
