"""Rows of a batch and how to find a message again, without Qt."""

from __future__ import annotations

from pathlib import Path

from bounce_doctor.batch import by_period, locate, looks_like_batch, read_message, utc_date

from .conftest import SAMPLES


def mbox(tmp_path: Path, names: list[str]) -> Path:
    path = tmp_path / "box"
    with path.open("wb") as fh:
        for n in names:
            fh.write(b"From MAILER-DAEMON Sat Jan  1 00:00:00 2025\n")
            fh.write((SAMPLES / n).read_bytes().rstrip(b"\n") + b"\n\n")
    return path


def test_an_mbox_message_is_found_again(tmp_path: Path) -> None:
    box = mbox(tmp_path, ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml"])
    assert looks_like_batch(box)
    assert looks_like_batch(tmp_path)
    assert not looks_like_batch(SAMPLES / "wrong-address.eml")
    ref, label = locate(box, f"{box}#2")
    assert (ref.path, ref.index, label) == (str(box), 2, "box #2")
    item = read_message(ref)
    assert item.data is not None
    assert b"mailbox" in item.data.lower()
    assert item.data.rstrip() == (SAMPLES / "mailbox-full.eml").read_bytes().rstrip()


def test_a_file_in_a_folder_is_found_again(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    f = tmp_path / "sub" / "a.eml"
    f.write_bytes((SAMPLES / "wrong-address.eml").read_bytes())
    ref, label = locate(tmp_path, str(f))
    assert (ref.index, label) == (0, "sub/a.eml")
    assert read_message(ref).data == f.read_bytes()
    f.unlink()
    assert read_message(ref).error


def test_dates_and_periods() -> None:
    assert utc_date("Fri, 11 Apr 2025 18:30:21 +0200") == "2025-04-11 16:30"
    assert utc_date("not a date") == ""
    assert utc_date(None) == ""
    days = [(f"2025-01-{d:02d}", 1) for d in range(1, 32)]
    assert len(by_period(days)) == 31
    assert by_period([*days, ("2026-06-01", 2)], max_bars=10) == [("2025-01", 31), ("2026-06", 2)]
