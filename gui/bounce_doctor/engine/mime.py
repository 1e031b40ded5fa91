"""Parse a message's MIME structure into display text with known offsets.

The display text is what the window shows: the bounce's headers, then each
readable part decoded to text, with a one-line marker before each part.
Everything the engine finds later is a character span into this text.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import re
from dataclasses import dataclass, field
from email.message import Message
from email.policy import compat32

from .model import Span, SpanKind

MAX_DEPTH = 24  # nested multiparts and messages
MAX_PARTS = 400
MAX_PART_CHARS = 2_000_000  # text shown from one part
MAX_HEADER_CHARS = 20_000  # one header value

_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
}


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    cs = charset.strip().strip('"').lower()
    cs = _CHARSET_ALIASES.get(cs, cs)
    try:
        "".encode(cs)
        b"".decode(cs)
    except (LookupError, ValueError):
        return None
    return cs


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode bytes to text: the declared charset, then UTF-8, then guesses."""
    codec = _codec(charset)
    if codec and codec != "utf-8":
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    if codec:
        return data.decode(codec, errors="replace")
    return data.decode("cp1252", errors="replace")


_SURROGATE = re.compile("[\udc80-\udcff]")


def fix_text(value: str, charset: str | None = None) -> str:
    """Turn surrogate-escaped raw bytes (from compat32) back into text."""
    if _SURROGATE.search(value):
        raw = value.encode("ascii", "surrogateescape") if value.isascii() else value.encode(
            "utf-8", "surrogateescape"
        )
        return decode_bytes(raw, charset)
    return value


_FOLD = re.compile(r"\r?\n[ \t]*")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?")


def decode_header_value(value: str | email.header.Header | None) -> str:
    """Decode RFC 2047 words and unfold the lines of a header value."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        value = str(value)
    value = fix_text(value)
    if len(value) > MAX_HEADER_CHARS:
        value = value[:MAX_HEADER_CHARS]
    value = _FOLD.sub(" ", value).strip()
    if _ENCODED_WORD.search(value):
        try:
            chunks = email.header.decode_header(value)
            out = []
            for chunk, cs in chunks:
                if isinstance(chunk, bytes):
                    out.append(decode_bytes(chunk, cs))
                else:
                    out.append(chunk)
            value = "".join(out)
        except (email.errors.HeaderParseError, ValueError, LookupError, AssertionError):
            pass
    return value.replace("\r", "").replace("\x00", "")


@dataclass(slots=True)
class HeaderField:
    """One header as shown: name and value with their offsets in the display text."""

    name: str
    value: str
    name_start: int
    value_start: int
    section: str  # "top", "original", "dsn-message", "dsn-recipient", "part"

    @property
    def lname(self) -> str:
        return self.name.lower()

    @property
    def value_end(self) -> int:
        return self.value_start + len(self.value)


@dataclass(slots=True)
class TextPart:
    """A readable part of the bounce (not the returned original)."""

    ctype: str
    start: int
    end: int


@dataclass(slots=True)
class DsnBlock:
    """One block of a delivery-status part."""

    fields: list[HeaderField]

    def get(self, name: str) -> HeaderField | None:
        name = name.lower()
        for f in self.fields:
            if f.lname == name:
                return f
        return None


@dataclass(slots=True)
class Parsed:
    """The result of parsing: display text plus where everything stands in it."""

    root: Message
    text: str = ""
    top_headers: list[HeaderField] = field(default_factory=list)
    original_headers: list[HeaderField] = field(default_factory=list)
    all_headers: list[HeaderField] = field(default_factory=list)
    dsn_blocks: list[DsnBlock] = field(default_factory=list)
    text_parts: list[TextPart] = field(default_factory=list)
    original_start: int = -1  # where the returned original message begins
    content_types: list[str] = field(default_factory=list)
    report_type: str = ""
    has_feedback_report: bool = False
    feedback_fields: list[HeaderField] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for h in self.top_headers:
            if h.lname == name:
                return h.value
        return None

    def original_header(self, name: str) -> str | None:
        name = name.lower()
        for h in self.original_headers:
            if h.lname == name:
                return h.value
        return None

    @property
    def body_text(self) -> str:
        """The readable text of the bounce itself (without the returned message)."""
        return "\n".join(self.text[p.start : p.end] for p in self.text_parts)

    def header_spans(self) -> list[Span]:
        spans: list[Span] = []
        for h in self.all_headers:
            spans.append(
                Span(h.name_start, h.name_start + len(h.name), SpanKind.HEADER_NAME, value=h.name)
            )
            if h.value:
                spans.append(Span(h.value_start, h.value_end, SpanKind.HEADER_VALUE, value=h.name))
        return spans


class _Builder:
    def __init__(self, parsed: Parsed) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.parsed = parsed
        self.nparts = 0

    def add(self, s: str) -> int:
        start = self.pos
        self.chunks.append(s)
        self.pos += len(s)
        return start

    def headers(self, items: list[tuple[str, str]], section: str) -> list[HeaderField]:
        out = []
        for name, raw in items:
            name = fix_text(str(name)).strip().replace("\n", " ")
            value = decode_header_value(raw)
            start = self.add(name + ": ")
            vstart = self.pos
            self.add(value + "\n")
            hf = HeaderField(name, value, start, vstart, section)
            out.append(hf)
            self.parsed.all_headers.append(hf)
        return out

    def marker(self, label: str) -> None:
        if self.pos and not self.chunks[-1].endswith("\n\n"):
            self.add("\n")
        self.add(f"─── {label} ───\n")


def _raw_items(msg: Message) -> list[tuple[str, str]]:
    return [(k, v) for k, v in msg._headers]


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("ascii", "surrogateescape") if raw.isascii() else raw.encode(
            "utf-8", "surrogateescape"
        )
    return b""


def part_text(part: Message) -> str:
    """A non-multipart part's payload decoded to text."""
    data = _payload_bytes(part)
    charset = part.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231
        charset = charset[2]
    text = decode_bytes(data, charset if isinstance(charset, str) else None)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


_TAG = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<br\s*/?>|</(?:p|div|tr|li|h\d|table)\s*>|<[^>]{0,2000}>", re.I | re.S)
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def html_to_text(html: str) -> str:
    """HTML as plain text: tags dropped, nothing loaded or rendered."""
    import html as htmlmod

    def repl(m: re.Match[str]) -> str:
        t = m.group(0).lower()
        if t.startswith(("<br", "</p", "</div", "</tr", "</li", "</h", "</table")):
            return "\n"
        return ""

    text = _TAG.sub(repl, html)
    text = htmlmod.unescape(text)
    text = "\n".join(line.strip() for line in text.splitlines())
    return _BLANKS.sub("\n\n", text).strip() + "\n"


def _dsn_blocks(text: str) -> list[list[tuple[str, str]]]:
    """Split the text of a delivery-status part into blocks of (name, value)."""
    blocks: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if line[0] in " \t" and cur:
            name, value = cur[-1]
            cur[-1] = (name, value + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if sep and name and " " not in name.strip() and len(name) < 80:
            cur.append((name.strip(), value.strip()))
        elif cur:  # a broken continuation line
            name, value = cur[-1]
            cur[-1] = (name, value + " " + line.strip())
    if cur:
        blocks.append(cur)
    return blocks


def _walk(b: _Builder, part: Message, depth: int, in_original: bool, label: str | None) -> None:
    parsed = b.parsed
    b.nparts += 1
    if b.nparts > MAX_PARTS:
        if b.nparts == MAX_PARTS + 1:
            parsed.notes.append(f"The message has more than {MAX_PARTS} parts; the rest is not shown.")
        return
    if depth > MAX_DEPTH:
        parsed.notes.append(f"Parts nested deeper than {MAX_DEPTH} levels are not shown.")
        return
    ctype = part.get_content_type()
    parsed.content_types.append(ctype)
    maintype = part.get_content_maintype()

    if ctype in ("message/delivery-status", "message/global-delivery-status") and not in_original:
        b.marker(ctype)
        if part.is_multipart() or isinstance(part.get_payload(), list):
            blocks_raw = [_raw_items(m) for m in part.get_payload()]  # type: ignore[union-attr]
            # compat32 leaves a body only when the block was not all headers
            text_extra = [m.get_payload() for m in part.get_payload()]  # type: ignore[union-attr]
            if any(isinstance(t, str) and t.strip() for t in text_extra):
                joined = "\n\n".join(
                    "\n".join(f"{k}: {v}" for k, v in items) + "\n" + (t if isinstance(t, str) else "")
                    for items, t in zip(blocks_raw, text_extra, strict=False)
                )
                blocks_raw = _dsn_blocks(joined.replace("\r", ""))
        else:
            blocks_raw = _dsn_blocks(part_text(part))
        for i, items in enumerate(blocks_raw):
            section = "dsn-message" if i == 0 else "dsn-recipient"
            fields = b.headers(items, section)
            parsed.dsn_blocks.append(DsnBlock(fields))
            b.add("\n")
        return

    if ctype == "message/feedback-report" and not in_original:
        b.marker(ctype)
        parsed.has_feedback_report = True
        for items in _dsn_blocks(part_text(part) if not isinstance(part.get_payload(), list) else "\n".join(
            f"{k}: {v}" for m in part.get_payload() for k, v in _raw_items(m)  # type: ignore[union-attr]
        )):
            parsed.feedback_fields.extend(b.headers(items, "feedback"))
        return

    if ctype in ("message/rfc822", "message/global", "message/rfc822-headers") or (
        maintype == "message" and isinstance(part.get_payload(), list)
    ):
        inner = part.get_payload()
        b.marker(label or f"{ctype}: the returned message")
        if not in_original:
            parsed.original_start = b.pos
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            hdrs = b.headers(_raw_items(inner[0]), "original")
            if not parsed.original_headers:
                parsed.original_headers = hdrs
            b.add("\n")
            _walk_body(b, inner[0], depth + 1)
        else:
            text = part_text(part)
            _headers_from_text(b, text)
        return

    if ctype in ("text/rfc822-headers", "message/global-headers", "text/rfc822-header"):
        b.marker(f"{ctype}: the returned message's headers")
        if not in_original:
            parsed.original_start = b.pos
        _headers_from_text(b, part_text(part))
        return

    if part.is_multipart() and maintype == "multipart":
        payload = part.get_payload()
        if not isinstance(payload, list):
            payload = []
        if ctype == "multipart/alternative":
            plain = [p for p in payload if p.get_content_type() == "text/plain"]
            if plain:
                for p in payload:
                    if p is plain[0]:
                        _walk(b, p, depth + 1, in_original, None)
                    else:
                        b.nparts += 1
                        b.marker(f"{p.get_content_type()}: another version of the text above, not shown")
                return
        for p in payload:
            if isinstance(p, Message):
                _walk(b, p, depth + 1, in_original, None)
        return

    if maintype == "text" or (ctype in ("application/octet-stream",) and _looks_like_text(part)):
        if part.get_filename() and maintype != "text":
            pass
        text = part_text(part)
        if ctype == "text/html":
            text = html_to_text(text)
        if len(text) > MAX_PART_CHARS:
            parsed.notes.append(
                f"A {ctype} part is {len(text):,} characters long; only the first {MAX_PART_CHARS:,} are shown."
            )
            text = text[:MAX_PART_CHARS]
        if b.nparts > 1 or depth > 0:
            b.marker(ctype + (f" ({part.get_filename()})" if part.get_filename() else ""))
        start = b.add(text)
        if not text.endswith("\n"):
            b.add("\n")
        if not in_original:
            parsed.text_parts.append(TextPart(ctype, start, start + len(text)))
        return

    size = len(_payload_bytes(part))
    name = part.get_filename() or ""
    b.marker(f"attachment {name} ({ctype}, {size:,} bytes), not opened".replace("  ", " "))


def _looks_like_text(part: Message) -> bool:
    data = _payload_bytes(part)[:2000]
    return bool(data) and b"\x00" not in data and data.isascii() and data.count(b":") > 2


def _headers_from_text(b: _Builder, text: str) -> None:
    head, _, _rest = text.partition("\n\n")
    try:
        msg = email.message_from_string(head + "\n\n", policy=compat32)
        items = _raw_items(msg)
    except Exception:
        items = []
    if items:
        hdrs = b.headers(items, "original")
        if not b.parsed.original_headers:
            b.parsed.original_headers = hdrs
        defects_text = msg.get_payload() if isinstance(msg.get_payload(), str) else ""
        if defects_text.strip():
            b.add(defects_text.rstrip("\n") + "\n")
    else:
        b.add(text if text.endswith("\n") else text + "\n")


def _walk_body(b: _Builder, msg: Message, depth: int) -> None:
    if msg.is_multipart():
        for p in msg.get_payload():  # type: ignore[union-attr]
            if isinstance(p, Message):
                _walk(b, p, depth + 1, True, None)
    elif msg.get_content_maintype() == "text" or not msg.get_content_type():
        text = part_text(msg)
        if msg.get_content_type() == "text/html":
            text = html_to_text(text)
        if len(text) > MAX_PART_CHARS:
            text = text[:MAX_PART_CHARS]
        b.add(text if text.endswith("\n") else text + "\n")
    else:
        _walk(b, msg, depth + 1, True, None)


def parse(data: bytes) -> Parsed:
    """Parse a message; never raises on malformed MIME."""
    if data.startswith(b"From ") and b"\n" in data[:1000]:
        first, _, rest = data.partition(b"\n")
        if b"@" in first or b" " in first[5:]:
            data = rest  # an mbox "From " line
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    msg = email.message_from_bytes(data, policy=compat32)
    parsed = Parsed(root=msg)
    b = _Builder(parsed)
    parsed.top_headers = b.headers(_raw_items(msg), "top")
    b.add("\n")
    if msg.get_content_type() == "multipart/report":
        parsed.report_type = (msg.get_param("report-type") or "").__str__().lower()
    if msg.is_multipart():
        _walk(b, msg, 0, False, None)
    else:
        b.nparts = 0
        _walk(b, msg, 0, False, None)
    parsed.text = "".join(b.chunks)
    return parsed
