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
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import InputProblem, Problem, problem
from .limits import DEFAULT_LIMITS, Limits, too_large_problem
from .maildir import is_maildir, message_paths

SINGLE_MESSAGE_SUFFIXES = frozenset({".eml", ".msg"})
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)


@dataclass(frozen=True, slots=True)
class Item:
    """One message to read, or the reason an input could not be read."""

    name: str
    data: bytes | None = None
    error: InputProblem | None = None


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


class MboxIndex:
    """Where each message of an mbox starts and how long it is, and the file's size and modification time.

    It lives in memory only (nothing is written beside the file), in arrays of numbers rather than an
    object per message. ``read`` seeks to one message and reads only its bytes; when the file's size or
    modification time changed since it was indexed, it says so instead of showing another message.
    """

    __slots__ = ("lengths", "mtime_ns", "name", "offsets", "path", "size", "sizes")

    def __init__(self, path: str | os.PathLike[str], size: int, mtime_ns: int, name: str | None = None) -> None:
        self.path = os.fspath(path)
        self.name = name if name is not None else display_name(self.path)
        self.size, self.mtime_ns = size, mtime_ns
        self.offsets, self.lengths, self.sizes = array("q"), array("q"), array("q")

    def add(self, offset: int, length: int, size: int) -> None:
        """One more message: its bytes in the file, and its size once ``>From`` lines are unescaped."""
        self.offsets.append(offset)
        self.lengths.append(length)
        self.sizes.append(size)

    def __len__(self) -> int:
        return len(self.offsets)

    def unchanged(self) -> bool:
        """Whether the file still has the size and modification time it had when it was indexed."""
        try:
            st = Path(self.path).stat()
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns

    def label(self, number: int) -> str:
        """The name of message ``number`` (from 1), as ``read_path`` names it."""
        return self.name if len(self) == 1 else f"{self.name}#{number}"

    def read(self, number: int, limits: Limits | None = None) -> Item:
        """Message ``number`` (from 1), read alone: a seek and a read of its length."""
        limits = limits or DEFAULT_LIMITS
        label = self.label(number)
        if not 1 <= number <= len(self):
            return Item(label, error=problem(Problem.CHANGED, "the message is no longer there: the file changed since it was read"))
        if not self.unchanged():
            return Item(label, error=CHANGED)
        opened = open_regular(Path(self.path))
        if isinstance(opened, InputProblem):
            return Item(label, error=opened)
        fh, st = opened
        with fh:
            if st.st_size != self.size or st.st_mtime_ns != self.mtime_ns:
                return Item(label, error=CHANGED)
            i = number - 1
            return read_span(fh, label, number, self.offsets[i], self.lengths[i], self.sizes[i], limits)


CHANGED = problem(
    Problem.CHANGED, "the file changed since the batch was read: open it again to read its messages as they are now"
)


def read_span(fh: BinaryIO, label: str, number: int, offset: int, length: int, size: int, limits: Limits) -> Item:
    """One indexed message of an mbox: the same bytes ``split_mbox`` gives, read from its offset."""
    if size > limits.max_input_bytes:
        return _mbox_item(label, number, [], True, size, limits)
    try:
        fh.seek(offset)
        raw = fh.read(length)
    except OSError as exc:
        return Item(label, error=_unreadable(exc))
    if len(raw) != length:
        return Item(label, error=CHANGED)
    if b">From " not in raw:  # nothing to unescape: the bytes as they are
        return Item(label, raw)
    return _mbox_item(label, number, [line[1:] if line.startswith(b">From ") else line
                                      for line in _lines(io.BytesIO(raw), _maxlen(limits))], False, size, limits)


def _maxlen(limits: Limits) -> int:
    return min(limits.max_input_bytes + 1, 1 << 20)


def mbox_spans(fh: BinaryIO, limits: Limits | None = None, keep: bool = True) -> Iterator[tuple[int, int, int, list[bytes]]]:
    """The messages of an mbox file, read line by line (never all at once), as (offset, length, size, lines).

    ``offset`` and ``length`` place the message's bytes in the file (from where reading started), after its
    ``From`` line; ``size`` counts them once ``>From`` lines are unescaped; ``lines`` are those unescaped
    lines (none when ``keep`` is false, or when the message is over the size limit).
    """
    limits = limits or DEFAULT_LIMITS
    cap = limits.max_input_bytes
    buf: list[bytes] = []
    size = count = pos = start = 0
    prev_blank = True
    for line in _lines(fh, _maxlen(limits)):
        n = len(line)
        pos += n
        # a "From " line after a blank one starts a message (the first line of the file too)
        if prev_blank and line.startswith(b"From ") and (size or not count):
            if size:
                count += 1
                yield start, pos - n - start, size, buf
            buf, size, start = [], 0, pos
            prev_blank = False
            continue
        prev_blank = line.strip() == b""
        if line.startswith(b">From "):
            line = line[1:]
        size += len(line)
        if size > cap:
            buf = []
        elif keep:
            buf.append(line)
    if size:
        yield start, pos - start, size, buf


def split_mbox(fh: BinaryIO, name: str, limits: Limits | None = None, index: MboxIndex | None = None) -> Iterator[Item]:
    """The messages of an mbox file, read line by line (never all at once); ``index`` learns where each is."""
    limits = limits or DEFAULT_LIMITS
    for number, (offset, length, size, buf) in enumerate(mbox_spans(fh, limits), 1):
        if index is not None:
            index.add(offset, length, size)
        yield _mbox_item(f"{name}#{number}", number, buf, size > limits.max_input_bytes, size, limits)


def _mbox_item(label: str, index: int, buf: list[bytes], too_big: bool, size: int, limits: Limits) -> Item:
    if too_big:
        return Item(label, error=too_large_problem(size, limits, f"Message {index}"))
    return Item(label, b"".join(buf))


def _unreadable(exc: OSError) -> InputProblem:
    return problem(Problem.UNREADABLE, "cannot be read: {reason}", reason=str(exc.strerror or exc))


def open_regular(path: Path) -> tuple[BinaryIO, os.stat_result] | InputProblem:
    """Open a regular file for reading, or say why not (pipes and devices are never waited on)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return problem(Problem.UNREADABLE, "the file is gone: it was moved or deleted before it could be read")
    except IsADirectoryError:
        return problem(Problem.UNREADABLE, "it is a folder that cannot be listed")
    except PermissionError:
        return problem(Problem.UNREADABLE, "permission denied: you are not allowed to read this file")
    except OSError as exc:
        return _unreadable(exc)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            return problem(Problem.UNREADABLE, "not a regular file (a pipe, a device or a socket); skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), st
    except OSError as exc:
        os.close(fd)
        return _unreadable(exc)


def _read_file(path: Path, name: str, limits: Limits, indexes: dict[str, MboxIndex] | None = None) -> Iterator[Item]:
    opened = open_regular(path)
    if isinstance(opened, InputProblem):
        yield Item(name, error=opened)
        return
    fh, st = opened
    try:
        with fh:
            head = fh.read(4096)
            if is_mbox_file(path, head):
                fh.seek(0)
                index = None
                if indexes is not None:
                    index = indexes[os.fspath(path)] = MboxIndex(path, st.st_size, st.st_mtime_ns, name)
                yield from _mbox_items(split_mbox(fh, name, limits, index), name)
                return
            if st.st_size > limits.max_input_bytes:
                yield Item(name, error=too_large_problem(st.st_size, limits, "The file"))
                return
            data = head + fh.read(limits.max_input_bytes + 1 - len(head))  # the file may have grown
    except OSError as exc:
        yield Item(name, error=_unreadable(exc))
        return
    if len(data) > limits.max_input_bytes:
        yield Item(name, error=too_large_problem(len(data), limits, "The file"))
        return
    yield Item(name, data)


def is_mbox_file(path: Path, head: bytes) -> bool:
    """Whether a file that starts with ``head`` is read as an mbox (a .eml file is one message even when it
    starts with an mbox "From " line)."""
    return _is_mbox(head) and path.suffix.lower() not in SINGLE_MESSAGE_SUFFIXES


def read_path(
    path: Path | str | bytes, *, seen: set[tuple[int, int]] | None = None, limits: Limits | None = None,
    indexes: dict[str, MboxIndex] | None = None,
) -> Iterator[Item]:
    """Every message in a file, mbox file or folder (recursively, without following a link twice).

    When ``indexes`` is given, each mbox file read adds its :class:`MboxIndex` to it, under its path.
    """
    limits = limits or DEFAULT_LIMITS
    for found in walk(path, seen=seen):
        if isinstance(found, Item):
            yield found
        else:
            yield from _read_file(found[0], found[1], limits, indexes)


def walk(path: Path | str | bytes, *, seen: set[tuple[int, int]] | None = None) -> Iterator[Item | tuple[Path, str]]:
    """The files to read in a file or folder, as (path, name), in the order ``read_path`` reads them;
    an ``Item`` with an error for what cannot be read."""
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
                error = problem(Problem.UNREADABLE, "no such file or folder")
            elif p.is_symlink():
                error = problem(Problem.UNREADABLE, "a link to nothing; skipped")
            else:
                error = problem(Problem.UNREADABLE, "the file is gone: it was moved or deleted before it could be read")
            yield Item(name, error=error)
            continue
        except OSError as exc:
            yield Item(name, error=_unreadable(exc))
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
                yield Item(name, error=_unreadable(exc))
                continue
            if not children:
                yield Item(name, error=problem(Problem.EMPTY, "the folder holds no files to read"))
            stack.extend(children)
            continue
        if not explicit and not stat.S_ISREG(st.st_mode):
            continue  # pipes, devices and sockets inside folders are not messages
        yield p, name


def _mbox_items(it: Iterator[Item], name: str) -> Iterator[Item]:
    """An mbox's messages; a file holding one message keeps its own name."""
    first = next(it, None)
    if first is None:
        yield Item(name, error=problem(Problem.EMPTY, "the mailbox holds no messages"))
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
