"""The one path from QMimeData (a drop or the clipboard) to things to read, or to why there are none."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl

from .. import dropformats
from ..html_text import html_to_text
from .drop_notice import Kind, Notice

RFC822 = "message/rfc822"
# Qt on Windows names a clipboard format it has no MIME type for like this (QMimeData's documentation,
# "Platform-Specific MIME Types"); an item of several is asked for by adding ";index=N" (FORMATETC.lindex).
WINDOWS = 'application/x-qt-windows-mime;value="%s"'
GROUP_WIDE = WINDOWS % "FileGroupDescriptorW"  # CFSTR_FILEDESCRIPTORW
GROUP_ANSI = WINDOWS % "FileGroupDescriptor"  # CFSTR_FILEDESCRIPTORA
CONTENTS = WINDOWS % "FileContents"  # CFSTR_FILECONTENTS
# Thunderbird (comm-central, mail/base/content: the thread pane's drag start) puts each dragged message's
# URI (mailbox-message://, imap-message://, news-message://) in text/x-moz-message and its URL in
# text/x-moz-url, plus a file promise (application/x-moz-file-promise) that only a file manager fulfils.
MOZ_MESSAGE = "text/x-moz-message"
MOZ_URL = "text/x-moz-url"
MOZ_PROMISE = "application/x-moz-file-promise"
# macOS file promises (NSFilePromiseProvider, and the older NSFilesPromisePboardType), as Apple Mail offers.
PROMISES = (
    "com.apple.pasteboard.promised-file-url",
    "com.apple.pasteboard.promised-file-content-type",
    "com.apple.NSFilePromiseItemMetaData",
    "Apple files promise pasteboard type",
    "NSPromiseContentsPboardType",
)
_HEADER_LINE = re.compile(r"[!-9;-~]+:[ \t]")  # "Name: value", as a message's first line
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # characters no file name may hold on Windows


@dataclass(frozen=True, slots=True)
class Source:
    """Something to diagnose: a file to read, or bytes already in hand."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Received:
    """What a drop or paste held: the things to read, and what to tell the user about it (or None)."""

    sources: list[Source] = field(default_factory=list)
    notice: Notice | None = None


def can_read(mime: QMimeData | None) -> bool:
    """Whether a drop or paste carries something we can read as it is (a cheap look, for the drag cursor)."""
    if mime is None:
        return False
    if mime.hasFormat(RFC822) or _group(mime):
        return True
    if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
        return True
    if _thunderbird(mime) or _promised(mime):
        return False
    return (_has_text(mime) and bool(mime.text().strip())) or mime.hasHtml()


def _has_text(mime: QMimeData) -> bool:
    """Real text, not the text Qt makes up from a list of (remote) URLs."""
    return mime.hasText() and (not mime.hasUrls() or mime.hasFormat("text/plain"))


def sources(mime: QMimeData | None, text_name: str = "Pasted text") -> list[Source]:
    """What a drop or paste holds that can be read (see ``read``)."""
    return read(mime, text_name).sources


def read(mime: QMimeData | None, text_name: str = "Pasted text", *, pasted: bool = False) -> Received:
    """What a drop or paste holds, most faithful form first, and a notice when some or all of it can't be read.

    Local files win (they are read as they are, never moved); then Windows virtual files (classic
    Outlook's messages); then a whole ``message/rfc822`` message; then a mail program's link to a
    message, which cannot be read here (Thunderbird, Apple Mail: the notice says how to save it); then
    text: plain text, or HTML made into text when there is no plain text. Remote URLs are not fetched.
    """
    if mime is None or not mime.formats():
        return Received()
    if mime.hasUrls():
        files = [local_path(u) for u in mime.urls() if u.isLocalFile()]
        if files:
            return Received([Source(_printable(p.name or str(p)), path=p) for p in files])
    if _group(mime):
        return _virtual_files(mime)
    if mime.hasFormat(RFC822):
        data = bytes(mime.data(RFC822).data())
        if data.strip():
            return Received([Source(_dropped_name(), data=data)])
    moz = _moz_message(mime)
    if moz is not None:
        return Received([Source(_dropped_name(), data=moz)])
    if _thunderbird(mime):
        return Received(notice=Notice(Kind.THUNDERBIRD, _formats(mime)))
    if _promised(mime):
        return Received(notice=Notice(Kind.APPLE_MAIL, _formats(mime)))
    text = _text(mime)
    if text:
        return Received([Source(text_name, data=text.encode("utf-8", "surrogateescape"))])
    return Received(notice=Notice(Kind.NOTHING, _formats(mime), pasted=pasted))


def _text(mime: QMimeData) -> str:
    """The drop's text. Plain text is preferred: a browser's plain text of a selection is what the user
    saw, line breaks included, and it is what webmail puts there for a copied bounce. HTML is read only
    when there is no plain text (or it is blank), as when a program offers HTML alone.
    """
    if _has_text(mime):
        text = mime.text()
        if text.strip():
            return text
    if mime.hasHtml():
        text = html_to_text(mime.html())
        if text.strip():
            return text
    return ""


def _native(fmt: str) -> str:
    """A format's own name: Qt on Windows wraps the names it has no MIME type for."""
    prefix, _, rest = fmt.partition('value="')
    return rest.split('"', 1)[0] if prefix.startswith("application/x-qt-windows-mime") and rest else fmt


def _names(mime: QMimeData) -> set[str]:
    return {_native(f) for f in mime.formats()}


def _group(mime: QMimeData) -> bool:
    return mime.hasFormat(GROUP_WIDE) or mime.hasFormat(GROUP_ANSI)


def _virtual_files(mime: QMimeData) -> Received:
    """Each item of a file group with its FileContents; what could not be had is said, never skipped silently."""
    wide = mime.hasFormat(GROUP_WIDE)
    raw = bytes(mime.data(GROUP_WIDE if wide else GROUP_ANSI).data())
    items = [(i, f) for i, f in enumerate(dropformats.file_group(raw, wide=wide)) if not f.is_folder]
    found: list[Source] = []
    for index, item in items:
        data = _contents(mime, index)
        # a Qt that drops the index hands the first item again: that is not the item asked for
        if data and not (index and found and data == found[0].data):
            found.append(Source(item.name or _dropped_name(), data=data))
    formats = _formats(mime)
    if not found:
        kind = Kind.THUNDERBIRD if _thunderbird(mime) else Kind.OUTLOOK
        return Received(notice=Notice(kind, formats))
    if len(found) < len(items):
        return Received(found, Notice(Kind.PARTIAL, formats, count=len(items), taken=len(found)))
    return Received(found)


def _contents(mime: QMimeData, index: int) -> bytes:
    """Item ``index``'s bytes. Qt passes ";index=N" on as the lindex; without it Qt asks with lindex -1,
    which sources answer with the first item, if at all."""
    data = bytes(mime.data(f"{CONTENTS};index={index}").data())
    if not data and index == 0:
        data = bytes(mime.data(CONTENTS).data())
    return data


def _format_data(mime: QMimeData, name: str) -> bytes:
    for fmt in mime.formats():
        if _native(fmt) == name:
            return bytes(mime.data(fmt).data())
    return b""


def _moz_message(mime: QMimeData) -> bytes | None:
    """A whole message in text/x-moz-message, where a Thunderbird puts one there rather than its URI."""
    text = dropformats.decode_text(_format_data(mime, MOZ_MESSAGE)).lstrip("\r\n")
    if _HEADER_LINE.match(text) and not dropformats.message_urls(text.split("\n", 1)[0]):
        return text.encode("utf-8", "surrogateescape")
    return None


def _thunderbird(mime: QMimeData) -> bool:
    """A Mozilla mail program's drag that names messages without handing them over."""
    names = _names(mime)
    if MOZ_MESSAGE in names or MOZ_PROMISE in names:
        return True
    if MOZ_URL in names and dropformats.message_urls(dropformats.decode_text(_format_data(mime, MOZ_URL))):
        return True
    urls = [u.toString() for u in mime.urls()] if mime.hasUrls() else []
    return any(dropformats.message_urls(u) and not u.lower().startswith("message:") for u in urls)


def _promised(mime: QMimeData) -> bool:
    """A macOS file promise (Apple Mail), or Apple Mail's message: URL, without a file."""
    if any(name in PROMISES for name in _names(mime)):
        return True
    return mime.hasUrls() and any(u.scheme().lower() == "message" for u in mime.urls())


def _formats(mime: QMimeData) -> tuple[tuple[str, int], ...]:
    return tuple((f, mime.data(f).size()) for f in mime.formats())


def _dropped_name() -> str:
    return QCoreApplication.translate("mime_input", "Dropped message")


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


_SPOOLED: list[Path] = []


def spool(items: list[Source]) -> list[Path]:
    """Files for the Batch tab (which reads files): messages held in memory are written to a private
    temporary folder, removed when the program ends; sources that are files stay where they are."""
    folder: Path | None = None
    taken: set[str] = set()
    paths = []
    for src in items:
        if src.path is not None:
            paths.append(src.path)
            continue
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="bounce-doctor-drop-"))
            if not _SPOOLED:
                atexit.register(_remove_spooled)
            _SPOOLED.append(folder)
        stem, dot, ext = (_UNSAFE.sub("_", src.name).strip(" .") or "message").rpartition(".")
        stem, ext = (stem, dot + ext) if dot and stem else (ext, "")
        name, n = f"{stem[:120]}{ext}", 1
        while name.lower() in taken:
            n += 1
            name = f"{stem[:120]} ({n}){ext}"
        taken.add(name.lower())
        (folder / name).write_bytes(src.data or b"")
        paths.append(folder / name)
    return paths


def _remove_spooled() -> None:
    for folder in _SPOOLED:
        shutil.rmtree(folder, ignore_errors=True)
