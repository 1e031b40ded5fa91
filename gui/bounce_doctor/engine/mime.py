"""Parse a message's MIME structure into display text with known offsets.

The display text is what the window shows: the bounce's headers, then each
readable part decoded to text, with a one-line marker before each part.
Everything the engine finds later is a character span into this text.
"""

from __future__ import annotations

import codecs
import email
import email.errors
import email.feedparser
import email.header
import email.parser
import functools
import re
from dataclasses import dataclass, field, replace
from email.message import Message
from email.policy import compat32

from .charset_guess import guess_gb2312
from .limits import DEFAULT_LIMITS, Limits
from .mimesplit import content_type, split
from .model import Caption, Span, SpanKind

# the defaults; parse() takes a Limits to change them
MAX_DEPTH = DEFAULT_LIMITS.max_depth  # nested multiparts and messages
MAX_PARTS = DEFAULT_LIMITS.max_parts
MAX_PART_CHARS = DEFAULT_LIMITS.max_part_chars  # text shown from one part
MAX_HEADER_CHARS = DEFAULT_LIMITS.max_header_chars  # one header value
# how deep Python's MIME parser may go past the depth shown: it recurses once
# per level, so a message nested a thousand times would exhaust the stack
_PARSE_DEPTH_MARGIN = 4

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


# Python codecs that are no charset of mail: they turn bytes into escapes or
# domain names, and punycode takes quadratic time on long input
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode_escape", "raw_unicode_escape", "undefined", "mbcs", "oem"})


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    cs = charset.strip().strip('"').lower()[:60]
    cs = _CHARSET_ALIASES.get(cs, cs)
    try:
        info = codecs.lookup(cs)
        if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
            return None
        "".encode(cs)
        b"".decode(cs)
    except (LookupError, ValueError, TypeError):
        return None
    return cs


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode bytes to text: the declared charset, then UTF-8, then guesses."""
    codec = _codec(charset)
    if codec and codec != "utf-8":
        try:
            text = data.decode(codec)
            if not _LONE_SURROGATE.search(text):
                return text
        except (UnicodeError, LookupError):
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
        try:
            return _LONE_SURROGATE.sub("\ufffd", data.decode(codec, errors="replace"))
        except (UnicodeError, LookupError):
            pass
    chinese = guess_gb2312(data)  # undeclared GB2312 (old Chinese mail systems)
    if chinese is not None:
        return chinese
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


def _unfold(value: str) -> str:
    """``_FOLD.sub(" ", value)``: each line break with the blanks after it made one space, in half the time."""
    lines = value.split("\n")
    if "\r" in value:
        lines = [line[:-1] if line.endswith("\r") else line for line in lines[:-1]] + lines[-1:]
    return " ".join([lines[0], *[line.lstrip(" \t") for line in lines[1:]]])

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?")


def decode_header_value(value: str | email.header.Header | None, max_chars: int = MAX_HEADER_CHARS) -> str:
    """Decode RFC 2047 words and unfold the lines of a header value (at most ``max_chars`` of it)."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        value = str(value)
    if value.isascii() and "\n" not in value and "\r" not in value and "=?" not in value and "\x00" not in value:
        return value[:max_chars].strip()  # nothing to fix, unfold or decode: what the steps below give
    if len(value) > 2 * max_chars + 100:  # a raw byte can stand for less than a character
        value = value[: 2 * max_chars + 100]
    if not value.isascii():  # raw bytes are surrogates, never ASCII
        value = fix_text(value)
    if len(value) > max_chars:
        value = value[:max_chars]
    value = _unfold(value).strip()
    if "=?" in value and _ENCODED_WORD.search(value):
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
    captions: list[Caption] = field(default_factory=list)  # the part markers' words, for translated displays
    # the first value of each header name, made again when the list is another or has grown
    _index: dict[str, tuple[list[HeaderField], int, dict[str, str]]] = field(default_factory=dict, repr=False,
                                                                             compare=False)

    def _first(self, which: str, headers: list[HeaderField], name: str) -> str | None:
        made = self._index.get(which)
        if made is None or made[0] is not headers or made[1] != len(headers):
            index: dict[str, str] = {}
            for h in headers:
                index.setdefault(h.name.lower(), h.value)
            made = self._index[which] = (headers, len(headers), index)
        return made[2].get(name.lower())

    def header(self, name: str) -> str | None:
        return self._first("top", self.top_headers, name)

    def original_header(self, name: str) -> str | None:
        return self._first("original", self.original_headers, name)

    @property
    def body_text(self) -> str:
        """The readable text of the bounce itself (without the returned message)."""
        return "\n".join(self.text[p.start : p.end] for p in self.text_parts)

    def header_spans(self) -> list[Span]:
        """A name span and (unless empty) a value span per header: most of a report's spans."""
        spans: list[Span] = []
        append = spans.append
        name_kind, value_kind = SpanKind.HEADER_NAME, SpanKind.HEADER_VALUE
        for h in self.all_headers:
            name = h.name
            start = h.name_start
            append(Span(start, start + len(name), name_kind, -1, name))
            if h.value:
                start = h.value_start
                append(Span(start, start + len(h.value), value_kind, -1, name))
        return spans


class _Builder:
    def __init__(self, parsed: Parsed, limits: Limits = DEFAULT_LIMITS) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.parsed = parsed
        self.nparts = 0
        self.limits = limits
        self.long_headers = 0

    def add(self, s: str) -> int:
        start = self.pos
        self.chunks.append(s)
        self.pos += len(s)
        return start

    def headers(self, items: list[tuple[str, str]], section: str) -> list[HeaderField]:
        """Add the headers to the text, one line each; the hot loop of parsing, kept lean."""
        out = []
        max_chars = self.limits.max_header_chars
        chunks = self.chunks
        pos = self.pos
        for name, raw in items:
            name = str(name)
            if not name.isascii():
                name = fix_text(name)
            name = name.strip().replace("\n", " ")[:200]
            value = decode_header_value(raw, max_chars)
            if len(value) >= max_chars - 100 and len(str(raw)) > max_chars and not self.long_headers:
                self.long_headers += 1
                self.parsed.notes.append(
                    f"The {name[:40]} header is longer than {max_chars:,} characters; only its beginning is shown."
                )
            vstart = pos + len(name) + 2
            chunks.append(f"{name}: {value}\n")  # the last chunk ends as it did in two: markers look at it
            out.append(HeaderField(name, value, pos, vstart, section))
            pos = vstart + len(value) + 1
        self.pos = pos
        self.parsed.all_headers.extend(out)
        return out

    def marker(self, template: str, **args: str | int) -> None:
        """A part's marker line: its words are ``template`` filled with ``args`` (recorded as a Caption)."""
        if self.pos and not self.chunks[-1].endswith("\n\n"):
            self.add("\n")
        caption = Caption(self.pos + 4, 0, template, tuple(args.items()))
        words = caption.words()
        self.add(f"─── {words} ───\n")
        self.parsed.captions.append(replace(caption, end=caption.start + len(words)))


def _raw_items(msg: Message) -> list[tuple[str, str]]:
    return [(k, v) for k, v in msg._headers]


def _may_have_param(part: Message, word: str) -> bool:
    """False when no Content-Type or Content-Disposition value holds ``word``, so the part has no
    parameter of that name (a parameter's name is in the value, in any case): the cheap answer
    that saves asking ``get_param`` or ``get_filename`` for what most parts do not have."""
    for k, v in part._headers:
        if k.lower() in ("content-type", "content-disposition") and word in str(v).lower():
            return True
    return False


def _filename(part: Message) -> str | None:
    """``part.get_filename()``."""
    return part.get_filename() if _may_have_param(part, "name") else None


def _charset(part: Message) -> str | tuple[str | None, str | None, str] | None:
    """``part.get_param("charset")``: the parameter of the first Content-Type, None without one.

    Most parts of most bounces declare one of a few charsets in the same words,
    so the answer for a short value is remembered.
    """
    for k, v in part._headers:
        if len(k) == 12 and k.lower() == "content-type":
            if type(v) is str and len(v) < 300:
                return _charset_param(v) if "charset" in v.lower() else None
            return part.get_param("charset")
    return None


@functools.lru_cache(maxsize=512)
def _charset_param(value: str) -> str | tuple[str | None, str | None, str] | None:
    msg = Message(policy=compat32)
    msg._headers = [("Content-Type", value)]
    return msg.get_param("charset")  # type: ignore[return-value]


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
    charset = _charset(part)
    if isinstance(charset, tuple):  # RFC 2231
        charset = charset[2]
    text = decode_bytes(data, charset if isinstance(charset, str) else None)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_NEWLINE_TAGS = ("<br", "</p", "</div", "</tr", "</li", "</h", "</table")
_MAX_TAG = 2002  # a "<" more than 2000 characters before its ">" is text


def _strip_tags(html: str) -> str:
    """Drop tags, and script and style elements with their content, in one pass.

    Each search starts where the last one ended or is remembered, so the work
    is linear in the length of the text whatever it holds.
    """
    low = html.lower()
    out: list[str] = []
    pos = 0
    n = len(html)
    next_gt = -1  # the first ">" at or after the last search
    found: dict[str, tuple[int, int, int]] = {}  # closing tags already looked for
    while pos < n:
        lt = html.find("<", pos)
        if lt == -1:
            break
        out.append(html[pos:lt])
        if next_gt != -2 and next_gt <= lt:
            next_gt = html.find(">", lt + 1)
            if next_gt == -1:
                next_gt = -2  # no ">" anywhere further: the rest is text
        if next_gt == -2:
            pos = lt
            break
        gt = next_gt
        m = "script" if low.startswith("<script", lt) else "style" if low.startswith("<style", lt) else ""
        after = lt + 1 + len(m)
        if m and not (after < n and (html[after].isalnum() or html[after] == "_")):
            end = _closing(low, m, gt + 1, found)
            if end != -1:
                pos = end
                continue
        if gt - lt > _MAX_TAG - 1:
            out.append("<")
            pos = lt + 1
            continue
        out.append("\n" if low.startswith(_NEWLINE_TAGS, lt) else "")
        pos = gt + 1
    out.append(html[pos:])
    return "".join(out)


def _closing(low: str, name: str, start: int, found: dict[str, tuple[int, int, int]]) -> int:
    """The end of ``</name\\s*>`` at or after ``start``, or -1.

    ``found`` remembers the last answer per element: the closing tag found
    from an earlier start is still the first one for any start before it.
    """
    prev = found.get(name)
    if prev is not None and prev[0] <= start and (prev[2] == -1 or start <= prev[1]):
        return prev[2]
    at = start
    end = -1
    while True:
        i = low.find("</" + name, at)
        if i == -1:
            break
        j = i + 2 + len(name)
        while j < len(low) and low[j] in " \t\n\r\f\v":
            j += 1
        if j < len(low) and low[j] == ">":
            end = j + 1
            break
        at = max(i + 2, j)
    found[name] = (start, i, end)
    return end


def html_to_text(html: str) -> str:
    """HTML as plain text: tags dropped, nothing loaded or rendered."""
    import html as htmlmod

    text = _strip_tags(html)
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
    lim = b.limits
    b.nparts += 1
    if b.nparts > lim.max_parts:
        if b.nparts == lim.max_parts + 1:
            parsed.notes.append(f"The message has more than {lim.max_parts} parts; the rest is not shown.")
        return
    if depth > lim.max_depth:
        note = f"Parts nested deeper than {lim.max_depth} levels are not shown."
        if note not in parsed.notes:
            parsed.notes.append(note)
        return
    ctype = content_type(part)
    parsed.content_types.append(ctype)
    maintype = ctype.split("/")[0]

    if ctype in ("message/delivery-status", "message/global-delivery-status") and not in_original:
        b.marker("{type}", type=ctype)
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
        if len(blocks_raw) > lim.max_recipients + 1:
            parsed.notes.append(
                f"The delivery report lists more than {lim.max_recipients} recipients; only the first "
                f"{lim.max_recipients} are read."
            )
            blocks_raw = blocks_raw[: lim.max_recipients + 1]
        for i, items in enumerate(blocks_raw):
            section = "dsn-message" if i == 0 else "dsn-recipient"
            fields = b.headers(items, section)
            parsed.dsn_blocks.append(DsnBlock(fields))
            b.add("\n")
        return

    if ctype == "message/feedback-report" and not in_original:
        b.marker("{type}", type=ctype)
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
        if label:
            b.marker("{label}", label=label)
        else:
            b.marker("{type}: the returned message", type=ctype)
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
        b.marker("{type}: the returned message's headers", type=ctype)
        if not in_original:
            parsed.original_start = b.pos
        _headers_from_text(b, part_text(part))
        return

    if maintype == "multipart" and not part.is_multipart():
        fixed = _lost_boundary(part, lim)
        if fixed is not None:
            part = fixed
    if part.is_multipart() and maintype == "multipart":
        payload = part.get_payload()
        if not isinstance(payload, list):
            payload = []
        if ctype == "multipart/alternative":
            types = [content_type(p) for p in payload]
            if "text/plain" in types:
                first = types.index("text/plain")
                for i, p in enumerate(payload):
                    if i == first:
                        _walk(b, p, depth + 1, in_original, None)
                    else:
                        b.nparts += 1
                        b.marker("{type}: another version of the text above, not shown", type=types[i])
                return
        for p in payload:
            if isinstance(p, Message):
                _walk(b, p, depth + 1, in_original, None)
        return

    if maintype == "text" or (ctype in ("application/octet-stream",) and _looks_like_text(part)):
        text = part_text(part)
        size = len(text)
        if ctype == "text/html":
            text = html_to_text(text[: 4 * lim.max_part_chars])
        if len(text) > lim.max_part_chars:
            parsed.notes.append(
                f"A {ctype} part is {size:,} characters long; only the first {lim.max_part_chars:,} are shown."
            )
            text = text[: lim.max_part_chars]
        text = _cut_long_lines(b, text)
        if b.nparts > 1 or depth > 0:
            filename = _filename(part)
            if filename:
                b.marker("{type} ({file})", type=ctype, file=filename)
            else:
                b.marker("{type}", type=ctype)
        start = b.add(text)
        if not text.endswith("\n"):
            b.add("\n")
        if not in_original:
            budget = lim.max_read_chars - sum(p.end - p.start for p in parsed.text_parts)
            if len(text) > budget and not any(n.startswith("Only the first") for n in parsed.notes):
                parsed.notes.append(
                    f"Only the first {lim.max_read_chars:,} characters of the bounce's text were searched for "
                    f"recipients and codes; the rest is shown but not read."
                )
            parsed.text_parts.append(TextPart(ctype, start, start + max(0, min(len(text), budget))))
        return

    size = len(_payload_bytes(part))
    name = _filename(part) or ""
    if name:
        b.marker("attachment {name} ({type}, {size} bytes), not opened", name=name, type=ctype, size=size)
    else:
        b.marker("attachment ({type}, {size} bytes), not opened", type=ctype, size=size)


# the boundary parameter on a line of its own, not indented: the parser took it for the body's start
_BOUNDARY_LINE = re.compile(r'(?<![ \t])[ \t]*+boundary="?([^"\s;]{1,200}+)"?[ \t]*+;?[ \t]*+\r?\n', re.I)


def _lost_boundary(part: Message, limits: Limits) -> Message | None:
    """A multipart part whose boundary parameter fell out of its Content-Type (an unfolded
    continuation line), parsed again with the boundary put back; None when it is not that."""
    payload = part.get_payload()
    if not isinstance(payload, str) or part.get_param("boundary"):
        return None
    m = _BOUNDARY_LINE.match(payload)
    if not m:
        return None
    head = f'Content-Type: {part.get_content_type()}; boundary="{m.group(1)}"\n\n'
    return _parse_bytes((head + payload[m.end():]).encode("utf-8", "replace"), limits)[0]


def _cut_long_lines(b: _Builder, text: str) -> str:
    """Lines longer than the limit cut to it, with a note the first time."""
    n = b.limits.max_line_chars
    if len(text) <= n:
        return text
    lines = text.split("\n")
    if all(len(line) <= n for line in lines):
        return text
    if not any(note.startswith("A line of") for note in b.parsed.notes):
        longest = max(len(line) for line in lines)
        b.parsed.notes.append(
            f"A line of {longest:,} characters is too long to read; only the first {n:,} characters of each "
            f"such line are shown."
        )
    return "\n".join(line[:n] for line in lines)


def _looks_like_text(part: Message) -> bool:
    data = _payload_bytes(part)[:2000]
    return bool(data) and b"\x00" not in data and data.isascii() and data.count(b":") > 2


def _headers_from_text(b: _Builder, text: str) -> None:
    head, _, _rest = text.partition("\n\n")
    try:
        # Python's parser without limits, or the same tree from split()
        tree = split(head + "\n\n", _NO_LIMIT, _NO_LIMIT, _NO_LIMIT)
        msg = tree.message if tree is not None else email.message_from_string(head + "\n\n", policy=compat32)
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


_NO_LIMIT = 2**62


def _walk_body(b: _Builder, msg: Message, depth: int) -> None:
    if msg.is_multipart():
        for p in msg.get_payload():  # type: ignore[union-attr]
            if isinstance(p, Message):
                _walk(b, p, depth + 1, True, None)
    elif (ctype := content_type(msg)).split("/")[0] == "text" or not ctype:
        text = part_text(msg)
        if ctype == "text/html":
            text = html_to_text(text[: 4 * b.limits.max_part_chars])
        if len(text) > b.limits.max_part_chars:
            text = text[: b.limits.max_part_chars]
        text = _cut_long_lines(b, text)
        b.add(text if text.endswith("\n") else text + "\n")
    else:
        _walk(b, msg, depth + 1, True, None)


class _TrailingNewline:
    """``email.feedparser.NLCRE_eol`` answered from the string's end.

    The parser looks for a payload's trailing newline with ``(\\r\\n|\\r|\\n)\\Z``,
    which Python's regex engine tries at every position: 0.1 s on a 20 MB
    attachment. A match ends at the string's end and is at most two characters
    long, so searching from two characters before the end finds the same match.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is not None:
            return self.pattern.search(string, pos, endpos)
        return self.pattern.search(string, max(pos, len(string) - 2))


if not isinstance(email.feedparser.NLCRE_eol, _TrailingNewline):
    email.feedparser.NLCRE_eol = _TrailingNewline(email.feedparser.NLCRE_eol)  # type: ignore[assignment]


class _DepthLimitedParser(email.feedparser.BytesFeedParser):
    """Python's MIME parser, reading parts nested deeper than ``max_depth`` as plain text.

    The parser calls ``_parsegen`` once per nesting level (recursively), so
    without this a message/rfc822 nested a thousand times exhausts the stack.
    """

    def __init__(self, max_depth: int, max_parts: int, max_header_lines: int) -> None:
        super().__init__(policy=compat32)
        self._bd_max_depth = max_depth
        self._bd_max_parts = max_parts
        self._bd_max_header_lines = max_header_lines
        self._bd_depth = 0
        self._bd_parts = 0
        self.cut = False
        self.parts_dropped = False
        self.headers_dropped = False

    def _new_message(self) -> None:
        super()._new_message()  # type: ignore[misc]
        self._bd_parts += 1
        stack: list[Message] = self._msgstack  # type: ignore[attr-defined]
        if self._bd_parts > self._bd_max_parts and len(stack) > 1:
            # parsed, but kept out of the tree: memory stays bounded whatever the number of parts
            payload = stack[-2].get_payload()
            if isinstance(payload, list) and payload and payload[-1] is stack[-1]:
                payload.pop()
                self.parts_dropped = True

    def _parsegen(self):  # type: ignore[no-untyped-def]
        self._bd_depth += 1
        try:
            yield from super()._parsegen()  # type: ignore[misc]
        finally:
            self._bd_depth -= 1

    def _parse_headers(self, lines):  # type: ignore[no-untyped-def]
        if len(lines) > self._bd_max_header_lines:
            self.headers_dropped = True
            lines = lines[: self._bd_max_header_lines]
        super()._parse_headers(lines)  # type: ignore[misc]
        if self._bd_depth > self._bd_max_depth:
            cur: Message = self._cur  # type: ignore[attr-defined]
            if cur.get_content_maintype() in ("multipart", "message"):
                self.cut = True
                cur.set_default_type("text/plain")
                del cur["Content-Type"]


def _parse_bytes(data: bytes, limits: Limits) -> tuple[Message, list[str]]:
    """The message tree, and a note when it had to be cut."""
    notes = []
    data, cut_at = _cut_part_flood(data, limits.max_parts * 10)
    if cut_at:
        notes.append(
            f"The message has more than {limits.max_parts * 10:,} lines that start parts; it is read up to "
            f"line {cut_at:,}, the rest is not read."
        )
    max_depth = limits.max_depth + _PARSE_DEPTH_MARGIN
    tree = split(data.decode("ascii", "surrogateescape"), max_depth, limits.max_parts * 10, limits.max_header_lines)
    if tree is not None:  # the same tree as below, in less time; None for what only Python's parser reads
        if tree.cut:
            notes.append(f"Parts nested deeper than {limits.max_depth} levels are not shown.")
        return tree.message, notes
    p = _DepthLimitedParser(max_depth, limits.max_parts * 10, limits.max_header_lines)
    try:
        p.feed(data)
        msg = p.close()
    except RecursionError:  # only if the parser's internals change; read the headers and the raw body
        msg = email.parser.BytesParser(policy=compat32).parsebytes(data, headersonly=True)
        msg.set_default_type("text/plain")
        del msg["Content-Type"]
        return msg, ["The message is nested too deeply to take apart; its body is shown as it is."]
    if p.cut:
        notes.append(f"Parts nested deeper than {limits.max_depth} levels are not shown.")
    if p.headers_dropped:
        notes.append(f"A part has more than {limits.max_header_lines:,} header lines; only the first are shown.")
    return msg, notes


def _cut_part_flood(data: bytes, max_lines: int) -> tuple[bytes, int]:
    """The data up to the line that starts more parts than anyone sends, and that line's number (0: not cut)."""
    if data.count(b"\n--", 0, len(data)) <= max_lines:
        return data, 0
    pos = -1
    for _ in range(max_lines + 1):
        pos = data.find(b"\n--", pos + 1)
    return data[: pos + 1], data.count(b"\n", 0, pos) + 1


def parse(data: bytes, limits: Limits | None = None) -> Parsed:
    """Parse a message within ``limits``; never raises on malformed MIME."""
    limits = limits or DEFAULT_LIMITS
    if data.startswith(b"From ") and b"\n" in data[:1000]:
        first, _, rest = data.partition(b"\n")
        if b"@" in first or b" " in first[5:]:
            data = rest  # an mbox "From " line
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    msg, notes = _parse_bytes(data, limits)
    parsed = Parsed(root=msg)
    parsed.notes.extend(notes)
    b = _Builder(parsed, limits)
    parsed.top_headers = b.headers(_raw_items(msg), "top")
    b.add("\n")
    if content_type(msg) == "multipart/report":
        parsed.report_type = (msg.get_param("report-type") or "").__str__().lower()
    if msg.is_multipart():
        _walk(b, msg, 0, False, None)
    else:
        b.nparts = 0
        _walk(b, msg, 0, False, None)
    parsed.text = "".join(b.chunks)
    return parsed
