"""Reading and diagnosing off the GUI thread: QThreadPool + QRunnable + a QObject signal carrier."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..engine import BounceDoctorError, Report, diagnose
from ..engine.advice import Advice, advise
from ..engine.headers import HeaderAnalysis, analyse
from ..engine.inputs import read_path
from .mime_input import Source


@dataclass(frozen=True, slots=True)
class Outcome:
    """One message's diagnosis, or the sentence that says why it could not be read."""

    name: str
    report: Report | None = None
    error: str | None = None
    path: Path | None = None
    advice: Advice | None = None  # the answers (who acts, resend, ...), worked out with the report
    headers: HeaderAnalysis | None = None  # the header analysis of the same bytes


def _diagnosed(name: str, data: bytes, path: Path | None = None) -> Outcome:
    """Diagnose, advise and analyse the headers; a failure of the extras still shows the diagnosis."""
    report = diagnose(data, name)
    try:
        advice = advise(report)
    except Exception:  # the answers are extra: never lose the diagnosis for them
        advice = None
    try:
        headers = analyse(data, report)
    except Exception:  # a bug in the header reader must not hide the diagnosis
        headers = None
    return Outcome(name, report, path=path, advice=advice, headers=headers)


def read_source(source: Source) -> list[Outcome]:
    """Read and diagnose a source; never raises for bad input (an mbox gives one outcome per message)."""
    if source.path is None:
        try:
            return [_diagnosed(source.name, source.data or b"")]
        except BounceDoctorError as exc:
            return [Outcome(source.name, error=str(exc))]
    out = []
    for item in read_path(source.path):
        label = Path(item.name).name or item.name
        if item.error is not None or item.data is None:
            out.append(Outcome(label, error=_file_error(item.error or ""), path=source.path))
            continue
        try:
            out.append(_diagnosed(label, item.data, source.path))
        except BounceDoctorError as exc:
            out.append(Outcome(label, error=str(exc), path=source.path))
    return out


def _file_error(error: str) -> str:
    text = error[:1].upper() + error[1:]
    return text if text.endswith(".") else f"{text}."


class _Carrier(QObject):
    """Lives on the GUI thread; the runnable emits through it (queued across threads)."""

    done = Signal(int, list)


class _ReadTask(QRunnable):
    def __init__(self, job: int, source: Source, carrier: _Carrier) -> None:
        super().__init__()
        self._job = job
        self._source = source
        self._carrier = carrier

    def run(self) -> None:
        try:
            outcomes = read_source(self._source)
        except Exception as exc:  # a bug in the engine must not kill the window
            outcomes = [Outcome(self._source.name, error=f"Bounce Doctor could not read this ({type(exc).__name__}).")]
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
        self._pool.start(_ReadTask(job, source, carrier))
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
