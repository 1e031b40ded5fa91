"""Input sniffing before parsing: refuse what is not an email (empty, too large, a binary file) and
repair a multipart message whose boundary never occurs, so that its body is read as text."""

from __future__ import annotations

import re

from .errors import InputTooLargeError, NotEmailError
from .limits import DEFAULT_LIMITS, Limits, too_large_message
from .mime import Parsed
from .model import phrase

# (the file's first bytes, what it is: a phrase of its own, said in the window's language)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an Outlook or Office file in the old binary format"),
)


def check_input(data: bytes, limits: Limits | None = None) -> None:
    """Refuse empty, too large or binary input with a sentence for the user."""
    limits = limits or DEFAULT_LIMITS
    if len(data) > limits.max_input_bytes:
        raise InputTooLargeError(too_large_message(len(data), limits), len(data), limits.max_input_bytes)
    if not data.strip():
        raise NotEmailError("The input is empty: there is no message to read.")
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotEmailError(phrase("This is {what}, not an email. Save the bounce as .eml or .msg, or paste its text.",
                                       what=phrase(what)))
    if head.count(b"\x00") > 8:
        raise NotEmailError("This is a binary file, not an email. Save the bounce as .eml or .msg, or paste its text.")


_CTYPE_FIELD = re.compile(rb"^content-type:[^\n]{0,2000}(?:\r?\n[ \t][^\n]{0,2000}){0,50}", re.I | re.M)


def boundary_lost(parsed: Parsed) -> bool:
    """A multipart message whose declared boundary never occurs: its whole body is the preamble."""
    root = parsed.root
    if root.get_content_maintype() != "multipart":
        return False
    payload = root.get_payload()
    if isinstance(payload, list):
        return not payload and bool((root.preamble or "").strip())
    return isinstance(payload, str) and bool(payload.strip())


def as_plain(data: bytes) -> bytes:
    """The message with its top Content-Type set to text/plain, so its body is read as text."""
    end = data.find(b"\n\n")
    end2 = data.find(b"\r\n\r\n")
    cut = min(x for x in (end, end2, len(data)) if x >= 0)
    head = _CTYPE_FIELD.sub(b"Content-Type: text/plain", data[:cut], count=1)
    return head + data[cut:]
