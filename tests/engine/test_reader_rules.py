"""Format rules of the readers, each on a small message written for it."""

from __future__ import annotations

import time

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.readers.text import _block_after


def _one(msg: str):  # type: ignore[no-untyped-def]
    report = diagnose(msg.encode())
    assert report.recipients, report
    return report.recipients[0]


def test_block_after_is_bounded_per_address() -> None:
    text = ("x" * 50 + " a@example.org ") * 20_000  # one long line, no blank line, many addresses
    t0 = time.perf_counter()
    for pos in range(0, len(text), 1000):
        block, start = _block_after(text, pos)
        assert len(block) <= 1200
        assert start <= pos
    assert time.perf_counter() - t0 < 5.0  # a hang guard: the bound on each block is asserted above


def test_lost_boundary_parameter_is_put_back() -> None:
    msg = (
        "From: post_master@vtext.com\nTo: a@example.org\nSubject: Re: hello\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n"
        "Content-Type: multipart/alternative;\nboundary=\"inner\"\n\n--inner\n"
        "Content-Type: text/plain; charset=us-ascii\n\nError: Invalid user address\n\nError message below:\n"
        "550 - Requested action not taken: no such user here\n\nMessage details:\n"
        "  RCPT TO: gone@vtext.com\n  Size (in bytes): 222\n\n--inner--\n\n--outer--\n"
    )
    r = _one(msg)
    assert r.address == "gone@vtext.com"
    assert r.reply_code == "550"
    assert r.reason == "userunknown"


def test_bare_address_takes_the_reason_after_its_label() -> None:
    msg = (
        "From: Postmaster <postmaster@example.jp>\nTo: s@example.com\nSubject: DELIVERY FAILURE: User x not listed\n\n"
        "Your message\n\n  Subject: Test\n\nwas not delivered to:\n\n  x@example.jp\n\nbecause:\n\n"
        "  User x (x@example.jp) not listed in Domino Directory\n"
    )
    r = _one(msg)
    assert r.address == "x@example.jp"
    assert "not listed in Domino Directory" in (r.diagnostic or "")
    assert r.reason == "userunknown"


def test_sendmail_remote_protocol_error_takes_the_reply_above() -> None:
    msg = (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@example.jp>\nTo: s@example.jp\n"
        "Subject: Returned mail: Remote protocol error\n\n"
        "   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n"
        ">>> MAIL From:<s@example.jp>\n<<< 550 Insecure Mail Relay\n"
        "554 <k@example.edu>... Remote protocol error\n\n   ----- Unsent message follows -----\n"
    )
    r = _one(msg)
    assert r.address == "k@example.edu"
    assert r.command == "MAIL"
    assert r.reply_code == "550"
    assert r.reason == "norelaying"


def test_exchange_x400_recipient_is_its_display_name() -> None:
    """Exchange 5.5 names a recipient reached through X.400 by display name only."""
    from bounce_doctor.engine import diagnose

    msg = (
        "From: System Administrator <postmaster@example.org>\n"
        "To: ann@example.com\n"
        "Subject: Undeliverable: Minutes\n"
        "X-MS-Embedded-Report: \n"
        "\n"
        "Your message\n\n"
        "  To:      ann@example.com\n"
        "  Subject: Minutes\n\n"
        "did not reach the following recipient(s):\n\n"
        "Jane Q. Example on Fri, 14 Sep 2007 18:52:54 +0300\n"
        "    The recipient was unavailable to take delivery of the message\n"
    )
    r = diagnose(msg)
    assert [x.address for x in r.recipients] == ["Jane Q. Example"]
    assert r.recipients[0].status is None
