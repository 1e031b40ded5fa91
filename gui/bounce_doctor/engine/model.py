"""The engine's results: frozen dataclasses and enums, free of Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum


class MessageKind(StrEnum):
    """What kind of message was read."""

    BOUNCE = "bounce"  # delivery failed
    DELAY = "delay"  # still retrying
    DELIVERED = "delivered"  # delivery or relay receipt
    AUTOREPLY = "autoreply"  # RFC 3834 auto-reply, out of office
    COMPLAINT = "complaint"  # ARF spam complaint (RFC 5965)
    NOT_BOUNCE = "not_bounce"  # an ordinary message


class SpanKind(StrEnum):
    """What a highlighted span of the display text is."""

    REPLY_CODE = "reply_code"
    STATUS_CODE = "status_code"
    RECIPIENT = "recipient"
    DIAGNOSTIC = "diagnostic"  # the server's reply
    REMOTE_MTA = "remote_mta"
    REPORTING_MTA = "reporting_mta"
    HEADER_NAME = "header_name"
    HEADER_VALUE = "header_value"
    EVIDENCE = "evidence"  # a line that decided something (who acts, resend)


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of :attr:`Report.text`."""

    start: int
    end: int
    kind: SpanKind
    recipient: int = -1  # index into Report.recipients, -1 for the whole message
    value: str = ""  # the finding itself (code, address, header name)

    # the generated __init__ of a frozen class sets each field through object.__setattr__; a report
    # makes a hundred spans, and setting the slots directly takes half the time
    def __init__(self, start: int, end: int, kind: SpanKind, recipient: int = -1, value: str = "") -> None:
        _SPAN_SET[0](self, start)
        _SPAN_SET[1](self, end)
        _SPAN_SET[2](self, kind)
        _SPAN_SET[3](self, recipient)
        _SPAN_SET[4](self, value)


_SPAN_SET = tuple(getattr(Span, name).__set__ for name in ("start", "end", "kind", "recipient", "value"))


@dataclass(frozen=True, slots=True)
class Caption:
    """The words of a part's marker line ("─── text/plain ───") in :attr:`Report.text`.

    ``[start, end)`` holds ``template`` filled with ``args`` in English; an output in another
    language writes the template's translation there instead (text.display_text moves the spans).
    """

    start: int
    end: int
    template: str  # "{type}: the returned message"
    args: tuple[tuple[str, str | int], ...] = ()  # numbers stay numbers: each language writes its own

    def words(self, template: str | None = None, number: object = None) -> str:
        """The caption, from ``template`` (default: the English one); ``number(n)`` writes the numbers."""
        fill = {k: (number(v) if callable(number) else f"{v:,}") if isinstance(v, int) else v for k, v in self.args}
        return (template or self.template).format_map(fill)


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One explanation of a code from the catalog."""

    code: str
    kind: str  # reply | enhanced | vendor | class | client
    title: str
    meaning: str
    who_acts: str
    resend: str
    severity: str
    reason: str
    steps: tuple[str, ...]
    admin_steps: tuple[str, ...]
    references: tuple[str, ...]
    classes: tuple[int, ...] = ()
    vendor: str | None = None
    match: str | None = None
    sample: str | None = None
    source: str | None = None
    code_until: str | None = None  # a vendor code that stands for a range: code .. code_until
    file: str = ""
    translated: bool = True  # False: the language asked for has no translation; the text is English

    @property
    def key(self) -> str:
        """A stable identifier: kind, code and vendor."""
        if self.vendor:
            return f"{self.kind}:{self.code}:{self.vendor}:{self.match}"
        return f"{self.kind}:{self.code}"

    @property
    def is_fallback(self) -> bool:
        """True for the class and subject meanings used when nothing names a code."""
        return self.kind == "class"


@dataclass(frozen=True, slots=True)
class Explanation:
    """The catalog entries that explain one recipient's codes, most specific first."""

    entries: tuple[CatalogEntry, ...] = ()
    trusted_code: str | None = None  # the code the answer rests on
    note: str = ""  # e.g. why an enhanced code and a reply code disagree

    @property
    def best(self) -> CatalogEntry | None:
        """The most specific entry, or None."""
        return self.entries[0] if self.entries else None

    @property
    def is_fallback(self) -> bool:
        """True when only a class meaning explains the code."""
        return bool(self.entries) and self.entries[0].is_fallback


@dataclass(frozen=True, slots=True)
class RecipientResult:
    """What happened to one recipient."""

    address: str
    action: str  # failed | delayed | delivered | relayed | expanded
    status: str | None = None  # enhanced status code, e.g. 5.1.1
    reply_code: str | None = None  # SMTP reply code, e.g. 550
    status_inferred: bool = False  # True when no code stood in the bounce
    diagnostic: str | None = None  # the server's reply, folded lines joined
    diagnostic_type: str | None = None  # smtp, x-unix, ...
    remote_mta: str | None = None
    original_address: str | None = None
    command: str | None = None  # the SMTP command that failed (RCPT, DATA, ...)
    last_attempt_date: str | None = None
    will_retry_until: str | None = None
    reason: str = "undefined"  # sisimai's vocabulary
    permanent: bool | None = None
    retrying: bool = False  # the server is still trying
    hard_bounce: bool = False  # the address itself is bad
    explanation: Explanation = field(default_factory=Explanation)


@dataclass(frozen=True, slots=True)
class OriginalMessage:
    """A summary of the message that bounced."""

    sender: str | None = None
    to: str | None = None
    subject: str | None = None
    date: str | None = None
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """The diagnosis of one message."""

    name: str | None
    kind: MessageKind
    text: str  # the message as shown to the user
    spans: tuple[Span, ...]
    recipients: tuple[RecipientResult, ...] = ()
    reporting_mta: str | None = None
    arrival_date: str | None = None
    subject: str | None = None  # the bounce's own subject
    sender: str | None = None  # the bounce's own From
    date: str | None = None
    original: OriginalMessage | None = None
    feedback_type: str | None = None  # for complaints
    notes: tuple[str, ...] = ()  # limits reached, repairs made
    verdict: MessageVerdict | None = None  # the one decision per recipient (engine/verdict.py)
    captions: tuple[Caption, ...] = ()  # the part markers' words in ``text``, in order
    headers: tuple[Header, ...] = ()  # the bounce's own headers as parsed, with their places in ``text``
    original_headers: tuple[Header, ...] = ()  # the returned message's headers (its first, when there are more)
    original_at: int = -1  # where the returned message's part begins in ``text`` (its marker line); -1: none

    @property
    def failed(self) -> tuple[RecipientResult, ...]:
        """Recipients whose delivery failed or is delayed."""
        return tuple(r for r in self.recipients if r.action in ("failed", "delayed"))

    def spans_for(self, recipient: int) -> tuple[Span, ...]:
        """The spans that belong to one recipient."""
        return tuple(s for s in self.spans if s.recipient == recipient)


@dataclass(frozen=True, slots=True)
class Header:
    """One header line of :attr:`Report.text`: its name, value and where the value stands."""

    name: str
    value: str
    start: int  # start of the line
    value_start: int

    def __init__(self, name: str, value: str, start: int, value_start: int) -> None:  # fast, as Span's
        _HEADER_SET[0](self, name)
        _HEADER_SET[1](self, value)
        _HEADER_SET[2](self, start)
        _HEADER_SET[3](self, value_start)

    @property
    def end(self) -> int:
        return self.value_start + len(self.value)


_HEADER_SET = tuple(getattr(Header, name).__set__ for name in ("name", "value", "start", "value_start"))


@dataclass(frozen=True, slots=True)
class Facts:
    """What the answers rest on, read from the report's text (engine/facts.py)."""

    own_address: str | None  # the user's address: the bounce's To, or the original's envelope sender
    own_domains: tuple[str, ...]  # the user's domains (original From, bounce To, envelope sender)
    top: tuple[Header, ...] = ()  # the bounce's own headers
    original: tuple[Header, ...] = ()  # the returned message's headers
    report_end: int = 0  # where the returned message begins (or the end of the text)
    ids: tuple[tuple[str, str], ...] = ()  # (label, value): queue and message IDs
    head_lower: str = field(default="", repr=False, compare=False)  # the bounce's own text, lower case

    def header(self, name: str, *, original: bool = False) -> Header | None:
        name = name.lower()
        for h in self.original if original else self.top:
            if h.name.lower() == name:
                return h
        return None

    def headers(self, name: str, *, original: bool = False) -> tuple[Header, ...]:
        name = name.lower()
        return tuple(h for h in (self.original if original else self.top) if h.name.lower() == name)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The one decision for one failed or delayed recipient; every output reads it.

    Keys, not sentences: ``engine/advice.py`` words them in the user's language.
    """

    index: int  # into Report.recipients
    address: str
    reason: str
    permanent: bool | None
    retrying: bool  # the server is still trying: nobody has to act yet
    hard_bounce: bool
    who: str  # you | provider | recipient | recipient_admin | blocklist | nobody
    who_case: str  # why: reason | blocklist | public-resolver | misuse | auth-required | own-relay |
    #                sending-quota | own-policy | retrying | typo | backscatter
    who_evidence: Span | None
    resend: str  # no | after_fix | later | not_needed
    resend_case: str  # retrying | typo | hard | no-retry | fix | when | plain | later | backscatter
    resend_evidence: Span | None = None
    fix: str | None = None  # what to fix: a reason, "blocklist" or "provider" (advice.py words it)
    suggestion: str | None = None  # "Did you mean ...?"
    suggestion_why: tuple[str, str, str] | None = None  # (typed domain, suggested domain, why)
    blocklist: str | None = None  # the list named, e.g. "Spamhaus"
    steps: str = ""  # the catalog key of the steps written for this verdict
    decided_by: tuple[str, ...] = ()  # what decided, in order (for tests and measurement)


@dataclass(frozen=True, slots=True)
class MessageVerdict:
    """The decisions for one message: per recipient (None where there is nothing to answer)."""

    recipients: tuple[Verdict | None, ...]
    facts: Facts
    backscatter: bool | None = None  # True: a bounce for a message forged in your name; None: unknown
    backscatter_signs: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (sign, values)
    misuse: bool | None = None  # True: signs that your own account sends spam
    misuse_evidence: Span | None = None

    def for_recipient(self, index: int) -> Verdict | None:
        return self.recipients[index] if 0 <= index < len(self.recipients) else None


def english(text: str) -> str:
    """The translator that says a phrase in English: the template as it is written."""
    return text


@dataclass(frozen=True, slots=True)
class Phrase:
    """One sentence of the advice, in no language yet: the English template and its placeholders' values.

    A value is plain text (an address, a date, a server's words) or a phrase said in the same
    language; ``then`` is a sentence that follows after a space. The advice (engine/advice.py) and
    the problems of an input (engine/errors.py) are phrases; ui/engine_text.py lists their templates
    for pyside6-lupdate, and tests keep those lists in step with the engine.
    """

    template: str
    params: tuple[tuple[str, str | Phrase | None], ...] = ()
    then: Phrase | None = None

    def render(self, translate: Callable[[str], str]) -> str:
        """The sentence in the language of ``translate``: the template translated whole, then filled."""
        text = translate(self.template)
        if self.params:
            text = text.format(**{k: v.render(translate) if isinstance(v, Phrase) else v for k, v in self.params})
        return text + " " + self.then.render(translate) if self.then is not None else text

    def __str__(self) -> str:
        return self.render(english)  # the English sentence, as the command line prints it


def phrase(template: str, **params: str | Phrase | None) -> Phrase:
    """A sentence in no language yet: one whole ``template``, its ``{placeholders}`` filled after translating."""
    return Phrase(template, tuple(params.items()))
