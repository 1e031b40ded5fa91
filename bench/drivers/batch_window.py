"""The window's Batch tab on one mbox, for `make bench`; prints one JSON object.

    QT_QPA_PLATFORM=offscreen python batch_window.py MBOX [ROWS]

It opens the mbox in the Batch tab of a real main window (offscreen) as the user does, and measures:
the wall and CPU time until the last row is in the table (CPU of this process and of the worker
processes, which have ended by then), the longest gap of a 10 ms timer meanwhile (an event-loop stall),
the time to open the last message again in the diagnosis view, the peak resident memory of this process
and of the largest worker, and this process's resident memory once the table holds ROWS rows (the rows
read, then copies of them: distinct objects, as a bigger mailbox would give).

Qt is imported inside main(): the worker processes are spawned, and they import this script again.
"""

from __future__ import annotations

import json
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path


def status_kb() -> dict[str, int]:
    found = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1])
    return found


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from bounce_doctor import cli  # noqa: F401  # the command's own import path
    from bounce_doctor.ui.app import create_app
    from bounce_doctor.ui.settings import Settings

    mbox, rows_wanted = Path(argv[0]), int(argv[1]) if len(argv) > 1 else 100_000
    ini = Path(tempfile.mkdtemp(prefix="bd-bench-")) / "settings.ini"
    app, window = create_app([], settings=Settings.from_file(ini))
    window.resize(1280, 800)
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    ends: list = []
    window.batch_loader.finished.connect(lambda _job, summary: ends.append(summary))
    worst = [0.0, 0.0]

    def tick() -> None:
        now = time.monotonic()
        worst[0] = max(worst[0], now - worst[1])
        worst[1] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    cpu0, t0 = time.process_time(), time.perf_counter()
    worst[1] = time.monotonic()
    timer.start()
    window.open_path(mbox)
    while not ends:
        app.processEvents()
        app.thread().msleep(2)
    wall = time.perf_counter() - t0
    timer.stop()
    own_cpu = time.process_time() - cpu0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    model = window.batch_model
    loaded_rows = model.rowCount()
    peak_load_kb = status_kb()["VmHWM"]

    # the last message opened again (from the index), until its diagnosis is on screen
    last = model.row_at(loaded_rows - 1)
    before = window.current_report()
    t = time.perf_counter()
    window.open_batch_row(last)
    while window.current_report() is before:
        app.processEvents()
    window.repaint()
    reopen = time.perf_counter() - t

    # the table with ROWS rows
    rows = model.rows()
    while model.rowCount() < rows_wanted:
        need = rows_wanted - model.rowCount()
        for start in range(0, min(need, len(rows)), 5000):
            model.append(pickle.loads(pickle.dumps(rows[start:min(start + 5000, need)])))
    window.tabs.setCurrentIndex(1)
    for _ in range(20):
        app.processEvents()
    del rows
    rss_rows_kb = status_kb()["VmRSS"]
    print(json.dumps({
        "messages": ends[0].messages, "rows": loaded_rows, "wall": wall, "cpu": own_cpu + kids.ru_utime + kids.ru_stime,
        "gui_cpu": own_cpu, "max_stall": worst[0], "reopen": reopen,
        "peak_rss_kb": peak_load_kb, "worker_peak_rss_kb": kids.ru_maxrss,
        "rows_shown": model.rowCount(), "rss_rows_kb": rss_rows_kb,
    }))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
