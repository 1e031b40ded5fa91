"""One path from QMimeData to sources, for drops and paste."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from bounce_doctor.ui.mime_input import RFC822, can_read, sources

pytestmark = pytest.mark.gui


def test_local_files_win_and_are_not_read_here(tmp_path: Path) -> None:
    f = tmp_path / "a.eml"
    f.write_bytes(b"x")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f)), QUrl("https://example.org/x.eml")])
    md.setText("ignored")
    got = sources(md)
    assert [(s.name, s.path, s.data) for s in got] == [("a.eml", f, None)]


def test_rfc822_before_text() -> None:
    md = QMimeData()
    md.setData(RFC822, b"From: a@example.org\r\n\r\nhi")
    md.setText("plain")
    (src,) = sources(md)
    assert src.data == b"From: a@example.org\r\n\r\nhi"


def test_text_and_nothing() -> None:
    md = QMimeData()
    md.setText("Subject: x\n\nbody")
    assert sources(md, "Pasted")[0].name == "Pasted"
    assert can_read(md)
    empty = QMimeData()
    empty.setText("   ")
    assert sources(empty) == []
    assert not can_read(empty)
    assert not can_read(None)
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/x.eml")])
    assert not can_read(remote)
