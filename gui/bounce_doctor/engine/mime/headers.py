"""Header values as shown: RFC 2047 words decoded, folded lines unfolded, raw bytes made text."""

from __future__ import annotations

import email.errors
import email.header
import re

from ..limits import DEFAULT_LIMITS
from .charset import decode_bytes, fix_text

MAX_HEADER_CHARS = DEFAULT_LIMITS.max_header_chars  # one header value

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
