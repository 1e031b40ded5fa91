"""Loading a batch off the GUI thread: rows arrive in bunches every ~100 ms, and a load can be cancelled.

A load walks ``read_path`` lazily (one message in memory at a time), diagnoses each message, keeps
only its rows (``batch.rows_for``) and drops the report. Signals carry lists of rows, never one
signal per message, so thousands of messages cost the GUI thread a few inserts a second.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..batch import BatchRow, MessageRef, locate, read_message, rows_for
from ..engine import BounceDoctorError, Report, diagnose
from ..engine.inputs import Item, read_path

EMIT_INTERVAL = 0.1  # seconds between two bunches of rows
# After each message the task lets go of the GIL for a moment: the GUI thread calls into Python for
# every cell it paints, and without these gaps each of those calls can wait for a whole switch
# interval (5 ms) behind the engine, which adds up to stalls of a second or more.
BREATHE = 0.001
# For the same reason the interpreter's switch interval is shortened while a load runs (and put back
# after): the GUI thread then waits at most half a millisecond for the GIL at each call.
SWITCH_INTERVAL = 0.0005


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """How a load ended."""

    messages: int  # items read, bounces or not
    rows: int
    unreadable: tuple[tuple[str, str], ...]  # (label, sentence), at most MAX_PROBLEMS of them
    unreadable_count: int
    cancelled: bool
    seconds: float
    only: MessageRef | None = None  # the one message read, when there was exactly one


MAX_PROBLEMS = 200


class _LoadTask(QRunnable):
    def __init__(self, loader: BatchLoader, job: int, paths: list[Path], stop: threading.Event) -> None:
        super().__init__()
        self._loader = loader
        self._job = job
        self._paths = paths
        self._stop = stop

    def run(self) -> None:
        loader, job = self._loader, self._job
        start = last = time.monotonic()
        pending: list[BatchRow] = []
        messages = rows = bad = 0
        problems: list[tuple[str, str]] = []
        first: MessageRef | None = None
        try:
            for root in self._paths:
                for item in read_path(root):
                    if self._stop.is_set():
                        break
                    messages += 1
                    ref, label = locate(root, item.name)
                    first = first or ref
                    new = self._rows(item, label, ref)
                    if isinstance(new, str):
                        bad += 1
                        if len(problems) < MAX_PROBLEMS:
                            problems.append((label, new))
                    else:
                        pending.extend(new)
                        rows += len(new)
                    time.sleep(BREATHE)
                    now = time.monotonic()
                    if now - last >= EMIT_INTERVAL:
                        last = now
                        if pending:
                            loader.rows_ready.emit(job, pending)
                            pending = []
                        loader.progress.emit(job, messages, rows, messages / max(now - start, 1e-6))
                if self._stop.is_set():
                    break
        except Exception as exc:  # a bug in the engine must not kill the window
            problems.append(("", f"Bounce Doctor stopped reading ({type(exc).__name__})."))
            bad += 1
        if pending:
            loader.rows_ready.emit(job, pending)
        elapsed = time.monotonic() - start
        loader.progress.emit(job, messages, rows, messages / max(elapsed, 1e-6))
        loader.task_done(job, LoadSummary(
            messages, rows, tuple(problems), bad, self._stop.is_set(), elapsed, first if messages == 1 else None,
        ))

    def _rows(self, item: Item, label: str, ref: MessageRef) -> list[BatchRow] | str:
        if item.error is not None or item.data is None:
            return item.error or "it could not be read"
        try:
            report = self._loader.diagnose_fn(item.data, label)
        except BounceDoctorError as exc:
            return str(exc)
        return rows_for(report, label, ref)


class _ReadOneTask(QRunnable):
    def __init__(self, loader: BatchLoader, ref: MessageRef, label: str) -> None:
        super().__init__()
        self._loader, self._ref, self._label = loader, ref, label

    def run(self) -> None:
        try:
            item = read_message(self._ref)
        except Exception as exc:  # the file may be gone or changed; say so instead of failing
            item = Item(self._label, error=f"it could not be read again ({type(exc).__name__})")
        self._loader.message_read.emit(self._label, item)


class BatchLoader(QObject):
    """Starts loads on a thread pool (injectable: tests pass their own); one load runs at a time."""

    rows_ready = Signal(int, list)  # job, [BatchRow]
    progress = Signal(int, int, int, float)  # job, messages read, rows, messages per second
    finished = Signal(int, object)  # job, LoadSummary
    message_read = Signal(str, object)  # label, Item: one message read again (to open it)
    busy_changed = Signal(bool)
    _relay = Signal(int, object)  # carries task_done from the worker thread to the GUI thread

    def __init__(
        self,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        diagnose_fn: Callable[[bytes, str], Report] = diagnose,
    ) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self.diagnose_fn = diagnose_fn
        self._ids = itertools.count(1)
        self._stops: dict[int, threading.Event] = {}
        self._lock = threading.Lock()
        self.current = 0
        self._switch = sys.getswitchinterval()
        self._relay.connect(self._finish)

    def start(self, paths: list[Path]) -> int:
        """Cancel any running load and start reading these paths; returns the job number."""
        self.cancel()
        job = next(self._ids)
        stop = threading.Event()
        was_busy = self.busy
        with self._lock:
            self._stops[job] = stop
        self.current = job
        if not was_busy:
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
            self.busy_changed.emit(True)
        self._pool.start(_LoadTask(self, job, list(paths), stop))
        return job

    def cancel(self) -> None:
        """Ask the running load to stop; ``finished`` follows (with ``cancelled``) within one message."""
        with self._lock:
            for stop in self._stops.values():
                stop.set()

    def read_one(self, ref: MessageRef, label: str) -> None:
        """Read one message of a batch again, in the background; ``message_read`` follows."""
        self._pool.start(_ReadOneTask(self, ref, label))

    @property
    def busy(self) -> bool:
        """Whether a load is under way."""
        with self._lock:
            return bool(self._stops)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the pool (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def task_done(self, job: int, summary: LoadSummary) -> None:
        """Called by the task, on its thread, when a load ends."""
        self._relay.emit(job, summary)

    def _finish(self, job: int, summary: LoadSummary) -> None:
        with self._lock:
            self._stops.pop(job, None)
            idle = not self._stops
        if idle:
            sys.setswitchinterval(self._switch)
        self.finished.emit(job, summary)
        if idle:
            self.busy_changed.emit(False)
