"""Where a message's headers stand in the display text.

Blocks come from the MIME parse (the message's own headers, an attached
message/rfc822, a text/rfc822-headers part) and from header lines quoted in
the bounce's text (Exchange's "Original message headers:", Gmail's
"----- Original message -----", Exim's "This is a copy of the message,
including all the headers", qmail's "Below this line is a copy of the
message", and any other run of header lines). Every header keeps its offsets
into the display text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..mime import HeaderField, Parsed

MAX_BLOCKS = 50
MAX_HEADERS_PER_BLOCK = 2000
MAX_QUOTED_VALUE = 20_000

TOP, ATTACHED, HEADERS_PART, QUOTED = "top", "attached", "headers-part", "quoted"


@dataclass(frozen=True, slots=True)
class HeaderRef:
    """One header of a block. ``text[value_start:value_end]`` is ``value`` character for character,
    except that line breaks of folded (quoted) headers read as spaces."""

    name: str
    value: str
    name_start: int
    value_start: int
    value_end: int

    @property
    def lname(self) -> str:
        return self.name.lower()

    @property
    def start(self) -> int:
        return self.name_start

    @property
    def end(self) -> int:
        return self.value_end


@dataclass(frozen=True, slots=True)
class RawBlock:
    source: str  # top | attached | headers-part | quoted
    label: str
    headers: tuple[HeaderRef, ...]

    @property
    def start(self) -> int:
        return self.headers[0].name_start if self.headers else -1

    @property
    def end(self) -> int:
        return self.headers[-1].value_end if self.headers else -1


def _ref(h: HeaderField) -> HeaderRef:
    return HeaderRef(h.name, h.value, h.name_start, h.value_start, h.value_end)


_MARKERS = (
    (re.compile(r"original message headers|en-t[eê]tes de message d'origine|intestazioni originali", re.I),
     "the original message's headers, quoted by Exchange"),
    (re.compile(r"(?<!-)-{2,}[ \t]{0,4}original message[ \t]{0,4}-{2,}", re.I), "the original message, quoted by Gmail"),
    (re.compile(r"this is a copy of the message, including all the headers", re.I),
     "the original message, quoted by Exim"),
    (re.compile(r"below this line is a copy of the message", re.I), "the original message, quoted by qmail"),
    (re.compile(r"original message|returned message|message headers follow|header of the original|original mail",
                re.I), "the original message, quoted in the bounce"),
)


def _label_before(text: str, start: int, default: str) -> str:
    window = text[max(0, start - 400) : start]
    lines = [ln.strip() for ln in window.split("\n") if ln.strip()]
    for line in reversed(lines[-3:]):
        if line.startswith("───"):
            if "rfc822-headers" in line or "global-headers" in line or "rfc822-header " in line:
                return "the returned message's headers (a headers part)"
            if "message/" in line:
                return "the returned message (attached)"
            continue
        for rx, label in _MARKERS:
            if rx.search(line):
                return label
    return default


# a header line: Name: value (the name is a token; "http://" is not a header)
_HEADER_LINE = re.compile(r"([ \t]{0,8}|(?:>[ \t]?){1,4})([A-Za-z][A-Za-z0-9-]{0,75}):(?:[ \t]|$)")
MESSAGE_HEADERS = frozenset({
    "received", "from", "to", "cc", "subject", "date", "message-id", "return-path", "mime-version", "content-type",
    "dkim-signature", "authentication-results", "arc-authentication-results", "arc-seal", "arc-message-signature",
    "received-spf", "reply-to", "sender", "delivered-to", "in-reply-to", "references", "x-mailer", "user-agent",
    "x-originating-ip", "x-forefront-antispam-report", "x-microsoft-antispam", "x-spam-status", "thread-topic",
    "content-transfer-encoding", "x-received", "x-google-dkim-signature", "list-unsubscribe",
})


def quoted_blocks(text: str, taken: list[tuple[int, int]]) -> list[RawBlock]:
    """Runs of header lines in the display text that the MIME parse did not read as headers."""
    starts = [a for a, _ in taken]
    blocks: list[RawBlock] = []
    pos = 0
    n = len(text)
    cur: list[list] = []  # [name, name_start, value_start, value_end]
    prefix = ""

    def is_taken(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and taken[i][0] <= at < taken[i][1]

    def close() -> None:
        nonlocal cur
        if cur and len(blocks) < MAX_BLOCKS:
            names = {c[0].lower() for c in cur}
            if "received" in names or len(names & MESSAGE_HEADERS) >= 2:
                refs = []
                for name, ns, vs, ve in cur[:MAX_HEADERS_PER_BLOCK]:
                    ve = min(ve, vs + MAX_QUOTED_VALUE)
                    refs.append(HeaderRef(name, text[vs:ve].replace("\n", " ").replace("\t", " "), ns, vs, ve))
                start = refs[0].name_start
                blocks.append(RawBlock(QUOTED, _label_before(text, start, "headers quoted in the bounce's text"),
                                       tuple(refs)))
        cur = []

    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        if not line.strip() or is_taken(pos):
            close()
        elif cur and line.startswith(prefix) and line[len(prefix) : len(prefix) + 1] in (" ", "\t"):
            cur[-1][3] = end  # a continuation line
        else:
            m = _HEADER_LINE.match(line)
            if not (m and cur and m.group(1) == prefix):
                close()  # not a header line, or one with another quoting prefix: a new block starts
            if m:
                prefix = m.group(1)
                vs = pos + m.end(0)
                while vs < end and text[vs] in " \t":
                    vs += 1
                cur.append([m.group(2), pos + m.start(2), vs, end])
        pos = end + 1
    close()
    return blocks


def find_blocks(parsed: Parsed) -> list[RawBlock]:
    """Every header block of the message, in the order of the display text."""
    text = parsed.text
    blocks: list[RawBlock] = []
    if parsed.top_headers:
        blocks.append(RawBlock(TOP, "the message's own headers", tuple(_ref(h) for h in parsed.top_headers)))
    run: list[HeaderField] = []

    def flush() -> None:
        if run:
            label = _label_before(text, run[0].name_start, "the returned message (attached)")
            source = HEADERS_PART if "headers part" in label else ATTACHED
            if "(attached)" not in label and source != HEADERS_PART:
                label = "the returned message (attached)"
            blocks.append(RawBlock(source, label, tuple(_ref(h) for h in run[:MAX_HEADERS_PER_BLOCK])))
            run.clear()

    for h in parsed.all_headers:
        if h.section != "original":
            flush()
            continue
        if run and h.name_start != run[-1].value_end + 1:
            flush()
        run.append(h)
    flush()
    taken = sorted((h.name_start, h.value_end + 1) for h in parsed.all_headers)
    blocks.extend(quoted_blocks(text, taken))
    blocks.sort(key=lambda b: b.start)
    return blocks[:MAX_BLOCKS]
