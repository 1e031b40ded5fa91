"""An extract-msg message object written out as a MIME message: headers, body and the attachments kept."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

from .ndr import _ndr_human_text, _original_headers, is_ndr_class, ndr_report
from .props import _fold_safe, _header_value, _safe, _text

MAX_DEPTH = 3  # embedded messages inside embedded messages
MAX_KEPT_PART = 10 * 1024 * 1024  # a delivery report or attached message larger than this is only listed
MAX_BODY_CHARS = 2_000_000

# the attachment types kept as MIME parts; all others are listed, never opened
KEPT_TYPES = frozenset({
    "message/delivery-status",
    "message/global-delivery-status",
    "message/rfc822",
    "message/global",
    "text/rfc822-headers",
    "message/rfc822-headers",
    "message/global-headers",
    "message/feedback-report",
})

# header fields of the transport headers that describe the original MIME
# structure, which this module writes anew
_MIME_FIELDS = re.compile(r"^(?:content-[\w-]*|mime-version)$", re.I)


def convert(msg: Any, depth: int = 0) -> bytes:
    """An extract-msg message object as the bytes of a MIME message."""
    class_type = _text(getattr(msg, "classType", None)) or ""
    ndr = is_ndr_class(class_type)
    headers = _headers(msg)
    parts: list[bytes] = []
    listed: list[str] = []

    body = _body(msg)
    if body is not None:
        parts.append(_text_part(body))
    elif ndr:
        parts.append(_text_part(_ndr_human_text(msg)))
    else:
        parts.append(_text_part("(This Outlook message has no text body that Bounce Doctor can show.)\n"))

    has_report = False
    if ndr:
        parts.append(_part("message/delivery-status", ndr_report(msg).encode("utf-8")))
        has_report = True
        orig = _original_headers(msg)
        if orig:
            parts.append(_part("text/rfc822-headers", orig.encode("utf-8")))

    for att in list(getattr(msg, "attachments", None) or ()):
        kept = _attachment(att, depth, listed)
        if kept is not None:
            ctype, payload = kept
            if ctype in ("message/delivery-status", "message/global-delivery-status"):
                if has_report:  # the synthetic report already stands for it
                    listed.append(f"{_att_name(att)} ({ctype}, {len(payload):,} bytes)")
                    continue
                has_report = True
            parts.append(_part(ctype, payload))

    if listed:
        lines = ["Attachments of the Outlook message, not opened:"]
        lines += [f"- {x}" for x in listed]
        parts.append(_text_part("\n".join(lines) + "\n", disposition="inline"))

    boundary = _boundary(parts, depth)
    if has_report:
        ctype = f'multipart/report; report-type=delivery-status; boundary="{boundary}"'
    else:
        ctype = f'multipart/mixed; boundary="{boundary}"'
    out = [headers, b"MIME-Version: 1.0\n", b"Content-Type: " + ctype.encode() + b"\n",
           b"X-Bounce-Doctor-Source: " + _fold_safe(f"Outlook .msg file, message class {class_type or 'unknown'}").encode() + b"\n",
           b"\n"]
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    return b"".join(out)


def _boundary(parts: list[bytes], depth: int) -> str:
    """A boundary found in none of the parts (the same for the same file, unlike a random one)."""
    n = 0
    while True:
        boundary = f"=_bounce-doctor-{depth}-{n}"
        if not any(boundary.encode() in p for p in parts):
            return boundary
        n += 1


def _headers(msg: Any) -> bytes:
    transport = _text(_safe(lambda: msg.headerText))
    if transport and ":" in transport:
        kept = _transport_fields(transport)
        if kept:
            return kept.encode("utf-8", "replace")
    fields: list[tuple[str, str]] = []
    for name, getter in (
        ("From", lambda: msg.sender),
        ("To", lambda: msg.to),
        ("Cc", lambda: msg.cc),
        ("Subject", lambda: msg.subject),
        ("Date", lambda: msg.date),
        ("Message-ID", lambda: msg.messageId),
    ):
        value = _safe(getter)
        if isinstance(value, dt.datetime):
            value = email.utils.format_datetime(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
        text = _text(value)
        if text:
            fields.append((name, _header_value(text)))
    return "".join(f"{k}: {v}\n" for k, v in fields).encode("ascii", "replace")


def _transport_fields(text: str) -> str:
    """The transport headers less the fields of the original MIME structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    head = text.split("\n\n", 1)[0]  # a body after the headers is not part of them
    out: list[str] = []
    keep = False
    for line in head.split("\n"):
        if not line.strip():
            continue
        if line[0] in " \t":
            if keep:
                out.append(line)
            continue
        name, sep, _ = line.partition(":")
        if not sep or not name.strip() or " " in name.strip():
            keep = False  # not a header line: dropped
            continue
        keep = not _MIME_FIELDS.match(name.strip())
        if keep:
            out.append(line)
    return "".join(x + "\n" for x in out)


def _body(msg: Any) -> str | None:
    body = _text(_safe(lambda: msg.body))
    if body is None:
        html = _safe(lambda: msg.htmlBody)
        if html:
            from ..mime import decode_bytes, html_to_text

            raw = html if isinstance(html, bytes) else str(html).encode("utf-8", "replace")
            body = _text(html_to_text(decode_bytes(raw[: MAX_BODY_CHARS * 2])))
    if body is None and _safe(lambda: msg.rtfBody):
        return "(The text of this Outlook message is in RTF only and could not be turned into plain text.)\n"
    if body is None:
        return None
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS] + "\n(The rest of the text is not shown.)\n"
    return body


def _text_part(text: str, disposition: str | None = None) -> bytes:
    head = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    return (head + "\n").encode() + text.encode("utf-8", "replace")


def _part(ctype: str, payload: bytes) -> bytes:
    payload = payload.replace(b"\r\n", b"\n")
    return f"Content-Type: {ctype}\n\n".encode() + payload


def _att_name(att: Any) -> str:
    for getter in (lambda: att.longFilename, lambda: att.shortFilename, lambda: att.displayName, lambda: att.name):
        name = _text(_safe(getter))
        if name:
            return _fold_safe(name)[:200]
    return "(no name)"


def _attachment(att: Any, depth: int, listed: list[str]) -> tuple[str, bytes] | None:
    """A kept attachment as (content type, payload); others are added to ``listed``."""
    name = _att_name(att)
    data = _safe(lambda: att.data)
    if data is not None and not isinstance(data, bytes | bytearray | str) and hasattr(data, "attachments"):
        # an embedded Outlook message
        subject = _text(_safe(lambda: data.subject)) or name
        if depth >= MAX_DEPTH:
            listed.append(f"embedded message {subject!r}, nested more than {MAX_DEPTH} deep, not opened")
            return None
        try:
            return "message/rfc822", convert(data, depth + 1)
        except Exception:
            listed.append(f"embedded message {subject!r}, damaged, not opened")
            return None
    ctype = (_text(_safe(lambda: att.mimetype)) or "").split(";")[0].strip().lower()
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    size = len(data) if isinstance(data, bytes | bytearray) else 0
    if not ctype and name.lower().endswith(".eml"):
        ctype = "message/rfc822"
    if ctype in KEPT_TYPES and isinstance(data, bytes | bytearray) and 0 < size <= MAX_KEPT_PART:
        return ctype, bytes(data)
    listed.append(f"{name} ({ctype + ', ' if ctype else ''}{size:,} bytes)")
    return None
