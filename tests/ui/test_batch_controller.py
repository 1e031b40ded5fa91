"""The batch controller: starting a load, its rows and counts, what the line above the table says, opening a row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.errors import Problem, problem
from bounce_doctor.output.batch import MessageRef
from bounce_doctor.ui.batch_charts import BatchCharts
from bounce_doctor.ui.batch_controller import BATCH_TAB, BatchController, batch_summary
from bounce_doctor.ui.batch_model import BatchModel, Column
from bounce_doctor.ui.batch_view import BatchView
from bounce_doctor.ui.batch_worker import LoadSummary
from bounce_doctor.ui.mainwindow import Action, MainWindow

from ..conftest import SAMPLES
from .test_batch_view import BOUNCES, make_mbox, row

pytestmark = pytest.mark.gui


class StubLoader:
    """Records what it is asked to load or read; ``current`` is the job the controller listens to."""

    current = 7

    def __init__(self) -> None:
        self.started: list[list[Path]] = []
        self.read: list[tuple[MessageRef, str]] = []

    def start(self, paths: list[Path]) -> None:
        self.started.append(paths)

    def read_one(self, ref: MessageRef, label: str) -> None:
        self.read.append((ref, label))


@pytest.fixture
def parts(qtbot: QtBot) -> tuple[BatchController, StubLoader, list[tuple[str, int]]]:
    model = BatchModel()
    view, charts, tabs = BatchView(model), BatchCharts(), QTabWidget()
    for widget in (QWidget(), view, QWidget()):
        tabs.addTab(widget, "")
    tabs.setTabVisible(BATCH_TAB, False)
    qtbot.addWidget(tabs)
    qtbot.addWidget(charts)
    loader, said = StubLoader(), []
    export = QAction()
    export.setEnabled(True)
    batch = BatchController(model, view, charts, loader, tabs, export,  # type: ignore[arg-type]
                            ask_folder=lambda: "", show_message=lambda text, ms: said.append((text, ms)))
    return batch, loader, said


def summary(messages: int = 5, *, cancelled: bool = False, unreadable: int = 0,
            only: MessageRef | None = None) -> LoadSummary:
    problems = tuple((f"m{i}", problem(Problem.EMPTY, "the mailbox holds no messages")) for i in range(unreadable))
    return LoadSummary(messages, 3, problems, unreadable, cancelled, 1.25, only)


def test_a_load_shows_the_tab_says_reading_and_holds_the_export(parts) -> None:
    batch, loader, _said = parts
    paths = [SAMPLES / "spam-block.eml", SAMPLES / "wrong-address.eml"]
    batch.open_batch(paths)
    assert loader.started == [paths]
    assert batch.tabs.isTabVisible(BATCH_TAB)
    assert batch.tabs.currentIndex() == 0  # two files: the first diagnosis stays in front
    assert batch.view.status_label.text() == "Reading…"
    assert not batch.export_action.isEnabled()


def test_rows_and_progress_of_an_older_load_are_dropped(parts) -> None:
    batch, loader, _said = parts
    batch.open_batch([SAMPLES])
    batch.add_rows(loader.current - 1, [row("old@example.org")])
    batch.progress(loader.current - 1, 99, 99, 9.0)
    assert batch.model.rowCount() == 0
    assert batch.view.status_label.text() == "Reading…"
    batch.add_rows(loader.current, [row("a@example.org"), row("b@example.org")])
    batch.progress(loader.current, 2, 2, 1500.0, 10)
    assert batch.model.rowCount() == 2
    assert batch.counts.counts().by_domain == [("example.org", 2)]
    assert batch.chart_timer.isActive()
    assert batch.view.status_label.text() == "Reading… 2 messages so far (1,500 a second), 2 failed recipients."


def test_the_end_of_a_load_says_how_it_went_and_allows_the_export(parts) -> None:
    batch, loader, _said = parts
    batch.open_batch([SAMPLES])
    batch.add_rows(loader.current, [row("a@example.org")])
    batch.finished(loader.current, summary(unreadable=2))
    assert batch.view.status_label.text().startswith("Read 5 messages in 1.2 seconds. 2 could not be read")
    # the reasons in the window's words (a sentence of its own, from the problem's phrase)
    assert batch.view.status_label.toolTip() == "m0: The mailbox holds no messages.\nm1: The mailbox holds no messages."
    assert batch.export_action.isEnabled()
    batch.retranslate()
    assert batch.view.status_label.text().startswith("Read 5 messages")


def test_an_mbox_of_one_message_opens_it_alone(parts, tmp_path: Path) -> None:
    batch, loader, _said = parts
    box = tmp_path / "one"
    batch.open_batch([box])
    batch.finished(loader.current, summary(1, only=MessageRef(str(box), 0)))
    assert not batch.tabs.isTabVisible(BATCH_TAB)
    assert loader.read == [(MessageRef(str(box), 0), "one")]


def test_opening_a_row_says_so_and_reads_it_again(parts) -> None:
    batch, loader, said = parts
    one = row("a@example.org", file="box.mbox", ref=MessageRef("box.mbox", 4))
    batch.open_row(one)
    assert said == [("Opening box.mbox…", 3000)]
    assert loader.read == [(MessageRef("box.mbox", 4), "box.mbox")]


def test_the_summary_of_a_cancelled_load() -> None:
    assert batch_summary(summary(1200, cancelled=True)) == "Stopped after 1,200 messages (1.2 seconds)."


def test_open_folder_fills_the_batch_and_a_row_opens(window: MainWindow, monkeypatch, tmp_path: Path, qtbot) -> None:
    for n in BOUNCES:
        (tmp_path / n).write_bytes((SAMPLES / n).read_bytes())
    monkeypatch.setattr(window, "_ask_folder", lambda: str(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name[Action.OPEN_FOLDER].trigger()
    view = window.batch_view
    assert window.tabs.currentWidget() is window.batch_splitter
    assert window.batch_model.rowCount() == 7  # three recipients in multi-recipient.eml
    assert "Read 5 messages" in view.status_label.text()
    assert view.cancel_button.isHidden()
    assert window.actions_by_name[Action.EXPORT_BATCH].isEnabled()
    view.search.setText("mailbox-full.eml")
    assert view.proxy.rowCount() == 1
    table = view.table
    qtbot.wait(50)
    rect = table.visualRect(view.proxy.index(0, Column.RECIPIENT))
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click starts so
    assert window.tabs.currentIndex() == 1  # one click only selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentIndex() == 0
    assert window.current_report() is not None
    assert window.current_report().name == "mailbox-full.eml"


def test_an_mbox_opens_in_the_batch_view_and_a_message_in_it_opens(window: MainWindow, tmp_path: Path) -> None:
    box = make_mbox(tmp_path / "bounces", 12)
    window.open_path(box)
    assert window.batch_model.rowCount() == 16  # 7 rows per 5 messages (multi-recipient.eml has 3)
    third = window.batch_view.proxy.visible_rows()[2]
    assert third.ref == MessageRef(str(box), 3)
    window.open_batch_row(third)
    assert "spam" in window.current_report().text.lower()
    one = make_mbox(tmp_path / "one", 1)
    window.open_path(one)
    assert not window.tabs.isTabVisible(1)  # one message: the single view
    assert window.current_report().name == "one"
