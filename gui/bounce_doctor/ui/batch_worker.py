"""Loading a batch off the GUI thread: rows arrive in bunches every ~100 ms, and a load can be cancelled.

A load runs a ``pool.ParallelRead`` on a background thread: a small batch is read on that thread, a
large one by worker processes, one per core (Qt-free, started with ``spawn``). Each message gives only
its rows (``batch.rows_for``), never a kept report. Signals carry lists of rows, never one signal per
message, so thousands of messages cost the GUI thread a few inserts a second. The mbox files of the
last load stay indexed in memory (``indexes``): opening one of their messages again reads only it.
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

from ..engine import Report, diagnose
from ..engine.errors import InputProblem, Problem, problem
from ..engine.inputs import Item, MboxIndex
from ..output.batch import BatchRow, MessageRef, read_message
from ..pool import PARALLEL_AFTER, ParallelRead

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
    unreadable: tuple[tuple[str, InputProblem], ...]  # (label, why), at most MAX_PROBLEMS of them
    unreadable_count: int
    cancelled: bool
    seconds: float
    only: MessageRef | None = None  # the one message read, when there was exactly one


MAX_PROBLEMS = 200


class _LoadTask(QRunnable):
    def __init__(self, loader: BatchLoader, job: int, read: ParallelRead) -> None:
        super().__init__()
        self._loader = loader
        self._job = job
        self._read = read

    def run(self) -> None:
        loader, job, read = self._loader, self._job, self._read
        start = last = time.monotonic()
        pending: list[BatchRow] = []
        messages = rows = bad = 0
        problems: list[tuple[str, InputProblem]] = []
        first: MessageRef | None = None
        try:
            for chunk in read.chunks():
                for label, ref, got in chunk:
                    messages += 1
                    first = first or ref
                    if isinstance(got, InputProblem):
                        bad += 1
                        if len(problems) < MAX_PROBLEMS:
                            problems.append((label, got))
                    else:
                        pending.extend(got)
                        rows += len(got)
                if not read.in_workers:
                    time.sleep(BREATHE)  # read here: let the GUI thread in between two messages
                now = time.monotonic()
                if now - last >= EMIT_INTERVAL:
                    last = now
                    if pending:
                        loader.rows_ready.emit(job, pending)
                        pending = []
                    loader.progress.emit(job, messages, rows, messages / max(now - start, 1e-6), read.total)
        except Exception as exc:  # a bug in the engine must not kill the window
            problems.append(("", problem(Problem.UNREADABLE, "Bounce Doctor stopped reading ({error}).",
                                         error=type(exc).__name__)))
            bad += 1
        if pending:
            loader.rows_ready.emit(job, pending)
        elapsed = time.monotonic() - start
        loader.progress.emit(job, messages, rows, messages / max(elapsed, 1e-6), read.total)
        loader.task_done(job, LoadSummary(
            messages, rows, tuple(problems), bad, read.cancelled, elapsed, first if messages == 1 else None,
        ))


class _ReadOneTask(QRunnable):
    def __init__(self, loader: BatchLoader, ref: MessageRef, label: str) -> None:
        super().__init__()
        self._loader, self._ref, self._label = loader, ref, label

    def run(self) -> None:
        index = self._loader.indexes.get(self._ref.path) if self._ref.index else None
        try:
            item = index.read(self._ref.index) if index is not None else read_message(self._ref)
        except Exception as exc:  # the file may be gone or changed; say so instead of failing
            item = Item(self._label, error=problem(Problem.UNREADABLE, "it could not be read again ({error})",
                                                   error=type(exc).__name__))
        self._loader.message_read.emit(self._label, item)


class BatchLoader(QObject):
    """Starts loads on a thread pool (injectable: tests pass their own); one load runs at a time."""

    rows_ready = Signal(int, list)  # job, [BatchRow]
    progress = Signal(int, int, int, float, int)  # job, messages read, rows, messages per second, total or -1
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
        self.jobs: int | None = None  # worker processes for a large batch (None: one per core)
        self.parallel_after = PARALLEL_AFTER  # messages read on the thread before workers start
        self.indexes: dict[str, MboxIndex] = {}  # the mbox files of the last load, by path
        self.last: ParallelRead | None = None  # the last load started
        self._ids = itertools.count(1)
        self._reads: dict[int, ParallelRead] = {}
        self._lock = threading.Lock()
        self.current = 0
        self._switch = sys.getswitchinterval()
        self._relay.connect(self._finish)

    def start(self, paths: list[Path]) -> int:
        """Cancel any running load and start reading these paths; returns the job number."""
        self.cancel()
        job = next(self._ids)
        read = ParallelRead(list(paths), diagnose_fn=self.diagnose_fn, jobs=self.jobs,
                            parallel_after=self.parallel_after)
        self.indexes, self.last = read.indexes, read
        was_busy = self.busy
        with self._lock:
            self._reads[job] = read
        self.current = job
        if not was_busy:
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, SWITCH_INTERVAL))
            self.busy_changed.emit(True)
        self._pool.start(_LoadTask(self, job, read))
        return job

    def cancel(self) -> None:
        """Stop the running load; its worker processes are terminated at once, and ``finished`` follows
        (with ``cancelled``) within one message or ``pool.POLL`` seconds."""
        with self._lock:
            for read in self._reads.values():
                read.cancel()

    def read_one(self, ref: MessageRef, label: str) -> None:
        """Read one message of a batch again, in the background; ``message_read`` follows."""
        self._pool.start(_ReadOneTask(self, ref, label))

    @property
    def busy(self) -> bool:
        """Whether a load is under way."""
        with self._lock:
            return bool(self._reads)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the pool (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def task_done(self, job: int, summary: LoadSummary) -> None:
        """Called by the task, on its thread, when a load ends."""
        self._relay.emit(job, summary)

    def _finish(self, job: int, summary: LoadSummary) -> None:
        with self._lock:
            self._reads.pop(job, None)
            idle = not self._reads
        if idle:
            sys.setswitchinterval(self._switch)
        self.finished.emit(job, summary)
        if idle:
            self.busy_changed.emit(False)
