"""Where messages come from: files, mbox files, folders and standard input.

Each input yields ``Item``s: a message's bytes with a name, or an error
sentence for what could not be read. Files are only ever opened for reading
(``O_RDONLY``), never written, copied or executed; pipes, devices and sockets
are skipped rather than waited on; no read goes past the size limit.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .limits import DEFAULT_LIMITS, Limits, too_large_message
from .maildir import is_maildir, message_paths

SINGLE_MESSAGE_SUFFIXES = frozenset({".eml", ".msg"})
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)


@dataclass(frozen=True, slots=True)
class Item:
    """One message to read, or the reason an input could not be read."""

    name: str
    data: bytes | None = None
    error: str | None = None


def display_name(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path as text that can always be printed: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _is_mbox(head: bytes) -> bool:
    if not head.startswith(b"From "):
        return False
    first = head.split(b"\n", 1)[0]
    return b"@" in first or len(first.split()) >= 3


def _lines(fh: BinaryIO, maxlen: int) -> Iterator[bytes]:
    """The lines of a file; a line longer than ``maxlen`` comes in pieces (memory stays bounded)."""
    while True:
        line = fh.readline(maxlen)
        if not line:
            return
        yield line


def split_mbox(fh: BinaryIO, name: str, limits: Limits | None = None) -> Iterator[Item]:
    """The messages of an mbox file, read line by line (never all at once)."""
    limits = limits or DEFAULT_LIMITS
    buf: list[bytes] = []
    size = 0
    index = 0
    prev_blank = True
    too_big = False
    for line in _lines(fh, min(limits.max_input_bytes + 1, 1 << 20)):
        if line.startswith(b"From ") and prev_blank and (buf or too_big or index == 0):
            if buf or too_big:
                index += 1
                yield _mbox_item(name, index, buf, too_big, size, limits)
            buf, size, too_big = [], 0, False
            prev_blank = False
            continue
        prev_blank = line.strip() == b""
        if line.startswith(b">From "):
            line = line[1:]
        size += len(line)
        if size > limits.max_input_bytes:
            too_big = True
            buf = []
            continue
        if not too_big:
            buf.append(line)
    if buf or too_big:
        index += 1
        yield _mbox_item(name, index, buf, too_big, size, limits)


def _mbox_item(name: str, index: int, buf: list[bytes], too_big: bool, size: int, limits: Limits) -> Item:
    label = f"{name}#{index}"
    if too_big:
        return Item(label, error=too_large_message(size, limits, f"Message {index}") + " It was skipped.")
    return Item(label, b"".join(buf))


def _open_regular(path: Path) -> tuple[BinaryIO, os.stat_result] | str:
    """Open a regular file for reading, or say why not (pipes and devices are never waited on)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return "the file is gone: it was moved or deleted before it could be read"
    except IsADirectoryError:
        return "it is a folder that cannot be listed"
    except PermissionError:
        return "permission denied: you are not allowed to read this file"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            return "not a regular file (a pipe, a device or a socket); skipped"
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st
    except OSError as exc:
        os.close(fd)
        return f"cannot be read: {exc.strerror or exc}"


def _read_file(path: Path, name: str, limits: Limits) -> Iterator[Item]:
    opened = _open_regular(path)
    if isinstance(opened, str):
        yield Item(name, error=opened)
        return
    fh, st = opened
    try:
        with fh:
            head = fh.read(4096)
            # a .eml file is one message even when it starts with an mbox "From " line
            if _is_mbox(head) and path.suffix.lower() not in SINGLE_MESSAGE_SUFFIXES:
                fh.seek(0)
                yield from _mbox_items(split_mbox(fh, name, limits), name)
                return
            if st.st_size > limits.max_input_bytes:
                yield Item(name, error=too_large_message(st.st_size, limits, "The file") + " It was skipped.")
                return
            data = head + fh.read(limits.max_input_bytes + 1 - len(head))  # the file may have grown
    except OSError as exc:
        yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
        return
    if len(data) > limits.max_input_bytes:
        yield Item(name, error=too_large_message(len(data), limits, "The file") + " It was skipped.")
        return
    yield Item(name, data)


def read_path(
    path: Path | str | bytes, *, seen: set[tuple[int, int]] | None = None, limits: Limits | None = None
) -> Iterator[Item]:
    """Every message in a file, mbox file or folder (recursively, without following a link twice)."""
    limits = limits or DEFAULT_LIMITS
    seen = seen if seen is not None else set()
    root = Path(os.fsdecode(path))
    # an explicit stack: a folder nested thousands of levels deep needs no recursion
    stack: list[tuple[Path, bool]] = [(root, True)]
    while stack:
        p, explicit = stack.pop()
        name = display_name(p)
        try:
            st = p.stat()
        except FileNotFoundError:
            if explicit:
                error = "no such file or folder"
            elif p.is_symlink():
                error = "a link to nothing; skipped"
            else:
                error = "the file is gone: it was moved or deleted before it could be read"
            yield Item(name, error=error)
            continue
        except OSError as exc:
            yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue  # a link loop, or the same file twice
        seen.add(key)
        if stat.S_ISDIR(st.st_mode):
            try:
                if is_maildir(p):  # the messages in cur/ and new/; tmp/ is skipped
                    children = [(c, False) for c in reversed(list(message_paths(p)))]
                else:
                    with os.scandir(p) as it:
                        names = sorted((os.fsencode(e.name) for e in it), reverse=True)
                    children = [(p / os.fsdecode(n), False) for n in names if not n.startswith(b".")]
            except OSError as exc:
                yield Item(name, error=f"cannot be read: {exc.strerror or exc}")
                continue
            if not children:
                yield Item(name, error="the folder holds no files to read")
            stack.extend(children)
            continue
        if not explicit and not stat.S_ISREG(st.st_mode):
            continue  # pipes, devices and sockets inside folders are not messages
        yield from _read_file(p, name, limits)


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


class _Rest(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_stdin(limits: Limits | None = None, stream: BinaryIO | None = None) -> Iterator[Item]:
    """The message on standard input (an mbox is split, and may be larger than one message)."""
    limits = limits or DEFAULT_LIMITS
    fh = stream if stream is not None else sys.stdin.buffer
    data = fh.read(limits.max_input_bytes + 1)
    if _is_mbox(data[:4096]):
        joined = io.BufferedReader(_Rest(data, fh)) if len(data) > limits.max_input_bytes else io.BytesIO(data)
        yield from _mbox_items(split_mbox(joined, "-", limits), "-")
        return
    yield Item("-", data)
