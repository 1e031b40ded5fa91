"""The message tree: Python's feed parser made safe for any input, and the repair of a lost boundary.

The fast splitter (split.py) is tried first; Python's parser, limited in depth,
parts and header lines, reads what the splitter leaves to it. Importing this
module also speeds up the parser's search for a payload's trailing newline.
"""

from __future__ import annotations

import email.feedparser
import email.parser
import re
from email.message import Message
from email.policy import compat32

from ..limits import Limits
from .split import split

# how deep Python's MIME parser may go past the depth shown: it recurses once
# per level, so a message nested a thousand times would exhaust the stack
_PARSE_DEPTH_MARGIN = 4

_NO_LIMIT = 2**62


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
