"""The display text: the message tree walked part by part into the text the window shows.

The bounce's headers come first, then each readable part decoded to text,
with a one-line marker before each part; :func:`parse` is the entry point.
Everything the engine finds later is a character span into this text.
"""

from __future__ import annotations

import email
from dataclasses import replace
from email.message import Message
from email.policy import compat32

from ..limits import DEFAULT_LIMITS, Limits
from ..model import Caption
from .charset import fix_text
from .headers import decode_header_value
from .html import html_to_text
from .parsed import DsnBlock, HeaderField, Parsed, TextPart
from .payload import _filename, _looks_like_text, _payload_bytes, _raw_items, part_text
from .split import content_type, split
from .tree import _NO_LIMIT, _lost_boundary, _parse_bytes


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
        if not in_original and parsed.original_at < 0:
            parsed.original_at = parsed.captions[-1].start - 4  # the marker line's start
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
        if not in_original and parsed.original_at < 0:
            parsed.original_at = parsed.captions[-1].start - 4  # the marker line's start
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
