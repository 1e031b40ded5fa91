"""A Received header's clauses, read without raising on garbage."""

from __future__ import annotations

from bounce_doctor.engine.headers.received import parse_received


def test_received_clauses_and_ipv6() -> None:
    v = ("from mail.example.org (mail.example.org [IPv6:2001:db8::1]) by mx.example.net (Postfix) "
         "with ESMTPS id 4ABC for <bob@example.net>; Mon, 1 Jan 2024 10:00:00 +0000")
    r = parse_received(v)
    assert r.from_host == "mail.example.org"
    assert r.from_ip == "2001:db8::1"
    assert r.by_host == "mx.example.net"
    assert r.get("with") == "ESMTPS"
    assert r.get("id") == "4ABC"
    assert v[r.date_start:].startswith("Mon, 1 Jan 2024")
    assert r.date is not None


def test_received_without_semicolon() -> None:
    r = parse_received("from mda by mogmxus001.server.lan id 0LvVA5 Sat, 29 Nov 2014 00:32:10 +0100")
    assert r.by_host == "mogmxus001.server.lan"
    assert r.get("id") == "0LvVA5"
    assert r.date is not None
    assert r.date.when.hour == 0


def test_received_keywords_inside_comments_are_ignored() -> None:
    r = parse_received("from a.example (HELO by with id for) by b.example; Mon, 1 Jan 2024 10:00:00 +0000")
    assert r.by_host == "b.example"
    assert "with" not in r.clauses


def test_received_garbage_never_raises() -> None:
    for v in ["", ";", "(((((", "from", "by [", "from <<<< by >>>> ;;;; ", "x" * 50000, "from (" * 2000]:
        parse_received(v)
