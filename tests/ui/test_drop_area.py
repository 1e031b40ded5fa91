"""Drops of files, text and message/rfc822 data, with real QMimeData and QDropEvent objects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.drop_area import DropArea
from bounce_doctor.ui.mime_input import RFC822

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


def test_unsupported_drop_is_ignored(qtbot: QtBot, area: DropArea) -> None:
    md = QMimeData()
    md.setData("image/png", b"\x89PNG")
    assert not drag_enter(area, md).isAccepted()
    with qtbot.assertNotEmitted(area.sources_dropped, wait=50):
        event = drop(area, md)
    assert not event.isAccepted()
