"""The code finder: real codes found, look-alikes ignored."""

import pytest

from bounce_doctor.engine.codes import find_enhanced, find_reply, first_reply, normalise_status


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("550 5.1.1 <bob@example.org>: User unknown", ["5.1.1"]),
        ("550-5.7.26 Unauthenticated email\n550 5.7.26 gsmtp", ["5.7.26", "5.7.26"]),
        ("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'", ["5.1.10"]),
        ("smtp; 452 4.2.2 Over quota", ["4.2.2"]),
        ("(#5.5.0)", ["5.5.0"]),
        ("Status: 4.4.7", ["4.4.7"]),
        ("421 4.7.0 [TSS04] Messages deferred", ["4.7.0"]),
    ],
)
def test_enhanced_codes_found(text: str, codes: list[str]) -> None:
    assert [f.code for f in find_enhanced(text)] == codes


@pytest.mark.parametrize(
    "text",
    [
        "host mx.example.org [192.0.2.5] said",  # IPv4
        "connect to 10.2.4.5:25 failed",
        "Received: by 2.4.1.5 with SMTP",
        "Postfix 2.5.5 on Debian",
        "Exim version 4.5.1 here",
        "OpenSSL 5.0.1",
        "Date: 4.5.2023",
        "build 5.1.10-3",
        "sendmail/8.14.4/5.0.1",
    ],
)
def test_enhanced_look_alikes_ignored(text: str) -> None:
    assert find_enhanced(text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("550 5.1.1 User unknown", "550"),
        ("Diagnostic-Code: smtp; 554 Service unavailable", "554"),
        ("host mx.example.org [192.0.2.1] said: 550 unknown user (in reply to RCPT TO)", "550"),
        ("    host mx.example.jp [192.0.2.20]: 550 5.7.0 Please use the smtp server", "550"),
        ("Remote Server returned '550 5.1.10 RESOLVER'", "550"),
        ("#550 5.1.1 RESOLVER.ADR.RecipNotFound", "550"),
        ("<bob@example.org>: 552 Mailbox full", "552"),
        ("550-5.7.1 first line", "550"),
    ],
)
def test_reply_codes_found(text: str, code: str) -> None:
    assert first_reply(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Date: Tue, 11 Jun 2024 18:02:02 +0900",  # time and date
        "at 12:30:45 the server",
        "connect to mx.example.org:465 failed",  # port
        "port 587 is closed",
        "The message of 552 bytes was too big",
        "Size: 250 KB",
        "Received: from [192.0.2.250] by relay with 450 bytes",
        "Postfix 2.11.3 here",
        "It took 421 seconds",
        "Dec 450 was a year",
        "id 550123",
        "version 5.50",
    ],
)
def test_reply_look_alikes_ignored(text: str) -> None:
    assert find_reply(text) == []


def test_offsets_point_at_the_code() -> None:
    text = "xx\n550 5.1.1 nope"
    for f in find_enhanced(text) + find_reply(text):
        assert text[f.start : f.end] == f.code


@pytest.mark.parametrize(
    ("value", "code"),
    [("5.1.1", "5.1.1"), ("5.1.1 (user unknown)", "5.1.1"), ("  4.04.07", "4.4.7"), ("none", None), ("", None)],
)
def test_status_field_normalised(value: str, code: str | None) -> None:
    assert normalise_status(value) == code
