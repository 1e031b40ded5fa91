"""Answers to the questions users have about a bounce.

- Who has to act? (you, your provider, the recipient, the recipient's mail
  administrator, a blocklist operator, or nobody: wait), with the line of the
  bounce that decided it as a span of :attr:`Report.text`.
- Should I resend? (no, after_fix, later, not_needed) and a sentence.
- Did I mistype the address? (a corrected address, or None)
- Did I even send this? (backscatter) Is my account sending spam? (misuse)

:func:`advise` reads a :class:`Report` and returns an :class:`Advice`; it is
Qt-free and cheap. Drafts for the recipient, the provider and a blocklist are
in :mod:`.drafts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .model import MessageKind, RecipientResult, Report, Span, SpanKind
from .nocase import NoCase
from .typos import is_known, org_domain, suggest_address


def _english(text: str) -> str:
    return text


# The window's translator for the sentences below (this module imports no Qt): English by default,
# so the command line stays English. Every user-visible sentence goes through _t() whole, with
# {placeholders} filled after translating; ui/engine_text.py lists them for pyside6-lupdate and
# tests/ui/test_engine_text.py keeps that list in step with this module.
_t: Callable[[str], str] = _english


def set_translator(fn: Callable[[str], str] | None) -> None:
    """Install the window's translator for the advice's sentences; None for English."""
    global _t
    _t = fn or _english


WHO = ("you", "provider", "recipient", "recipient_admin", "blocklist", "nobody")
RESEND = ("no", "after_fix", "later", "not_needed")

_ADDR = re.compile(r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,200}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63}){1,10}")
_HEADER_LINES = re.compile(r"^([A-Za-z0-9][A-Za-z0-9-]*): ?(.*)$", re.M)
_BLOCK_END = re.compile(r"^(?:[^\S\n]*$|─── )", re.M)  # a blank line (spaces only) or a part's marker
_ORIGINAL_MARKER = re.compile(r"^─── [^\n]*the returned message(?:'s headers)? ───$", re.M)
_MARKER = re.compile(r"^─── .* ───$", re.M)

# (name, words one of which must be in the text, pattern)
_GENERIC_BLOCKLIST = "a DNS blocklist"
BLOCKLISTS = (
    ("Spamhaus", ("spamhaus",), NoCase(r"spamhaus")),
    ("Barracuda", ("barracuda",),
     NoCase(r"barracuda\s*(?:reputation|central|rbl|brbl)|b\.barracudacentral|bbl\.barracuda")),
    ("SpamCop", ("spamcop",), NoCase(r"spamcop")),
    ("SORBS", ("sorbs",), NoCase(r"\bsorbs\b")),
    ("UCEPROTECT", ("uceprotect",), NoCase(r"uceprotect")),
    (_GENERIC_BLOCKLIST, ("blocked using", "listed ", "dnsbl", "rbl"),
     NoCase(r"\b(?:blocked using|listed (?:at|in|on|by) \S*(?:bl|rbl)\b|dnsbl|\brbl\b)")),
)
_BLOCKED_USING = re.compile(r"blocked using ([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.I)
_MISUSE_WORDS = ("outbound", "5.7.50", "abuse", "banned", "quota", "sending", "compromis")
# Spamhaus answers 127.255.255.252-255 to misconfigured receivers: the receiver must fix its DNS.
_PUBLIC_RESOLVER = re.compile(r"127\.255\.255\.25[2-5]")

MISUSE = NoCase(
    r"bad outbound sender|\b5\.7\.50[123]\b|spam abuse detected|banned sender|submission quota"
    r"|disabled for sending|(?:account|user) (?:has been |is )?(?:blocked|suspended|restricted|disabled) from sending"
    r"|restricted from sending|sending (?:has been )?(?:blocked|suspended|disabled) for (?:this|your) account"
    r"|compromised account|account (?:may be|is|has been) compromised",
)
_AUTH = NoCase(r"authentication (?:is )?required|not authenticated|must (?:authenticate|log ?in)|\bauth(?:entication)? first"
               r"|5\.7\.57|5\.7\.0 .*authenticat")
_RELAY = NoCase(r"relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)|unable to relay|not permitted to relay"
                r"|we do not relay|relay not allowed")
_QUOTA = NoCase(r"(?:daily |hourly )?(?:sending|submission|smtp relay|user sending|message) (?:quota|limit)s? "
                r"(?:exceeded|reached)|too many (?:messages|recipients) (?:sent|today)|exceeded (?:the |your )?"
                r"(?:daily |hourly )?(?:sending|submission) (?:quota|limit)")
WARNING_ONLY = NoCase(r"warning message only|you do not need to resend|this is a warning only"
                      r"|delivery has been delayed|will (?:continue|keep) (?:to )?try(?:ing)?")
_WILL_RETRY = NoCase(r"will-retry-until")
_DELAY_EVIDENCE = NoCase(r"will-retry-until|warning message only|you do not need to resend")
_NO_RETRY = NoCase(r"retrying will not succeed|do not (?:retry|resend)|will not be retried")

HARD = frozenset({"userunknown", "hostunknown", "hasmoved", "notaccept"})
_TYPO_REASONS = frozenset({"userunknown", "hostunknown", "notaccept"})
_TYPO_CODES = frozenset({"5.1.1", "5.1.2", "5.4.4", "5.1.10", "5.1.3", "5.4.0"})
_NOT_FOUND = re.compile(r"not found|unknown|does not exist|doesn't exist|no such|invalid|unrouteable|unroutable"
                        r"|name service error|nxdomain|no mx|couldn't find|could not find", re.I)

# who acts, by reason, when the catalog entry is not specific to a vendor's text
REASON_WHO = {
    "userunknown": "you",
    "hostunknown": "you",
    "hasmoved": "you",
    "notaccept": "you",
    "mailboxfull": "recipient",
    "suspend": "recipient",
    "emailtoolarge": "you",
    "contenterror": "you",
    "virusdetected": "you",
    "spamdetected": "you",
    "authfailure": "provider",
    "requireptr": "provider",
    "badreputation": "provider",
    "blocked": "provider",
    "rejected": "provider",
    "filtered": "recipient_admin",
    "mailererror": "recipient_admin",
    "systemerror": "recipient_admin",
    "systemfull": "recipient_admin",
    "networkerror": "nobody",
    "expired": "nobody",
    "ratelimited": "nobody",
}

# what to fix before resending
FIX = {
    "emailtoolarge": "make the message smaller (share large files through a link)",
    "contenterror": "change what the receiving server objected to in the message's content or format",
    "notcompliantrfc": "have your mail program or provider send a standard-conforming message",
    "virusdetected": "remove the infected attachment and scan your computer",
    "spamdetected": "rewrite the message so it looks less like spam (fewer links, no shortened links, plain wording)",
    "authfailure": "have your domain's SPF, DKIM and DMARC records fixed by your IT department or provider",
    "requireptr": "have your provider give the sending server a valid reverse DNS name",
    "badreputation": "have your provider improve the sending server's reputation",
    "blocked": "get the sending server unblocked (your provider can do this)",
    "rejected": "have your sender address accepted (ask your IT department or provider)",
    "norelaying": "have the outgoing server checked: your mail program must log in to it, and it must be "
                  "allowed to send for your domain",
    "securityerror": "fix the security setting the server named (ask your IT department or provider)",
    "policyviolation": "change what broke the receiving server's policy",
    "syntaxerror": "have your provider fix how its server talks to others",
    "failedstarttls": "have the encryption (TLS) problem between the servers fixed",
    "suppressed": "have the address taken off your sending service's do-not-send list, if the person agrees",
}
_FIX_BLOCKLIST = "get the sending server off the blocklist (your provider can, or send a delisting request)"
_FIX_PROVIDER = "have your IT department or provider fix the sending side"
# when it makes sense to try again
LATER = {
    "mailboxfull": "once the person has made space in their mailbox",
    "suspend": "once the person's account works again; ask them another way first",
    "systemfull": "once the receiving server has room again",
    "systemerror": "once the receiving server works again",
    "mailererror": "once the receiving side has fixed its mail program",
    "networkerror": "once the receiving server can be reached again",
    "expired": "the receiving server could not be reached for days; try again later, and tell the person if it fails again",
    "ratelimited": "after an hour or so; the server only refused because too much mail came too fast",
    "filtered": "once the recipient's mail administrator has let your messages through",
}
_CAUSE = {
    "userunknown": "the address does not exist",
    "hostunknown": "the domain after the @ does not exist or takes no mail",
    "hasmoved": "the address is no longer used",
    "notaccept": "the domain accepts no mail",
}

_REASON_WHY = {
    "userunknown": "The address is wrong or no longer exists: only you can correct it.",
    "hostunknown": "The domain after the @ cannot be found: check how you typed it.",
    "hasmoved": "The person no longer uses this address: ask them for the new one.",
    "mailboxfull": "The person you wrote to has to make space in their mailbox.",
    "suspend": "The person's account is disabled: only they (or their provider) can change that.",
    "emailtoolarge": "The message is too large for the receiving server: make it smaller.",
}

_WHO_WHY = {
    "you": "The cause is on your side: something in the address or the message.",
    "provider": "The cause is on the sending side: your mail server or your domain's settings.",
    "recipient": "The cause is on the recipient's side, and only the person you wrote to can fix it.",
    "recipient_admin": "The recipient's mail server refused or failed: its administrator must act.",
    "blocklist": "The sending server is on a blocklist.",
    "nobody": "The problem is temporary: wait and try again later.",
}
# what typos.suggest_address gives as its why
_TYPO_WHY = ("a well-known mail domain", "your own domain")
_RESEND_PLAIN = {
    "no": "Not to this address.",
    "after_fix": "Yes, after fixing the cause the explanation names.",
    "later": "Yes, later.",
    "not_needed": "No need: the server keeps trying.",
}

MISUSE_STEPS = (
    "Change your email password now, from a computer or phone you trust.",
    "Look at your account's sent items, forwarding rules and filters for anything you did not set up, and remove it.",
    "Scan the computers and phones that use this account for malware.",
    "Turn on two-step sign-in if your provider offers it.",
    "Tell your IT department or mail provider: they can unblock the account once it is safe again.",
)
BACKSCATTER_STEPS = (
    "You most likely did not send this message: someone sent spam with your address as the sender, "
    "and the receiving server returned it to you. This alone does not mean your account was broken into.",
    "Look in your Sent folder: if the message is not there, you did not send it.",
    "Delete the bounce; nobody needs to be told.",
    "If many such bounces arrive, ask whoever runs your domain to publish SPF, DKIM and DMARC records, "
    "so receivers can reject mail forged in your name.",
)


@dataclass(frozen=True, slots=True)
class Header:
    """One header line of :attr:`Report.text`: its name, value and where the value stands."""

    name: str
    value: str
    start: int  # start of the line
    value_start: int

    @property
    def end(self) -> int:
        return self.value_start + len(self.value)


@dataclass(frozen=True, slots=True)
class Facts:
    """What the answers rest on, read from the report's text."""

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
class RecipientAdvice:
    """The answers for one recipient; None where there is no answer to give."""

    index: int  # into Report.recipients
    address: str
    who_acts: str | None  # you | provider | recipient | recipient_admin | blocklist | nobody
    who_evidence: Span | None  # the line of the bounce that decided, kind EVIDENCE
    who_why: str  # one sentence: why this party
    resend: str | None  # no | after_fix | later | not_needed
    resend_text: str | None
    resend_evidence: Span | None = None
    suggested_address: str | None = None  # "Did you mean ...?"
    suggestion_why: str | None = None
    blocklist: str | None = None  # the list named, e.g. "Spamhaus"


@dataclass(frozen=True, slots=True)
class Advice:
    """The answers for one message."""

    recipients: tuple[RecipientAdvice, ...]
    backscatter: bool | None  # True: a bounce for a message forged in your name; None: unknown
    backscatter_why: tuple[str, ...] = ()
    account_misuse: bool | None = None  # True: signs that your own account sends spam; None: unknown
    misuse_evidence: Span | None = None
    facts: Facts = field(default_factory=lambda: Facts(None, ()))

    def for_recipient(self, index: int) -> RecipientAdvice | None:
        """The advice for ``Report.recipients[index]``, or None."""
        return next((a for a in self.recipients if a.index == index), None)

    @property
    def steps(self) -> tuple[str, ...]:
        """Steps for the message as a whole: misuse first, then backscatter."""
        if self.account_misuse:
            return tuple(_t(s) for s in MISUSE_STEPS)
        if self.backscatter:
            return tuple(_t(s) for s in BACKSCATTER_STEPS)
        return ()


# --- reading the text -------------------------------------------------------


def _header_block(text: str, start: int, end: int) -> list[Header]:
    """The header lines from ``start`` to the first blank line or part marker."""
    stop = _BLOCK_END.search(text, start, end)
    stop_at = stop.start() if stop else end
    return [Header(m.group(1), m.group(2).strip(), m.start(), m.start(2))
            for m in _HEADER_LINES.finditer(text, start, stop_at)]


def _addr(value: str | None) -> str | None:
    m = _ADDR.search(value or "")
    return m.group(0).lower() if m else None


def _domain(address: str | None) -> str:
    return address.rpartition("@")[2].lower() if address and "@" in address else ""


_ID_FIELDS = (
    ("X-Postfix-Queue-ID", "Postfix queue ID"),
    ("Original-Envelope-Id", "Envelope ID"),
    ("X-MS-Exchange-Organization-Network-Message-Id", "Exchange network message ID"),
    ("X-MS-Exchange-CrossTenant-Network-Message-Id", "Exchange network message ID"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
)
_ID_LINE = re.compile(
    r"^(X-Postfix-Queue-ID|Original-Envelope-Id|X-MS-Exchange-Organization-Network-Message-Id"
    r"|X-MS-Exchange-CrossTenant-Network-Message-Id|X-Postfix-Sender|Generating server"
    r"|DSN generated by|X-Queue-ID|X-Mailer-Queue-ID)\s*:\s*(\S.*)$",
    re.M | re.I,
)


def facts(report: Report) -> Facts:
    """Read the user's address and domains, headers and IDs from the report's text."""
    text = report.text
    first_marker = _MARKER.search(text)
    top = _header_block(text, 0, first_marker.start() if first_marker else len(text))
    m = _ORIGINAL_MARKER.search(text)
    report_end = m.start() if m else len(text)
    original = _header_block(text, m.end() + 1, len(text)) if m else []

    def get(hs: list[Header], name: str) -> str | None:
        return next((h.value for h in hs if h.name.lower() == name), None)

    found: dict[str, str] = {}
    for fm in _ID_LINE.finditer(text):
        found.setdefault(fm.group(1).lower(), fm.group(2).strip())
    envelope = _addr(found.get("x-postfix-sender")) or _addr(get(original, "return-path"))
    own_address = (
        _addr(get(top, "to")) or _addr(get(top, "x-original-to")) or _addr(get(top, "delivered-to")) or envelope
    )
    orig_from = _addr(report.original.sender if report.original else None) or _addr(get(original, "from"))
    domains = [_domain(a) for a in (orig_from, own_address, envelope) if a]
    ids: list[tuple[str, str]] = []
    labels = {
        "x-postfix-queue-id": "Postfix queue ID",
        "x-queue-id": "Queue ID",
        "x-mailer-queue-id": "Queue ID",
        "original-envelope-id": "Envelope ID",
        "x-ms-exchange-organization-network-message-id": "Exchange network message ID",
        "x-ms-exchange-crosstenant-network-message-id": "Exchange network message ID",
        "generating server": "Generating server",
        "dsn generated by": "Generating server",
    }
    for key, label in labels.items():
        if key in found and (label, found[key]) not in ids and not any(lb == label for lb, _ in ids):
            ids.append((label, found[key]))
    msgid = (report.original.message_id if report.original else None) or get(original, "message-id")
    if msgid:
        ids.append(("Message-ID of your message", msgid))
    own_bounce_id = get(top, "message-id")
    if own_bounce_id:
        ids.append(("Message-ID of the bounce", own_bounce_id))
    return Facts(own_address, tuple(dict.fromkeys(d for d in domains if d)), tuple(top), tuple(original),
                 report_end, tuple(ids), text[:report_end].lower())


def _line_span(text: str, pos: int, end: int, recipient: int, value: str) -> Span:
    """The whole line (or lines) around ``[pos, end)``, trimmed, as an EVIDENCE span."""
    start = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Span(start, stop, SpanKind.EVIDENCE, recipient, value)


def _span_of(report: Report, index: int, kind: SpanKind) -> Span | None:
    return next((s for s in report.spans if s.recipient == index and s.kind == kind), None)


def _search(report: Report, f: Facts, index: int, pattern: re.Pattern[str] | NoCase, value: str) -> Span | None:
    """Find ``pattern`` in the recipient's server reply, else in the bounce's own text."""
    text = report.text
    d = _span_of(report, index, SpanKind.DIAGNOSTIC)
    if d is not None:
        m = pattern.search(text, d.start, d.end)
        if m:
            return _line_span(text, m.start(), m.end(), index, value)
    m = pattern.search(text, 0, f.report_end)
    if m:
        return _line_span(text, m.start(), m.end(), index, value)
    return None


def _default_evidence(report: Report, index: int, value: str) -> Span | None:
    for kind in (SpanKind.DIAGNOSTIC, SpanKind.STATUS_CODE, SpanKind.REPLY_CODE, SpanKind.REMOTE_MTA,
                 SpanKind.RECIPIENT):
        s = _span_of(report, index, kind)
        if s is not None:
            return _line_span(report.text, s.start, s.start, index, value)
    return None


# --- the answers ------------------------------------------------------------


def _own_side(host: str | None, f: Facts, report: Report) -> bool:
    """True when ``host`` belongs to the sender: the user's domains or the server that wrote the bounce."""
    if not host:
        return False
    org = org_domain(host)
    own = {org_domain(d) for d in f.own_domains}
    return bool(org) and org in own


def _blocklist(r: RecipientResult, report: Report, f: Facts, index: int) -> tuple[str, Span | None] | None:
    diag = r.diagnostic or ""
    single = len(report.failed) <= 1
    low = diag.lower()
    for name, words, pat in BLOCKLISTS:
        in_diag = any(w in low for w in words) and pat.search(diag)
        if in_diag or (single and any(w in f.head_lower for w in words) and pat.search(report.text, 0, f.report_end)):
            span = _search(report, f, index, pat, f"blocklist: {name}")
            if words[0] == "blocked using":
                m = _BLOCKED_USING.search(diag if in_diag else report.text[span.start : span.end] if span else "")
                name = m.group(1).lower() if m else name
            return name, span
    return None


def _who(report: Report, f: Facts, index: int, r: RecipientResult) -> tuple[str | None, Span | None, str, str | None]:
    """(who acts, evidence, why, blocklist name)."""
    diag = r.diagnostic or ""
    e = r.explanation.best
    bl = _blocklist(r, report, f, index)
    if bl is not None:
        name, span = bl
        shown = _t(name) if name == _GENERIC_BLOCKLIST else name
        if _PUBLIC_RESOLVER.search(diag) or _PUBLIC_RESOLVER.search(report.text, 0, f.report_end):
            return ("recipient_admin", span,
                    _t("The recipient's server asked {name} in a way {name} refuses to answer, so it refuses "
                       "everyone: its administrator must fix its DNS set-up.").format(name=shown), name)
        return ("blocklist", span, _t("The refusal names {name}: the sending server is on a blocklist.")
                .format(name=shown), name)
    if MISUSE.search(diag):
        return ("provider", _search(report, f, index, MISUSE, "misuse"),
                _t("Your provider has stopped your account from sending, usually because it sent spam."), None)
    remote_own = _own_side(r.remote_mta, f, report) or not r.remote_mta
    if _AUTH.search(diag) and remote_own:
        return ("you", _search(report, f, index, _AUTH, "authentication"),
                _t("Your own outgoing server wants your mail program to log in before it sends."), None)
    if (_RELAY.search(diag) or r.reason == "norelaying") and remote_own:
        span = _search(report, f, index, _RELAY, "relay") or _default_evidence(report, index, "relay")
        return ("provider", span,
                _t("Your own outgoing server refused to pass the message on: its settings, or your mail "
                   "program's, need fixing."), None)
    if _QUOTA.search(diag) and remote_own:
        return ("you", _search(report, f, index, _QUOTA, "quota"),
                _t("You reached your account's sending limit: wait before sending more."), None)
    if r.remote_mta and _own_side(r.remote_mta, f, report) and (r.status or "").startswith("5.7"):
        return ("provider", _span_of(report, index, SpanKind.REMOTE_MTA) or _default_evidence(report, index, "own"),
                _t("Your own provider's server refused the message on security or policy grounds."), None)
    if r.action == "delayed":
        ev = _search(report, f, index, _DELAY_EVIDENCE, "delayed")
        return ("nobody", ev or _default_evidence(report, index, "delayed"),
                _t("The server is still trying: there is nothing to do yet."), None)
    who: str | None
    if e is not None and e.kind == "vendor":
        who = e.who_acts
    else:
        who = REASON_WHO.get(r.reason) or (e.who_acts if e is not None else None)
    if who is None:
        return None, None, "", None
    why = _REASON_WHY.get(r.reason) if who == REASON_WHO.get(r.reason) else None
    why = _t(why or _WHO_WHY[who])
    return who, _default_evidence(report, index, f"who: {who}"), why, None


def _typo(report: Report, f: Facts, r: RecipientResult) -> tuple[str, str] | None:
    if r.action != "failed":
        return None
    status = r.status or ""
    reply = r.reply_code or ""
    diag = r.diagnostic or ""
    applies = r.reason in _TYPO_REASONS or status in _TYPO_CODES or (reply == "550" and _NOT_FOUND.search(diag))
    if not applies:
        return None
    domain = _domain(r.address)
    if not domain or is_known(domain):
        return None
    # the recipient's MX answered that the user is unknown: the domain is real
    if r.remote_mta and r.reason == "userunknown" and not _own_side(r.remote_mta, f, report):
        return None
    s = suggest_address(r.address, f.own_domains)
    if s is None:
        return None
    why = _t(s.why) if s.why in _TYPO_WHY else s.why
    return s.address, _t("{typed} looks like a slip for {domain}, {why}.").format(typed=s.typed, domain=s.domain, why=why)


def _resend(report: Report, f: Facts, index: int, r: RecipientResult, who: str | None,
            suggestion: str | None) -> tuple[str | None, str | None, Span | None]:
    if r.action in ("delivered", "relayed", "expanded"):
        return None, None, None
    warning = WARNING_ONLY.search(report.text, 0, f.report_end) if (
        "warning" in f.head_lower or "resend" in f.head_lower or "delay" in f.head_lower or "try" in f.head_lower
    ) else None
    if r.action == "delayed" or (warning and report.kind == MessageKind.DELAY):
        span = None
        wru = _search(report, f, index, _WILL_RETRY, "will-retry-until")
        if wru is not None:
            span = wru
        elif warning:
            span = _line_span(report.text, warning.start(), warning.end(), index, "warning only")
        if r.will_retry_until:
            return ("not_needed", _t("No: the server is still trying until {date}.").format(date=r.will_retry_until),
                    span)
        return ("not_needed", _t("No: the server is still trying. You will get another message only if it gives up."),
                span)
    if suggestion:
        return "after_fix", _t("Yes, after fixing the address: send it to {address}.").format(address=suggestion), None
    last = " " + _t("The server last tried on {date}.").format(date=r.last_attempt_date) if r.last_attempt_date else ""
    if r.reason in HARD or r.hard_bounce:
        cause = _t(_CAUSE.get(r.reason, "the address is refused for good"))
        return ("no", _t("Not to this address: {cause}. Ask the person for their current address another way.")
                .format(cause=cause), _default_evidence(report, index, "hard bounce"))
    no_retry = _search(report, f, index, _NO_RETRY, "no retry") if _NO_RETRY.search(r.diagnostic or "") else None
    fix = FIX.get(r.reason)
    if who == "blocklist":
        fix = _FIX_BLOCKLIST
    elif who == "provider" and not fix:
        fix = _FIX_PROVIDER
    if no_retry is not None:
        return ("after_fix", _t("Yes, after fixing the cause: {fix}. Sending it again unchanged will not succeed.")
                .format(fix=_t(fix or "what the server named")), no_retry)
    if who in ("you", "provider", "blocklist") and fix:
        return "after_fix", _t("Yes, after fixing the cause: {fix}.").format(fix=_t(fix)) + last, None
    later = LATER.get(r.reason)
    if later or r.permanent is False or who in ("recipient", "recipient_admin", "nobody"):
        when = _t(later or "the problem may be temporary; wait a few hours")
        return "later", _t("Yes, later: {when}.").format(when=when) + last, None
    e = r.explanation.best
    if e is not None and e.resend in RESEND:
        return e.resend, _t(_RESEND_PLAIN[e.resend]), None
    return None, None, None


# Big providers' and sending services' own host names: mail from any of their customers carries them.
_NEUTRAL_ID_DOMAINS = frozenset({
    "outlook.com", "hotmail.com", "phx.gbl", "office365.com", "google.com", "gmail.com", "googlemail.com",
    "amazonses.com", "yahoo.com", "yahoodns.net", "yahoo.co.jp", "icloud.com", "me.com", "apple.com", "mail.ru",
    "yandex.ru", "yandex.net", "qq.com", "localhost", "localdomain", "sendgrid.net", "mailgun.org",
    "sparkpostmail.com", "mandrillapp.com", "mailchimp.com", "mcsv.net", "zoho.com", "protonmail.ch",
})
# the message was handed in with a login (or through webmail): an account holder sent it
_SUBMITTED = re.compile(r"with (?:e?smtpsa|esmtpa|utf8smtpsa|http|https)\b|authenticated sender|smtp\.auth=|\(authenticated", re.I)


_ROLE_LOCAL = re.compile(r"^(?:postmaster|mailer-daemon|abuse|root|hostmaster|bounces?|bounce[-+=].*|.*[+=].{12,})$", re.I)


def _backscatter(report: Report, f: Facts) -> tuple[bool | None, tuple[str, ...]]:
    """Signs that the returned message was not sent by the person who got the bounce.

    Foreign signs: the original From is at another domain than the address the bounce came to;
    its Message-ID was made elsewhere; its first Received header is a server of another domain.
    Own signs: the Message-ID or the first server is at your domain; it was handed in with a login.
    A different From plus another foreign sign, and no own sign, make it backscatter; an own sign
    and no foreign one make it yours; anything else is unknown (None). A forged From equal to your
    own address with foreign servers stays unknown: sending services and aliases look the same.
    """
    if report.kind not in (MessageKind.BOUNCE, MessageKind.DELAY) or not f.original:
        return None, ()
    you = f.own_address
    if not you or _ROLE_LOCAL.match(you.partition("@")[0]):
        return None, ()  # a copy for the postmaster, or a sending service's bounce address
    you_org = org_domain(_domain(you))
    foreign: list[str] = []
    mine = 0
    frm = _addr(next((h.value for h in f.original if h.name.lower() == "from"), None))
    from_differs = bool(frm) and org_domain(_domain(frm)) != you_org
    if from_differs:
        foreign.append(_t("The returned message is from {sender}, but the bounce came to you at {you}.")
                       .format(sender=frm, you=you))
    mid = next((h.value for h in f.original if h.name.lower() == "message-id"), None)
    if mid and "@" in mid:
        mid_org = org_domain(mid.rpartition("@")[2].strip(" <>"))
        if mid_org == you_org:
            mine += 1
        elif mid_org and mid_org not in _NEUTRAL_ID_DOMAINS:
            foreign.append(_t("Its Message-ID ({id}) was made at {domain}, not at {own}.")
                           .format(id=mid, domain=mid_org, own=you_org))
    received = [h.value for h in f.original if h.name.lower() == "received"]
    m = re.search(r"\bby\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,})", received[-1]) if received else None
    if m:
        by_org = org_domain(m.group(1))
        if by_org == you_org:
            mine += 1
        elif by_org not in _NEUTRAL_ID_DOMAINS:
            foreign.append(_t("It first entered the mail system at {server}, not at a server of {own}.")
                           .format(server=m.group(1), own=you_org))
    if any(_SUBMITTED.search(h) for h in received):
        mine += 1
    if from_differs and len(foreign) >= 2 and not mine:
        return True, tuple(foreign)
    if mine and not foreign:
        return False, ()
    return None, tuple(foreign)


def _misuse(report: Report, f: Facts) -> tuple[bool | None, Span | None]:
    if report.kind not in (MessageKind.BOUNCE, MessageKind.DELAY):
        return None, None
    for i, r in enumerate(report.recipients):
        diag = r.diagnostic or ""
        if MISUSE.search(diag) or (r.status == "5.1.8" and re.search(r"outbound", diag, re.I)):
            return True, _search(report, f, i, MISUSE, "misuse") or _default_evidence(report, i, "misuse")
    m = MISUSE.search(report.text, 0, f.report_end) if any(w in f.head_lower for w in _MISUSE_WORDS) else None
    if m:
        return True, _line_span(report.text, m.start(), m.end(), -1, "misuse")
    return False, None


def advise(report: Report) -> Advice:
    """Answer who acts, whether to resend, a corrected address, backscatter and misuse."""
    f = facts(report)
    out: list[RecipientAdvice] = []
    answering = report.kind in (MessageKind.BOUNCE, MessageKind.DELAY)
    for i, r in enumerate(report.recipients):
        if not answering or r.action not in ("failed", "delayed"):
            out.append(RecipientAdvice(i, r.address, None, None, "", None, None))
            continue
        who, evidence, why, bl = _who(report, f, i, r)
        typo = _typo(report, f, r)
        suggestion = typo[0] if typo else None
        resend, resend_text, resend_ev = _resend(report, f, i, r, who, suggestion)
        out.append(RecipientAdvice(i, r.address, who, evidence, why, resend, resend_text, resend_ev,
                                   suggestion, typo[1] if typo else None, bl))
    backscatter, bwhy = _backscatter(report, f)
    misuse, mev = _misuse(report, f)
    if misuse:
        backscatter = False
        bwhy = ()
    elif backscatter:  # nothing to fix or resend for a message you did not send
        out = [replace(a, who_acts="nobody", who_why=_t("You most likely did not send this message: nothing to fix."),
                       resend="not_needed", resend_text=_t("No: you most likely did not send this message."),
                       resend_evidence=None, suggested_address=None, suggestion_why=None)
               if a.who_acts else a for a in out]
    return Advice(tuple(out), backscatter, bwhy, misuse, mev, f)
