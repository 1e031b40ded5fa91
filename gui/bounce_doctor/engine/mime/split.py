"""Split a message into the tree Python's feed parser builds, from the whole text at once.

``email.feedparser`` reads a message one line at a time through a stack of
generators, testing every line against every open boundary: half the time of
parsing a bounce. The text is all there before parsing starts, so this module
builds the same ``compat32`` Message tree with a pattern per header field and
``str.find`` for the ends of bodies: only a line that starts with ``--`` can be
a boundary, and in a delivery-status part only a blank line ends a block.

It follows ``FeedParser._parsegen`` step by step: the same headers, payloads,
preambles, epilogues, default types and defects, and the limits of
``tree._DepthLimitedParser`` (nesting cut, parts past the cap dropped). What it
does not copy - a lone CR as a line end, a "From " line or a continuation line
where a header field should start, a line that starts with a colon, more header
lines than the limit - makes :func:`split` return None, and the caller parses
with Python's parser as before. tests/engine/mime/test_split.py compares the two
trees on tricky and random input.
"""

from __future__ import annotations

import re
from email import errors
from email.message import Message
from email.policy import compat32

# a header field: a line with a name and a colon (what the feed parser's headerRE
# takes for a header, less "From ", a leading blank and a leading colon), and its
# continuation lines; the name, and the value from its first character on. The
# look-behind (a line starts after a newline) keeps a search linear.
_FIELD = re.compile(r"(?<![\041-\071\073-\176])([\041-\071\073-\176]++):[ \t]*+([^\n]*+\n?(?:[\t ][^\n]*+\n?)*+)")
_FIELDS = re.compile(r"(?:(?<![\041-\071\073-\176])[\041-\071\073-\176]++:[^\n]*+\n?(?:[\t ][^\n]*+\n?)*+)*+")
# what may follow "--boundary" on a boundary line: the feed parser's boundaryre after its
# separator (a boundary never ends in white space: get_boundary strips it)
_AFTER_SEP = re.compile(r"(?<![ \t])(--)?[ \t]*+\r?(?:\n|\Z)")


class _UnusualInputError(Exception):
    """Input this module leaves to Python's parser."""


def content_type(part: Message) -> str:
    """``part.get_content_type()``, read straight from the part's headers.

    Parsing asks every part for its type several times, and the Message
    method goes through the policy and a parameter split each time. A plain
    ASCII value gives what the method gives; anything else is left to it.
    """
    for k, v in part._headers:
        if len(k) == 12 and k.lower() == "content-type":
            if not (isinstance(v, str) and v.isascii()):
                return part.get_content_type()
            ctype = v.partition(";")[0].strip().lower()
            return ctype if ctype.count("/") == 1 else "text/plain"
    return part.get_default_type()


def _strip_eol(text: str) -> str:
    """The text without its last line end (what the feed parser's NLCRE_eol takes off)."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


class _Splitter:
    def __init__(self, text: str, max_depth: int, max_parts: int, max_header_lines: int) -> None:
        self.s = text
        self.n = len(text)
        self.max_depth = max_depth
        self.max_parts = max_parts
        self.max_header_lines = max_header_lines
        # the feed parser's false-EOF matchers: "--" + boundary, or None for a blank line
        self.ends: list[str | None] = []
        self.blank_ends = 0  # how many of them are None
        self.msgs: list[Message] = []  # the feed parser's _msgstack
        self.types: list[str] = []  # their content types, once their headers are read
        self.last: Message | None = None  # the feed parser's _last
        self.last_type = ""  # its content type, once its headers are read
        self.depth = 0
        self.parts = 0
        self.cut = False
        self.parts_dropped = False

    # --- lines ------------------------------------------------------------------------------------------------

    def _next_line(self, pos: int) -> int:
        e = self.s.find("\n", pos)
        return self.n if e == -1 else e + 1

    def _boundary_at(self, pos: int, sep: str) -> re.Match[str] | None:
        if self.s.startswith(sep, pos):
            return _AFTER_SEP.match(self.s, pos + len(sep))
        return None

    def _is_end(self, pos: int) -> bool:
        """Whether the line at ``pos`` (not the text's end) is a false EOF for the open matchers."""
        s = self.s
        if self.blank_ends and s[pos] in "\r\n":
            return True
        if s.startswith("--", pos):
            for sep in self.ends:
                if sep is not None and self._boundary_at(pos, sep):
                    return True
        return False

    def _end(self, pos: int) -> int:
        """The start of the first line at or after ``pos`` that ends the current part, or the text's end."""
        s, n = self.s, self.n
        if not self.ends or pos >= n:
            return n
        best = n
        if self.blank_ends:
            if s[pos] in "\r\n":
                return pos
            i = s.find("\n\n", pos)
            if i != -1:
                best = i + 1
            i = s.find("\n\r\n", pos, best)
            if i != -1:
                best = i + 1
        if len(self.ends) > self.blank_ends:
            p = pos
            if not s.startswith("--", p):
                p = s.find("\n--", p, best)
                p = -1 if p == -1 else p + 1
            while p != -1:
                for sep in self.ends:
                    if sep is not None and self._boundary_at(p, sep):
                        return p
                p = s.find("\n--", p, best)
                p = -1 if p == -1 else p + 1
        return best

    # --- messages ---------------------------------------------------------------------------------------------

    def _new_message(self) -> Message:
        msg = Message(policy=compat32)
        msgs = self.msgs
        if msgs:
            parent = msgs[-1]
            if self.types[-1] == "multipart/digest":
                msg.set_default_type("message/rfc822")
            parent.attach(msg)
        msgs.append(msg)
        self.last = msg
        self.parts += 1
        if self.parts > self.max_parts and len(msgs) > 1:
            # parsed, but kept out of the tree, as _DepthLimitedParser does
            payload = msgs[-2]._payload
            if isinstance(payload, list) and payload and payload[-1] is msg:
                payload.pop()
                self.parts_dropped = True
        return msg

    def _pop(self) -> None:
        self.msgs.pop()
        self.types.pop()

    def _headers(self, msg: Message, pos: int) -> int:
        """Read the header fields at ``pos``; the start of the body."""
        s = self.s
        start = pos
        end = _FIELDS.match(s, pos).end()  # type: ignore[union-attr]
        at_end = False
        if len(self.ends) > self.blank_ends and (s.startswith("--", pos) or s.find("\n--", pos, end) != -1):
            # a field that starts with "--" may be a boundary line, which ends the part: field by field
            items = msg._headers
            while pos < end:
                if s.startswith("--", pos) and self._is_end(pos):
                    at_end = True
                    break
                m = _FIELD.match(s, pos)
                if m is None:  # cannot be (see above); give up rather than fail
                    raise _UnusualInputError
                items.append((m.group(1), m.group(2).rstrip("\r\n")))
                pos = m.end()
        else:
            msg._headers = [(name, value.rstrip("\r\n")) for name, value in _FIELD.findall(s, pos, end)]
            pos = end
        if pos - start > self.max_header_lines:
            lines = s.count("\n", start, pos) + (not s.endswith("\n", start, pos))
            if lines > self.max_header_lines:
                raise _UnusualInputError  # cut to the limit by _DepthLimitedParser, with a note
        if at_end or pos >= self.n or self._is_end(pos):
            return pos
        if s[pos] in "\r\n":
            return self._next_line(pos)  # the blank line between headers and body
        if s.startswith("From ", pos) or s[pos] in " \t:":
            raise _UnusualInputError  # an envelope line, a continuation with no field, a field with no name
        msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
        return pos

    def part(self, pos: int) -> int:
        """``FeedParser._parsegen``: one message from ``pos``; where it ends."""
        self.depth += 1
        msg = self._new_message()
        pos = self._headers(msg, pos)
        ctype = content_type(msg)
        maintype = ctype.split("/")[0]
        if self.depth > self.max_depth and maintype in ("multipart", "message"):
            self.cut = True
            msg.set_default_type("text/plain")
            del msg["Content-Type"]
            ctype, maintype = content_type(msg), "text"
        self.types.append(ctype)
        self.last_type = ctype  # no part of its own yet: still the last message
        if ctype == "message/delivery-status":
            pos = self._delivery_status(pos)
        elif maintype == "message":
            pos = self.part(pos)
            self._pop()
        elif maintype == "multipart":
            pos = self._multipart(msg, ctype, pos)
        else:
            end = self._end(pos)
            msg._payload = self.s[pos:end]
            pos = end
        self.depth -= 1
        return pos

    def _delivery_status(self, pos: int) -> int:
        """Blocks of fields, each a message, separated by blank lines."""
        n = self.n
        while True:
            self.ends.append(None)
            self.blank_ends += 1
            pos = self.part(pos)
            self._pop()
            self.ends.pop()
            self.blank_ends -= 1
            if pos < n and not self._is_end(pos):
                pos = self._next_line(pos)  # the blank line
            if pos >= n or self._is_end(pos):
                return pos

    def _multipart(self, msg: Message, ctype: str, pos: int) -> int:
        s, n = self.s, self.n
        try:
            boundary = msg.get_boundary()
            cte = str(msg.get("content-transfer-encoding", "8bit")).lower()
        except Exception:  # whatever Python's parser makes of it, it makes as before
            raise _UnusualInputError from None
        if boundary is None:
            msg.defects.append(errors.NoBoundaryInMultipartDefect())
            end = self._end(pos)
            msg._payload = s[pos:end]
            return end
        if cte not in ("7bit", "8bit", "binary"):
            msg.defects.append(errors.InvalidMultipartContentTransferEncodingDefect())
        sep = "--" + boundary
        self.ends.append(sep)
        p = self._end(pos)  # the first boundary line, or the end
        self.ends.pop()
        if p >= n or self._is_end(p):
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg._payload = s[pos:p]
            msg.epilogue = ""
            return p
        m = self._boundary_at(p, sep)
        if m is None:  # cannot be (see above); give up rather than fail
            raise _UnusualInputError
        if m.group(1):  # the closing boundary before any other: the rest is read and dropped
            msg.defects.append(errors.StartBoundaryNotFoundDefect())
            msg._payload = s[pos:p]
            msg.epilogue = ""
            return self._end(self._next_line(p))
        if p > pos:
            msg.preamble = _strip_eol(s[pos:p])
        closed = False
        while True:
            q = self._next_line(p)  # past the boundary line, and any boundary lines right after it
            while q < n and not self._is_end(q) and self._boundary_at(q, sep):
                q = self._next_line(q)
            # (at the end here, the feed parser reads the next part from an unread '' line: the
            # same empty part as from the line that ends it)
            self.ends.append(sep)
            q = self.part(q)
            last = self.last
            if last is None:  # cannot be (see above); give up rather than fail
                raise _UnusualInputError
            if self.last_type.startswith("multipart/"):
                if last.epilogue == "":
                    last.epilogue = None
                elif last.epilogue is not None:
                    last.epilogue = _strip_eol(last.epilogue)
            elif isinstance(last._payload, str):
                last._payload = _strip_eol(last._payload)
            self.ends.pop()
            self._pop()
            self.last = msg
            self.last_type = ctype
            if q >= n or self._is_end(q):
                break
            m = self._boundary_at(q, sep)
            if m is None:  # cannot be (see above); give up rather than fail
                raise _UnusualInputError
            p = q
            if m.group(1):
                closed = True
                break
        if not closed:
            msg.defects.append(errors.CloseBoundaryNotFoundDefect())
            return q
        after = self._next_line(p)
        end = self._end(after)
        msg.epilogue = s[after:end]
        return end


class Split:
    """The tree, and what the limits did to it."""

    __slots__ = ("cut", "message", "parts_dropped")

    def __init__(self, message: Message, cut: bool, parts_dropped: bool) -> None:
        self.message = message
        self.cut = cut
        self.parts_dropped = parts_dropped


def split(text: str, max_depth: int, max_parts: int, max_header_lines: int) -> Split | None:
    """The Message tree ``_DepthLimitedParser(max_depth, max_parts, max_header_lines)`` builds
    from ``text``, or None for input left to that parser."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # a lone CR ends a line too
    sp = _Splitter(text, max_depth, max_parts, max_header_lines)
    try:
        end = sp.part(0)
    except (_UnusualInputError, RecursionError):
        return None
    if end != len(text):  # the message reads to the end of the text; anything else is a mistake here
        return None
    root = sp.msgs.pop()
    if content_type(root).split("/")[0] == "multipart" and not root.is_multipart():
        root.defects.append(errors.MultipartInvariantViolationDefect())
    return Split(root, sp.cut, sp.parts_dropped)
