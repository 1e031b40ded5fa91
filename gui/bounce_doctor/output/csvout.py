"""The CSV tables (RFC 4180, a header row, CRLF), in one place.

- ``explain --csv``: :data:`FIELDS`, one row per failed recipient of each report, with the bounce's own date;
- the Batch tab's export: :data:`BATCH_FIELDS`, the table as shown (delayed recipients too, UTC dates).

Both write their cells through :func:`_cell`, so text from a bounce never runs as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..engine.advice import verdict_of
from ..engine.model import Report
from .batch import BatchRow, row_dict

FIELDS = (
    "file", "date", "recipient", "domain", "status", "reply_code", "reason", "who_acts", "permanent", "hard_bounce",
    "diagnostic",
)

# a cell starting with one of these is taken for a formula by spreadsheet programs;
# text that comes from a bounce gets a leading apostrophe so it stays text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def rows(report: Report) -> Iterator[dict[str, str]]:
    """One row per recipient whose delivery failed."""
    for i, r in enumerate(report.recipients):
        if r.action != "failed":
            continue
        v = verdict_of(report).for_recipient(i)
        domain = r.address.rsplit("@", 1)[1].lower() if "@" in r.address else ""
        yield {k: _cell(v) for k, v in (
            ("file", report.name),
            ("date", report.date or report.arrival_date or r.last_attempt_date),
            ("recipient", r.address),
            ("domain", domain),
            ("status", r.status),
            ("reply_code", r.reply_code),
            ("reason", r.reason),
            ("who_acts", v.who if v else None),
            ("permanent", v.permanent if v else r.permanent),
            ("hard_bounce", v.hard_bounce if v else r.hard_bounce),
            ("diagnostic", r.diagnostic),
        )}


def writer(stream: TextIO) -> csv.DictWriter[str]:
    """A CSV writer with CRLF line ends (RFC 4180); the header row is written at once."""
    w = csv.DictWriter(stream, fieldnames=FIELDS, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    return w


BATCH_FIELDS = (
    "file", "date", "recipient", "domain", "status", "reply_code", "reason", "who_acts", "permanent", "action",
    "diagnostic",
)


def batch_csv(rows: Iterable[BatchRow]) -> str:
    """The rows as CSV (RFC 4180, header row, CRLF); cells that a spreadsheet would run as a formula stay text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=BATCH_FIELDS, lineterminator="\r\n")
    w.writeheader()
    for row in rows:
        d = row_dict(row)
        w.writerow({k: _cell(d[k]) for k in BATCH_FIELDS})
    return buf.getvalue()
