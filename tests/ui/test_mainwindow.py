"""The main window: getting a bounce in, what the user sees, and the actions."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.output.text import report_text
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.mime_input import RFC822
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture
def clipboard_text():
    """Put text on the clipboard as real QMimeData; empty the clipboard afterwards.

    The clipboard owns the QMimeData once it has it; clearing it before the test
    ends lets Qt delete it while the application still exists.
    """

    def put(text: str) -> None:
        md = QMimeData()
        md.setText(text)
        QGuiApplication.clipboard().setMimeData(md)

    yield put
    QGuiApplication.clipboard().clear()


def drop_on(window: MainWindow, qtbot: QtBot, md: QMimeData) -> None:
    area = window.drop_area
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    event = QDropEvent(QPointF(20, 20), actions, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(area.sources_dropped):
        area.dropEvent(event)


def panel_text(window: MainWindow) -> str:
    return window.findChild(object, "diagnosisPanel").toPlainText()


def test_empty_window_says_what_to_do(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty_state
    assert "Drop a bounced email here" in window.empty_state.prompt.text()
    assert "%1" not in window.empty_state.prompt.text()
    assert not window.actions_by_name[Action.COPY_DIAGNOSIS].isEnabled()


def test_drop_one_file(window: MainWindow, qtbot: QtBot) -> None:
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / "wrong-address.eml"))])
    drop_on(window, qtbot, md)
    assert window.stack.currentIndex() == 1
    assert "bob@example.org was not delivered" in panel_text(window)
    assert window.file_list.isHidden()


def test_drop_several_files_fills_the_list(window: MainWindow, qtbot: QtBot) -> None:
    names = ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml"]
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / n)) for n in names])
    drop_on(window, qtbot, md)
    assert not window.file_list.isHidden()
    assert [window.file_list.item(i).text() for i in range(3)] == names
    assert window.current_report().name == "wrong-address.eml"
    window.file_list.setCurrentRow(1)
    assert window.current_report().name == "mailbox-full.eml"
    assert "mailbox is full" in panel_text(window)


def test_drop_text_and_rfc822(window: MainWindow, qtbot: QtBot) -> None:
    raw = (SAMPLES / "mailbox-full.eml").read_bytes()
    md = QMimeData()
    md.setData(RFC822, raw)
    drop_on(window, qtbot, md)
    assert "mailbox is full" in panel_text(window)
    md = QMimeData()
    md.setText((SAMPLES / "wrong-address.eml").read_text(encoding="utf-8"))
    drop_on(window, qtbot, md)
    assert "bob@example.org" in panel_text(window)


def test_paste_from_the_clipboard(window: MainWindow, clipboard_text) -> None:
    clipboard_text((SAMPLES / "delay-warning.eml").read_text(encoding="utf-8"))
    window.actions_by_name[Action.PASTE].trigger()
    assert "Delayed" in panel_text(window)


def test_paste_button_and_empty_clipboard(window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    window.empty_state.paste_button.click()
    assert "nothing to paste" in window.empty_state.message_text()


def test_paste_shortcut_is_the_standard_one(window: MainWindow) -> None:
    assert QKeySequence(QKeySequence.StandardKey.Paste) in window.actions_by_name[Action.PASTE].shortcuts()


def test_copy_diagnosis(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.actions_by_name[Action.COPY_DIAGNOSIS].trigger()
    # what the text says is output.text's (tests/output/test_text.py); the window copies it for the bounce shown
    assert QGuiApplication.clipboard().text() == report_text(window.current_report(), window.current_advice())


def test_multi_recipient_has_a_section_each(window: MainWindow) -> None:
    window.open_path(SAMPLES / "multi-recipient.eml")
    text = panel_text(window)
    for n, addr in enumerate(("olivia@example.org", "jake@gmial.com", "maria@example.net"), 1):
        assert f"Recipient {n}: {addr}" in text
    assert "not delivered to 3 of its recipients" in text


def test_helpdesk_details_open_on_demand(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    assert "Reported by" not in panel_text(window)
    href = next(h for text, h in window.diagnosis_panel.links() if "helpdesk" in text)
    window.diagnosis_panel.activate(href)
    text = panel_text(window)
    assert "Reported by" in text
    assert "Queue ID" in text
    assert "Checklist" in text


@pytest.mark.slow
def test_a_20_mb_message_does_not_freeze_the_window(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    pool = QThreadPool()
    _app, window = create_app([], settings=settings, pool=pool)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)  # the window's own first layout is done, as when a user drops a file on it
    head = (
        b"From: MAILER-DAEMON@example.com\r\nTo: alice@example.com\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nContent-Type: text/plain\r\n\r\n"
        b"<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n\r\n"
    )
    line = b"The quick brown fox jumps over the lazy dog while the mail server keeps its logs.\r\n"
    big = tmp_path / "big.eml"
    big.write_bytes(head + line * (20 * 1024 * 1024 // len(line)))
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window.open_path(big)
    qtbot.waitUntil(lambda: window.current_report() is not None, timeout=60000)
    timer.stop()
    assert window.current_report().recipients[0].address == "bob@example.org"
    # the event loop kept running while the message was read: it ticked, and never stopped for long
    # (a read on the window's thread would block it for the whole read)
    assert len(ticks) >= 2
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps, default=0) < 2.0
    pool.waitForDone(10000)
    QApplication.processEvents()


class HeldPool:
    """A pool that keeps the reads it is given; the test runs them when and in the order it likes."""

    def __init__(self) -> None:
        self.pending = []

    def start(self, runnable) -> None:
        self.pending.append(runnable)

    def waitForDone(self, _ms: int = -1) -> bool:  # noqa: N802
        return True

def test_try_a_sample_button_offers_the_samples(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.empty_state.sample_button.click()
    qtbot.waitUntil(window.sample_menu.isVisible)
    window.sample_menu.hide()


@pytest.mark.parametrize("focus", ["bounce_view", "diagnosis_panel", "file_list", "empty_state"])
def test_ctrl_v_pastes_from_anywhere_in_the_window(
    window: MainWindow, qtbot: QtBot, focus: str, clipboard_text
) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if focus != "empty_state":
        window.open_path(SAMPLES / "wrong-address.eml")
    widget = getattr(window, focus)
    widget.setFocus()
    clipboard_text((SAMPLES / "mailbox-full.eml").read_text(encoding="utf-8"))

    key = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    qtbot.keyClick(widget, key.key(), key.keyboardModifiers())
    assert window.current_report() is not None
    assert window.current_report().name == "Pasted text"


def test_key_widgets_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.bounce_view, window.diagnosis_panel, window.reference_view, window.reference_view.search,
                   window.reference_view.table, window.file_list, window.empty_state, window.legend):
        assert widget.accessibleName(), widget.objectName()


def test_tab_moves_through_the_diagnosis(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_path(SAMPLES / "wrong-address.eml")
    window.bounce_view.setFocus()
    assert window.bounce_view.nextInFocusChain() is not None
    qtbot.keyClick(window.bounce_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.diagnosis_panel

