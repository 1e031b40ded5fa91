"""Issue #9 in the window: the size limit, errors that do not kill the window, privacy and read-only input."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.limits import MB
from bounce_doctor.ui import workers
from bounce_doctor.ui.limits_dialog import LimitsDialog
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.samples import samples
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES
from .test_window_hostile import file_url, real_drop

pytestmark = pytest.mark.gui

HEAD = b"From: MAILER-DAEMON@example.org\r\nTo: alice@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"
BODY = b"<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n"


def drop(window: MainWindow, qtbot: QtBot, md: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, md,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.drop_area.sources_dropped):
        window.drop_area.dropEvent(event)
    return event


def drop_files(window: MainWindow, qtbot: QtBot, *paths: Path) -> QDropEvent:
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return drop(window, qtbot, md)


def panel_text(window: MainWindow) -> str:
    return window.diagnosis_panel.toPlainText()


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


# ---- the size limit


def test_the_size_limit_is_a_setting_that_every_read_gets(window: MainWindow, settings: Settings) -> None:
    assert window.limits().max_input_bytes == 50 * MB  # the engine's default
    window.set_size_limit(120)
    assert settings.value("limits/max_size_mb") == 120
    assert window.reader.limits.max_input_bytes == 120 * MB
    assert window.actions_by_name[Action.SIZE_LIMIT].text() == "Size &limit…"
    assert window.actions_by_name[Action.SIZE_LIMIT] in window.menuBar().actions()[2].menu().actions()


def test_past_the_limit_the_window_says_so_and_raising_it_reads_the_file_again(
    window: MainWindow, qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_size_limit(1)
    big = tmp_path / "big.eml"
    big.write_bytes(HEAD + b"\r\n" + BODY + b"filler line of a long bounce\r\n" * 60_000)  # about 1.8 MB
    drop_files(window, qtbot, big)
    assert window.current_report() is None
    message = window.empty_state.message_text()
    assert "too large" in message
    assert "larger than the limit of 1 MB" in message  # the engine's sentence
    assert "--max-size" not in message  # the command line's advice is not the window's
    assert "Raise the limit…" in message
    asked: list[int] = []

    def accept(dialog: LimitsDialog) -> bool:
        asked.append(dialog.size_mb())
        dialog.spin.setValue(5)
        return True

    monkeypatch.setattr(window, "_exec_dialog", accept)
    window.empty_state.message.linkActivated.emit("action:limits")  # what a click on the link does
    assert asked == [2]  # the dialog proposes a limit that reads the 1.8 MB file just refused
    assert settings.value("limits/max_size_mb") == 5
    assert window.current_report() is not None  # read again, now under the limit
    assert window.current_report().name == "big.eml"


def test_past_the_limit_in_a_list_the_link_is_in_the_panel(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_size_limit(1)
    big = tmp_path / "big.eml"
    big.write_bytes(HEAD + b"\r\n" + BODY * 30_000)
    drop_files(window, qtbot, SAMPLES / "wrong-address.eml", big)
    window.file_list.setCurrentRow(1)
    assert "too large" in panel_text(window)
    assert ("Raise the limit…", "action:limits") in window.diagnosis_panel.links()
    opened = []
    monkeypatch.setattr(window, "ask_size_limit", lambda: opened.append(True))
    window.diagnosis_panel.activate("action:limits")
    assert opened == [True]


def test_the_limits_dialog(qtbot: QtBot) -> None:
    dialog = LimitsDialog(200)
    qtbot.addWidget(dialog)
    assert dialog.size_mb() == 200
    assert dialog.spin.suffix().strip() == "MB"
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.size_mb() == 50
    dialog.spin.setValue(0)
    assert dialog.size_mb() == 1  # never zero


def test_limits_reached_inside_a_message_are_a_notice_in_the_diagnosis(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "long.eml"
    path.write_bytes(HEAD + b"Content-Type: text/plain\r\n\r\n" + BODY + b"y" * 300_000 + b"\r\n")
    window.open_path(path)
    report = window.current_report()
    assert report is not None  # the notes the engine makes of it: tests/engine/test_limits.py
    text = panel_text(window)
    assert "Part of this message was not read." in text
    assert report.notes[0] in text
    assert 'class="notice"' in window.diagnosis_panel._html(report, window.theme.color)


# ---- the window survives


def test_an_error_in_the_engine_shows_a_message_copy_details_and_the_next_file_opens(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the engine broke on purpose")

    monkeypatch.setattr(workers, "examine", broken)
    window.open_path(SAMPLES / "wrong-address.eml")
    assert window.current_report() is None
    assert "error in the program (RuntimeError)" in window.empty_state.message_text()
    panel = window.error_panel
    assert not panel.isHidden()
    assert "Something went wrong inside Bounce Doctor" in panel.label.text()
    assert visible_dialogs() == []
    QGuiApplication.clipboard().clear()
    panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Traceback (most recent call last):")
    assert "RuntimeError: the engine broke on purpose" in copied
    assert "in broken" in copied

    window.open_path(SAMPLES / "mailbox-full.eml")  # a second failure: the same panel, no new window
    assert "2 errors so far" in panel.label.text()
    assert visible_dialogs() == []

    monkeypatch.undo()
    window.open_path(SAMPLES / "mailbox-full.eml")
    assert window.current_report() is not None
    assert "mailbox is full" in panel_text(window)
    panel.dismiss()
    assert panel.isHidden()
    assert panel.details() == ""
    QGuiApplication.clipboard().clear()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_error_panel(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    crashes = QApplication.instance()._bounce_doctor_crashes
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there
    crashes.uninstall()
    crashes.install()
    assert sys.excepthook == crashes.excepthook
    try:
        def bad_slot() -> None:
            raise ValueError("a slot broke on purpose")

        QTimer.singleShot(0, bad_slot)
        qtbot.waitUntil(lambda: not window.error_panel.isHidden(), timeout=5000)
        assert "ValueError: a slot broke on purpose" in window.error_panel.details()

        # a slot of the window itself fails while showing a result: the window goes on
        monkeypatch.setattr(window.bounce_view, "set_report", lambda *_a: 1 / 0)
        window.open_path(SAMPLES / "wrong-address.eml")
        qtbot.waitUntil(lambda: "ZeroDivisionError" in window.error_panel.details(), timeout=5000)
        assert "2 errors so far" in window.error_panel.label.text()
        monkeypatch.undo()
        window.open_path(SAMPLES / "mailbox-full.eml")
        assert window.current_report().name == "mailbox-full.eml"
        assert visible_dialogs() == []
    finally:
        crashes.uninstall()
    assert "a slot broke on purpose" in capsys.readouterr().err  # still printed, as before


# ---- privacy and safety


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way out to the network raises and is recorded, and so are browsers and programs started."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def f(*_args: object, **_kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network access attempted: {name}")

        return f

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn"):
        monkeypatch.setattr(socket, name, refuse(name))
    monkeypatch.setattr(QDesktopServices, "openUrl", refuse("QDesktopServices.openUrl"))
    monkeypatch.setattr(subprocess, "Popen", refuse("subprocess.Popen"))
    monkeypatch.setattr(os, "system", refuse("os.system"))
    return attempts


def html_bounce() -> bytes:
    img = b'<img src="http://192.0.2.1/x.png">'
    return (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/html\r\n\r\n<html><body>" + img + b"<p>Your message could not be delivered.</p>"
        b"</body></html>\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        b"Final-Recipient: rfc822; bob@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        b"Diagnostic-Code: smtp; 550 5.1.1 " + img + b" User unknown\r\n\r\n--B\r\n"
        b'Content-Type: application/octet-stream; name="run.exe"\r\nContent-Disposition: attachment; filename="run.exe"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAA\r\n--B--\r\n"
    )


def test_the_window_never_reaches_the_network(
    window: MainWindow, qtbot: QtBot, no_network: list[str], tmp_path: Path
) -> None:
    for _title, path in samples():
        window.open_sample(path)
        assert window.current_report() is not None
        for i in range(len(window.current_report().recipients)):
            window.diagnosis_panel.set_details_open(i, True)
    (tmp_path / "html.eml").write_bytes(html_bounce())
    drop_files(window, qtbot, SAMPLES / "wrong-address.eml", tmp_path / "html.eml")
    md = QMimeData()
    md.setText((SAMPLES / "mailbox-full.eml").read_text(encoding="utf-8"))
    QGuiApplication.clipboard().setMimeData(md)
    window.actions_by_name[Action.PASTE].trigger()
    assert window.current_report().name == "Pasted text"
    QGuiApplication.clipboard().clear()
    window.show_reference()
    window.reference_view.show_entry(window.catalog.entries[0].key)
    window.show_reference_entry(window.catalog.explain("5.7.26", None).best.key)
    QApplication.processEvents()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
    assert "PySide6.QtWebEngineWidgets" not in sys.modules


def test_html_in_a_bounce_is_text_and_nothing_remote_is_loaded(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "html.eml"
    path.write_bytes(html_bounce())
    window.open_path(path)
    report = window.current_report()
    assert report is not None
    # the bounce view is plain text: the tag is shown as it is, never rendered
    assert type(window.bounce_view).__mro__[1].__name__ == "QPlainTextEdit"
    assert '<img src="http://192.0.2.1/x.png">' in window.bounce_view.toPlainText()
    window.diagnosis_panel.set_details_open(0, True)
    assert '<img src="http://192.0.2.1/x.png">' in panel_text(window)  # the server's reply, escaped
    panel = window.diagnosis_panel
    assert not panel.openExternalLinks()
    assert not panel.openLinks()
    for url in ("http://192.0.2.1/x.png", "https://192.0.2.1/x.png", "file:///etc/passwd", "x.png", "ftp://192.0.2.1/a"):
        assert panel.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
    assert "http://192.0.2.1/x.png" in panel.refused
    reference = window.reference_view.detail
    assert reference.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("http://192.0.2.1/x.png")) is None


def test_markup_in_a_file_name_is_shown_as_text(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / '<img src="x.png"><b>bold.eml'  # a file name cannot hold "/", so no closing tag
    path.write_bytes(b"\x00\x01\x02" * 100)
    window.open_path(path)
    message = window.empty_state.message_text()
    assert '<img src="x.png"><b>bold.eml' in message  # shown as typed, not rendered


def test_drops_are_copies_and_dropped_files_are_never_changed(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    files = []
    for name in ("wrong-address.eml", "spam-block.eml"):
        target = tmp_path / name
        target.write_bytes((SAMPLES / name).read_bytes())
        os.utime(target, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        files.append(target)
    (tmp_path / "html.eml").write_bytes(html_bounce())
    files.append(tmp_path / "html.eml")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in files}
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, md,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.drop_area.dragEnterEvent(enter)
    assert enter.isAccepted()
    assert enter.dropAction() == Qt.DropAction.CopyAction
    event = drop(window, qtbot, md)
    assert event.dropAction() == Qt.DropAction.CopyAction  # never a move
    for i in range(len(files)):
        window.file_list.setCurrentRow(i)
    for p, (data, mtime, mode) in before.items():
        assert p.read_bytes() == data
        assert p.stat().st_mtime_ns == mtime
        assert p.stat().st_mode == mode
    assert sorted(x.name for x in tmp_path.iterdir() if x.suffix == ".eml") == sorted(p.name for p in files)


def test_no_temporary_copies_are_left_behind(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    drop_files(window, qtbot, SAMPLES / "wrong-address.eml", SAMPLES / "mailbox-full.eml")
    md = QMimeData()
    md.setData("message/rfc822", (SAMPLES / "spam-block.eml").read_bytes())
    drop(window, qtbot, md)
    md = QMimeData()
    md.setText((SAMPLES / "delay-warning.eml").read_text(encoding="utf-8"))
    QGuiApplication.clipboard().setMimeData(md)
    window.paste()
    QGuiApplication.clipboard().clear()
    window.open_text(html_bounce().decode("ascii"))
    assert window.current_report() is not None
    assert list(temp.iterdir()) == []


def test_a_file_whose_name_is_not_utf8_opens(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/\xff\xfe-bounce.eml"))
    path.write_bytes((SAMPLES / "wrong-address.eml").read_bytes())
    with qtbot.waitSignal(window.drop_area.sources_dropped):
        real_drop(window, file_url(path))
    assert window.current_report() is not None
    assert window.current_report().recipients[0].address == "bob@example.org"
