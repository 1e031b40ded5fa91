"""Recipients found around the readers: the complained-of recipient of a report without one."""

from __future__ import annotations

from bounce_doctor.engine import diagnose


def test_jmrp_complaint_names_the_original_recipient() -> None:
    msg = (
        "From: staff@hotmail.com\nTo: abuse@example.com\nSubject: complaint about message from 192.0.2.1\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
        "Content-Type: message/rfc822\n\nX-HmXmrOriginalRecipient: someone@example.net\n"
        "From: news@example.com\nTo: someone@example.net\nSubject: hi\n\nhello\n--b--\n"
    )
    report = diagnose(msg.encode())
    assert str(report.kind) == "complaint"
    assert [r.address for r in report.recipients] == ["someone@example.net"]
