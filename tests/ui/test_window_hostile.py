"""200 hostile files dropped in a row: the window answers each one and the event loop never stalls for long."""

from __future__ import annotations

import itertools
import os
import time
import urllib.parse
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES
from .hostile_files import write_hostile_files

pytestmark = pytest.mark.gui

DROPS = 200
STALL_BOUND = 2.0  # seconds: frozen, not slow (make bench measures speed)


def file_url(path: Path) -> QUrl:
    """A file URL as a file manager makes it: the name's bytes percent-encoded (they may not be UTF-8)."""
    return QUrl.fromEncoded(b"file://" + urllib.parse.quote_from_bytes(os.fsencode(path)).encode("ascii"))


def real_drop(window: MainWindow, url: QUrl) -> Qt.DropAction:
    """Drop one URL through the drop area's real handler; return the action it accepted."""
    md = QMimeData()
    md.setUrls([url])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    event = QDropEvent(QPointF(30, 30), actions, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.drop_area.dropEvent(event)
    assert event.isAccepted()
    return event.dropAction()


class StallMeter:
    """A timer ticking every 10 ms; the largest gap between ticks is the longest the event loop was blocked."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))

    def __enter__(self) -> StallMeter:
        self.ticks.append(time.monotonic())
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()
        self.ticks.append(time.monotonic())

    def longest(self) -> float:
        return max((b - a for a, b in itertools.pairwise(self.ticks)), default=0.0)


@pytest.mark.slow
def test_200_hostile_drops_in_a_row(qtbot: QtBot, settings: Settings, tmp_path: Path, record_property) -> None:
    files = write_hostile_files(tmp_path / "hostile")
    pool = QThreadPool()
    _app, window = create_app([], settings=settings, pool=pool)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown: list[str] = []
    per_file: dict[str, float] = {}
    with StallMeter() as meter:
        for i, path in zip(range(DROPS), itertools.cycle(files), strict=False):
            before = len(meter.ticks)
            t0 = time.monotonic()
            assert real_drop(window, file_url(path)) == Qt.DropAction.CopyAction
            qtbot.waitUntil(lambda: not window.reader.busy and window._shown is not None, timeout=30000)
            QApplication.processEvents()
            gap = max((b - a for a, b in itertools.pairwise(meter.ticks[before - 1:])), default=0.0)
            per_file[path.name] = max(per_file.get(path.name, 0.0), gap)
            report = window.current_report()
            if report is not None:
                shown.append("report")
            else:  # what went wrong is said in the window, in words
                assert window.empty_state.message_text().strip(), (i, path.name)
                shown.append("message")
            assert time.monotonic() - t0 < 30
    longest = meter.longest()
    worst = sorted(per_file.items(), key=lambda kv: -kv[1])[:3]
    record_property("longest_stall_s", round(longest, 3))
    print(f"\n200 hostile drops: longest event-loop stall {longest * 1000:.0f} ms; worst files {worst}")
    assert len(shown) == DROPS
    assert {"report", "message"} <= set(shown)
    assert longest < STALL_BOUND, f"the event loop stalled {longest:.2f} s; worst files: {worst}"
    assert window.error_panel.isHidden(), window.error_panel.details()
    # the window still works
    real_drop(window, QUrl.fromLocalFile(str(SAMPLES / "wrong-address.eml")))
    qtbot.waitUntil(lambda: window.current_report() is not None and window.current_report().name == "wrong-address.eml")
    pool.waitForDone(10000)
