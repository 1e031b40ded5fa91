"""Dropping what each mail program sends on the window, and what the window then says or shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.mainwindow import Action, MainWindow

from ..conftest import SAMPLES, corpus_dir
from ..test_html_text import GMAIL_POSTFIX
from .client_drops import apple_mail, outlook_classic, thunderbird_link, webmail_html

pytestmark = pytest.mark.gui

OUTLOOK_BOUNCE = "aspose_failed1.msg"  # an Exchange NDR saved by Outlook (the shared corpus)


def drop(window: MainWindow, qtbot: QtBot, md: QMimeData) -> None:
    """Drop ``md`` on the window and let the drop be handed on (the area does it after the drop returns)."""
    area = window.drop_area
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    event = QDropEvent(QPointF(20, 20), actions, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(area.notice_given):
        area.dropEvent(event)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction


def panel_text(window: MainWindow) -> str:
    return window.findChild(object, "diagnosisPanel").toPlainText()


def notice(window: MainWindow) -> str:
    panel = window.error_panel
    return "" if panel.isHidden() else panel.label.text()


def test_outlook_classic_drag_of_the_corpus_msg_is_diagnosed(window: MainWindow, qtbot: QtBot) -> None:
    data = (corpus_dir("msg") / OUTLOOK_BOUNCE).read_bytes()
    drop(window, qtbot, outlook_classic([("Undeliverable test subj.msg", data)]))
    report = window.current_report()
    assert report is not None
    assert report.name == "Undeliverable test subj.msg"
    assert report.subject == "Undeliverable: test subj"  # the message, not Outlook's one-line summary
    # its recipient, codes and reason are the engine's: tests/engine/outlook/test_read.py::test_the_bounce_msg
    assert "mmmmm@aspose.com" in panel_text(window)
    assert notice(window) == ""


def test_several_outlook_messages_open_the_batch_tab(window: MainWindow, qtbot: QtBot) -> None:
    names = ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml"]
    drop(window, qtbot, outlook_classic([(f"Undeliverable {n}", (SAMPLES / n).read_bytes()) for n in names]))
    window.batch_loader.wait(10000)
    QCoreApplication.processEvents()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.batch_splitter))
    assert window.batch_model.rowCount() == 3
    assert [window.file_list.item(i).text() for i in range(3)] == [f"Undeliverable {n}" for n in names]
    assert "bob@example.org was not delivered" in panel_text(window)
    assert notice(window) == ""


def test_several_files_open_the_batch_tab(window: MainWindow, qtbot: QtBot) -> None:
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / n)) for n in ("wrong-address.eml", "mailbox-full.eml")])
    drop(window, qtbot, md)
    window.batch_loader.wait(10000)
    QCoreApplication.processEvents()
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.batch_splitter))
    assert window.batch_model.rowCount() == 2


def test_outlook_giving_only_the_first_stream_says_so(window: MainWindow, qtbot: QtBot) -> None:
    items = [(n, (SAMPLES / n).read_bytes()) for n in ("mailbox-full.eml", "wrong-address.eml")]
    drop(window, qtbot, outlook_classic(items, indexed=False))
    assert "mailbox is full" in panel_text(window)
    assert "Only the first of 2 messages could be taken" in notice(window)


def test_thunderbird_without_a_file_shows_guidance_and_keeps_the_diagnosis(window: MainWindow, qtbot: QtBot) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    md = thunderbird_link()
    size = md.data("text/x-moz-message").size()
    drop(window, qtbot, md)
    assert "In Thunderbird, use File > Save As > File, or drag the message to the desktop first" in notice(window)
    assert "bob@example.org was not delivered" in panel_text(window)  # what was shown stays
    QGuiApplication.clipboard().clear()
    window.error_panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"text/x-moz-message ({size} bytes)" in copied
    assert "text/x-moz-url" in copied
    QGuiApplication.clipboard().clear()
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / "mailbox-full.eml"))])
    drop(window, qtbot, md)
    assert notice(window) == ""  # a drop that reads takes the old explanation away


def test_thunderbird_file_and_apple_mail_promise(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    saved = tmp_path / "Undeliverable.eml"
    saved.write_bytes((SAMPLES / "spam-block.eml").read_bytes())
    md = thunderbird_link()
    md.setUrls([QUrl.fromLocalFile(str(saved))])
    drop(window, qtbot, md)
    assert window.current_report().name == "Undeliverable.eml"
    drop(window, qtbot, apple_mail())
    assert "File > Save As > Raw Message Source" in notice(window)


def test_gmail_html_bounce_is_diagnosed(window: MainWindow, qtbot: QtBot) -> None:
    drop(window, qtbot, webmail_html(GMAIL_POSTFIX))
    # the answer on the text made of this HTML: tests/test_html_text.py (the Gmail rendering of a Postfix bounce)
    assert "bob@example.org was not delivered" in panel_text(window)
    assert "alert" not in window.current_report().text  # the drop was made into text, its script dropped


def test_new_outlook_eml_file_and_outlook_on_the_web_text(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    eml = tmp_path / "Undeliverable Test.eml"  # new Outlook drags a saved .eml file
    eml.write_bytes((SAMPLES / "exchange-ndr.eml").read_bytes())
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(eml))])
    drop(window, qtbot, md)
    assert window.current_report().name == "Undeliverable Test.eml"  # its answer: tests/engine/test_kinds.py
    body = (SAMPLES / "mailbox-full.eml").read_text(encoding="utf-8").split("\n\n", 1)[1]
    drop(window, qtbot, webmail_html(f"<div>{body}</div>", plain=body))  # Outlook on the web: text and HTML
    assert "mailbox is full" in panel_text(window)


def test_nothing_readable_lists_the_formats_with_copy_details(window: MainWindow, qtbot: QtBot) -> None:
    md = QMimeData()
    md.setData("application/x-new-mail-client", b"0123456789")
    md.setData("image/png", b"\x89PNG")
    drop(window, qtbot, md)
    text = notice(window)
    assert "application/x-new-mail-client (10 bytes), image/png (4 bytes)" in text
    assert text.endswith("See Help > How do I get my bounce in?")
    assert window.error_panel.accessibleName() == "About what was dropped"
    assert window.current_report() is None
    QGuiApplication.clipboard().clear()
    window.error_panel.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("application/x-new-mail-client (10 bytes)\nimage/png (4 bytes)")
    QGuiApplication.clipboard().clear()
    window.set_language("ru")
    QCoreApplication.processEvents()
    try:
        assert "(10 байт)" in notice(window)
        assert "Справка" in notice(window)
    finally:
        window.set_language("en")
        QCoreApplication.processEvents()
    window.error_panel.dismiss()
    assert window.error_panel.isHidden()


def test_paste_html_and_an_unreadable_clipboard(window: MainWindow) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(webmail_html(GMAIL_POSTFIX))
    window.actions_by_name[Action.PASTE].trigger()
    assert window.current_report().failed[0].address == "bob@example.org"
    md = QMimeData()
    md.setData("image/png", b"\x89PNG")
    clipboard.setMimeData(md)
    window.actions_by_name[Action.PASTE].trigger()
    assert "Nothing on the clipboard could be read as an email" in notice(window)
    assert "image/png (4 bytes)" in notice(window)
    clipboard.clear()
