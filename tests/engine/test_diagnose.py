"""The pipeline itself: text given as str (even with lone surrogates), text with no email in it, and one parse
per message for the diagnosis and the headers analysis."""

from __future__ import annotations

import pytest

from bounce_doctor.engine import Examination, NotEmailError, Report, diagnose, examine

from ..conftest import corpus_dir
from .hostile import check


def test_text_with_lone_surrogates() -> None:
    r = check("From: a@example.com\n\n550 5.1.1 \ud800 \udcff bob@example.net\n")
    assert isinstance(r, Report), r


def test_text_with_no_email_in_it() -> None:
    with pytest.raises(NotEmailError):
        diagnose("just some words\nwithout anything in them\n")


def _refs_index_the_text(exam: Examination) -> None:
    text = exam.report.text
    for block in exam.headers().blocks:
        assert 0 <= block.start <= block.end <= len(text)
        for ref in block.headers:
            assert text.startswith(ref.name, ref.name_start), (ref.name, text[ref.name_start:ref.name_start + 40])


def test_the_headers_of_an_outlook_msg_are_those_of_the_message_decoded_from_it() -> None:
    exams = [examine(p.read_bytes(), p.name) for p in sorted(corpus_dir("msg").glob("*.msg"))]
    assert len(exams) >= 10
    for exam in exams:
        assert "\x00" not in exam.report.text  # decoded, not the OLE file's bytes
        _refs_index_the_text(exam)  # the Headers tab selects in the text the window shows
    dated = [e for e in exams if (p := e.headers().primary) is not None and any(h.time for h in p.hops)]
    assert len(dated) >= 3  # Received headers with their times, read from the decoded message


def test_a_bounce_read_again_as_plain_text_has_its_headers_read_from_that_text() -> None:
    # a multipart bounce whose boundary is missing is read as plain text; the headers analysis follows it
    data = (b"From: MAILER-DAEMON@mx.example.net\nTo: alice@example.com\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/report; boundary=\"gone\"\n\n"
            b"<bob@example.org>: 550 5.1.1 User unknown\n\n"
            b"Received: from mail.example.com (mail.example.com [192.0.2.7]) by mx.example.net; "
            b"Tue, 1 Apr 2025 10:00:00 +0000\nFrom: alice@example.com\nTo: bob@example.org\nSubject: hi\n\nhello\n")
    exam = examine(data)
    _refs_index_the_text(exam)
    assert exam.parsed.text == exam.report.text
