"""engine/mime/split.py builds the tree Python's feed parser builds (tree._DepthLimitedParser), or gives up.

Each test compares the two trees whole: headers, payloads, preambles,
epilogues, default types and defects, part by part.
"""

from __future__ import annotations

import re
from email.message import Message

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bounce_doctor.engine import mime
from bounce_doctor.engine.mime import display, payload
from bounce_doctor.engine.mime import split as mimesplit
from bounce_doctor.engine.mime import tree as mimetree

from ...conftest import SAMPLES
from .. import fuzzing

DEPTH, PARTS, LINES = 28, 4000, 5000  # what parse() gives both parsers with the default limits


def tree(msg: object) -> object:
    """Everything of a message the feed parser sets, nested parts included."""
    if not isinstance(msg, Message):
        return ("not a message", repr(msg))
    payload = msg._payload
    return (
        msg._headers,
        msg._unixfrom,
        [tree(p) for p in payload] if isinstance(payload, list) else payload,
        msg.preamble,
        msg.epilogue,
        msg.get_default_type(),
        [(type(d).__name__, str(d)) for d in msg.defects],
    )


def stdlib(text: str, depth: int = DEPTH, parts: int = PARTS, lines: int = LINES) -> tuple[Message, bool, bool]:
    p = mimetree._DepthLimitedParser(depth, parts, lines)
    p.feed(text.encode("ascii", "surrogateescape"))
    return p.close(), p.cut, p.parts_dropped


def same_tree(text: str, depth: int = DEPTH, parts: int = PARTS, lines: int = LINES) -> bool:
    """True when split() gives Python's tree; False when it leaves the text to Python's parser."""
    got = mimesplit.split(text, depth, parts, lines)
    if got is None:
        return False
    want, cut, dropped = stdlib(text, depth, parts, lines)
    assert tree(got.message) == tree(want)
    assert (got.cut, got.parts_dropped) == (cut, dropped)
    return True


def _bytes_text(data: bytes) -> str:
    return data.decode("ascii", "surrogateescape")


H = "From: a@example.org\nSubject: x\n"
MIXED = H + "Content-Type: multipart/mixed; boundary=b\n\n"
REPORT = H + 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
DSN = "--b\nContent-Type: message/delivery-status\n\n"

TRICKY = {
    "plain": H + "\nbody\nmore\n",
    "no headers": "\nbody\n",
    "headers only": H,
    "no newline at the end": H + "\nbody",
    "empty": "",
    "no blank line": H + "body line\nmore\n",
    "crlf": (H + "\nbody\n").replace("\n", "\r\n"),
    "mixed line ends": "From: a\r\nSubject: b\n\r\nbody\r\nx\n",
    "folded": "Subject: a\n b\n\tc\nTo:   \n  d\nX:\n\n",
    "blank value": "Subject:\nX: \n\n",
    "space before colon": "Subject : x\n\nbody\n",
    "8bit header": _bytes_text(b"Subject: \xe9t\xe9\nContent-Type: text/plain; charset=\xff\n\n\xe9\n"),
    "8bit content type": _bytes_text(b"Content-Type: multipart/mixed; boundary=\xe9\n\n--\xe9\nx: y\n\nz\n--\xe9--\n"),
    "upper case type": "CONTENT-TYPE: MULTIPART/Mixed; BOUNDARY=b\n\n--b\n\nx\n--b--\n",
    "two content types": "Content-Type: text/plain\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n",
    "type without slash": "Content-Type: multipart; boundary=b\n\n--b\n\nx\n--b--\n",
    "multipart": MIXED + "pre\namble\n--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n\n--b--\nepi\nlogue\n",
    "multipart crlf": (MIXED + "pre\n--b\n\none\n--b--\nepi\n").replace("\n", "\r\n"),
    "no preamble": MIXED + "--b\n\none\n--b--\n",
    "close without newline": MIXED + "--b\n\none\n--b--",
    "boundary with blanks after": MIXED + "--b \t\n\none\n--b--  \n\nepi\n",
    "boundary with more after": MIXED + "--bx\n--b\n\none\n--b-x\n--b--\n",
    "no start boundary": MIXED + "just text\n",
    "close before start": MIXED + "pre\n--b--\nafter\n",
    "no close boundary": MIXED + "--b\n\none\n--b\n\ntwo\n",
    "boundaries in a row": MIXED + "--b\n--b\n--b--\n--b\n\none\n--b--\n",
    "boundary at the end": MIXED + "--b\n\none\n--b\n",
    "boundary then close at the end": MIXED + "--b\n\none\n--b\n--b--\n",
    "no boundary parameter": H + "Content-Type: multipart/mixed\n\n--b\n\nx\n",
    "empty boundary": H + 'Content-Type: multipart/mixed; boundary=""\n\n--\n\nx\n----\n',
    "boundary with a colon": H + 'Content-Type: multipart/mixed; boundary="a:b"\n\n--a:b\nX: y\n--a:b\nZ: 1\n\nz\n--a:b--\n',
    "rfc 2231 boundary": H + "Content-Type: multipart/mixed; boundary*=''b\n\n--b\n\nx\n--b--\n",
    "quoted boundary": H + 'Content-Type: multipart/mixed; boundary="b c"\n\n--b c\n\nx\n--b c--\n',
    "base64 multipart": MIXED.replace("\n\n", "\nContent-Transfer-Encoding: base64\n\n") + "--b\n\nx\n--b--\n",
    "nested": MIXED + "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n\nplain\n--c\n\nhtml\n--c--\n"
    "inner epilogue\n\n--b\n\nlast\n--b--\n",
    "nested, empty epilogue": MIXED + "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n\nx\n--c--\n--b--\n",
    "nested, inner not closed": MIXED + "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n\nx\n--b\n\ny\n--b--\n",
    "nested, inner never starts": MIXED + "--b\nContent-Type: multipart/mixed; boundary=c\n\nx\n--b--\n",
    "prefix boundaries": H + "Content-Type: multipart/mixed; boundary=bb\n\n--bb\n"
    "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--bb\n\ny\n--bb--\n",
    "outer boundary in headers": MIXED + "--b\nContent-Type: multipart/mixed; boundary=c\n--b\n\nx\n--b--\n",
    "digest": H + "Content-Type: multipart/digest; boundary=b\n\n--b\n\nFrom: x\n\nbody\n--b\nContent-Type: text/plain\n\nt\n"
    "--b--\n",
    "digest ends at a boundary": H + "Content-Type: multipart/digest; boundary=b\n\n--b\n\nFrom: x\n\nbody\n--b\n",
    "rfc822": MIXED + "--b\nContent-Type: message/rfc822\n\nFrom: x\nSubject: y\n\nbody\n\n--b--\n",
    "rfc822 multipart inside": MIXED + "--b\nContent-Type: message/rfc822\n\n"
    "Content-Type: multipart/mixed; boundary=c\n\n--c\n\nin\n--c--\n--b--\n",
    "rfc822 empty": MIXED + "--b\nContent-Type: message/rfc822\n\n--b--\n",
    "rfc822 at the top": "Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n",
    "headers then boundary": MIXED + "--b\nContent-Type: text/plain\n--b--\n",
    "delivery status": REPORT + "--b\n\nsorry\n" + DSN + "Reporting-MTA: dns; x\n\nFinal-Recipient: rfc822; a@b\n"
    "Action: failed\nStatus: 5.1.1\n\n--b\nContent-Type: message/rfc822\n\nSubject: s\n\nb\n--b--\n",
    "delivery status, extra blank lines": REPORT + DSN + "\n\nA: 1\n\n\n\nB: 2\n\n\n--b--\n",
    "delivery status, text lines": REPORT + DSN + "A: 1\nnot a field\nmore\n\nB: 2\n--b--\n",
    "delivery status, no blank before boundary": REPORT + DSN + "A: 1\n--b\n\nx\n--b--\n",
    "delivery status at the end": REPORT + DSN + "A: 1\n\nB: 2\n",
    "delivery status crlf": (REPORT + DSN + "A: 1\n\nB: 2\n\n--b--\n").replace("\n", "\r\n"),
    "delivery status at the top": "Content-Type: message/delivery-status\n\nA: 1\n\nB: 2\n c\n\n",
    "delivery status holds a multipart": REPORT + DSN + "Content-Type: multipart/mixed; boundary=c\n\n--c\n\nx\n\n"
    "--c--\n\nB: 2\n--b--\n",
    "global delivery status": REPORT + "--b\nContent-Type: message/global-delivery-status\n\nA: 1\n\nB: 2\n--b--\n",
    "header block is a boundary": MIXED + "--b\n--b--\n",
    "8bit body": _bytes_text(MIXED.encode() + b"--b\n\n\xff\xfe\x00\n--b--\n"),
}

# each again as a part of a message, with a part after it: where a part ends matters there
TRICKY |= {
    f"{k}, as a part": "Content-Type: multipart/mixed; boundary=OUT\n\n--OUT\n" + v + "\n--OUT\n\nafter\n--OUT--\n"
    for k, v in list(TRICKY.items())
    if "\r" not in v and not v.startswith("From ")
}

GIVES_UP = {
    "lone cr": "Subject: x\r\rbody\n",
    "lone cr in a body": MIXED + "--b\n\nx\ry\n--b--\n",
    "from line": "From a@b Mon Jan 1\nSubject: x\n\nbody\n",
    "from line among headers": "Subject: x\nFrom a@b Mon Jan 1\n\nbody\n",
    "continuation first": " cont\nSubject: x\n\nbody\n",
    "colon first": ": x\nSubject: y\n\nbody\n",
    "too many header lines": "X: 1\n" * (LINES + 1) + "\nbody\n",
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_split_builds_pythons_tree(text: str) -> None:
    assert same_tree(text)


@pytest.mark.parametrize("text", GIVES_UP.values(), ids=GIVES_UP.keys())
def test_split_leaves_the_rest_to_python(text: str) -> None:
    assert mimesplit.split(text, DEPTH, PARTS, LINES) is None


def test_nesting_past_the_limit_is_cut_as_python_cuts_it() -> None:
    text = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(12)) + "\ninner\n"
    text += "".join(f"--b{i}--\n" for i in reversed(range(12)))
    assert same_tree(text, depth=5)
    assert mimesplit.split(text, 5, PARTS, LINES).cut  # type: ignore[union-attr]
    rfc822 = "Content-Type: message/rfc822\n\n" * 40 + "Subject: deep\n\nbody\n"
    assert same_tree(rfc822)
    assert same_tree(REPORT + DSN + "A: 1\n\nB: 2\n--b--\n", depth=2)


def test_parts_past_the_cap_are_dropped_as_python_drops_them() -> None:
    text = MIXED + "".join(f"--b\n\npart {i}\n" for i in range(30)) + "--b--\n"
    assert same_tree(text, parts=10)
    assert mimesplit.split(text, DEPTH, 10, LINES).parts_dropped  # type: ignore[union-attr]
    assert same_tree(REPORT + DSN + "".join(f"F: {i}\n\n" for i in range(30)) + "--b--\n", parts=7)


def test_the_samples_need_no_fallback() -> None:
    for path in sorted(SAMPLES.glob("*.eml")):
        data = path.read_bytes()
        if data.startswith(b"From "):
            data = data.partition(b"\n")[2]
        assert same_tree(_bytes_text(data)), path.name


def test_parse_shows_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    datas = [path.read_bytes() for path in sorted(SAMPLES.glob("*.eml"))]
    datas += [t.encode("ascii", "surrogateescape") for t in TRICKY.values()]
    fast = [mime.parse(d) for d in datas]
    monkeypatch.setattr(mimetree, "split", lambda *a: None)  # both callers of split() fall back to Python's parser
    monkeypatch.setattr(display, "split", lambda *a: None)
    for d, f in zip(datas, fast, strict=True):
        slow = mime.parse(d)
        assert (f.text, f.notes, f.all_headers, f.text_parts) == (slow.text, slow.notes, slow.all_headers, slow.text_parts)


def _same_or_unusual(text: str) -> None:
    same_tree(text)


@given(fuzzing.mime_soup())
def test_soup_gives_pythons_tree(data: bytes) -> None:
    _same_or_unusual(_bytes_text(data))


@given(fuzzing.mutated_corpus())
def test_mutated_bounces_give_pythons_tree(data: bytes) -> None:
    _same_or_unusual(_bytes_text(data))


LINE = st.sampled_from([
    "Content-Type: multipart/mixed; boundary=b", "Content-Type: multipart/alternative; boundary=c",
    'Content-Type: multipart/report; boundary="b"', "Content-Type: message/rfc822",
    "Content-Type: message/delivery-status", "Content-Type: multipart/digest; boundary=c",
    "Content-Type: text/plain", "Content-Transfer-Encoding: base64", "Subject: x", " folded", "Status: 5.1.1",
    "--b", "--b--", "--c", "--c--", "--b ", "--c--\t", "--bc", "--", "", "", "", "text", "a: b", "-- b",
])


@given(st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n", "\r\n", ""])), max_size=40))
def test_structured_soup_gives_pythons_tree(lines: list[tuple[str, str]]) -> None:
    text = "".join(line + end for line, end in lines)
    same_tree(text)
    same_tree(text, depth=3, parts=4)


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_content_type_and_charset_are_the_message_methods(text: str) -> None:
    msg = mimesplit.split(text, DEPTH, PARTS, LINES).message  # type: ignore[union-attr]
    for part in msg.walk():
        assert mimesplit.content_type(part) == part.get_content_type()
        assert payload._charset(part) == part.get_param("charset")
    odd = Message()
    odd._headers = [("Content-Type", 'text/plain; CHARSET*0="utf-8"; x=";charset=a"'), ("content-type", "x/y")]
    assert payload._charset(odd) == odd.get_param("charset")
    assert mimesplit.content_type(odd) == odd.get_content_type()


def test_the_header_pattern_reads_a_field_as_python_does() -> None:
    for line in ["A: b\n", "A:b\n", "A:\t b  \n \n", "A: b\n c\n\td\n", "X-\x7e!: v", "A:\n"]:
        m = re.fullmatch(mimesplit._FIELD, line)
        assert m is not None
        name, value = line.split(":", 1)
        assert (m.group(1), m.group(2).rstrip("\r\n")) == (name, value.lstrip(" \t").rstrip("\r\n"))


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_without_limits_split_is_message_from_string(text: str) -> None:
    import email
    from email.policy import compat32

    got = mimesplit.split(text, mimetree._NO_LIMIT, mimetree._NO_LIMIT, mimetree._NO_LIMIT)
    assert got is not None
    assert tree(got.message) == tree(email.message_from_string(text, policy=compat32))
