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

from bounce_doctor.engine import MessageKind
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.mime_input import RFC822
from bounce_doctor.ui.samples import samples
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
    assert window.current_report().kind == MessageKind.DELAY
    assert "Delayed" in panel_text(window)


def test_paste_button_and_empty_clipboard(window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    window.empty_state.paste_button.click()
    assert "nothing to paste" in window.empty_state.message_text()


def test_paste_shortcut_is_the_standard_one(window: MainWindow) -> None:
    assert QKeySequence(QKeySequence.StandardKey.Paste) in window.actions_by_name[Action.PASTE].shortcuts()


def test_file_open_through_the_seam(window: MainWindow, monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    path = SAMPLES / "exchange-ndr.eml"
    monkeypatch.setattr(window, "_ask_open_paths", lambda: [str(path)])
    window.actions_by_name[Action.OPEN].trigger()
    assert window.current_report().name == "exchange-ndr.eml"
    assert settings.recent_files() == [str(path.resolve())]
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("exchange-ndr.eml" in t for t in texts)


def test_open_recent_opens_the_file(window: MainWindow, settings: Settings) -> None:
    settings.add_recent(SAMPLES / "spam-block.eml")
    window._fill_recent_menu()
    window.recent_menu.actions()[0].trigger()
    assert window.current_report().name == "spam-block.eml"


def test_sample_menu_opens_each_sample(window: MainWindow) -> None:
    actions = [a for a in window.sample_menu.actions() if a.data()]
    assert [a.text() for a in actions][:5] == [
        "A wrong address", "A full mailbox", "A spam block", "A delay warning", "An Exchange NDR"
    ]
    for action in actions:
        action.trigger()
        report = window.current_report()
        assert report is not None, action.text()
        assert Path(action.data()).name == report.name
        assert panel_text(window).strip()


def test_samples_in_other_languages_open_from_their_submenu(window: MainWindow) -> None:
    menu = window.sample_language_menu
    assert menu is not None
    actions = menu.actions()
    assert [Path(a.data()).name for a in actions][:2] == ["ndr-de.eml", "ndr-fr.eml"]
    assert len(actions) == 10
    assert actions[0].text() == "German: address does not exist"
    for action in actions:
        action.trigger()
        report = window.current_report()
        assert report is not None, action.text()
        assert report.name == Path(action.data()).name
        assert report.recipients, action.text()


def test_samples_exist() -> None:
    assert all(path.is_file() for _, path in samples())


def test_binary_file_gets_a_message_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    window.open_path(bad)
    assert window.stack.currentWidget() is window.empty_state
    text = window.empty_state.message_text()
    assert "photo.png" in text
    assert "PNG image" in text
    assert "paste its text" in text  # what to try
    assert window.current_report() is None


def test_missing_file_and_text_without_email(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(tmp_path / "gone.eml")
    assert "no such file" in window.empty_state.message_text().lower()
    window.open_text("just some words, nothing else")
    assert "holds no email" in window.empty_state.message_text()


def test_a_bad_file_among_several_shows_in_the_panel(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(20))
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / "wrong-address.eml")), QUrl.fromLocalFile(str(bad))])
    drop_on(window, qtbot, md)
    assert "(not read)" in window.file_list.item(1).text()
    window.file_list.setCurrentRow(1)
    assert "PDF document" in panel_text(window)


def test_clicking_a_finding_selects_its_span(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    report = window.current_report()
    href = next(h for text, h in window.diagnosis_panel.links() if text == "5.1.1")
    window.diagnosis_panel.activate(href)
    start, end = window.bounce_view.selected_range()
    assert report.text[start:end] == "5.1.1"


def test_clicking_a_code_opens_the_reference(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.bounce_view.code_activated.emit("5.1.1")
    assert window.tabs.currentWidget() is window.reference_view
    assert window.reference_view.current_key() == "enhanced:5.1.1"


def test_open_in_reference_link(window: MainWindow) -> None:
    window.open_path(SAMPLES / "mailbox-full.eml")
    href = next(h for text, h in window.diagnosis_panel.links() if text == "Open in reference")
    window.diagnosis_panel.activate(href)
    assert window.tabs.currentWidget() is window.reference_view
    assert window.reference_view.current_key() == href.removeprefix("ref:")


def test_f1_opens_the_reference_with_focus_in_search(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_name[Action.SHOW_REFERENCE].trigger()
    assert window.tabs.currentWidget() is window.reference_view
    assert window.focusWidget() is window.reference_view.search


def test_copy_diagnosis(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.actions_by_name[Action.COPY_DIAGNOSIS].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("== wrong-address.eml")
    assert "[Not delivered]" in text


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


def test_theme_choice_is_applied_and_remembered(window: MainWindow, settings: Settings, qtbot: QtBot) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    light = window.bounce_view.highlighted()
    window.theme_actions["dark"].trigger()
    assert window.theme.is_dark()
    assert settings.value("view/theme") == "dark"
    qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 128)
    assert window.bounce_view.highlighted() != light
    window.theme_actions["light"].trigger()
    assert not window.theme.is_dark()


def test_window_state_is_remembered(qtbot: QtBot, settings: Settings) -> None:
    _app, first = create_app([], settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)
    first.main_splitter.setSizes([0, 300, 600])
    first.close()
    _app, second = create_app([], settings=settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert not settings.value("window/main_splitter").isEmpty()


def test_close_goes_back_to_the_empty_window(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.actions_by_name[Action.CLOSE].trigger()
    assert window.stack.currentWidget() is window.empty_state
    assert window.current_report() is None


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

def test_progress_shows_when_reading_takes_a_moment(qtbot: QtBot, settings: Settings) -> None:
    pool = HeldPool()
    _app, window = create_app([], settings=settings, pool=pool)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.open_path(SAMPLES / "wrong-address.eml")
    assert window.progress.isHidden()
    qtbot.waitUntil(lambda: not window.progress.isHidden(), timeout=3000)
    assert "wrong-address.eml" in window.progress_label.text()
    pool.pending.pop().run()
    assert window.progress.isHidden()
    assert window.current_report() is not None


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


def test_list_keeps_the_order_given_when_reads_finish_out_of_order(qtbot: QtBot, settings: Settings, tmp_path) -> None:
    pool = HeldPool()
    _app, window = create_app([], settings=settings, pool=pool)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    bad = tmp_path / "b.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    window.open_paths([SAMPLES / "wrong-address.eml", bad, SAMPLES / "spam-block.eml"])
    for runnable in reversed(pool.pending):
        runnable.run()
    labels = [window.file_list.item(i).text() for i in range(window.file_list.count())]
    assert labels == ["wrong-address.eml", "b.png (not read)", "spam-block.eml"]
    window.file_list.setCurrentRow(1)
    assert window.stack.currentIndex() == 1
    assert "PNG image" in panel_text(window)
