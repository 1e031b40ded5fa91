"""Looking up the bounce's headers and the returned message's headers."""

from __future__ import annotations

from bounce_doctor.engine import mime

MESSAGE = (b"From: Mail Delivery System <MAILER-DAEMON@example.org>\r\nSubject: first\r\nsubject: second\r\n"
           b"Content-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n")


def test_the_first_value_of_a_name_in_any_case() -> None:
    p = mime.parse(MESSAGE)
    assert p.header("SUBJECT") == "first"
    assert p.header("from") == "Mail Delivery System <MAILER-DAEMON@example.org>"
    assert p.header("x-failed-recipients") is None
    assert p.original_header("subject") is None


def test_headers_added_or_replaced_after_a_lookup_are_found() -> None:
    p = mime.parse(MESSAGE)
    assert p.header("x-extra") is None
    p.top_headers.append(mime.HeaderField("X-Extra", "yes", 0, 0, "top"))
    assert p.header("x-extra") == "yes"
    p.top_headers = [mime.HeaderField("Subject", "other", 0, 0, "top")]
    assert p.header("subject") == "other"
    assert p.header("x-extra") is None
    p.original_headers = [mime.HeaderField("Message-ID", "<a@b>", 0, 0, "original")]
    assert p.original_header("message-id") == "<a@b>"
