"""The byte layouts that mail programs put in a drag, read without Qt (so they are tested on any system).

Windows virtual files (classic Outlook; Thunderbird's file promise on Windows) are described by
Microsoft's documentation of the shell clipboard formats ("Shell Clipboard Formats":
CFSTR_FILEDESCRIPTORW "FileGroupDescriptorW", CFSTR_FILEDESCRIPTORA "FileGroupDescriptor" and
CFSTR_FILECONTENTS "FileContents") and of the structures FILEGROUPDESCRIPTORW / FILEDESCRIPTORW and
FILEDESCRIPTORA declared in shlobj_core.h:

    FILEGROUPDESCRIPTORW: UINT cItems; FILEDESCRIPTORW fgd[cItems];
    FILEDESCRIPTORW (592 bytes, little-endian, no padding):
      0 DWORD dwFlags          4 CLSID clsid          20 SIZEL sizel        28 POINTL pointl
     36 DWORD dwFileAttributes 40 FILETIME ftCreationTime  48 ftLastAccessTime  56 ftLastWriteTime
     64 DWORD nFileSizeHigh   68 DWORD nFileSizeLow   72 WCHAR cFileName[MAX_PATH = 260]
    FILEDESCRIPTORA is the same with CHAR cFileName[260] (332 bytes).

The file size is meaningful only when dwFlags has FD_FILESIZE. Each item's bytes come separately, as
the FileContents format asked for with that item's index (FORMATETC.lindex).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

FD_ATTRIBUTES = 0x0004
FD_FILESIZE = 0x0040
FILE_ATTRIBUTE_DIRECTORY = 0x0010
MAX_PATH = 260
HEADER = 72  # the bytes before cFileName in both descriptors
WIDE_SIZE = HEADER + 2 * MAX_PATH  # 592
ANSI_SIZE = HEADER + MAX_PATH  # 332
MAX_ITEMS = 10_000  # more than anyone drags; a hostile count never makes us loop for long

# Message URLs of Thunderbird (and other Mozilla mail programs) and Apple Mail: they name a message
# inside the mail program, which only that program can read.
MESSAGE_URL_SCHEMES = (
    "mailbox:",
    "mailbox-message:",
    "imap:",
    "imap-message:",
    "news:",
    "news-message:",
    "snews:",
    "nntp:",
    "ews:",
    "ews-message:",
    "owl:",
    "message:",
)


@dataclass(frozen=True, slots=True)
class VirtualFile:
    """One item of a file group descriptor: its name, and its size when the descriptor gives one."""

    name: str
    size: int | None = None
    is_folder: bool = False


def file_group(data: bytes, *, wide: bool = True, ansi_codec: str = "cp1252") -> list[VirtualFile]:
    """The items a FILEGROUPDESCRIPTORW (``wide``) or FILEGROUPDESCRIPTORA describes.

    Never raises: a count larger than the data holds gives the items that are complete; names are
    cut at the first NUL and at MAX_PATH; undecodable names keep their readable part.
    """
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<I", data, 0)
    size = WIDE_SIZE if wide else ANSI_SIZE
    whole = (len(data) - 4) // size
    items = []
    for i in range(min(count, whole, MAX_ITEMS)):
        start = 4 + i * size
        flags, attributes = struct.unpack_from("<I32xI", data, start)
        high, low = struct.unpack_from("<II", data, start + 64)
        raw = data[start + HEADER : start + size]
        if wide:
            name = raw.decode("utf-16-le", "replace").split("\0", 1)[0]
        else:
            name = raw.split(b"\0", 1)[0].decode(ansi_codec, "replace")
        items.append(
            VirtualFile(
                name=safe_name(name),
                size=(high << 32 | low) if flags & FD_FILESIZE else None,
                is_folder=bool(flags & FD_ATTRIBUTES and attributes & FILE_ATTRIBUTE_DIRECTORY),
            )
        )
    return items


def safe_name(name: str) -> str:
    """A descriptor's name as one file name: no folders, no control characters (the name is the sender's)."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().strip(".")
    return name[:MAX_PATH]


def decode_text(data: bytes) -> str:
    """Text a Mozilla program put in a drag: UTF-16 (with or without BOM) or UTF-8; never raises."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace").rstrip("\0")
    if len(data) >= 2 and data.count(b"\0") * 3 >= len(data):  # mostly NULs: UTF-16 little-endian
        return data.decode("utf-16-le", "replace").rstrip("\0")
    return data.decode("utf-8", "replace").rstrip("\0")


def message_urls(text: str) -> list[str]:
    """The mail-program message URLs among the lines of ``text`` (text/x-moz-url is "url\\ntitle" pairs)."""
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line.lower().startswith(MESSAGE_URL_SCHEMES):
            found.append(line)
    return found


def describe_formats(sizes: list[tuple[str, int]], line: str = "%1 (%2 bytes)") -> str:
    """The formats a drop carried, one a line with its size in bytes (``line`` names them: %1 and %2)."""
    return "\n".join(line.replace("%2", str(size)).replace("%1", name) for name, size in sizes)
