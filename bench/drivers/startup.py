"""Start-up of the window for `make bench`: run as a fresh process, it prints
``shown`` when the main window is on screen (painted), then, given a file,
``diagnosed CPU_SECONDS`` when that file, dropped on the window, is diagnosed and shown,
and finally ``rss KB PEAK_KB`` after IDLE_MS of idling. The parent times the markers
from before it started this process.

    QT_QPA_PLATFORM=offscreen python startup.py [FILE]

It takes the same path as the ``bounce-doctor`` command (cli, then
ui.app.create_app) with a settings file of its own, so no earlier session
changes the window.
"""

import sys
import tempfile
import time
from pathlib import Path

from bounce_doctor import cli  # noqa: F401  # the command's own import path
from bounce_doctor.ui.app import create_app

IDLE_MS = 1000


def memory_kb() -> tuple[int, int]:
    """Resident memory now and at its peak (VmRSS, VmHWM)."""
    found = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1])
    return found.get("VmRSS", 0), found.get("VmHWM", 0)


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QElapsedTimer, QMimeData, QUrl

    from bounce_doctor.ui import mime_input
    from bounce_doctor.ui.settings import Settings

    ini = Path(tempfile.mkdtemp(prefix="bd-bench-")) / "settings.ini"
    app, window = create_app([], settings=Settings.from_file(ini))
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    window.repaint()
    print(f"shown {time.process_time()}", flush=True)
    if argv:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(Path(argv[0]).resolve()))])
        window.drop_area.sources_dropped.emit(mime_input.sources(mime))
        while window.current_report() is None:
            app.processEvents()
        window.repaint()
        print(f"diagnosed {time.process_time()}", flush=True)
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < IDLE_MS:
        app.processEvents()
        app.thread().msleep(10)
    print("rss {} {}".format(*memory_kb()), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
