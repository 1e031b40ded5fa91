"""The delivery path: hops oldest first, their delays and shares, clocks that disagree, the cap on hops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bounce_doctor.engine.headers import MAX_HOPS, analyse

from .messages import message


def test_hops_delays_share_and_skew() -> None:
    data = message([
        "from b.example by c.example; Mon, 1 Jan 2024 10:05:00 +0000",
        "from a.example by b.example; Mon, 1 Jan 2024 09:50:00 +0000",  # behind hop 1: clocks disagree
        "from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000",
    ])
    a = analyse(data)
    hops = a.hops
    assert [h.receiver for h in hops] == ["a.example", "b.example", "c.example"]
    assert hops[0].delay_seconds == 60  # since Date
    assert hops[1].delay_seconds is None
    assert hops[1].clock_skew
    assert hops[2].delay_seconds == 15 * 60
    assert not hops[2].clock_skew
    assert hops[2].share == pytest.approx(15 / 16)
    assert a.primary is not None
    assert a.primary.total_seconds == 300
    assert any("clocks disagree" in n for n in a.primary.notes)


def test_missing_time_and_time_zones() -> None:
    data = message([
        "from b.example by c.example; Mon, 1 Jan 2024 19:10:00 +0900 (JST)",
        "from a.example by b.example",  # no date
        "from x.example by a.example; Mon, 1 Jan 2024 03:00:00 -0700 (PDT)",
    ])
    hops = analyse(data).hops
    assert hops[0].time == datetime(2024, 1, 1, 10, 0, tzinfo=UTC)
    assert hops[1].time is None
    assert hops[1].delay_seconds is None
    assert not hops[1].clock_skew
    assert hops[2].delay_seconds == 600


def test_many_hops_and_the_cap() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rcv = [f"from h{i}.example by h{i + 1}.example; {(start + timedelta(seconds=i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
           for i in range(35)]
    a = analyse(message(list(reversed(rcv)), date="Mon, 1 Jan 2024 00:00:00 +0000"))
    assert len(a.hops) == 35
    assert [h.index for h in a.hops] == list(range(1, 36))
    assert all(h.delay_seconds is not None for h in a.hops)
    many = [f"from h{i}.example by h{i + 1}.example; Mon, 1 Jan 2024 00:00:00 +0000" for i in range(MAX_HOPS + 20)]
    b = analyse(message(many))
    assert len(b.hops) == MAX_HOPS
    assert any(str(MAX_HOPS) in n for n in b.primary.notes)
