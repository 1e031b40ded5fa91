"""The dates of Received and Date headers: read, with their zone, or refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bounce_doctor.engine.headers.dates import parse_date

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))


@pytest.mark.parametrize(
    ("text", "expected", "zone_known"),
    [
        ("Thu, 22 Feb 2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("Thu, 22 Feb 2011 23:34:45 +0900 (JST)", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("22 Feb 2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # no weekday
        ("Thu,  2 Feb 2011 23:34:45 +0900", datetime(2011, 2, 2, 23, 34, 45, tzinfo=JST), True),
        ("Fri, 18 Jul 2014 00:31:01 -0700 (PDT)", datetime(2014, 7, 18, 0, 31, 1, tzinfo=PDT), True),
        ("Fri, 18 Jul 2014 00:31:01 PDT", datetime(2014, 7, 18, 0, 31, 1, tzinfo=PDT), True),
        ("Fri, 18 Jul 2014 00:31:01 EST", datetime(2014, 7, 18, 5, 31, 1, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 JST", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # not UTC
        ("Thu, 22 Feb 2011 23:34:45 GMT", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 UT", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 -0000", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("22 Feb 11 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # 2-digit year
        ("22 Feb 99 23:34:45 +0000", datetime(1999, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34 +0900", datetime(2011, 2, 22, 23, 34, tzinfo=JST), True),  # no seconds
        ("Thu, 22 Feb 2011 23:34:45", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),  # no zone
        ("Thu, 22 Feb 2011 23:34:45 XYZ", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("2011-02-22T23:34:45Z", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),  # ISO-like
        ("2011-02-22 23:34:45.123 +09:00", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("2011-02-22 23:34:45", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("22-Feb-2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("Tue Feb 22 23:34:45 2011", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("Fri, 30 Nov 2012 04:46:27 -0500 (CST) (envelope-from x@example.com)",
         datetime(2012, 11, 30, 9, 46, 27, tzinfo=UTC), True),
    ],
)
def test_dates(text: str, expected: datetime, zone_known: bool) -> None:
    got = parse_date(text)
    assert got is not None, text
    assert got.when == expected
    assert got.zone_known is zone_known


@pytest.mark.parametrize("text", ["", "nonsense", "Thu, 22 Feb 2011 99:34:45 +0000", "Thu, 31 Feb 2011 10:00:00 +0000",
                                  "32 Foo 2011 10:00", "(" * 5000])
def test_unreadable_dates(text: str) -> None:
    assert parse_date(text) is None
