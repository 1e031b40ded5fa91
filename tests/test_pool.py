"""Reading a batch on every core: spawned workers without Qt, the input's order, and Cancel."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from bounce_doctor import pool
from bounce_doctor.engine import BounceDoctorError, diagnose
from bounce_doctor.engine.errors import InputProblem
from bounce_doctor.output.batch import MessageRef
from bounce_doctor.pool import ParallelRead

from .conftest import SAMPLES

NAMES = ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml", "multi-recipient.eml", "delay-warning.eml"]


def make_mbox(path: Path, count: int) -> Path:
    datas = [(SAMPLES / n).read_bytes().rstrip(b"\n") + b"\n\n" for n in NAMES]
    with path.open("wb") as fh:
        for i in range(count):
            fh.write(b"From MAILER-DAEMON Sat Jan  1 00:00:00 2025\n" + datas[i % len(datas)])
    return path


def spy(data: bytes, name: str) -> object:
    """A diagnose that says where it ran (as an unreadable message's sentence)."""
    qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
    raise BounceDoctorError(f"{os.getpid()} {qt}")


def slow(data: bytes, name: str) -> object:
    time.sleep(0.05)
    return diagnose(data, name)


def flat(read: ParallelRead) -> list[tuple]:
    return [r for chunk in read.chunks() for r in chunk]


def test_spawned_workers_run_without_qt_and_read_in_order(tmp_path: Path) -> None:
    import PySide6.QtCore  # noqa: F401  # loaded here, as in the window (the workers import this module)

    assert "PySide6.QtCore" in sys.modules
    box = make_mbox(tmp_path / "box", 300)
    read = ParallelRead([box], diagnose_fn=spy, jobs=2, parallel_after=20)
    out = flat(read)
    assert [r[0] for r in out] == [f"box #{i}" for i in range(1, 301)]
    assert [r[1] for r in out] == [MessageRef(str(box), i) for i in range(1, 301)]
    where = [r[2].sentence.split(" ", 1) for r in out]
    assert {pid for pid, _qt in where[:20]} == {str(os.getpid())}  # the first ones here
    workers = {pid for pid, _qt in where[20:]}
    assert str(os.getpid()) not in workers
    assert workers <= {str(p) for p in read.worker_pids}
    assert {qt for _pid, qt in where[20:]} == {"[]"}  # no PySide6 in any worker
    assert (read.found, read.total) == (300, 300)


def test_workers_give_the_rows_one_process_gives(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    make_mbox(folder / "a-box", 60)
    make_mbox(folder / "b-one", 1)
    for name in NAMES:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "empty.eml").write_bytes(b"")
    alone = flat(ParallelRead([folder], jobs=1))
    shared = flat(ParallelRead([folder], jobs=2, parallel_after=10))
    assert shared == alone
    labels = [r[0] for r in alone]
    assert labels[:2] == ["a-box #1", "a-box #2"]
    assert "b-one" in labels  # one message: the file's own name, and ref index 0
    assert alone[labels.index("b-one")][1] == MessageRef(str(folder / "b-one"), 0)
    assert isinstance(alone[labels.index("empty.eml")][2], InputProblem)
    assert sum(len(r[2]) for r in alone if not isinstance(r[2], InputProblem)) > 60


def test_a_small_batch_starts_no_process(tmp_path: Path) -> None:
    box = make_mbox(tmp_path / "box", pool.PARALLEL_AFTER)
    read = ParallelRead([box], jobs=2)
    assert len(flat(read)) == pool.PARALLEL_AFTER
    assert read.worker_pids == []


def test_cancel_terminates_every_worker(tmp_path: Path) -> None:
    box = make_mbox(tmp_path / "box", 2000)
    read = ParallelRead([box], diagnose_fn=slow, jobs=2, parallel_after=5)
    got = 0
    for chunk in read.chunks():
        got += len(chunk)
        if read.in_workers:
            pids = list(read.worker_pids)
            asked = time.monotonic()
            read.cancel()
    took = time.monotonic() - asked
    assert got < 200
    assert took < 3.0, took  # at once, not after the remaining messages
    assert len(pids) == 2
    for pid in pids:  # terminated and reaped: no orphan, no zombie
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not read.in_workers


def test_nothing_is_written_beside_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    make_mbox(folder / "box", 260)
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    read = ParallelRead([folder], jobs=2, parallel_after=10)
    assert len(flat(read)) == 260
    assert read.indexes[str(folder / "box")].read(260).data
    assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")) == before
