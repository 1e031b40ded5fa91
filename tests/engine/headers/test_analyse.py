"""The header analysis put together: offsets into the display text, the block shown first, the corpus."""

from __future__ import annotations

import re

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.engine.mime import parse

from ...conftest import corpus_dir
from .messages import message


def test_offsets_point_at_the_headers() -> None:
    data = message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"],
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
    data = message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"])
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
    from ...conftest import SAMPLES

    data = (SAMPLES / "auth-failure.eml").read_bytes()
    report = diagnose(data)
    a = analyse(data, report)
    assert a.primary is not None
    assert parse(data).text == report.text
