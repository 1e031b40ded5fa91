"""Drops of files, text, message/rfc822 data and mail programs' formats, with real QMimeData and QDropEvent objects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.drop_area import DropArea
from bounce_doctor.ui.drop_notice import Kind
from bounce_doctor.ui.mime_input import RFC822

from .client_drops import outlook_classic, thunderbird_link

pytestmark = pytest.mark.gui

ACTIONS = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


def drag_enter(widget, md: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(QPoint(5, 5), ACTIONS, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(event)
    return event


def drop(widget, md: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(5, 5), ACTIONS, md, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


@pytest.fixture
def area(qtbot: QtBot) -> DropArea:
    w = DropArea(QLabel("content"))
    qtbot.addWidget(w)
    return w


def test_files_drop_as_a_copy(qtbot: QtBot, area: DropArea, tmp_path: Path) -> None:
    files = []
    for name in ("one.eml", "two.txt"):
        f = tmp_path / name
        f.write_bytes(b"From: a@example.org\r\n\r\nhi")
        files.append(f)
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = drag_enter(area, md)
    assert enter.isAccepted()
    assert enter.dropAction() == Qt.DropAction.CopyAction
    with qtbot.waitSignal(area.sources_dropped) as blocker:
        event = drop(area, md)
    assert event.dropAction() == Qt.DropAction.CopyAction
    assert [s.path for s in blocker.args[0]] == files
    assert all(f.exists() for f in files)  # never moved


def test_text_drop(qtbot: QtBot, area: DropArea) -> None:
    md = QMimeData()
    md.setText("550 5.1.1 <bob@example.org>: User unknown")
    assert drag_enter(area, md).isAccepted()
    with qtbot.waitSignal(area.sources_dropped) as blocker:
        drop(area, md)
    assert blocker.args[0][0].data.startswith(b"550 5.1.1")


def test_rfc822_drop(qtbot: QtBot, area: DropArea) -> None:
    md = QMimeData()
    md.setData(RFC822, b"From: MAILER-DAEMON@example.com\r\n\r\nfailed")
    assert drag_enter(area, md).isAccepted()
    with qtbot.waitSignal(area.sources_dropped) as blocker:
        drop(area, md)
    assert blocker.args[0][0].data.startswith(b"From: MAILER-DAEMON")


def test_unreadable_drop_is_accepted_and_explained(qtbot: QtBot, area: DropArea) -> None:
    """No refused cursor and no silence: the drop is taken as a copy, a hint says it can't be read as it is,
    and the notice names what arrived."""
    md = QMimeData()
    md.setData("image/png", b"\x89PNG")
    with qtbot.waitSignal(area.hint) as hint:
        enter = drag_enter(area, md)
    assert enter.isAccepted()
    assert enter.dropAction() == Qt.DropAction.CopyAction
    assert "cannot read this" in hint.args[0]
    with qtbot.assertNotEmitted(area.sources_dropped, wait=50), qtbot.waitSignal(area.notice_given) as blocker:
        event = drop(area, md)
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction
    assert blocker.args[0].kind == Kind.NOTHING
    assert blocker.args[0].formats == (("image/png", 4),)


def test_a_drag_without_data_is_refused(qtbot: QtBot, area: DropArea) -> None:
    assert not drag_enter(area, QMimeData()).isAccepted()
    with qtbot.assertNotEmitted(area.notice_given, wait=50):
        assert not drop(area, QMimeData()).isAccepted()


def test_a_readable_drop_clears_the_hint_and_gives_no_notice(qtbot: QtBot, area: DropArea) -> None:
    md = QMimeData()
    md.setText("550 5.1.1 <bob@example.org>: User unknown")
    with qtbot.waitSignal(area.hint) as hint:
        drag_enter(area, md)
    assert hint.args == [""]
    with qtbot.waitSignal(area.notice_given) as notice, qtbot.waitSignal(area.sources_dropped):
        drop(area, md)
    assert notice.args == [None]


def test_thunderbird_and_outlook_drops(qtbot: QtBot, area: DropArea) -> None:
    with qtbot.waitSignal(area.notice_given) as blocker:
        assert drop(area, thunderbird_link()).isAccepted()
    assert blocker.args[0].kind == Kind.THUNDERBIRD
    msg = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8
    with qtbot.waitSignal(area.sources_dropped) as blocker:
        drop(area, outlook_classic([("Undeliverable.msg", msg)]))
    assert [(s.name, s.data) for s in blocker.args[0]] == [("Undeliverable.msg", msg)]
