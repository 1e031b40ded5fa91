"""The index of an mbox: where each message starts, read again alone, and a changed file noticed."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from bounce_doctor.engine import inputs
from bounce_doctor.engine.errors import Problem
from bounce_doctor.engine.inputs import CHANGED, MboxIndex, read_path
from bounce_doctor.engine.limits import Limits

from ..conftest import SAMPLES

SEPARATOR = b"From MAILER-DAEMON Sat Jan  1 00:00:00 2025\n"


def write_mbox(path: Path, count: int) -> list[bytes]:
    """An mbox of ``count`` numbered bounces (every third one holds an escaped ">From " line)."""
    one = (SAMPLES / "wrong-address.eml").read_bytes().rstrip(b"\n")
    bodies = []
    with path.open("wb") as fh:
        for i in range(count):
            body = one.replace(b"bob@example.org", f"bob{i}@example.org".encode())
            if i % 3 == 0:
                body += b"\n\n>From the archive, number " + str(i).encode()
            fh.write(SEPARATOR + body + b"\n\n")
            bodies.append(body)
    return bodies


def indexed(path: Path, limits: Limits | None = None) -> tuple[list[inputs.Item], MboxIndex]:
    indexes: dict[str, MboxIndex] = {}
    items = list(read_path(path, indexes=indexes, limits=limits))
    return items, indexes[str(path)]


def test_every_indexed_message_reads_back_as_the_split_gave_it(tmp_path: Path) -> None:
    box = tmp_path / "box.mbox"
    bodies = write_mbox(box, 40)
    items, index = indexed(box)
    assert len(index) == len(items) == 40
    assert (index.size, index.mtime_ns) == (box.stat().st_size, box.stat().st_mtime_ns)
    for number, item in enumerate(items, 1):
        again = index.read(number)
        assert (again.name, again.data, again.error) == (item.name, item.data, item.error)
    assert b"\nFrom the archive, number 0" in index.read(1).data  # unescaped, as the split does
    assert b">From" not in index.read(1).data
    assert index.read(2).data.startswith(bodies[1][:40])
    assert index.offsets[0] == len(SEPARATOR)  # after the "From " line


def test_too_large_and_single_messages_keep_their_names_and_errors(tmp_path: Path) -> None:
    box = tmp_path / "box.mbox"
    write_mbox(box, 3)
    small = Limits().with_max_size_mb(0.001)  # about 1 KB: every message is over it
    items, index = indexed(box, small)
    assert all(i.error and "skipped" in i.error.sentence for i in items)
    assert all(i.error.kind is Problem.TOO_LARGE and i.error.size > i.error.limit == small.max_input_bytes for i in items)
    assert index.read(2, small).error == items[1].error
    one = tmp_path / "one"
    write_mbox(one, 1)
    items, index = indexed(one)
    assert index.read(1).name == items[0].name == str(one)  # a file of one message keeps its own name
    assert index.read(1).data == items[0].data


def test_reopening_the_last_of_a_large_mbox_reads_only_that_message(tmp_path: Path, monkeypatch) -> None:
    box = tmp_path / "large.mbox"
    write_mbox(box, 8000)  # about 16 MB
    items, index = indexed(box)
    last = items[-1]
    counted = [0]
    real_open = inputs.open_regular

    class Counting(io.RawIOBase):
        def __init__(self, fh) -> None:
            self._fh = fh

        def readable(self) -> bool:
            return True

        def seek(self, pos: int, whence: int = 0) -> int:
            return self._fh.seek(pos, whence)

        def readinto(self, b) -> int:
            n = self._fh.readinto(b)
            counted[0] += n
            return n

        def close(self) -> None:
            self._fh.close()
            super().close()

    def counting_open(path: Path):
        fh, st = real_open(path)
        return Counting(fh), st

    monkeypatch.setattr(inputs, "open_regular", counting_open)
    again = index.read(len(index))
    assert again.data == last.data
    assert box.stat().st_size > 15_000_000
    assert len(last.data) <= counted[0] <= len(last.data) + 64, counted[0]  # its bytes, not the file's


@pytest.mark.parametrize("change", ["append", "same-size"])
def test_a_changed_file_is_noticed_instead_of_showing_another_message(tmp_path: Path, change: str) -> None:
    box = tmp_path / "box.mbox"
    write_mbox(box, 5)
    _items, index = indexed(box)
    data = box.read_bytes()
    if change == "append":
        box.write_bytes(SEPARATOR + b"Subject: new\n\nhello\n\n" + data)  # every message moves
    else:
        box.write_bytes(data.replace(b"bob3@", b"bob9@"))
        os.utime(box, ns=(index.mtime_ns + 10**9, index.mtime_ns + 10**9))
    got = index.read(4)
    assert got.data is None
    assert got.error == CHANGED
    assert not index.unchanged()


def test_the_index_lives_in_memory_only(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    write_mbox(folder / "box.mbox", 30)
    (folder / "single.eml").write_bytes((SAMPLES / "mailbox-full.eml").read_bytes())
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir())
    indexes: dict[str, MboxIndex] = {}
    assert len(list(read_path(folder, indexes=indexes))) == 31
    assert list(indexes) == [str(folder / "box.mbox")]  # plain files keep their paths, no index
    assert indexes[str(folder / "box.mbox")].read(30).data
    assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()) == before


def test_walk_names_the_files_read_path_reads(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    (folder / "sub").mkdir(parents=True)
    for name in ("b.eml", "a.eml", "sub/c.eml"):
        (folder / name).write_bytes((SAMPLES / "wrong-address.eml").read_bytes())
    walked = [w[1] for w in inputs.walk(folder) if not isinstance(w, inputs.Item)]
    assert walked == [i.name for i in read_path(folder)]
    assert walked == [str(folder / "a.eml"), str(folder / "b.eml"), str(folder / "sub" / "c.eml")]
