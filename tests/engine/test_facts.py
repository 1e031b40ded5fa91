"""facts.py: what the answers rest on comes from the headers diagnose parsed, not from the display text."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine import facts as ff

BOUNCE = (
    b"From: MAILER-DAEMON@mx.example.net\nTo: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n"
    b"Message-ID: <bounce-1@mx.example.net>\nMIME-Version: 1.0\n"
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
    b"--b\nContent-Type: text/plain\n\n<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n"
    b"To: someone-else@example.net\n\n"  # a line of the text that only looks like a header
    b"--b\nContent-Type: message/rfc822\n\nFrom: Alice <alice@example.com>\nTo: bob@example.org\n"
    b"Message-ID: <orig-1@example.com>\nSubject: Hello\n\nHi Bob\n--b--\n"
)


def test_the_headers_are_the_parsed_ones_with_their_places_in_the_text() -> None:
    report = diagnose(BOUNCE)
    f = ff.facts(report)
    assert f.own_address == "alice@example.com"  # the bounce's To header, not the body's "To:" line
    assert f.own_domains == ("example.com",)
    assert [h.name for h in f.top][:3] == ["From", "To", "Subject"]
    for h in (*f.top, *f.original):
        assert report.text[h.value_start:].startswith(h.value)  # offsets index the display text
    assert f.header("message-id", original=True).value == "<orig-1@example.com>"
    assert ("Message-ID of your message", "<orig-1@example.com>") in f.ids
    assert ("Message-ID of the bounce", "<bounce-1@mx.example.net>") in f.ids


def test_the_bounce_ends_where_the_returned_message_begins() -> None:
    report = diagnose(BOUNCE)
    f = ff.facts(report)
    assert f.report_end == report.original_at == report.text.index("─── message/rfc822")
    assert "hi bob" not in f.head_lower  # the returned message is not the bounce's own text
    assert "user unknown" in f.head_lower


def test_a_report_without_a_returned_message_is_all_bounce() -> None:
    report = diagnose(b"From: MAILER-DAEMON@mx.example.net\nTo: alice@example.com\n\n"
                      b"<bob@example.org>: 550 5.1.1 User unknown\n")
    assert report.original_at == -1
    assert ff.facts(report).report_end == len(report.text)
    assert report.original_headers == ()
