"""Reading and diagnosing off the GUI thread: QThreadPool + QRunnable + a QObject signal carrier."""

from __future__ import annotations

import itertools
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..engine import BounceDoctorError, Report
from ..engine.advice import Advice, advise
from ..engine.diagnose import examine
from ..engine.errors import InputProblem, Problem
from ..engine.headers import HeaderAnalysis
from ..engine.inputs import read_path
from ..engine.limits import Limits
from .engine_text import as_sentence
from .mime_input import Source


@dataclass(frozen=True, slots=True)
class Outcome:
    """One message's diagnosis, or the sentence that says why it could not be read (and the problem's type)."""

    name: str
    report: Report | None = None
    error: str | None = None
    path: Path | None = None
    advice: Advice | None = None  # the answers (who acts, resend, ...), worked out with the report
    headers: HeaderAnalysis | None = None  # the header analysis of the same bytes
    problem: InputProblem | None = None  # what kept it from being read, when the engine says
    details: str | None = None  # the traceback of an unexpected failure, for "Copy details"

    @property
    def too_large(self) -> bool:
        """The input is over the size limit: raising it would help."""
        return self.problem is not None and self.problem.kind is Problem.TOO_LARGE


def _diagnosed(name: str, data: bytes, path: Path | None = None, limits: Limits | None = None) -> Outcome:
    """Diagnose, advise and analyse the headers; a failure of the extras still shows the diagnosis."""
    exam = examine(data, name, limits=limits)
    report = exam.report
    try:
        advice = advise(report)
    except Exception:  # the answers are extra: never lose the diagnosis for them
        advice = None
    try:
        headers = exam.headers()  # the same parse: the Headers tab and the highlights share text and offsets
    except Exception:  # a bug in the header reader must not hide the diagnosis
        headers = None
    return Outcome(name, report, path=path, advice=advice, headers=headers)


def read_source(source: Source, limits: Limits | None = None) -> list[Outcome]:
    """Read and diagnose a source; never raises for bad input (an mbox gives one outcome per message)."""
    if source.path is None:
        try:
            return [_diagnosed(source.name, source.data or b"", limits=limits)]
        except BounceDoctorError as exc:
            return [Outcome(source.name, error=str(exc), problem=exc.problem())]
    out = []
    for item in read_path(source.path, limits=limits):
        label = Path(item.name).name or item.name
        if item.error is not None or item.data is None:
            out.append(Outcome(label, error=as_sentence(str(item.error or "")), path=source.path, problem=item.error))
            continue
        try:
            out.append(_diagnosed(label, item.data, source.path, limits))
        except BounceDoctorError as exc:
            out.append(Outcome(label, error=str(exc), path=source.path, problem=exc.problem()))
    return out


class _Carrier(QObject):
    """Lives on the GUI thread; the runnable emits through it (queued across threads)."""

    done = Signal(int, list)


class _ReadTask(QRunnable):
    def __init__(self, job: int, source: Source, carrier: _Carrier, limits: Limits | None = None) -> None:
        super().__init__()
        self._job = job
        self._source = source
        self._carrier = carrier
        self._limits = limits

    def run(self) -> None:
        try:
            outcomes = read_source(self._source, self._limits)
        except Exception as exc:  # a bug in the engine must not kill the window
            error = QCoreApplication.translate(
                "workers", "Bounce Doctor could not read this because of an error in the program (%1)."
            ).replace("%1", type(exc).__name__)
            details = "".join(traceback.format_exception(exc))
            outcomes = [Outcome(self._source.name, error=error, path=self._source.path, details=details)]
        self._carrier.done.emit(self._job, outcomes)


class Reader(QObject):
    """Starts reads on a thread pool and reports each result on the GUI thread."""

    started = Signal(int, str)  # job, name
    finished = Signal(int, list)  # job, [Outcome]
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._running: dict[int, _Carrier] = {}
        self.limits: Limits | None = None  # what each new read is allowed (None: the engine's defaults)

    def submit(self, source: Source) -> int:
        """Start reading a source; ``finished`` follows with its outcomes."""
        job = next(self._ids)
        carrier = _Carrier(self)
        carrier.done.connect(self._done)
        was_busy = self.busy
        self._running[job] = carrier
        self.started.emit(job, source.name)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_ReadTask(job, source, carrier, self.limits))
        return job

    @property
    def busy(self) -> bool:
        """Whether a read is under way."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the pool (tests and shutdown)."""
        return self._pool.waitForDone(msecs)

    def _done(self, job: int, outcomes: list) -> None:
        carrier = self._running.pop(job, None)
        if carrier is not None:
            carrier.deleteLater()
        self.finished.emit(job, outcomes)
        if not self._running:
            self.busy_changed.emit(False)
