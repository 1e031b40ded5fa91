"""Recipients found around the readers: the text reader's findings merged into the DSN's, the
bounce's own text, a whole report pasted into a notice, the returned message's recipient when the
bounce names none, the bounce's own sender left out, the address an auto-reply says is gone, and
the recipient a complaint is about."""

from __future__ import annotations

import re
from email.message import Message

from . import rules
from .limits import Limits
from .mime import Parsed, parse
from .readers import embedded, rfc3464
from .readers import text as text_reader
from .readers.base import ADDRESS, Raw


def merge(dsn: list[Raw], text: list[Raw]) -> list[Raw]:
    """Fill what the DSN lacks (diagnostic, codes) from the text reader."""
    by_addr = {r.address.lower(): r for r in text}
    for r in dsn:
        t = by_addr.get(r.address.lower())
        if t is None:
            continue
        if not r.diagnostic and t.diagnostic:
            r.diagnostic, r.diagnostic_at = t.diagnostic, t.diagnostic_at
            r.reply_code = r.reply_code or t.reply_code
        elif t.reply_code and not r.reply_code and r.status and t.status == r.status:
            # the text's reply goes with this recipient only when it carries the same status
            r.reply_code = t.reply_code
        r.remote_mta = r.remote_mta or t.remote_mta
        r.command = r.command or t.command
    return dsn


def bounce_text(parsed: Parsed) -> str:
    """The bounce's own text parts, each cut where the returned message begins."""
    out = []
    for part in parsed.text_parts:
        body = parsed.text[part.start : part.end]
        out.append(body[: text_reader.original_cut(body)])
    return "\n\n".join(out)


_RULE_LINE = re.compile(r"^[ \t]*-{3,}[^\n]{0,100}-{3,}[ \t]*$")
_TO_LINE = re.compile(r"^to:[ \t]*([^\n]{0,1000})", re.I | re.M)


def _plain_original_to(parsed: Parsed) -> str | None:
    """The To of a returned message pasted as plain text after a marker line
    ("----- Unsent message follows -----"), in a bounce without MIME parts."""
    for part in parsed.text_parts:
        seg = parsed.text[part.start : part.end]
        cut = text_reader.original_cut(seg)
        if cut >= len(seg):
            continue
        nl = seg.find("\n", cut)
        if nl == -1:
            continue
        end = seg.find("\n\n", nl + 1)
        head = seg[nl + 1 : end if end != -1 else min(len(seg), nl + 20000)]
        m = _TO_LINE.search(head)
        if m:
            return m.group(1)
    return None


def _inner_status_fields(parsed: Parsed) -> str:
    """The fields of the first delivery-status part inside the returned message (a bounce
    returned in a bounce), as text; the display shows only its first block."""
    for n, part in enumerate(parsed.root.walk()):
        if n > 200:
            break
        if part.get_content_type() not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        payload = part.get_payload()
        if isinstance(payload, list):
            return "\n\n".join("\n".join(f"{k}: {v}" for k, v in m.items()) for m in payload[:50] if isinstance(m, Message))
        return payload if isinstance(payload, str) else ""
    return ""


_HEADER_NAME = re.compile(r"(?<![\w-])[\w-]{1,76}:")
_EMBEDDED_REPORT = re.compile(r"^content-type:[ \t]*multipart/report\b", re.I | re.M)


def forwarded_report(parsed: Parsed, limits: Limits | None) -> list[Raw]:
    """A whole bounce (a multipart/report) pasted as text into a notice of its own, as some
    providers forward the report their relay wrote: read as the message it is."""
    for part in parsed.text_parts:
        seg = parsed.text[part.start : part.end]
        m = _EMBEDDED_REPORT.search(seg)
        if not m:
            continue
        pos = m.start()
        for _ in range(300):  # back over the header lines above, to where the pasted message begins
            if pos < 2:
                break
            prev = seg.rfind("\n", 0, pos - 1) + 1
            line = seg[prev : pos - 1]
            if not (_HEADER_NAME.match(line) or (line[:1] in (" ", "\t") and line.strip())):
                break
            pos = prev
        inner = seg[pos:]
        sub = parse(inner.encode("utf-8", "replace"), limits)  # never raises on malformed MIME
        found = rfc3464.read(sub)
        if found:
            found = merge(found, text_reader.read(sub))
            for r in found:
                r.address_at = r.diagnostic_at = -1  # offsets in the pasted message, not in this text
            return found
    return []


def returned_recipient(parsed: Parsed, body: str) -> list[Raw]:
    """A bounce that names no recipient: the returned message's own delivery report
    when it is one (a bounce wrapped in a bounce), else the returned message's To."""
    if parsed.original_start < 0:
        to = _plain_original_to(parsed)
        m = ADDRESS.search(to or "")
        if not m:
            return []
        lines = [ln.strip() for ln in body.split("\n") if ln.strip() and not _RULE_LINE.match(ln)]
        text = "\n".join(lines)[:1000]
        return [Raw(address=m.group(0), diagnostic=text or None, diagnostic_at=-1)]
    ctype = (parsed.original_header("content-type") or "").lower()
    if "report" in ctype or "delivery-status" in ctype:
        inner = parsed.text[parsed.original_start :]
        if not embedded.recognise(inner):
            inner = _inner_status_fields(parsed)
        if embedded.recognise(inner):
            found = [r for r in embedded.read(inner) if r.action in ("failed", "delayed")]
            if found:
                return found
    m = ADDRESS.search(parsed.original_header("to") or "")
    if not m:
        return []
    text = " ".join(body.split())[:1000]
    return [Raw(address=m.group(0), diagnostic=text or None, diagnostic_at=-1)]


_FOR = re.compile(r"\bfor\s+<?([^<>@\s;]{1,200}@[\w.-]{1,255})>?")


def not_the_daemon(parsed: Parsed, raws: list[Raw]) -> list[Raw]:
    """The failed recipients without the address the bounce itself came from (its MAILER-DAEMON or
    postmaster), which a text reader can pick up from a plain-text notice; the returned message's
    To stands in when nothing else is left."""
    own = {m.group(0).lower() for name in ("from", "sender", "return-path")
           if (m := ADDRESS.search(parsed.header(name) or ""))}
    if not own:
        return raws
    return [r for r in raws if r.address.lower() not in own or r.status or r.reply_code]


def mailbox_gone(parsed: Parsed) -> list[Raw]:
    """An auto-reply that says the mailbox is no longer in use (resources/rules/autoreplies.toml): the
    address it names (else the auto-reply's sender) failed, with that sentence as the reply."""
    body = parsed.body_text[:3000]
    if not rules.active().signal("mailbox-gone", rules.fold(body)):
        return []
    own = ADDRESS.search(parsed.header("to") or "")
    named = [m for m in ADDRESS.finditer(body) if not own or m.group(0).lower() != own.group(0).lower()]
    m = named[0] if named else ADDRESS.search(parsed.header("from") or "")
    if not m:
        return []
    line = next((ln.strip() for ln in body.splitlines() if m.group(0) in ln), "") or " ".join(body.split())[:300]
    return [Raw(address=m.group(0), action="failed", diagnostic=line, diagnostic_at=parsed.text.find(line),
                address_at=parsed.text.find(m.group(0)))]


def complainer(parsed: Parsed) -> list[Raw]:
    """The recipient who complained, when the report has no Original-Rcpt-To: Microsoft's
    X-HmXmrOriginalRecipient, the complained-of message's To, the "for <address>" of its
    Received lines, else the To as written ("Undisclosed Recipients")."""
    for name in ("x-hmxmroriginalrecipient", "to"):
        m = ADDRESS.search(parsed.original_header(name) or "")
        if m:
            return [Raw(address=m.group(0), action="failed", reason="feedback")]
    for h in parsed.original_headers:
        if h.lname == "received":
            m = _FOR.search(h.value)
            if m:
                return [Raw(address=m.group(1), action="failed", reason="feedback")]
    to = " ".join((parsed.original_header("to") or "").split()).strip("<>\"' ")[:200]
    return [Raw(address=to, action="failed", reason="feedback")] if to else []
