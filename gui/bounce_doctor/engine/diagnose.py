"""load → parse MIME → read the DSN or the MTA's format → find codes →
classify the reason → look up the catalog → a Report."""

from __future__ import annotations

import re
from dataclasses import replace
from email.message import Message
from operator import attrgetter

from . import kinds, outlook, readers, rules, verdict
from .catalog import Catalog, default_catalog
from .codes import find_enhanced, find_reply, first_reply, normalise_status
from .errors import InputTooLargeError, NotEmailError
from .limits import DEFAULT_LIMITS, Limits, too_large_message
from .mime import Parsed, parse
from .model import Explanation, MessageKind, OriginalMessage, RecipientResult, Report, Span, SpanKind
from .readers import embedded, rfc3464
from .readers import text as text_reader
from .readers.base import ADDRESS, Context, Raw, find_command, strip_type
from .reasons import classify, is_hard
from .rhost import provider_reason

MAX_INPUT_BYTES = DEFAULT_LIMITS.max_input_bytes  # the default; pass Limits to change it

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

# the code a reason stands for when a bounce holds no code (shown as inferred)


# the reply codes SMTP defines (RFC 5321 and its extensions); others are not taken as the server's
SMTP_REPLIES = frozenset(
    ["211", "214", "220", "221", "235", "250", "251", "252", "253", "334", "354", "421", "422", "430", "432", "450", "451", "452", "453", "454", "455", "458", "459", "500", "501", "502", "503", "504", "521", "523", "524", "525", "530", "533", "534", "535", "538", "550", "551", "552", "553", "554", "555", "556"]
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
            raise NotEmailError(f"This is {what}, not an email. Save the bounce as .eml or .msg, or paste its text.")
    if head.count(b"\x00") > 8:
        raise NotEmailError("This is a binary file, not an email. Save the bounce as .eml or .msg, or paste its text.")


def _prefer_status(field: str | None, in_text: list[str], reply: str | None) -> str | None:
    """Choose between the DSN Status field and the codes in the server's text.

    The text's code is the remote server's own word, the Status field often the
    reporting MTA's summary of it: a text code of the same class as the field
    wins. When the text quotes several
    codes (``554 4.4.7 Message expired ... <421 4.4.2 Connection timed out>``),
    the last one that differs from the field is the underlying cause.
    """
    if not in_text:
        return field
    if not field:
        return in_text[0]
    if field in in_text and len(set(in_text)) == 1:
        return field
    cls = field[0]
    other = [c for c in in_text if c != field and c[0] == cls]
    return other[-1] if other else field


def _without_address(diag: str | None, address: str) -> str | None:
    """The server's reply without the recipient's address in front of it (a text reader's line such as
    "bob@example.org [Connection timed out]"): the address is shown as the recipient already."""
    if not diag or not address or not diag.lstrip(" <").lower().startswith(address.lower()):
        return diag
    rest = diag.lstrip(" <")[len(address):].lstrip(">").lstrip(" :,.-\t\n")
    return rest if len(rest) >= 3 else diag


def _finish(raw: Raw, catalog: Catalog, reporting_mta: str | None = None) -> RecipientResult:
    diag = _without_address(raw.diagnostic, raw.address)
    if raw.command is None:
        raw.command = find_command(diag)
    status_field = normalise_status(raw.status)
    text_codes = [f.code for f in find_enhanced(diag)] if diag else []
    reply = raw.reply_code or first_reply(diag)
    status = _prefer_status(status_field, text_codes, reply)
    if status and reply and reply[0] in "45" and status[0] in "45" and reply[0] != status[0] and diag:
        # the text quotes the remote server's reply too ("554 4.4.7 ... <421 4.4.2 ...>"): take the one of the status's class
        reply = next((f.code for f in find_reply(diag) if f.code[0] == status[0]), reply)
    if reply and (reply not in SMTP_REPLIES or (status and status[0] in "45" and reply[0] in "45" and status[0] != reply[0])):
        reply = None  # not a reply code SMTP defines, or its class disagrees with the status
    action = raw.action if raw.action in ("failed", "delayed", "delivered", "relayed", "expanded") else "failed"
    if status and status.startswith("2.") and action == "failed":
        action = "delivered"
    explanation = catalog.explain(status, reply, diag)
    reason = raw.reason
    if not reason:
        if action != "delivered":
            reason = provider_reason(diag, remote_mta=raw.remote_mta, address=raw.address, command=raw.command,
                                     reporting_mta=reporting_mta)
        if not reason:
            reason = classify(
                status, diag, action=action, reply_code=reply, diagnostic_type=raw.diagnostic_type, command=raw.command
            )
    inferred = False
    if not status and not reply:
        code = rules.reason_table().get(reason, {}).get("code")
        if code:
            inferred = True
            if action == "delayed":
                code = "4" + code[1:]
            exp = catalog.explain(code, None, diag)
            explanation = Explanation(
                exp.entries,
                code,  # inferred: shown as such, never as a code of the bounce
                f"The bounce gives no code. This explanation is inferred from what the server wrote: "
                f"it reads like {code}.",
            )
    code_class = (status or reply or "")[:1]
    if action == "delayed":
        permanent: bool | None = False
    elif action in ("delivered", "relayed", "expanded"):
        permanent = None
    elif code_class in ("4", "5"):
        permanent = code_class == "5"
    else:
        permanent = True
    return RecipientResult(
        address=raw.address,
        action=action,
        status=status,
        reply_code=reply,
        status_inferred=inferred,
        diagnostic=diag,
        diagnostic_type=raw.diagnostic_type,
        remote_mta=raw.remote_mta,
        original_address=raw.original_address if raw.original_address != raw.address else None,
        command=raw.command,
        last_attempt_date=raw.last_attempt_date,
        will_retry_until=raw.will_retry_until,
        reason=reason,
        permanent=permanent,
        retrying=action == "delayed",
        hard_bounce=action == "failed" and is_hard(reason, status, reply),
        explanation=explanation,
    )


def _merge(dsn: list[Raw], text: list[Raw]) -> list[Raw]:
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


def _bounce_text(parsed: Parsed) -> str:
    """The bounce's own text parts, each cut where the returned message begins."""
    out = []
    for part in parsed.text_parts:
        body = parsed.text[part.start : part.end]
        out.append(body[: text_reader.original_cut(body)])
    return "\n\n".join(out)


def _find(text: str, needle: str, hint: int = -1, *, fold: bool = False) -> int:
    if not needle:
        return -1
    if hint >= 0 and text.startswith(needle, hint) if not fold else text[hint : hint + len(needle)].lower() == needle.lower():
        return hint
    hay = text.lower() if fold else text
    n = needle.lower() if fold else needle
    if hint >= 0:
        i = hay.find(n, hint)
        if i != -1:
            return i
    return hay.find(n)


def _spans(parsed: Parsed, raws: list[Raw], results: list[RecipientResult], report_mta: tuple[int, str] | None) -> list[Span]:
    text = parsed.text
    spans: list[Span] = parsed.header_spans()
    own = len(spans)  # the spans after the headers' (which belong to no recipient)
    limit = parsed.original_start if parsed.original_start > 0 else len(text)
    for i, (raw, res) in enumerate(zip(raws, results, strict=True)):
        at = _find(text, res.address, raw.address_at, fold=True)
        if at >= 0:
            spans.append(Span(at, at + len(res.address), SpanKind.RECIPIENT, i, res.address))
        if res.diagnostic:
            d = _find(text, res.diagnostic, raw.diagnostic_at)
            if d < 0:  # a reply joined from several lines: mark its first line
                first = res.diagnostic.split("\n")[0][:60]
                d = _find(text, first, raw.diagnostic_at)
                dlen = len(first)
            else:
                dlen = len(res.diagnostic)
            if d >= 0:
                spans.append(Span(d, d + dlen, SpanKind.DIAGNOSTIC, i, res.diagnostic))
                seg = text[d : d + dlen]
                for f in find_enhanced(seg, d):
                    spans.append(Span(f.start, f.end, SpanKind.STATUS_CODE, i, f.code))
                for f in find_reply(seg, d):
                    spans.append(Span(f.start, f.end, SpanKind.REPLY_CODE, i, f.code))
        if res.status and not any(s.recipient == i and s.kind == SpanKind.STATUS_CODE for s in spans[own:]):
            # the Status field of the DSN
            for block in parsed.dsn_blocks:
                f = block.get("status")
                if f and normalise_status(f.value) == res.status and f.value_start < limit:
                    spans.append(Span(f.value_start, f.value_start + len(res.status), SpanKind.STATUS_CODE, i, res.status))
                    break
        if res.remote_mta:
            r = _find(text, res.remote_mta, raw.address_at if raw.address_at >= 0 else -1, fold=True)
            if r >= 0:
                spans.append(Span(r, r + len(res.remote_mta), SpanKind.REMOTE_MTA, i, res.remote_mta))
    if report_mta:
        spans.append(Span(report_mta[0], report_mta[0] + len(report_mta[1]), SpanKind.REPORTING_MTA, -1, report_mta[1]))
    # codes elsewhere in the bounce's own text (transcripts, human part)
    taken = {(s.start, s.end) for s in spans[own:]}  # a header's spans lie outside every text part
    for part in parsed.text_parts:
        seg = text[part.start : part.end]
        for f in find_enhanced(seg, part.start):
            if (f.start, f.end) not in taken:
                spans.append(Span(f.start, f.end, SpanKind.STATUS_CODE, -1, f.code))
        for f in find_reply(seg, part.start):
            if (f.start, f.end) not in taken:
                spans.append(Span(f.start, f.end, SpanKind.REPLY_CODE, -1, f.code))
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    spans.sort(key=_POSITION)
    return spans


_POSITION = attrgetter("start", "end")


def _original(parsed: Parsed) -> OriginalMessage | None:
    if not parsed.original_headers:
        return None
    g = parsed.original_header
    return OriginalMessage(g("from"), g("to"), g("subject"), g("date"), g("message-id"))


_CTYPE_FIELD = re.compile(rb"^content-type:[^\n]{0,2000}(?:\r?\n[ \t][^\n]{0,2000}){0,50}", re.I | re.M)


def _boundary_lost(parsed: Parsed) -> bool:
    """A multipart message whose declared boundary never occurs: its whole body is the preamble."""
    root = parsed.root
    if root.get_content_maintype() != "multipart":
        return False
    payload = root.get_payload()
    if isinstance(payload, list):
        return not payload and bool((root.preamble or "").strip())
    return isinstance(payload, str) and bool(payload.strip())


def _as_plain(data: bytes) -> bytes:
    """The message with its top Content-Type set to text/plain, so its body is read as text."""
    end = data.find(b"\n\n")
    end2 = data.find(b"\r\n\r\n")
    cut = min(x for x in (end, end2, len(data)) if x >= 0)
    head = _CTYPE_FIELD.sub(b"Content-Type: text/plain", data[:cut], count=1)
    return head + data[cut:]


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


def _forwarded_report(parsed: Parsed, limits: Limits | None) -> list[Raw]:
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
            found = _merge(found, text_reader.read(sub))
            for r in found:
                r.address_at = r.diagnostic_at = -1  # offsets in the pasted message, not in this text
            return found
    return []


def _returned_recipient(parsed: Parsed, body: str) -> list[Raw]:
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


def _not_the_daemon(parsed: Parsed, raws: list[Raw]) -> list[Raw]:
    """The failed recipients without the address the bounce itself came from (its MAILER-DAEMON or
    postmaster), which a text reader can pick up from a plain-text notice; the returned message's
    To stands in when nothing else is left."""
    own = {m.group(0).lower() for name in ("from", "sender", "return-path")
           if (m := ADDRESS.search(parsed.header(name) or ""))}
    if not own:
        return raws
    return [r for r in raws if r.address.lower() not in own or r.status or r.reply_code]


def _mailbox_gone(parsed: Parsed) -> list[Raw]:
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


def _complainer(parsed: Parsed) -> list[Raw]:
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


def diagnose(
    data: bytes | str, name: str | None = None, catalog: Catalog | None = None, *, limits: Limits | None = None
) -> Report:
    """Read one message and explain it, within ``limits`` (the defaults when None).

    Raises only :class:`NotEmailError` (empty, binary, no email) and
    :class:`InputTooLargeError`.
    """
    if isinstance(data, str):
        try:
            data = data.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # lone surrogates that stand for no byte
            data = data.encode("utf-8", "replace")
    if outlook.is_msg(data) and len(data) <= (limits or DEFAULT_LIMITS).max_input_bytes:  # an Outlook .msg file
        data = outlook.msg_to_message(data)
    check_input(data, limits)
    catalog = catalog or default_catalog()
    parsed = parse(data, limits)
    if _boundary_lost(parsed):
        parsed = parse(_as_plain(data), limits)
    if not parsed.top_headers and not ADDRESS.search(parsed.text[:200000]) and not find_reply(parsed.text[:200000]):
        raise NotEmailError("This text holds no email: no headers, no addresses and no SMTP codes were found in it.")

    dsn_fields = rfc3464.message_fields(parsed)
    rm = dsn_fields.get("reporting-mta")
    reporting_mta = strip_type(rm.value) if rm else None
    rm_span = None
    if rm and reporting_mta:
        at = rm.value.find(reporting_mta)
        rm_span = (rm.value_start + max(0, at), reporting_mta)
    ad = dsn_fields.get("arrival-date")

    raws: list[Raw] = []
    complaint = kinds.is_complaint(parsed)
    autoreply = not complaint and not parsed.dsn_blocks and kinds.is_autoreply(parsed)
    feedback_type = None
    if complaint:
        for f in parsed.feedback_fields:
            if f.lname == "feedback-type":
                feedback_type = f.value.strip().lower()
        for f in parsed.feedback_fields:
            if f.lname in ("original-rcpt-to", "removal-recipient"):
                raws.append(Raw(address=ADDRESS.search(f.value).group(0) if ADDRESS.search(f.value) else f.value,
                                action="failed", reason="feedback", address_at=f.value_start))
        if not raws:
            raws = _complainer(parsed)
    elif autoreply and (gone := _mailbox_gone(parsed)):
        autoreply = False  # an auto-reply that says the mailbox no longer works: the delivery failed
        raws = gone
    elif autoreply:
        sender = parsed.header("from") or ""
        m = ADDRESS.search(sender)
        if m:
            at = parsed.text.find(m.group(0))
            raws.append(Raw(address=m.group(0), action="delivered", reason="vacation", address_at=at))
    else:
        body = _bounce_text(parsed)
        ctx = Context(parsed, body)
        family = readers.pick(ctx)
        is_bounce = family is not None or kinds.looks_like_bounce(parsed)
        if is_bounce:
            raws = rfc3464.read(parsed)
            text_raws = text_reader.read(parsed)
            raws = _merge(raws, text_raws) if raws else text_raws
            if not parsed.dsn_blocks and embedded.recognise(body):
                found = embedded.read(body)
                if found:
                    raws = _merge(found, raws)
            if family is not None:
                raws = family.read(ctx, raws)
            if not parsed.dsn_blocks and not any(r.status or r.reply_code for r in raws):
                raws = _forwarded_report(parsed, limits) or raws
            if family is None:  # a known format's reader knows its recipients
                raws = _not_the_daemon(parsed, raws)
            if not raws:
                raws = _returned_recipient(parsed, body)
            if not parsed.dsn_blocks and kinds.looks_like_delay(parsed):
                for r in raws:
                    r.action = "delayed"

    results = [_finish(r, catalog, reporting_mta) for r in raws]
    if results and all(r.reason == "feedback" for r in results):
        complaint = True  # a reader found a complaint in a provider's own format (e.g. an SES notification)
    if autoreply:
        results = [
            RecipientResult(address=r.address, action="delivered", reason="vacation", permanent=None,
                            explanation=Explanation())
            for r in results
        ]
    if complaint:
        results = [
            RecipientResult(address=r.address, action="failed", reason="feedback", permanent=None,
                            explanation=Explanation())
            for r in results
        ]
        kind = MessageKind.COMPLAINT
    elif autoreply:
        kind = MessageKind.AUTOREPLY
    elif any(r.action == "failed" for r in results):
        kind = MessageKind.BOUNCE
    elif any(r.action == "delayed" for r in results):
        kind = MessageKind.DELAY
    elif results:
        kind = MessageKind.DELIVERED
    elif kinds.looks_like_bounce(parsed):
        kind = MessageKind.DELAY if kinds.looks_like_delay(parsed) else MessageKind.BOUNCE
    else:
        kind = MessageKind.NOT_BOUNCE

    spans = _spans(parsed, raws, results, rm_span)
    notes = list(parsed.notes)
    report = Report(
        name=name,
        kind=kind,
        text=parsed.text,
        spans=tuple(spans),
        recipients=tuple(results),
        reporting_mta=reporting_mta,
        arrival_date=ad.value if ad else None,
        subject=parsed.header("subject"),
        sender=parsed.header("from"),
        date=parsed.header("date"),
        original=_original(parsed),
        feedback_type=feedback_type,
        notes=tuple(notes),
        captions=tuple(parsed.captions),
    )
    return replace(report, verdict=verdict.decide(report))


