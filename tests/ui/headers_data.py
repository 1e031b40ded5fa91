"""Hand-written messages for the Headers tab's tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..conftest import SAMPLES

START = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


def _stamp(t: datetime) -> str:
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def message(received: list[str], date: datetime = START, extra: str = "") -> bytes:
    """An ordinary message with these Received headers (given newest first, as in a message)."""
    lines = [f"Received: {r}" for r in received]
    return ("\n".join(lines) + f"\n{extra}From: Alice <alice@example.com>\nTo: bob@example.net\n"
            f"Date: {_stamp(date)}\nMessage-ID: <m1@example.com>\nSubject: hello\n\nhello\n").encode()


def thirty_hops() -> bytes:
    """30 hops, hop i taking i seconds: the total is 465 s and hop 30 has 30/465 of it."""
    t = START
    rcv = []
    for i in range(1, 31):
        t += timedelta(seconds=i)
        rcv.append(f"from relay{i - 1}.example.net (relay{i - 1}.example.net [192.0.2.{i}])\n\tby relay{i}.example.net"
                   f" with ESMTP id Q{i:03d}; {_stamp(t)}")
    return message(list(reversed(rcv)))


def clock_skew() -> bytes:
    """Hop 2's clock is 20 minutes behind hop 1's."""
    return message([
        f"from b.example.net by c.example.net with ESMTPS id C3; {_stamp(START + timedelta(minutes=5))}",
        f"from a.example.net by b.example.net with ESMTP id B2; {_stamp(START - timedelta(minutes=19))}",
        f"from pc.example.com by a.example.net with ESMTPSA id A1; {_stamp(START + timedelta(minutes=1))}",
    ])


def stopped() -> bytes:
    """auth-failure.eml with a Received header added by the server that refused the message (hop 4)."""
    data = (SAMPLES / "auth-failure.eml").read_bytes()
    return data.replace(
        b"Return-Path: <orders@example.com>\n",
        b"Return-Path: <orders@example.com>\nReceived: from relay1.webhost.example (relay1.webhost.example "
        b"[203.0.113.30])\n\tby aspmx.l.google.com with ESMTPS id x1; Tue, 15 Apr 2025 07:03:27 +0000\n",
        1,
    )
