"""Strategies and properties for fuzzing the engine (used by test_fuzz.py and tests/fuzz.py)."""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import strategies as st

from bounce_doctor.engine.mime import html_to_text, parse

from ..conftest import SAMPLES, SISIMAI
from .hostile import check


@functools.cache
def corpus_files() -> tuple[Path, ...]:
    files = sorted((SISIMAI / "bounces").glob("*.eml")) if (SISIMAI / "bounces").is_dir() else []
    return tuple(files) + tuple(sorted(SAMPLES.glob("*.eml")))


@functools.cache
def _read(path: Path) -> bytes:
    return path.read_bytes()


@st.composite
def mutated_corpus(draw: st.DrawFn) -> bytes:
    """A real bounce with bytes flipped, inserted, deleted, repeated, or cut off."""
    data = bytearray(_read(draw(st.sampled_from(corpus_files()))))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "boundary"]))
        pos = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            i = min(pos, len(data) - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=40) | st.sampled_from(PIECES))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 200))]
        elif op == "truncate":
            del data[pos:]
        elif op == "repeat":
            chunk = data[pos : pos + draw(st.integers(1, 80))]
            data[pos:pos] = chunk * draw(st.integers(1, 50))
        elif op == "boundary":
            nl = data.find(b"\n--", pos)
            if nl != -1:
                del data[nl : data.find(b"\n", nl + 3) if data.find(b"\n", nl + 3) != -1 else len(data)]
    return bytes(data)


PIECES = [
    b"Content-Type: multipart/mixed; boundary=b\n", b"Content-Type: multipart/report; report-type=delivery-status;"
    b" boundary=\"b\"\n", b"Content-Type: message/rfc822\n", b"Content-Type: message/delivery-status\n",
    b"Content-Type: text/html; charset=utf-16\n", b"Content-Type: text/plain; charset=punycode\n",
    b"Content-Type: multipart/digest; boundary=b\n", b"Content-Type: text/rfc822-headers\n",
    b"Content-Type: message/feedback-report\n", b"Content-Transfer-Encoding: base64\n",
    b"Content-Transfer-Encoding: quoted-printable\n", b"Content-Type: text/plain; charset*=utf-8''%ff%fe\n",
    b"--b\n", b"--b--\n", b"\n", b"\r\n", b"\r", b"\n\n", b"Status: 5.1.1\n", b"Action: failed\n",
    b"Final-Recipient: rfc822; bob@example.net\n", b"Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net> unknown\n",
    b"Reporting-MTA: dns; mx.example.org\n", b"550 5.1.1 <bob@example.net>... User unknown\n",
    b"Subject: =?utf-8?B?w6k=?= =?iso-2022-jp?B?GyRCJDMbKEI=?=\n", b"From: MAILER-DAEMON@example.org\n",
    b"X-Failed-Recipients: bob@example.net\n", b"<script>x</script><br><img src=\"http://example.com/x\">",
    b"=?utf-8?q?=ff=fe?=", b"\x00", b"\xff\xfe", b"\x1b$B", b"From bob@example.net Mon Jan 1\n", b">From \n",
    b"Auto-Submitted: auto-replied\n", b"\t continued\n", b" " * 100, b"5.5.5.5.5.5.5.5", b"a@a.a" * 20,
]


@st.composite
def mime_soup(draw: st.DrawFn) -> bytes:
    """Messages made of the pieces MIME parsers trip on, in any order."""
    head = draw(st.sampled_from([b"", b"From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n"]))
    pieces = draw(st.lists(st.sampled_from(PIECES) | st.binary(max_size=20), max_size=40))
    return head + b"".join(pieces)


text_soup = st.text(
    alphabet=st.sampled_from([*"ab5.@-< >/:;=\n\t\"'", "\x00", "\ud800", "é", "日", "\r"]), max_size=400
)


def prop_engine(data: bytes | str) -> None:
    """Only the engine's own errors; spans inside the text; bounded time."""
    check(data, seconds=20)


def prop_parse(data: bytes) -> None:
    """parse() never raises and gives offsets inside its text."""
    parsed = parse(data)
    n = len(parsed.text)
    for h in parsed.all_headers:
        assert 0 <= h.name_start <= h.value_start <= h.value_end <= n
        assert parsed.text[h.value_start : h.value_end] == h.value
    for p in parsed.text_parts:
        assert 0 <= p.start <= p.end <= n


html_soup = st.lists(
    st.sampled_from(["<", ">", "a", " ", "\n", "<script>", "</script>", "</SCRIPT >", "<style x>", "</style", "<br/>",
                     "<br >", "</p>", "<div>", "</h1>", "<scripts>", "<img src=http://x/>", "_", "&amp;", "&#0;"]),
    max_size=30,
).map("".join)


def prop_html(html: str) -> None:
    """html_to_text drops tags as the former regular expression did, and shows no markup it fetched."""
    import re

    old = re.compile(
        r"<(script|style)\b[^>]*>.*?</\1\s*>|<br\s*/?>|</(?:p|div|tr|li|h\d|table)\s*>|<[^>]{0,2000}>", re.I | re.S
    )

    def repl(m: re.Match[str]) -> str:
        t = m.group(0).lower()
        return "\n" if t.startswith(("<br", "</p", "</div", "</tr", "</li", "</h", "</table")) else ""

    import html as htmlmod

    expected = htmlmod.unescape(old.sub(repl, html))
    expected = "\n".join(line.strip() for line in expected.splitlines())
    expected = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", expected).strip() + "\n"
    assert html_to_text(html) == expected
