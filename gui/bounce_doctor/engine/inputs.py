"""Where messages come from: files, mbox files, folders and standard input.

Each input yields ``Item``s: a message's bytes with a name, or an error
sentence for what could not be read. Files are only ever opened for reading.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .diagnose import MAX_INPUT_BYTES
from .maildir import is_maildir, message_paths

SINGLE_MESSAGE_SUFFIXES = frozenset({".eml", ".msg"})
MBOX_READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Item:
    """One message to read, or the reason an input could not be read."""

    name: str
    data: bytes | None = None
    error: str | None = None


def _is_mbox(head: bytes) -> bool:
    if not head.startswith(b"From "):
        return False
    first = head.split(b"\n", 1)[0]
    return b"@" in first or len(first.split()) >= 3


def split_mbox(fh: BinaryIO, name: str) -> Iterator[Item]:
    """The messages of an mbox file, read line by line (never all at once)."""
    buf: list[bytes] = []
    size = 0
    index = 0
    prev_blank = True
    too_big = False
    at_start = True  # lines are read in bounded pieces: a 2 GB line never sits in memory whole
    while line := fh.readline(MBOX_READ_CHUNK):
        starts, at_start = at_start, line.endswith(b"\n")
        if not starts:  # the rest of a long line
            size += len(line)
            if size > MAX_INPUT_BYTES:
                too_big, buf = True, []
            elif not too_big:
                buf.append(line)
            continue
        if line.startswith(b"From ") and prev_blank and (buf or too_big or index == 0):
            if buf or too_big:
                index += 1
                yield _mbox_item(name, index, buf, too_big)
            buf, size, too_big = [], 0, False
            prev_blank = False
            continue
        prev_blank = line.strip() == b""
        if line.startswith(b">From "):
            line = line[1:]
        size += len(line)
        if size > MAX_INPUT_BYTES:
            too_big = True
            buf = []
            continue
        if not too_big:
            buf.append(line)
    if buf or too_big:
        index += 1
        yield _mbox_item(name, index, buf, too_big)


def _mbox_item(name: str, index: int, buf: list[bytes], too_big: bool) -> Item:
    label = f"{name}#{index}"
    if too_big:
        return Item(label, error=f"message {index} is larger than {MAX_INPUT_BYTES // 1048576} MB; skipped")
    return Item(label, b"".join(buf))


def read_path(path: Path, *, seen: set[tuple[int, int]] | None = None) -> Iterator[Item]:
    """Every message in a file, mbox file or folder (recursively)."""
    name = os.fsdecode(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        yield Item(name, error="no such file or folder")
        return
    except OSError as exc:
        yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
        return
    seen = seen if seen is not None else set()
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return  # a link loop, or the same file twice
    seen.add(key)
    if path.is_dir():
        found = False
        try:
            if is_maildir(path):  # the messages in cur/ and new/; tmp/ is skipped
                entries = list(message_paths(path))
            else:
                entries = sorted(path.iterdir(), key=lambda p: os.fsencode(p.name))
        except OSError as exc:
            yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
            return
        for child in entries:
            if child.name.startswith("."):
                continue
            for item in read_path(child, seen=seen):
                found = True
                yield item
        if not found:
            yield Item(name, error="the folder holds no files to read")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
            # a .eml file is one message even when it starts with an mbox "From " line
            if _is_mbox(head) and path.suffix.lower() not in SINGLE_MESSAGE_SUFFIXES:
                fh.seek(0)
                yield from _mbox_items(split_mbox(fh, name), name)
                return
            if st.st_size > MAX_INPUT_BYTES:
                yield Item(name, error=f"the file is larger than {MAX_INPUT_BYTES // 1048576} MB; skipped")
                return
            fh.seek(0)
            data = fh.read()
    except OSError as exc:
        yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
        return
    yield Item(name, data)


def _mbox_items(it: Iterator[Item], name: str) -> Iterator[Item]:
    """An mbox's messages; a file holding one message keeps its own name."""
    first = next(it, None)
    if first is None:
        yield Item(name, error="the mailbox holds no messages")
        return
    second = next(it, None)
    if second is None:
        yield Item(name, first.data, first.error)
        return
    yield first
    yield second
    yield from it


def read_stdin() -> Iterator[Item]:
    """The message on standard input (an mbox is split)."""
    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if _is_mbox(data[:4096]):
        import io

        yield from _mbox_items(split_mbox(io.BytesIO(data), "-"), "-")
        return
    yield Item("-", data)
