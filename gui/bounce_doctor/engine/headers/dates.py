"""Dates as mail servers write them in Received headers, read tolerantly.

``email.utils.parsedate_tz`` reads RFC 5322 dates (with or without weekday,
2-digit years, missing seconds, the obsolete US zones); we then check the
zone ourselves, since it reads zones it does not know (JST, CET, ...) as UTC,
and fall back to our own reading for ISO-like forms. Never raises.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

# Zone names seen in mail, in hours east of UTC. Ambiguous ones (IST, BST)
# follow the most common use in mail headers.
ZONES: dict[str, float] = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1,
    "CET": 1, "MET": 1, "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "MSD": 4,
    "IST": 5.5, "ICT": 7, "WIB": 7, "CST8": 8, "HKT": 8, "SGT": 8, "AWST": 8, "PHT": 8,
    "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "AST": -4, "ADT": -3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
    "BRT": -3, "ART": -3,
}

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

# the zone right after the time of day: +0900, -07:00, JST, (JST) is a comment
_TIME_ZONE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?[ \t]{0,8}([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}\b)?")
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|[ \t]{1,4})(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?"
    r"[ \t]{0,4}(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{2,5}\b)?"
)
# 22-Feb-2011 23:34:45 +0900, 22/Feb/2011:23:34:45 +0900 (log style)
_LOOSE = re.compile(
    r"(\d{1,2})[ \t/-]{1,3}([A-Za-z]{3})[a-z]{0,6}\.?[ \t/-]{1,3}(\d{2,4})[ \t:T]{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"[ \t]{0,4}([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}\b)?"
)
# Month name first: Feb 22 23:34:45 2011 (ctime) or Feb 22 2011 23:34
_CTIME = re.compile(
    r"([A-Za-z]{3})[a-z]{0,6}[ \t]{1,3}(\d{1,2})[ \t,]{1,3}(?:(\d{4})[ \t]{1,3})?(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:[ \t]{1,3}([+-]\d{4}|[A-Za-z]{1,5}\b))?(?:[ \t]{1,3}(\d{4}))?"
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a header: an aware datetime, and whether its zone was stated."""

    when: datetime  # always timezone-aware; UTC is assumed when the zone is missing or unknown
    zone_known: bool


def _zone_offset(token: str | None) -> float | None:
    """Hours east of UTC for a zone token, or None when missing or unknown."""
    if not token:
        return None
    t = token.strip()
    if t[0] in "+-":
        digits = t[1:].replace(":", "")
        if len(digits) != 4 or not digits.isdigit():
            return None
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 14 or minutes > 59:
            return None
        sign = -1 if t[0] == "-" else 1
        return sign * (hours + minutes / 60)
    return ZONES.get(t.upper())


def _year(y: int) -> int:
    if y < 50:
        return 2000 + y
    if y < 100:
        return 1900 + y
    return y


def _make(y: int, mo: int, d: int, h: int, mi: int, s: int, zone: float | None) -> ParsedDate | None:
    try:
        tz = timezone(timedelta(hours=zone)) if zone is not None else UTC
        if s == 60:  # a leap second
            s = 59
        when = datetime(_year(y), mo, d, h, mi, s, tzinfo=tz)
    except (ValueError, OverflowError):
        return None
    if not 1970 <= when.year <= 2200:
        return None
    return ParsedDate(when, zone is not None)


def parse_date(text: str | None) -> ParsedDate | None:
    """Read a date the way servers write it; None when nothing readable is there."""
    if not text:
        return None
    text = text.strip()[:300]
    if not text:
        return None
    zone_match = _TIME_ZONE.search(text)
    zone_token = zone_match.group(1) if zone_match else None
    zone = _zone_offset(zone_token)
    if zone_token and zone is None and zone_token[0] not in "+-" and zone_token.upper() not in ("AM", "PM"):
        zone = None  # an unknown name: parsedate_tz would take it for UTC
    try:
        tup = email.utils.parsedate_tz(text)
    except (ValueError, IndexError, TypeError, OverflowError):
        tup = None
    if tup is not None and zone_match is not None:
        y, mo, d, h, mi, s = tup[:6]
        got = _make(y, mo, d, h, mi, s, zone)
        if got is not None:
            return got
    return _fallback(text)


def _fallback(text: str) -> ParsedDate | None:
    m = _ISO.search(text)
    if m:
        y, mo, d, h, mi = (int(m.group(i)) for i in range(1, 6))
        zone_tok = m.group(7)
        return _make(y, mo, d, h, mi, int(m.group(6) or 0), 0 if zone_tok == "Z" else _zone_offset(zone_tok))
    m = _LOOSE.search(text)
    if m and m.group(2).lower() in _MONTHS:
        return _make(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)), int(m.group(4)),
                     int(m.group(5)), int(m.group(6) or 0), _zone_offset(m.group(7)))
    m = _CTIME.search(text)
    if m and m.group(1).lower() in _MONTHS and (m.group(3) or m.group(8)):
        return _make(int(m.group(3) or m.group(8)), _MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(4)),
                     int(m.group(5)), int(m.group(6) or 0), _zone_offset(m.group(7)))
    return None
