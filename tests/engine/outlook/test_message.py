"""engine/outlook/message.py: the conversion to a MIME message keeps header fields apart and limits nesting."""

from __future__ import annotations

from typing import Any

from bounce_doctor.engine.outlook import convert

from .fakes import FakeReport


def test_properties_cannot_add_header_fields() -> None:
    rep = FakeReport([], {}, {}, class_type="IPM.Note")
    rep.subject = "hello\r\nBcc: evil@example.org\r\n\r\nbody"
    rep.body = "text"
    data = convert(rep)
    head = data.split(b"\n\n", 1)[0]
    assert b"\nBcc:" not in head
    assert b"Subject: hello Bcc: evil@example.org body" in head


class FakeEmbedded:
    """An embedded-message attachment: extract-msg gives the inner message as ``data``."""

    def __init__(self, inner: Any) -> None:
        self.data = inner
        self.longFilename = None
        self.shortFilename = None
        self.mimetype = None


def test_embedded_messages_are_depth_limited() -> None:
    inner: Any = FakeReport([], {}, {}, class_type="IPM.Note")
    inner.body = "the innermost message"
    inner.subject = "level 9"
    for level in range(8, -1, -1):
        outer = FakeReport([], {}, {}, class_type="IPM.Note")
        outer.body = f"level {level}"
        outer.subject = f"level {level}"
        outer.attachments = [FakeEmbedded(inner)]
        inner = outer
    text = convert(inner).decode()
    assert "level 3" in text
    assert "the innermost message" not in text
    assert "nested more than 3 deep, not opened" in text
