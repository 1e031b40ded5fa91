"""Rows of a batch and how to find a message again, without Qt."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

from bounce_doctor.output.batch import MAX_YEAR_BINS, locate, looks_like_batch, read_message, time_bins, utc_date

from ..conftest import SAMPLES


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


def test_dates() -> None:
    assert utc_date("Fri, 11 Apr 2025 18:30:21 +0200") == "2025-04-11 16:30"
    assert utc_date("not a date") == ""
    assert utc_date(None) == ""


def _span(first: str, last: str) -> list[tuple[str, int]]:
    return [(first, 2), (last, 3)]


def _steps(bins: list[tuple[date, int]]) -> set[int]:
    return {(b[0] - a[0]).days for a, b in pairwise(bins)}


def test_time_bins_by_day_up_to_two_months() -> None:
    b = time_bins([("2025-03-03", 1), ("2025-03-05", 4), ("2025-03-05", 1), ("2025-03-10", 2)])
    assert b.unit == "day"
    assert [n for _d, n in b.bins] == [1, 0, 5, 0, 0, 0, 0, 2]  # the empty days are there, as zeros
    assert b.label(0) == "2025-03-03"
    assert time_bins(_span("2025-01-01", "2025-03-02")).unit == "day"  # 60 days


def test_time_bins_by_week_up_to_a_year() -> None:
    b = time_bins(_span("2025-01-01", "2025-03-03"))  # 61 days
    assert b.unit == "week"
    assert _steps(b.bins) == {7}
    assert all(start.weekday() == 0 for start, _n in b.bins)  # weeks from Monday
    assert b.bins[0][0] == date(2024, 12, 30)
    assert b.last_day(0) == date(2025, 1, 5)
    assert sum(n for _d, n in b.bins) == 5


def test_time_bins_by_month_then_by_year() -> None:
    b = time_bins(_span("2023-11-20", "2025-02-01"))
    assert b.unit == "month"
    assert [b.label(i) for i in (0, 1, 2, -1)] == ["2023-11", "2023-12", "2024-01", "2025-02"]
    assert len(b.bins) == 16
    assert b.last_day(1) == date(2023, 12, 31)
    y = time_bins(_span("1998-06-01", "2024-04-29"))
    assert y.unit == "year"
    assert [y.label(i) for i in (0, 1, -1)] == ["1998", "1999", "2024"]
    assert len(y.bins) == 27


def test_dates_a_year_apart_are_not_neighbours() -> None:
    b = time_bins(_span("2007-04-29", "2008-04-29"))
    filled = [i for i, (_d, n) in enumerate(b.bins) if n]
    assert len(filled) == 2
    assert filled[1] - filled[0] >= 52  # weeks between them, empty
    # in a wider range they are twelve months apart
    wide = time_bins([("2007-01-01", 1), ("2007-04-29", 3), ("2008-04-29", 1), ("2012-01-01", 1)])
    assert wide.unit == "month"
    at = {wide.label(i): i for i in range(len(wide.bins))}
    assert at["2008-04"] - at["2007-04"] == 12


def test_time_bins_skip_bad_days_and_stay_few_over_centuries() -> None:
    assert time_bins([]).bins == []
    assert time_bins([("", 3), ("not a day", 1)]).bins == []
    b = time_bins([("0100-01-01", 1), ("9999-12-31", 2), ("2025-13-01", 5)])
    assert b.unit == "year"
    assert len(b.bins) <= MAX_YEAR_BINS + 1
    assert sum(n for _d, n in b.bins) == 3
    assert b.last_day(len(b.bins) - 1) == date.max
    end = time_bins([("9999-12-01", 1), ("9999-12-31", 1)])  # the calendar's last days still count
    assert len(end.bins) == 31
    assert end.bins[-1][0] == date.max
    assert date.max - timedelta(days=30) == end.bins[0][0]
