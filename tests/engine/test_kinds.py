"""Bounce, delay, receipt, auto-reply, complaint, or no bounce at all."""


from bounce_doctor.engine import MessageKind, diagnose

from ..conftest import SAMPLES

PLAIN = """\
From: Alice <alice@example.com>
To: Bob <bob@example.org>
Subject: Lunch on Friday?
Date: Mon, 2 Mar 2026 10:00:00 +0000
Message-ID: <1@example.com>

Hi Bob, shall we meet at 12:30? Call me on 550 1234 or mail carol@example.net.
"""

AUTOREPLY = """\
From: Bob <bob@example.org>
To: alice@example.com
Subject: Out of office: Lunch on Friday?
Auto-Submitted: auto-replied

I am away until Monday.
"""

ARF = """\
From: feedback@provider.example
To: abuse@example.com
Subject: Complaint
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="X"

--X
Content-Type: text/plain

A user complained.
--X
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: test/1.0
Version: 1
Original-Rcpt-To: <user@provider.example>

--X
Content-Type: message/rfc822

From: news@example.com
To: user@provider.example
Subject: Deals

Buy now.
--X--
"""

EXIM = """\
From: Mail Delivery System <Mailer-Daemon@mx.example.net>
To: alice@example.com
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
X-Failed-Recipients: bob@example.org

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.org
    SMTP error from remote mail server after RCPT TO:<bob@example.org>:
    host mx.example.org [192.0.2.7]: 550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

From: alice@example.com
To: bob@example.org
"""


def test_ordinary_message_is_no_bounce() -> None:
    r = diagnose(PLAIN)
    assert r.kind == MessageKind.NOT_BOUNCE
    assert r.recipients == ()


def test_autoreply() -> None:
    assert diagnose(AUTOREPLY).kind == MessageKind.AUTOREPLY


def test_complaint() -> None:
    r = diagnose(ARF)
    assert r.kind == MessageKind.COMPLAINT
    assert r.feedback_type == "abuse"
    assert [x.address for x in r.recipients] == ["user@provider.example"]


def test_text_bounce_without_dsn() -> None:
    r = diagnose(EXIM)
    assert r.kind == MessageKind.BOUNCE
    (bob,) = r.recipients
    assert bob.address == "bob@example.org"
    assert bob.reply_code == "550"
    assert bob.status == "5.1.1"
    assert bob.reason == "userunknown"
    assert bob.remote_mta == "mx.example.org"


def test_delay_warning_without_dsn() -> None:
    text = EXIM.replace("Mail delivery failed: returning message to sender", "Warning: message delayed").replace(
        "This is a permanent error.", "This is a warning message only; the server will keep trying."
    ).replace("550 5.1.1 No such user here", "451 4.4.1 try again later")
    r = diagnose(text)
    assert r.kind == MessageKind.DELAY
    assert r.recipients[0].retrying


def test_the_delay_warning_sample_pasted_as_text_is_a_delay() -> None:
    r = diagnose((SAMPLES / "delay-warning.eml").read_text(encoding="utf-8"))
    assert r.kind == MessageKind.DELAY


def test_the_exchange_ndr_sample_has_failed_recipients() -> None:
    r = diagnose((SAMPLES / "exchange-ndr.eml").read_bytes(), "Undeliverable Test.eml")
    assert r.failed


def test_pasted_body_without_headers() -> None:
    body = EXIM.split("\n\n", 1)[1]
    r = diagnose(body)
    assert r.kind == MessageKind.BOUNCE
    assert r.recipients[0].address == "bob@example.org"


def test_a_pasted_bounce_with_an_unknown_opening_is_read_from_its_structured_part() -> None:
    """A Finnish opening nobody taught the engine: Postfix's own English line still says it all."""
    pasted = (
        "Tämä on postijärjestelmän automaattinen viesti palvelimelta mail.example.fi.\n\n"
        "Valitettavasti viestiäsi ei voitu toimittaa.\n\n"
        "<mario@example.com>: host mx.example.com[192.0.2.10] said: 554 5.7.1\n"
        "    <mario@example.com>: Recipient address rejected: Access denied (in reply to\n"
        "    RCPT TO command)\n"
    )
    r = diagnose(pasted)
    assert r.kind == MessageKind.BOUNCE
    assert [(x.address, x.status, x.reply_code) for x in r.recipients] == [("mario@example.com", "5.7.1", "554")]


NOTICE = b"""From: Postmaster <postmaster@example.org>
To: alice@example.com
Subject: Notice about your message
Auto-Submitted: auto-replied
Date: Mon, 1 Jan 2024 10:00:00 +0000

Your message to bob@example.org could not be delivered.
The user bob@example.org is unknown at this site.
"""


def test_a_notice_marked_auto_replied_that_reports_a_failure_is_a_bounce_for_the_failed_address() -> None:
    r = diagnose(NOTICE)
    assert r.kind == MessageKind.BOUNCE
    assert [x.address for x in r.recipients] == ["bob@example.org"]  # never the postmaster's own address


def test_an_out_of_office_with_a_null_sender_stays_an_auto_reply() -> None:
    ooo = NOTICE.replace(b"From: Postmaster <postmaster@example.org>", b"From: Bob <bob@example.org>\nReturn-Path: <>")
    ooo = ooo.split(b"\n\n")[0] + b"\n\nI am on vacation until Monday and will read your message when I am back.\n"
    assert diagnose(ooo).kind == MessageKind.AUTOREPLY


def test_the_bounce_own_sender_is_not_a_failed_recipient() -> None:
    text = NOTICE.replace(b"Your message to bob@example.org could not be delivered.\nThe user bob@example.org",
                          b"Your message could not be delivered.\nPlease write to postmaster@example.org; the user")
    r = diagnose(text)
    assert "postmaster@example.org" not in [x.address for x in r.recipients]
