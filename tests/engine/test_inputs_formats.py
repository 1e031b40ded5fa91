"""Every way bounces arrive: big mbox files read lazily, Maildir folders, folders of .eml and .msg files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

from bounce_doctor.engine import MessageKind, diagnose
from bounce_doctor.engine.inputs import read_path
from bounce_doctor.engine.maildir import is_maildir

from ..conftest import SAMPLES, corpus_dir

BOUNCE = SAMPLES / "wrong-address.eml"


def _mbox_message() -> bytes:
    data = BOUNCE.read_bytes().replace(b"\r\n", b"\n")
    data = b"\n".join(b">" + x if x.startswith(b"From ") else x for x in data.split(b"\n"))
    return b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + data.rstrip(b"\n") + b"\n\n"


def build_mbox(path: Path, size: int) -> int:
    """Write an mbox of about ``size`` bytes by repeating one bounce; return the number of messages."""
    one = _mbox_message()
    block = one * 1000
    count = 0
    with path.open("wb") as fh:
        while count * len(one) < size:
            fh.write(block)
            count += 1000
    return count


_COUNT_ITEMS = """
import resource, sys, time
from pathlib import Path
from bounce_doctor.engine.inputs import read_path
def peak():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024
base = peak()
t0 = time.perf_counter()
count = 0
for item in read_path(Path(sys.argv[1])):
    count += 1
    assert item.error is None, item.error
print(count, peak() - base, peak(), time.perf_counter() - t0)
"""


def test_a_100_mb_mbox_is_read_in_bounded_memory(tmp_path: Path) -> None:
    mbox = tmp_path / "big.mbox"
    expected = build_mbox(mbox, 100 * 1024 * 1024)
    size = mbox.stat().st_size
    assert size >= 100 * 1024 * 1024
    out = subprocess.run([sys.executable, "-c", _COUNT_ITEMS, str(mbox)], capture_output=True, text=True,
                         check=True, timeout=300)
    count, growth, rss, elapsed = out.stdout.split()
    assert int(count) == expected
    # the file is 100 MB; reading it holds one message and a read buffer at a time
    assert int(growth) < 16 * 1024 * 1024, f"RSS grew {int(growth) / 1048576:.0f} MB for a {size / 1048576:.0f} MB mbox"
    print(f"{size / 1048576:.0f} MB mbox, {count} messages split in {float(elapsed):.1f} s, "
          f"peak RSS {int(rss) / 1048576:.0f} MB (grew {int(growth) / 1048576:.1f} MB while reading)")


def test_split_mbox_holds_one_message_at_a_time(tmp_path: Path) -> None:
    mbox = tmp_path / "mid.mbox"
    expected = build_mbox(mbox, 5 * 1024 * 1024)
    tracemalloc.start()
    try:
        count = 0
        first = last = None
        for item in read_path(mbox):
            count += 1
            first = first or item
            last = item
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == expected
    assert first is not None
    assert last is not None
    assert first.data == last.data
    assert last.name == f"{mbox}#{expected}"
    assert peak < 1024 * 1024
    assert diagnose(first.data or b"", first.name).kind == MessageKind.BOUNCE


def test_a_huge_line_never_sits_in_memory_whole(tmp_path: Path) -> None:
    from bounce_doctor.engine.limits import DEFAULT_LIMITS

    limits = DEFAULT_LIMITS.with_max_size_mb(1)
    mbox = tmp_path / "line.mbox"
    with mbox.open("wb") as fh:
        fh.write(_mbox_message())
        fh.write(b"From x@example.org Mon Jan  1 00:00:00 2024\nSubject: long\n\n")
        for _ in range(30):
            fh.write(b"x" * 1024 * 1024)  # 30 MB without a line break
        fh.write(b"\n\n")
        fh.write(_mbox_message())
    tracemalloc.start()
    try:
        items = [(i.name, i.error, len(i.data or b"")) for i in read_path(mbox, limits=limits)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 3
    assert items[0][1] is None
    assert items[1][1] is not None
    assert "larger than" in items[1][1].sentence
    assert items[2][1] is None
    assert items[2][2] == items[0][2]
    assert peak < 6 * 1024 * 1024


def _maildir(root: Path) -> Path:
    md = root / "Maildir"
    for p in ("cur", "new", "tmp"):
        (md / p).mkdir(parents=True)
    data = BOUNCE.read_bytes()
    (md / "cur" / "1700000000.M1P2.host:2,S").write_bytes(data)
    (md / "cur" / "1700000001.M3P4.host:2,RS").write_bytes(data)
    (md / "new" / "1700000002.M5P6.host").write_bytes(data)
    (md / "tmp" / "1700000003.M7P8.host").write_bytes(b"half-written, never read")
    (md / "dovecot-uidlist").write_text("3 V1 N4\n")
    (md / "maildirfolder").write_text("")
    sub = md / ".Archive"
    for p in ("cur", "new", "tmp"):
        (sub / p).mkdir(parents=True)
    (sub / "cur" / "1600000000.M9P9.host:2,").write_bytes(data)
    return md


def test_maildir_reads_cur_and_new_and_skips_tmp(tmp_path: Path) -> None:
    md = _maildir(tmp_path)
    assert is_maildir(md)
    assert not is_maildir(md / "cur")
    items = list(read_path(md))
    names = [Path(i.name).relative_to(md).as_posix() for i in items]
    assert names == [
        "new/1700000002.M5P6.host",
        "cur/1700000000.M1P2.host:2,S",
        "cur/1700000001.M3P4.host:2,RS",
        ".Archive/cur/1600000000.M9P9.host:2,",
    ]
    assert all(i.error is None for i in items)
    for i in items:
        assert diagnose(i.data or b"", i.name).kind == MessageKind.BOUNCE
    # a folder holding Maildirs reads each of them the same way
    assert len(list(read_path(tmp_path))) == 4


def test_a_folder_of_eml_and_msg_files(tmp_path: Path) -> None:
    folder = tmp_path / "bounces"
    folder.mkdir()
    for p in sorted(SAMPLES.glob("*.eml")):
        shutil.copy(p, folder / p.name)
    (folder / ".hidden.eml").write_bytes(BOUNCE.read_bytes())
    msg = corpus_dir("msg") / "aspose_failed1.msg"
    shutil.copy(msg, folder / "z-outlook.msg")
    items = list(read_path(folder))
    assert len(items) == len(list(SAMPLES.glob("*.eml"))) + 1
    assert not any(".hidden" in i.name for i in items)
    last = items[-1]
    assert last.name.endswith("z-outlook.msg")
    report = diagnose(last.data or b"", last.name)
    assert [r.address for r in report.failed] == ["mmmmm@aspose.com"]
