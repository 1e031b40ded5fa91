"""The Batch tab's loader: a large batch read by worker processes, rows in order, time left, Cancel,
and a message opened again from the index."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.inputs import CHANGED
from bounce_doctor.output.batch import MessageRef
from bounce_doctor.ui import batch_worker
from bounce_doctor.ui.batch_model import BatchModel
from bounce_doctor.ui.batch_view import BatchView
from bounce_doctor.ui.batch_worker import BatchLoader

from ..conftest import SAMPLES

# How long the event loop may go without ticking before the window counts as frozen. `make bench`
# measures the real stall (under 100 ms); a test only tells a responsive window from a frozen one:
# reading 5,000 messages on the window's thread would block it for several seconds.
STALL_LIMIT = 2.0
NAMES = ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml", "multi-recipient.eml", "delay-warning.eml"]


def make_mbox(path: Path, count: int) -> Path:
    datas = [(SAMPLES / n).read_bytes().rstrip(b"\n") + b"\n\n" for n in NAMES]
    with path.open("wb") as fh:
        for i in range(count):
            fh.write(b"From MAILER-DAEMON Sat Jan  1 00:00:00 2025\n"
                     + datas[i % len(datas)].replace(b"Subject: ", f"Subject: n{i} ".encode(), 1))
    return path


def stall_meter() -> tuple[QTimer, list[float]]:
    worst = [0.0, time.monotonic()]
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        now = time.monotonic()
        worst[0] = max(worst[0], now - worst[1])
        worst[1] = now

    timer.timeout.connect(tick)
    timer.start()
    return timer, worst


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.slow
def test_5000_messages_stream_in_order_from_the_workers(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    box = make_mbox(tmp_path / "big", 5000)
    loader = BatchLoader(QThreadPool())
    model = BatchModel()
    view = BatchView(model)
    qtbot.addWidget(view)
    view.show()
    progress: list[tuple[int, int, float, int]] = []
    ends: list = []
    loader.rows_ready.connect(lambda _job, rows: model.append(rows))
    loader.progress.connect(lambda _job, n, rows, rate, total: progress.append((n, rows, rate, total)))
    loader.progress.connect(lambda _job, n, _rows, rate, total: view.set_progress(n, total, rate))
    loader.finished.connect(lambda _job, summary: ends.append(summary))
    formats: list[str] = []
    loader.progress.connect(lambda *_a: formats.append(view.progress.format()))
    view.set_loading(True)
    timer, worst = stall_meter()
    loader.start([box])
    qtbot.waitUntil(lambda: bool(ends), timeout=180000)
    timer.stop()
    assert ends[0].messages == 5000
    assert not ends[0].cancelled
    assert model.rowCount() == 7000  # multi-recipient.eml has three
    numbers = [r.ref.index for r in model.rows()]
    assert numbers == sorted(numbers)  # the input's order
    assert numbers[-1] == 5000
    assert len(loader.last.worker_pids) >= 2  # read by worker processes
    assert all(gone(pid) for pid in loader.last.worker_pids)  # and they ended with the load
    assert progress[-1][0] == progress[-1][3] == 5000  # the total is known by the end
    assert any(f.endswith(" s left") or f.endswith(" min left") for f in formats)
    assert worst[0] < STALL_LIMIT, worst[0]
    print(f"5,000 messages in {ends[0].seconds:.1f} s; longest event-loop stall {worst[0] * 1000:.0f} ms")

    # the last message opened again: from the index, not by reading the mbox up to it
    monkeypatch.setattr(batch_worker, "read_message", lambda _ref: pytest.fail("the mbox was read from its start"))
    read: list = []
    loader.message_read.connect(lambda label, item: read.append((label, item)))
    last = model.rows()[-1]
    loader.read_one(last.ref, last.file)
    qtbot.waitUntil(lambda: bool(read), timeout=5000)
    assert read[0][1].error is None
    assert b"Subject: n4999 " in read[0][1].data
    assert loader.wait(5000)


@pytest.mark.slow
def test_cancel_stops_every_worker_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    box = make_mbox(tmp_path / "big", 5000)
    loader = BatchLoader(QThreadPool())
    loader.parallel_after = 20
    got: list[int] = []
    ends: list = []
    loader.rows_ready.connect(lambda _job, rows: got.append(len(rows)))
    loader.finished.connect(lambda _job, summary: ends.append(summary))
    loader.start([box])
    qtbot.waitUntil(lambda: loader.last.in_workers and sum(got) > 200, timeout=60000)
    pids = list(loader.last.worker_pids)
    asked = time.monotonic()
    loader.cancel()
    qtbot.waitUntil(lambda: bool(ends), timeout=5000)
    stopped = time.monotonic() - asked
    assert ends[0].cancelled
    assert ends[0].messages < 5000
    assert stopped < 3.0, stopped  # at once, not after the rest of the 5,000 (several seconds)
    assert len(pids) >= 2
    assert all(gone(pid) for pid in pids), pids  # no orphan left running
    assert loader.wait(5000)


def test_a_small_batch_is_read_on_the_thread_and_reopens_from_its_index(qtbot: QtBot, tmp_path: Path) -> None:
    box = make_mbox(tmp_path / "box", 30)
    loader = BatchLoader(QThreadPool())
    ends: list = []
    read: list = []
    loader.finished.connect(lambda _job, summary: ends.append(summary))
    loader.message_read.connect(lambda label, item: read.append(item))
    loader.start([box])
    qtbot.waitUntil(lambda: bool(ends), timeout=30000)
    assert loader.last.worker_pids == []
    assert len(loader.indexes[str(box)]) == 30
    loader.read_one(MessageRef(str(box), 12), "box #12")
    qtbot.waitUntil(lambda: bool(read), timeout=5000)
    assert b"Subject: n11 " in read[0].data
    box.write_bytes(box.read_bytes().replace(b"Subject: n3 ", b"Subject: n9 "))  # same size, new mtime
    os.utime(box, ns=(time.time_ns() + 10**9,) * 2)
    loader.read_one(MessageRef(str(box), 12), "box #12")
    qtbot.waitUntil(lambda: len(read) == 2, timeout=5000)
    assert read[1].data is None
    assert read[1].error == CHANGED
    assert loader.wait(5000)
