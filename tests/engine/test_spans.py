"""engine/spans.py: where each recipient's address, reply, codes and servers stand in the display text."""

from __future__ import annotations

from bounce_doctor.engine import SpanKind, diagnose

from ..conftest import SAMPLES

FOUND = (SpanKind.RECIPIENT, SpanKind.DIAGNOSTIC, SpanKind.STATUS_CODE, SpanKind.REPLY_CODE, SpanKind.REMOTE_MTA,
         SpanKind.REPORTING_MTA)


def test_every_finding_stands_on_its_own_characters_in_order() -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes(), "wrong-address.eml")
    spans = r.spans
    assert [(s.start, s.end) for s in spans] == sorted((s.start, s.end) for s in spans)
    assert all(0 <= s.start < s.end <= len(r.text) for s in spans)
    found = [s for s in spans if s.kind in FOUND]
    for s in found:
        shown = r.text[s.start : s.end]
        assert shown.lower() == s.value.lower() or s.kind == SpanKind.DIAGNOSTIC, s
    kinds = {s.kind for s in found if s.recipient == 0}
    assert {SpanKind.RECIPIENT, SpanKind.DIAGNOSTIC, SpanKind.STATUS_CODE} <= kinds
    [address] = [s for s in found if s.kind == SpanKind.RECIPIENT]
    assert r.text[address.start : address.end] == "bob@example.org"
    [reporter] = [s for s in found if s.kind == SpanKind.REPORTING_MTA]
    assert (reporter.recipient, reporter.value) == (-1, "mail.example.com")


def test_the_codes_of_a_reply_joined_from_several_lines_still_stand_on_their_characters() -> None:
    text = ("From: MAILER-DAEMON@example.org\nTo: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n\n"
            "<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n"
            "    <bob@example.org>: Recipient address rejected: User unknown\n")
    r = diagnose(text)
    assert "\n" not in r.recipients[0].diagnostic  # joined: it is not in the text as it is
    shown = {(s.kind, r.text[s.start : s.end]) for s in r.spans}
    assert {(SpanKind.RECIPIENT, "bob@example.org"), (SpanKind.REMOTE_MTA, "mx.example.org"),
            (SpanKind.REPLY_CODE, "550"), (SpanKind.STATUS_CODE, "5.1.1")} <= shown
