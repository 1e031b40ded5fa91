"""The header analysis: Received paths, dates, delays, authentication, spam filters."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import MAX_HOPS, analyse
from bounce_doctor.engine.headers.auth import organisational_domain, parse_authentication_results
from bounce_doctor.engine.headers.dates import parse_date
from bounce_doctor.engine.headers.received import parse_received
from bounce_doctor.engine.headers.spam import decode
from bounce_doctor.engine.mime import parse

from ..conftest import corpus_dir

JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected", "zone_known"),
    [
        ("Thu, 22 Feb 2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("Thu, 22 Feb 2011 23:34:45 +0900 (JST)", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("22 Feb 2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # no weekday
        ("Thu,  2 Feb 2011 23:34:45 +0900", datetime(2011, 2, 2, 23, 34, 45, tzinfo=JST), True),
        ("Fri, 18 Jul 2014 00:31:01 -0700 (PDT)", datetime(2014, 7, 18, 0, 31, 1, tzinfo=PDT), True),
        ("Fri, 18 Jul 2014 00:31:01 PDT", datetime(2014, 7, 18, 0, 31, 1, tzinfo=PDT), True),
        ("Fri, 18 Jul 2014 00:31:01 EST", datetime(2014, 7, 18, 5, 31, 1, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 JST", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # not UTC
        ("Thu, 22 Feb 2011 23:34:45 GMT", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 UT", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34:45 -0000", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("22 Feb 11 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),  # 2-digit year
        ("22 Feb 99 23:34:45 +0000", datetime(1999, 2, 22, 23, 34, 45, tzinfo=UTC), True),
        ("Thu, 22 Feb 2011 23:34 +0900", datetime(2011, 2, 22, 23, 34, tzinfo=JST), True),  # no seconds
        ("Thu, 22 Feb 2011 23:34:45", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),  # no zone
        ("Thu, 22 Feb 2011 23:34:45 XYZ", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("2011-02-22T23:34:45Z", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), True),  # ISO-like
        ("2011-02-22 23:34:45.123 +09:00", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("2011-02-22 23:34:45", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("22-Feb-2011 23:34:45 +0900", datetime(2011, 2, 22, 23, 34, 45, tzinfo=JST), True),
        ("Tue Feb 22 23:34:45 2011", datetime(2011, 2, 22, 23, 34, 45, tzinfo=UTC), False),
        ("Fri, 30 Nov 2012 04:46:27 -0500 (CST) (envelope-from x@example.com)",
         datetime(2012, 11, 30, 9, 46, 27, tzinfo=UTC), True),
    ],
)
def test_dates(text: str, expected: datetime, zone_known: bool) -> None:
    got = parse_date(text)
    assert got is not None, text
    assert got.when == expected
    assert got.zone_known is zone_known


@pytest.mark.parametrize("text", ["", "nonsense", "Thu, 22 Feb 2011 99:34:45 +0000", "Thu, 31 Feb 2011 10:00:00 +0000",
                                  "32 Foo 2011 10:00", "(" * 5000])
def test_unreadable_dates(text: str) -> None:
    assert parse_date(text) is None


# --- Received -----------------------------------------------------------------------------------

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


def _message(received: list[str], extra: str = "", date: str = "Mon, 1 Jan 2024 10:00:00 +0000") -> bytes:
    lines = [f"Received: {r}" for r in received]
    return ("\n".join(lines) + f"\n{extra}From: Alice <alice@example.com>\nTo: bob@example.net\n"
            f"Date: {date}\nSubject: hi\n\nhello\n").encode()


def test_hops_delays_share_and_skew() -> None:
    data = _message([
        "from b.example by c.example; Mon, 1 Jan 2024 10:05:00 +0000",
        "from a.example by b.example; Mon, 1 Jan 2024 09:50:00 +0000",  # behind hop 1: clocks disagree
        "from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000",
    ])
    a = analyse(data)
    hops = a.hops
    assert [h.receiver for h in hops] == ["a.example", "b.example", "c.example"]
    assert hops[0].delay_seconds == 60  # since Date
    assert hops[1].delay_seconds is None
    assert hops[1].clock_skew
    assert hops[2].delay_seconds == 15 * 60
    assert not hops[2].clock_skew
    assert hops[2].share == pytest.approx(15 / 16)
    assert a.primary is not None
    assert a.primary.total_seconds == 300
    assert any("clocks disagree" in n for n in a.primary.notes)


def test_missing_time_and_time_zones() -> None:
    data = _message([
        "from b.example by c.example; Mon, 1 Jan 2024 19:10:00 +0900 (JST)",
        "from a.example by b.example",  # no date
        "from x.example by a.example; Mon, 1 Jan 2024 03:00:00 -0700 (PDT)",
    ])
    hops = analyse(data).hops
    assert hops[0].time == datetime(2024, 1, 1, 10, 0, tzinfo=UTC)
    assert hops[1].time is None
    assert hops[1].delay_seconds is None
    assert not hops[1].clock_skew
    assert hops[2].delay_seconds == 600


def test_offsets_point_at_the_headers() -> None:
    data = _message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"],
                    extra="Authentication-Results: a.example; spf=pass smtp.mailfrom=example.com\n")
    report = diagnose(data)
    a = analyse(data, report)
    assert parse(data).text == report.text
    hop = a.hops[0]
    assert report.text[hop.header.name_start:].startswith("Received:")
    assert report.text[hop.header.value_start:hop.header.value_end] == hop.header.value
    assert report.text[hop.time_start:hop.time_end] == "Mon, 1 Jan 2024 10:01:00 +0000"
    spf = a.authentication.spf
    assert spf is not None
    assert report.text[spf.header.name_start:spf.header.value_end].startswith("Authentication-Results: a.example")


def test_many_hops_and_the_cap() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rcv = [f"from h{i}.example by h{i + 1}.example; {(start + timedelta(seconds=i)).strftime('%a, %d %b %Y %H:%M:%S +0000')}"
           for i in range(35)]
    a = analyse(_message(list(reversed(rcv)), date="Mon, 1 Jan 2024 00:00:00 +0000"))
    assert len(a.hops) == 35
    assert [h.index for h in a.hops] == list(range(1, 36))
    assert all(h.delay_seconds is not None for h in a.hops)
    many = [f"from h{i}.example by h{i + 1}.example; Mon, 1 Jan 2024 00:00:00 +0000" for i in range(MAX_HOPS + 20)]
    b = analyse(_message(many))
    assert len(b.hops) == MAX_HOPS
    assert any(str(MAX_HOPS) in n for n in b.primary.notes)


# --- authentication -----------------------------------------------------------------------------

def test_authres_parsable_header() -> None:
    h = parse_authentication_results(
        "mx.google.com; spf=pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted sender) "
        "smtp.mailfrom=a@example.com; dkim=pass header.i=@example.com header.s=sel1; dmarc=pass header.from=example.com")
    assert h.parser == "authres"
    assert h.authserv_id == "mx.google.com"
    assert [(r.method, r.result, r.domain) for r in h.results] == [
        ("spf", "pass", "example.com"), ("dkim", "pass", "example.com"), ("dmarc", "pass", "example.com")]


@pytest.mark.parametrize("value", [
    "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=fail (body hash did not verify) "
    "header.d=example.com;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=001",
    "i=1; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=fail header.from=example.com",
])
def test_malformed_headers_use_the_tolerant_reader(value: str) -> None:
    h = parse_authentication_results(value)
    got = {r.method: (r.result, r.domain) for r in h.results}
    assert got["spf"] == ("pass", "example.com")
    assert got["dkim"] == ("fail", "example.com")
    assert got["dmarc"] == ("fail", "example.com")


@pytest.mark.parametrize("value", ["", ";;;", "(((", "mx; spf", "= = =", "mx; dkim=(", "a" * 30000, "mx; none"])
def test_authentication_results_never_raise(value: str) -> None:
    parse_authentication_results(value)


def test_organisational_domains() -> None:
    assert organisational_domain("mail.example.co.uk") == "example.co.uk"
    assert organisational_domain("a.b.example.ne.jp") == "example.ne.jp"
    assert organisational_domain("x.example.com.au") == "example.com.au"
    assert organisational_domain("bounce.mailer.example.com") == "example.com"
    assert organisational_domain("example.com.br") == "example.com.br"


def test_alignment_and_the_auth_sentence() -> None:
    bounce = (
        b"From: MAILER-DAEMON@mx.example.org\nTo: alice@example.com\nSubject: Undelivered Mail\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n"
        b"--B\nContent-Type: text/plain\n\nYour message was rejected.\n\n"
        b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        b"Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.7.26\n"
        b"Remote-MTA: dns; mx.example.net\n"
        b"Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is not accepted\n\n"
        b"--B\nContent-Type: text/rfc822-headers\n\n"
        b"Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=bounces.example.com;"
        b" dkim=fail header.d=example.com header.s=s1; dmarc=fail header.from=example.com\n"
        b"Received: from out.example.com (out.example.com [192.0.2.7]) by mx.example.net with ESMTPS id 1;"
        b" Mon, 1 Jan 2024 10:00:05 +0000\n"
        b"Received: from laptop by out.example.com with ESMTPSA id 2; Mon, 1 Jan 2024 10:00:01 +0000\n"
        b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=x; b=y\n"
        b"From: Alice <alice@example.com>\nTo: bob@example.net\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n--B--\n"
    )
    report = diagnose(bounce)
    a = analyse(bounce, report)
    p = a.primary
    assert p is not None
    assert p.source == "headers-part"
    auth = p.authentication
    assert auth.from_domain == "example.com"
    assert auth.spf is not None
    assert auth.spf.result == "fail"
    assert auth.spf.aligned is True
    assert auth.dkim[0].selector == "s1"
    assert auth.dkim[0].aligned is True
    assert auth.signatures[0].domain == "example.com"
    assert auth.dmarc_alignment_ok is False
    assert auth.spf.hop == 2
    assert auth.spf.checked_by == "mx.example.net"
    assert p.hops[1].stopped_here
    assert not p.hops[0].stopped_here
    assert a.sentence is not None
    assert "Your domain's DKIM signature failed at hop 2 (mx.example.net)" in a.sentence
    assert "SPF failed for bounces.example.com at hop 2" in a.sentence


def test_no_sentence_for_other_bounces() -> None:
    data = _message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"],
                    extra="Authentication-Results: a.example; dkim=fail header.d=example.com\n")
    assert analyse(data, diagnose(data)).sentence is None


def test_received_spf_and_arc() -> None:
    data = _message(["from x.example ([192.0.2.1]) by mx.google.com; Mon, 1 Jan 2024 10:01:00 +0000"], extra=(
        "ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@example.com; arc=none\n"
        "Received-SPF: softfail (mx.google.com: domain of transitioning a@other.example does not designate "
        "192.0.2.1 as permitted sender) client-ip=192.0.2.1;\n"))
    auth = analyse(data).authentication
    assert auth.spf is not None
    assert auth.spf.result == "softfail"
    assert auth.spf.domain == "other.example"
    assert auth.spf.aligned is False
    assert auth.spf.hop == 1
    assert auth.dkim[0].result == "pass"
    assert auth.dkim[0].aligned is True
    assert auth.arc is not None
    assert auth.arc.result == "none"


# --- spam filters -------------------------------------------------------------------------------

def test_microsoft_verdicts() -> None:
    got = {v.key: v for v in decode(
        "X-Forefront-Antispam-Report",
        "CIP:192.0.2.1;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:mail.example.com;CAT:PHSH;SFTY:9.25;"
        "SFS:(1);DIR:INB;")}
    assert "marked as spam" in got["SCL"].meaning
    assert got["SCL"].severity == "problem"
    assert "filtered as spam" in got["SFV"].meaning
    assert "phishing" in got["CAT"].meaning
    assert got["CIP"].value == "192.0.2.1"
    assert got["CTRY"].value == "US"
    assert got["PTR"].value == "mail.example.com"
    assert "incoming" in got["DIR"].meaning
    assert "safety tip" in got["SFTY"].meaning
    bcl = decode("X-Microsoft-Antispam", "BCL:7;")[0]
    assert bcl.key == "BCL"
    assert "of 9" in bcl.meaning
    assert "high-confidence" in decode("X-Forefront-Antispam-Report", "SCL:9;")[0].meaning


def test_other_spam_filters() -> None:
    assert "not spam" in decode("X-Spam-Status", "No, score=-1.9 required=5.0 tests=BAYES_00")[0].meaning
    assert decode("X-Spam-Status", "Yes, score=9.1 required=5.0")[0].severity == "problem"
    assert decode("X-Spam-Flag", "YES")[0].meaning == "flagged as spam"
    assert decode("X-Barracuda-Spam-Score", "3.2")[0].value == "3.2"
    assert decode("X-Mimecast-Spam-Score", "12")[0].severity == "warning"
    pp = decode("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 spamscore=0 phishscore=80")
    assert {v.key for v in pp} == {"rule", "phishscore"}
    assert decode("X-Spam-Status", "garbage") == []


# --- quoted headers and the corpus --------------------------------------------------------------

def test_quoted_exchange_headers() -> None:
    data = (b"From: postmaster@example.net\nTo: alice@example.com\nSubject: Undeliverable\n\n"
            b"Delivery has failed.\n\nOriginal message headers:\n\n"
            b"Received: from out.example.com (192.0.2.7) by mx.example.net\n (192.0.2.8) with Microsoft SMTP Server id 8.2;"
            b" Thu, 22 Feb 2011\n 23:34:45 +0900\nFrom: Alice <alice@example.com>\nSubject: hi\n")
    report = diagnose(data)
    a = analyse(data, report)
    p = a.primary
    assert p is not None
    assert p.source == "quoted"
    assert "Exchange" in p.label
    hop = p.hops[0]
    assert hop.by_host == "mx.example.net"
    assert hop.time is not None
    assert report.text[hop.time_start:hop.time_end].replace("\n", " ") == "Thu, 22 Feb 2011  23:34:45 +0900"


def test_ordinary_message_uses_its_own_headers() -> None:
    data = _message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"])
    a = analyse(data, diagnose(data))
    assert a.primary is not None
    assert a.primary.source == "top"
    assert len(a.hops) == 1


def _corpus() -> list:
    return sorted(corpus_dir("sisimai", "bounces").glob("*.eml"))


def test_every_received_header_in_the_corpus() -> None:
    total = with_time = 0
    for path in _corpus():
        data = path.read_bytes()
        report = diagnose(data, path.name)
        a = analyse(data, report)
        assert a.blocks, path.name
        for b in a.blocks:
            for h in b.hops:
                total += 1
                with_time += h.time is not None
                assert report.text[h.header.name_start:h.header.name_start + 8].lower() == "received", path.name
                if h.time_start >= 0:
                    assert re.search(r"\d", report.text[h.time_start:h.time_end])
                assert h.delay_seconds is None or h.delay_seconds >= 0
    print(f"Received headers with a readable time: {with_time} / {total}")
    assert total > 1300
    assert with_time / total > 0.97


def test_corpus_text_matches_diagnose() -> None:
    for path in _corpus()[:80]:
        data = path.read_bytes()
        assert parse(data).text == diagnose(data).text, path.name


def test_corpus_authentication_headers() -> None:
    spf = dkim = spamv = 0
    for path in _corpus():
        auth = analyse(path.read_bytes()).authentication
        if auth is None:
            continue
        spf += auth.spf is not None
        dkim += bool(auth.dkim or auth.signatures)
        spamv += bool(auth.spam)
    assert spf > 20
    assert dkim > 40
    assert spamv > 5


def test_headers_engine_imports_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from bounce_doctor.engine.headers import analyse\n"
        "import bounce_doctor.output.headers_text\n"
        "analyse(b'Received: from a by b; Mon, 1 Jan 2024 10:00:00 +0000\\nFrom: a@example.com\\n\\nhi')\n"
        "sys.exit(1 if [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))] else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_sample_auth_failure() -> None:
    from ..conftest import SAMPLES

    data = (SAMPLES / "auth-failure.eml").read_bytes()
    report = diagnose(data)
    a = analyse(data, report)
    assert a.primary is not None
    assert parse(data).text == report.text
