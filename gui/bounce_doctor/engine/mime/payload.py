"""What a part holds: its raw header items, charset, file name, and payload as bytes or as text."""

from __future__ import annotations

import functools
from email.message import Message
from email.policy import compat32

from .charset import decode_bytes


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


def _looks_like_text(part: Message) -> bool:
    data = _payload_bytes(part)[:2000]
    return bool(data) and b"\x00" not in data and data.isascii() and data.count(b":") > 2
