"""Many bounces at once, free of Qt: one row per failed recipient, and how to find its message again.

The batch view keeps these rows, never the full reports: a row holds what the table, the charts
and the exports show, plus a :class:`MessageRef` (the file and, for an mbox, the message's number)
that reads the one message again when it is opened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, timedelta
from email.utils import parsedate_to_datetime
from itertools import islice
from pathlib import Path

from ..engine.advice import verdict_of
from ..engine.errors import Problem, problem
from ..engine.inputs import SINGLE_MESSAGE_SUFFIXES, Item, display_name, read_path
from ..engine.limits import Limits
from ..engine.model import MessageKind, Report

DIAGNOSTIC_CHARS = 300  # the server's reply is cut to this in a row (memory: thousands of rows)
_MBOX_NAME = re.compile(r"(.*)#(\d+)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class MessageRef:
    """How to read one message again: its file, and its number in an mbox (0 for a whole file)."""

    path: str
    index: int = 0


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One failed (or delayed) recipient of one message."""

    file: str  # the message, as shown: a path inside the folder, "name #3" for an mbox message
    date: str  # "YYYY-MM-DD HH:MM" in UTC, or "" when the bounce gives no readable date
    recipient: str
    domain: str
    status: str  # enhanced status code, e.g. 5.1.1
    reply_code: str  # SMTP reply code, e.g. 550
    reason: str  # sisimai's vocabulary
    who_acts: str  # you | provider | recipient | recipient_admin | blocklist | nobody | ""
    permanent: bool | None  # None: the bounce does not say
    action: str  # failed | delayed
    diagnostic: str
    ref: MessageRef

    @property
    def codes(self) -> str:
        """The codes as one cell: "550 5.1.1"."""
        return " ".join(c for c in (self.reply_code, self.status) if c)

    @property
    def day(self) -> str:
        """The date's day, "YYYY-MM-DD", or ""."""
        return self.date[:10]


def utc_date(value: str | None) -> str:
    """An email date as "YYYY-MM-DD HH:MM" in UTC; "" when it cannot be read."""
    if not value:
        return ""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):
        return ""


def rows_for(report: Report, label: str, ref: MessageRef) -> list[BatchRow]:
    """The rows of one report: its failed and delayed recipients (none for auto-replies and the like)."""
    if report.kind not in (MessageKind.BOUNCE, MessageKind.DELAY):
        return []
    wanted = [(i, r) for i, r in enumerate(report.recipients) if r.action in ("failed", "delayed")]
    if not wanted:
        return []
    mv = verdict_of(report)
    out = []
    for i, r in wanted:
        v = mv.for_recipient(i)
        who = v.who if v else ""
        permanent = v.permanent if v else r.permanent
        out.append(BatchRow(
            file=label,
            date=utc_date(r.last_attempt_date or report.date or report.arrival_date),
            recipient=r.address,
            domain=r.address.rsplit("@", 1)[1].lower() if "@" in r.address else "",
            status=r.status or "",
            reply_code=r.reply_code or "",
            reason=r.reason,
            who_acts=who,
            permanent=permanent,
            action=r.action,
            diagnostic=(r.diagnostic or "")[:DIAGNOSTIC_CHARS],
            ref=ref,
        ))
    return out


def locate(root: Path, item_name: str) -> tuple[MessageRef, str]:
    """Where an item of ``read_path(root)`` lives, and its label relative to ``root``."""
    path, index = item_name, 0
    if not Path(item_name).is_file():
        m = _MBOX_NAME.fullmatch(item_name)
        if m and Path(m[1]).is_file():
            path, index = m[1], int(m[2])
    try:
        rel = Path(path).relative_to(root)
        label = display_name(rel) if str(rel) != "." else Path(path).name
    except ValueError:
        label = Path(path).name or path
    if not label:
        label = path
    return MessageRef(path, index), f"{label} #{index}" if index else label


def read_message(ref: MessageRef, limits: Limits | None = None) -> Item:
    """Read one message of a batch again (a whole file, or one message of an mbox)."""
    items = read_path(Path(ref.path), limits=limits)
    found = next(islice(items, max(ref.index - 1, 0), None), None)
    if found is None:
        return Item(ref.path, error=problem(Problem.CHANGED,
                                                 "the message is no longer there: the file changed since it was read"))
    return found


def looks_like_batch(path: Path) -> bool:
    """True for a folder, and for a file that starts like an mbox (it may hold many messages)."""
    if path.is_dir():
        return True
    if path.suffix.lower() in SINGLE_MESSAGE_SUFFIXES:
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    first = head.split(b"\n", 1)[0]
    return head.startswith(b"From ") and (b"@" in first or len(first.split()) >= 3)


@dataclass(frozen=True, slots=True)
class Counts:
    """What the charts show."""

    by_reason: list[tuple[str, int]]
    by_domain: list[tuple[str, int]]
    by_day: list[tuple[str, int]]  # in date order; undated rows are left out


class RunningCounts:
    """Counts that grow as rows arrive (a batch of thousands is never counted again from the start)."""

    def __init__(self) -> None:
        self.reasons: Counter[str] = Counter()
        self.domains: Counter[str] = Counter()
        self.days: Counter[str] = Counter()

    def extend(self, rows: Iterable[BatchRow]) -> None:
        """Count more rows."""
        for r in rows:
            self.reasons[r.reason] += 1
            self.domains[r.domain or "?"] += 1
            if r.day:
                self.days[r.day] += 1

    def counts(self, top: int = 10) -> Counts:
        """The ``top`` reasons and domains (then the rest under ``OTHER``), and every day in order."""
        return Counts(_top(self.reasons, top), _top(self.domains, top), sorted(self.days.items()))


def counts(rows: Iterable[BatchRow], top: int = 10) -> Counts:
    """Rows counted by reason and by domain (the ``top`` largest, then the rest under ``OTHER``), and by day."""
    running = RunningCounts()
    running.extend(rows)
    return running.counts(top)


OTHER = ""  # the key of the bar that sums up the rest


def _top(counter: Counter[str], top: int) -> list[tuple[str, int]]:
    best = counter.most_common(top)
    rest = sum(counter.values()) - sum(n for _k, n in best)
    return [*best, (OTHER, rest)] if rest else best


# the width of the bins of the chart over time, by the days the dates span: a day each up to two months,
# a week each up to a year, a month each up to ten years, then a year each
DAY_SPAN, WEEK_SPAN, MONTH_SPAN = 60, 366, 3660
MAX_YEAR_BINS = 100  # dates centuries apart (a wrong clock) are put in bins of several years


@dataclass(frozen=True, slots=True)
class TimeBins:
    """Counts over time in bins of equal width, every bin from the first date's to the last's (empty ones 0)."""

    unit: str  # day | week (from Monday) | month | year
    bins: list[tuple[date, int]]  # each bin's first day and its count
    years: int = 1  # the years in a bin, when the unit is the year

    def label(self, i: int) -> str:
        """A bin's name: "2025-03-03" (a day, or a week's Monday), "2025-03" (a month) or "2025" (a year)."""
        start = self.bins[i][0]
        return {"month": f"{start:%Y-%m}", "year": f"{start:%Y}"}.get(self.unit, start.isoformat())

    def last_day(self, i: int) -> date:
        """The last day a bin counts."""
        after = _next(self.bins[i][0], self.unit, self.years)
        return after - timedelta(days=1) if after else date.max


def time_bins(by_day: Iterable[tuple[str, int]]) -> TimeBins:
    """Day counts ("YYYY-MM-DD", n) in bins as wide as the dates' span asks; unreadable days are left out."""
    days: Counter[date] = Counter()
    for day, n in by_day:
        try:
            days[date.fromisoformat(day[:10])] += n
        except ValueError:
            continue
    if not days:
        return TimeBins("day", [])
    first, last = min(days), max(days)
    span = (last - first).days
    unit = "day" if span <= DAY_SPAN else "week" if span <= WEEK_SPAN else "month" if span <= MONTH_SPAN else "year"
    years = -(-(last.year - first.year + 1) // MAX_YEAR_BINS)
    grouped: Counter[date] = Counter()
    for day, n in days.items():
        grouped[_start(day, unit, years)] += n
    bins: list[tuple[date, int]] = []
    at: date | None = _start(first, unit, years)
    while at is not None and at <= last:
        bins.append((at, grouped[at]))
        at = _next(at, unit, years)
    return TimeBins(unit, bins, years if unit == "year" else 1)


def _start(day: date, unit: str, years: int = 1) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return date(max(day.year - day.year % years, 1), 1, 1)
    return day


def _next(start: date, unit: str, years: int = 1) -> date | None:
    """The next bin's first day; None past the calendar's end."""
    try:
        if unit == "day":
            return start + timedelta(days=1)
        if unit == "week":
            return start + timedelta(days=7)
        if unit == "month":
            return date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return date(start.year - start.year % years + years, 1, 1)
    except (ValueError, OverflowError):
        return None


def row_dict(row: BatchRow) -> dict[str, object]:
    """A row for JSON."""
    return {
        "file": row.file,
        "date": row.date or None,
        "recipient": row.recipient,
        "domain": row.domain,
        "status": row.status or None,
        "reply_code": row.reply_code or None,
        "reason": row.reason,
        "who_acts": row.who_acts or None,
        "permanent": row.permanent,
        "action": row.action,
        "diagnostic": row.diagnostic or None,
        "source": {"path": row.ref.path, "message": row.ref.index or None},
    }
