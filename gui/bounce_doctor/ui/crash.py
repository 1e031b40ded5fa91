"""Unexpected errors (in a slot, an event handler or a thread) reach the window instead of killing it."""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler


class Crashes(QObject):
    """Turns uncaught exceptions into ``happened(details)`` on the GUI thread (queued when from a thread)."""

    happened = Signal(str)  # the traceback as text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._previous_handler = None
        self.installed = False

    def install(self) -> None:
        """Route uncaught exceptions here (and still print them); route Qt's messages to stderr."""
        if self.installed:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        self._previous_handler = qInstallMessageHandler(self._qt_message)
        self.installed = True

    def uninstall(self) -> None:
        """Put the previous hooks back (tests)."""
        if not self.installed:
            return
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_handler)
        self.installed = False

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """sys.excepthook: print as Python would, then tell the window; never raises."""
        try:
            details = "".join(traceback.format_exception(exc_type, exc, tb))
        except Exception:  # a broken exception object must not break the hook
            details = f"{exc_type!r}"
        # print as before (there may be no stderr in a windowed app; the panel still shows it)
        with contextlib.suppress(Exception):
            self._previous_hook(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            return
        self.happened.emit(details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Qt's own messages go on to the previous handler, or to stderr when there is one.

        A fatal message is still fatal: Qt aborts after this returns.
        """
        with contextlib.suppress(Exception):  # a message handler must never raise into Qt
            if self._previous_handler is not None:
                self._previous_handler(kind, context, message)
            elif sys.stderr is not None:
                sys.stderr.write(f"{message}\n")
