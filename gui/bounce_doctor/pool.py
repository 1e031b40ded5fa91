"""Reading a batch on every core, free of Qt: the window's Batch tab uses it from a background thread.

The inputs are walked here (``inputs.walk``) into small units of work: a file to read, or one message of
an mbox placed by its offset and length (the mbox is indexed as it is walked, see ``inputs.MboxIndex``,
so a worker reads only its own messages' bytes, and nothing but numbers crosses between processes).
The first ``PARALLEL_AFTER`` messages are read in the calling thread: a small batch is done before
worker processes would have started. When more follow, worker processes started with the ``spawn``
method (they import only the engine, never Qt, whatever the parent has loaded) read the rest, in chunks,
and the results come back in the order of the input. ``cancel`` terminates every worker at once.
"""

from __future__ import annotations

import itertools
import multiprocessing
import pickle
import signal
import threading
from collections.abc import Callable, Iterator
from multiprocessing.pool import Pool
from pathlib import Path
from typing import BinaryIO

from .cli import default_jobs
from .engine import BounceDoctorError, Report, diagnose
from .engine.errors import InputProblem, Problem, problem
from .engine.inputs import (
    Item,
    MboxIndex,
    is_mbox_file,
    mbox_spans,
    open_regular,
    read_path,
    read_span,
    walk,
)
from .engine.limits import DEFAULT_LIMITS, Limits
from .output.batch import BatchRow, MessageRef, locate, rows_for

PARALLEL_AFTER = 200  # messages read in the calling thread before workers start (spawning one costs ~0.3 s)
CHUNK = 32  # messages a worker reads per round trip
POLL = 0.05  # seconds between two looks at the cancel flag while waiting for a worker

Diagnose = Callable[[bytes, str], Report]
# What one message gave: its label in the table, how to read it again, and its rows or why it gave none.
Result = tuple[str, MessageRef, "list[BatchRow] | InputProblem"]
# A unit of work: ("error", label, ref, InputProblem), ("file", path, name, label), or
# ("span", path, file size, mtime, label, ref, number, offset, length, size)
Unit = tuple


class ParallelRead:
    """One batch, read in order; ``chunks()`` yields lists of results as they come, ``cancel()`` stops it."""

    def __init__(
        self,
        paths: list[Path],
        *,
        diagnose_fn: Diagnose = diagnose,
        limits: Limits | None = None,
        jobs: int | None = None,
        parallel_after: int = PARALLEL_AFTER,
    ) -> None:
        self.paths = list(paths)
        self.diagnose_fn = diagnose_fn
        self.limits = limits or DEFAULT_LIMITS
        self.jobs = jobs if jobs is not None else default_jobs()
        if not _picklable(diagnose_fn):
            self.jobs = 1  # a worker process could not be told what to run (tests pass lambdas): read here
        self.parallel_after = parallel_after
        self.indexes: dict[str, MboxIndex] = {}  # every mbox walked, by path: to read one message again
        self.found = 0  # messages found so far by the walk (it runs ahead of the reading)
        self.walked = False  # whether the walk is over (``found`` is then the total)
        self.worker_pids: list[int] = []  # the workers' process ids, once they are started
        self._stop = threading.Event()
        self._pool: Pool | None = None

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel`` was called."""
        return self._stop.is_set()

    @property
    def in_workers(self) -> bool:
        """Whether worker processes are reading now."""
        return self._pool is not None

    @property
    def total(self) -> int:
        """The number of messages in the batch, once the walk is over; -1 before."""
        return self.found if self.walked else -1

    def cancel(self) -> None:
        """Stop: the thread reading ``chunks()`` terminates the workers within ``POLL`` seconds."""
        self._stop.set()

    def chunks(self) -> Iterator[list[Result]]:
        """The results, in input order, in lists (one per message read here, one per chunk from the workers)."""
        units = self._units()
        opened: dict[str, tuple[BinaryIO, bool]] = {}
        try:
            for done, unit in enumerate(units, 1):
                if self._stop.is_set():
                    return
                yield safe_unit(unit, self.diagnose_fn, self.limits, opened)
                if done >= self.parallel_after and self.jobs > 1:
                    break
            else:
                return
            following = next(units, None)  # more to read? (workers would only cost their start otherwise)
            if following is None or self._stop.is_set():
                return
        finally:
            close_all(opened)
        ctx = multiprocessing.get_context("spawn")
        pool = self._pool = ctx.Pool(self.jobs, initializer=_init_worker, initargs=(self.diagnose_fn, self.limits))
        self.worker_pids = [p.pid for p in pool._pool]  # type: ignore[attr-defined]
        try:
            it = pool.imap(_work, _batched(itertools.chain([following], units), CHUNK), chunksize=1)
            while True:
                try:
                    got = it.next(timeout=POLL)
                except multiprocessing.TimeoutError:
                    if self._stop.is_set():
                        return
                    continue
                except StopIteration:
                    return
                if self._stop.is_set():
                    return
                yield got
        finally:
            pool.terminate()  # every worker at once: done, cancelled or failed
            pool.join()
            self._pool = None

    # ---- the walk

    def _units(self) -> Iterator[Unit]:
        seen: set[tuple[int, int]] = set()
        for root in self.paths:
            for found in walk(root, seen=seen):
                if self._stop.is_set():
                    return
                if isinstance(found, Item):
                    ref, label = locate(root, found.name)
                    self.found += 1
                    yield ("error", label, ref, found.error or problem(Problem.UNREADABLE, "it could not be read"))
                    continue
                yield from self._file_units(root, *found)
        self.walked = True

    def _file_units(self, root: Path, path: Path, name: str) -> Iterator[Unit]:
        ref, label = locate(root, name)
        opened = open_regular(path)
        if isinstance(opened, InputProblem):
            self.found += 1
            yield ("error", label, ref, opened)
            return
        fh, st = opened
        with fh:
            try:
                head = fh.read(4096)
            except OSError as exc:
                self.found += 1
                yield ("error", label, ref, problem(Problem.UNREADABLE, "cannot be read: {reason}",
                                                             reason=str(exc.strerror or exc)))
                return
            if not is_mbox_file(path, head):
                self.found += 1
                yield ("file", str(path), name, label)
                return
            fh.seek(0)
            yield from self._mbox_units(fh, path, name, ref.path, label, st.st_size, st.st_mtime_ns)

    def _mbox_units(self, fh: BinaryIO, path: Path, name: str, ref_path: str, label: str, size: int,
                    mtime: int) -> Iterator[Unit]:
        index = self.indexes[ref_path] = MboxIndex(path, size, mtime, name)
        first: Unit | None = None
        for number, (offset, length, msize, _lines) in enumerate(mbox_spans(fh, self.limits, keep=False), 1):
            if self._stop.is_set():
                return
            index.add(offset, length, msize)
            self.found += 1
            unit = ("span", str(path), size, mtime, f"{label} #{number}", MessageRef(ref_path, number),
                    number, offset, length, msize)
            if number == 1:
                first = unit  # held back: a file of one message keeps its own name
                continue
            if first is not None:
                yield first
                first = None
            yield unit
        if first is not None:
            yield (*first[:4], label, MessageRef(ref_path, 0), *first[6:])
        elif not index:
            self.found += 1
            yield ("error", label, MessageRef(ref_path, 0), problem(Problem.EMPTY, "the mailbox holds no messages"))


def _picklable(fn: object) -> bool:
    try:
        pickle.dumps(fn)
    except Exception:
        return False
    return True


def _batched(units: Iterator[Unit], n: int) -> Iterator[list[Unit]]:
    while chunk := list(itertools.islice(units, n)):
        yield chunk


# ---- reading a unit (here, or in a worker)


def run_unit(unit: Unit, diagnose_fn: Diagnose, limits: Limits, opened: dict[str, tuple[BinaryIO, bool]]) -> list[Result]:
    """The results of one unit of work: one per message (a file that became an mbox may give several)."""
    kind = unit[0]
    if kind == "error":
        _kind, label, ref, error = unit
        return [(label, ref, error)]
    if kind == "span":
        _kind, path, size, mtime, label, ref, number, offset, length, msize = unit
        item = _read_span(path, size, mtime, label, number, offset, length, msize, limits, opened)
        return [(label, ref, _rows(item, label, ref, diagnose_fn, limits))]
    _kind, path, name, label = unit
    out: list[Result] = []
    for item in read_path(Path(path), limits=limits):
        ref, shown = MessageRef(path, 0), label
        if item.name != name and item.name.startswith(name + "#"):  # the file turned into an mbox meanwhile
            number = int(item.name.rsplit("#", 1)[1])
            ref, shown = MessageRef(path, number), f"{label} #{number}"
        out.append((shown, ref, _rows(item, shown, ref, diagnose_fn, limits)))
    return out


def _rows(item: Item, label: str, ref: MessageRef, diagnose_fn: Diagnose, limits: Limits) -> list[BatchRow] | InputProblem:
    if item.error is not None or item.data is None:
        return item.error or problem(Problem.UNREADABLE, "it could not be read")
    try:
        report = diagnose_fn(item.data, label)
    except BounceDoctorError as exc:
        return exc.problem()
    return rows_for(report, label, ref)


def safe_unit(unit: Unit, diagnose_fn: Diagnose, limits: Limits, opened: dict[str, tuple[BinaryIO, bool]]) -> list[Result]:
    """``run_unit``, but a bug in the engine makes a result that says so, and the others go on."""
    try:
        return run_unit(unit, diagnose_fn, limits, opened)
    except Exception as exc:
        if unit[0] == "span":
            label, ref = unit[4], unit[5]
        elif unit[0] == "file":
            label, ref = unit[3], MessageRef(unit[1], 0)
        else:
            label, ref = unit[1], unit[2]
        return [(label, ref, problem(Problem.UNREADABLE, "Bounce Doctor stopped reading it ({error}).",
                                     error=type(exc).__name__))]


def close_all(opened: dict[str, tuple[BinaryIO, bool]]) -> None:
    """Close the files ``run_unit`` kept open."""
    for fh, _same in opened.values():
        fh.close()
    opened.clear()


def _read_span(path: str, size: int, mtime: int, label: str, number: int, offset: int, length: int, msize: int,
               limits: Limits, opened: dict[str, tuple[BinaryIO, bool]]) -> Item:
    held = opened.get(path)
    if held is None:
        close_all(opened)  # one mbox at a time
        got = open_regular(Path(path))
        if isinstance(got, InputProblem):
            return Item(label, error=got)
        fh, st = got
        held = opened[path] = (fh, st.st_size == size and st.st_mtime_ns == mtime)
    fh, same = held
    if not same:
        return Item(label, error=problem(Problem.CHANGED, "the file changed while the batch was read"))
    return read_span(fh, label, number, offset, length, msize, limits)


# ---- in a worker process

_WORKER: tuple[Diagnose, Limits] | None = None
_WORKER_OPEN: dict[str, tuple[BinaryIO, bool]] = {}  # the mbox this worker reads from, kept open


def _init_worker(diagnose_fn: Diagnose, limits: Limits) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _WORKER = (diagnose_fn, limits)


def _work(chunk: list[Unit]) -> list[Result]:
    assert _WORKER is not None
    out: list[Result] = []
    for unit in chunk:
        out.extend(safe_unit(unit, *_WORKER, _WORKER_OPEN))
    return out

