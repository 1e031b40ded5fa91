"""RFC 3464 delivery-status parts, read per recipient."""

from bounce_doctor.engine import MessageKind, SpanKind, diagnose

DSN = """\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

reporting-mta: dns; mx.example.net
ARRIVAL-DATE: Mon, 2 Mar 2026 10:00:00 +0000

Final-Recipient: rfc822; bob@example.org
Original-Recipient: rfc822;Bobby@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 2 Mar 2026 10:00:05 +0000

final-recipient: RFC822; carol@example.org
action: delayed
status: 4.4.1
will-retry-until: Fri, 6 Mar 2026 10:00:00 +0000
diagnostic-code: smtp; 421 4.4.1 connection timed out

--B
Content-Type: text/rfc822-headers

From: Alice <alice@example.com>
To: bob@example.org, carol@example.org
Subject: Lunch
Message-ID: <abc@example.com>

--B--
"""


def test_every_field_read_per_recipient() -> None:
    r = diagnose(DSN)
    assert r.kind == MessageKind.BOUNCE
    assert r.reporting_mta == "mx.example.net"
    assert r.arrival_date == "Mon, 2 Mar 2026 10:00:00 +0000"
    bob, carol = r.recipients
    assert bob.address == "bob@example.org"
    assert bob.original_address == "Bobby@example.org"
    assert bob.action == "failed"
    assert bob.status == "5.1.1"
    assert bob.reply_code == "550"
    assert bob.remote_mta == "mx.example.org"
    assert bob.diagnostic_type == "smtp"
    # folded lines are joined
    assert bob.diagnostic == "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table"
    assert bob.last_attempt_date == "Mon, 2 Mar 2026 10:00:05 +0000"
    assert bob.reason == "userunknown"
    assert bob.hard_bounce is True
    assert bob.permanent is True
    assert carol.action == "delayed"
    assert carol.will_retry_until == "Fri, 6 Mar 2026 10:00:00 +0000"
    assert carol.retrying is True
    assert carol.permanent is False
    assert carol.hard_bounce is False


def test_original_message_summary() -> None:
    r = diagnose(DSN)
    assert r.original is not None
    assert r.original.sender == "Alice <alice@example.com>"
    assert r.original.subject == "Lunch"
    assert r.original.message_id == "<abc@example.com>"


def test_every_finding_has_a_span_inside_the_text() -> None:
    r = diagnose(DSN)
    for s in r.spans:
        assert 0 <= s.start < s.end <= len(r.text)
    for i, rec in enumerate(r.recipients):
        kinds = {s.kind for s in r.spans_for(i)}
        assert SpanKind.RECIPIENT in kinds
        assert SpanKind.DIAGNOSTIC in kinds
        assert SpanKind.STATUS_CODE in kinds
        spans = [s for s in r.spans_for(i) if s.kind == SpanKind.RECIPIENT]
        assert r.text[spans[0].start : spans[0].end].lower() == rec.address.lower()
    rep = [s for s in r.spans if s.kind == SpanKind.REPORTING_MTA]
    assert r.text[rep[0].start : rep[0].end] == "mx.example.net"


def test_global_delivery_status_and_missing_blank_lines() -> None:
    msg = DSN.replace("message/delivery-status", "message/global-delivery-status").replace(
        "Last-Attempt-Date: Mon, 2 Mar 2026 10:00:05 +0000\n\n", "Last-Attempt-Date: Mon, 2 Mar 2026 10:00:05 +0000\n"
    )
    r = diagnose(msg)
    assert [x.address for x in r.recipients] == ["bob@example.org", "carol@example.org"]


def test_delivery_receipt_and_delay_kinds() -> None:
    delivered = DSN.replace("Action: failed", "Action: delivered").replace("Status: 5.1.1", "Status: 2.0.0")
    delivered = delivered.replace("action: delayed", "action: relayed").replace("status: 4.4.1", "status: 2.0.0")
    assert diagnose(delivered).kind == MessageKind.DELIVERED
    delayed = DSN.replace("Action: failed", "Action: delayed")
    assert diagnose(delayed).kind == MessageKind.DELAY


def test_a_reply_is_not_lent_to_the_next_recipient() -> None:
    """Postfix writes the human part recipient by recipient; the reply of one
    line must not be taken for a neighbour whose DSN record has none."""
    from ..conftest import SAMPLES

    r = diagnose((SAMPLES / "multi-recipient.eml").read_bytes())
    by_addr = {x.address: x for x in r.recipients}
    assert by_addr["jake@gmial.com"].reply_code is None
    assert by_addr["jake@gmial.com"].status == "5.4.4"
    assert by_addr["maria@example.net"].reply_code == "552"
