"""load → parse MIME → read the DSN or the MTA's format → find codes →
classify the reason → look up the catalog → a Report.

The pipeline only: each step lives in its own module (``sniff``: the input refused or repaired;
``fallback``: recipients found around the readers; ``recipient``: the codes and reason of each;
``kinds``: the message's kind; ``spans``: where everything stands in the text)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import kinds, outlook, readers, verdict
from .catalog import Catalog, default_catalog
from .codes import find_reply
from .errors import NotEmailError
from .fallback import (
    bounce_text,
    complainer,
    forwarded_report,
    mailbox_gone,
    merge,
    not_the_daemon,
    returned_recipient,
)
from .headers import HeaderAnalysis, analyse_parsed
from .limits import DEFAULT_LIMITS, Limits
from .mime import HeaderField, Parsed, parse
from .model import Header, OriginalMessage, Report
from .readers import embedded, rfc3464
from .readers import text as text_reader
from .readers.base import ADDRESS, Context, Raw, strip_type
from .recipient import finish
from .sniff import as_plain, boundary_lost, check_input
from .spans import find_spans

MAX_INPUT_BYTES = DEFAULT_LIMITS.max_input_bytes  # the default; pass Limits to change it


def _headers(fields: list[HeaderField]) -> tuple[Header, ...]:
    return tuple(Header(f.name, f.value.strip(), f.name_start, f.value_start) for f in fields)


def _original(parsed: Parsed) -> OriginalMessage | None:
    if not parsed.original_headers:
        return None
    g = parsed.original_header
    return OriginalMessage(g("from"), g("to"), g("subject"), g("date"), g("message-id"))


def _read_recipients(parsed: Parsed, limits: Limits | None) -> tuple[list[Raw], bool, bool, str | None]:
    """The recipients as the readers (or the fallbacks) found them, whether the message is a complaint
    or an auto-reply, and the complaint's feedback type."""
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
            raws = complainer(parsed)
    elif autoreply and (gone := mailbox_gone(parsed)):
        autoreply = False  # an auto-reply that says the mailbox no longer works: the delivery failed
        raws = gone
    elif autoreply:
        sender = parsed.header("from") or ""
        m = ADDRESS.search(sender)
        if m:
            at = parsed.text.find(m.group(0))
            raws.append(Raw(address=m.group(0), action="delivered", reason="vacation", address_at=at))
    else:
        body = bounce_text(parsed)
        ctx = Context(parsed, body)
        family = readers.pick(ctx)
        is_bounce = family is not None or kinds.looks_like_bounce(parsed)
        if is_bounce:
            raws = rfc3464.read(parsed)
            text_raws = text_reader.read(parsed)
            raws = merge(raws, text_raws) if raws else text_raws
            if not parsed.dsn_blocks and embedded.recognise(body):
                found = embedded.read(body)
                if found:
                    raws = merge(found, raws)
            if family is not None:
                raws = family.read(ctx, raws)
            if not parsed.dsn_blocks and not any(r.status or r.reply_code for r in raws):
                raws = forwarded_report(parsed, limits) or raws
            if family is None:  # a known format's reader knows its recipients
                raws = not_the_daemon(parsed, raws)
            if not raws:
                raws = returned_recipient(parsed, body)
            if not parsed.dsn_blocks and kinds.looks_like_delay(parsed):
                for r in raws:
                    r.action = "delayed"
    return raws, complaint, autoreply, feedback_type


@dataclass(frozen=True)
class Examination:
    """One message read once: its diagnosis and the parse it was made from, so that the headers
    analysis reads the same text, with the same offsets (an Outlook .msg: the message decoded from it)."""

    report: Report
    parsed: Parsed = field(repr=False, compare=False)

    def headers(self) -> HeaderAnalysis:
        """The headers analysis of the same parse (hops, authentication, the server that refused)."""
        return analyse_parsed(self.parsed, self.report)


def diagnose(
    data: bytes | str, name: str | None = None, catalog: Catalog | None = None, *, limits: Limits | None = None
) -> Report:
    """Read one message and explain it, within ``limits`` (the defaults when None).

    Raises only :class:`NotEmailError` (empty, binary, no email) and
    :class:`InputTooLargeError`.
    """
    return examine(data, name, catalog, limits=limits).report


def examine(
    data: bytes | str, name: str | None = None, catalog: Catalog | None = None, *, limits: Limits | None = None
) -> Examination:
    """:func:`diagnose`, keeping the parse for the headers analysis: one parse per message."""
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
    if boundary_lost(parsed):
        parsed = parse(as_plain(data), limits)
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

    raws, complaint, autoreply, feedback_type = _read_recipients(parsed, limits)
    results = [finish(r, catalog, reporting_mta) for r in raws]
    results, kind = kinds.message_kind(parsed, results, complaint=complaint, autoreply=autoreply)

    spans = find_spans(parsed, raws, results, rm_span)
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
        headers=_headers(parsed.top_headers),
        original_headers=_headers(parsed.original_headers),
        original_at=parsed.original_at,
    )
    return Examination(replace(report, verdict=verdict.decide(report)), parsed)

