"""The one path from QMimeData (a drop or the clipboard) to things to read."""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl

RFC822 = "message/rfc822"


@dataclass(frozen=True, slots=True)
class Source:
    """Something to diagnose: a file to read, or bytes already in hand."""

    name: str
    path: Path | None = None
    data: bytes | None = None


def can_read(mime: QMimeData | None) -> bool:
    """Whether a drop or paste carries anything we can try."""
    if mime is None:
        return False
    if mime.hasFormat(RFC822):
        return True
    if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
        return True
    return _has_text(mime) and bool(mime.text().strip())


def _has_text(mime: QMimeData) -> bool:
    """Real text, not the text Qt makes up from a list of (remote) URLs."""
    return mime.hasText() and (not mime.hasUrls() or mime.hasFormat("text/plain"))


def sources(mime: QMimeData | None, text_name: str = "Pasted text") -> list[Source]:
    """What a drop or paste holds, most faithful form first.

    Local files win (they are read as they are, never moved); then a whole
    ``message/rfc822`` message; then plain text (selected in a mail client or a
    browser). Remote URLs are not fetched.
    """
    if mime is None:
        return []
    if mime.hasUrls():
        files = [local_path(u) for u in mime.urls() if u.isLocalFile()]
        if files:
            return [Source(_printable(p.name or str(p)), path=p) for p in files]
    if mime.hasFormat(RFC822):
        data = bytes(mime.data(RFC822).data())
        if data.strip():
            return [Source(QCoreApplication.translate("mime_input", "Dropped message"), data=data)]
    if _has_text(mime):
        text = mime.text()
        if text.strip():
            return [Source(text_name, data=text.encode("utf-8", "surrogateescape"))]
    return []


def local_path(url: QUrl) -> Path:
    """The file a local URL names, even when its name is not UTF-8 (POSIX names are bytes).

    ``toLocalFile`` turns such bytes into U+FFFD and names a file that does not exist; the
    URL's percent-encoded path still holds the bytes.
    """
    if os.name == "posix" and not url.host():
        raw = urllib.parse.unquote_to_bytes(url.path(QUrl.ComponentFormattingOption.FullyEncoded))
        if raw:
            return Path(os.fsdecode(raw))
    return Path(url.toLocalFile())


def _printable(name: str) -> str:
    """A file name Qt can show: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")
