"""The verdict in words: who has to act and why, whether to resend, a corrected address.

The decisions are made once, in the engine (:mod:`.verdict`), and travel with the
:class:`Report`; this module only words them, in no language yet: each sentence is a
:class:`Phrase`, its English template and the values of its placeholders, and whoever shows it
says it in its own language with :meth:`Phrase.render` (the window and the command line's text
output, through their translator; :func:`english` for English). :func:`advise` reads a
:class:`Report` and returns an :class:`Advice`; it is Qt-free and cheap. Drafts for the
recipient, the provider and a blocklist are in :mod:`.drafts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import verdict as vd
from .model import Facts, MessageVerdict, Phrase, Report, Span, Verdict
from .model import english as english  # the translator that says a Phrase in English, with the advice
from .model import phrase as _say  # every sentence below: one whole template (ui/engine_text.py lists them)

WHO = ("you", "provider", "recipient", "recipient_admin", "blocklist", "nobody")
RESEND = ("no", "after_fix", "later", "not_needed")
_GENERIC_BLOCKLIST = "a DNS blocklist"
assert _GENERIC_BLOCKLIST == vd.GENERIC_BLOCKLIST

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
class RecipientAdvice:
    """The answers for one recipient; None where there is no answer to give."""

    index: int  # into Report.recipients
    address: str
    who_acts: str | None  # you | provider | recipient | recipient_admin | blocklist | nobody
    who_evidence: Span | None  # the line of the bounce that decided, kind EVIDENCE
    who_why: Phrase | None  # one sentence: why this party
    resend: str | None  # no | after_fix | later | not_needed
    resend_text: Phrase | None
    resend_evidence: Span | None = None
    suggested_address: str | None = None  # "Did you mean ...?"
    suggestion_why: Phrase | None = None
    blocklist: str | None = None  # the list named, e.g. "Spamhaus"
    steps: str = ""  # the catalog key of the steps written for this verdict


@dataclass(frozen=True, slots=True)
class Advice:
    """The answers for one message."""

    recipients: tuple[RecipientAdvice, ...]
    backscatter: bool | None  # True: a bounce for a message forged in your name; None: unknown
    backscatter_why: tuple[Phrase, ...] = ()
    account_misuse: bool | None = None  # True: signs that your own account sends spam; None: unknown
    misuse_evidence: Span | None = None
    facts: Facts = field(default_factory=lambda: Facts(None, ()))

    def for_recipient(self, index: int) -> RecipientAdvice | None:
        """The advice for ``Report.recipients[index]``, or None."""
        return next((a for a in self.recipients if a.index == index), None)

    @property
    def steps(self) -> tuple[Phrase, ...]:
        """Steps for the message as a whole: misuse first, then backscatter."""
        if self.account_misuse:
            return tuple(_say(s) for s in MISUSE_STEPS)
        if self.backscatter:
            return tuple(_say(s) for s in BACKSCATTER_STEPS)
        return ()



# --- wording the verdict ------------------------------------------------------


def _fix_text(key: str | None) -> Phrase | None:
    if key == "blocklist":
        return _say(_FIX_BLOCKLIST)
    if key == "provider":
        return _say(_FIX_PROVIDER)
    return _say(FIX[key]) if key in FIX else None


def _who_why(v: Verdict) -> Phrase:
    shown = (_say(v.blocklist) if v.blocklist == _GENERIC_BLOCKLIST else v.blocklist) or ""
    case = v.who_case
    if case == "public-resolver":
        return _say("The recipient's server asked {name} in a way {name} refuses to answer, so it refuses "
                    "everyone: its administrator must fix its DNS set-up.", name=shown)
    if case == "blocklist":
        return _say("The refusal names {name}: the sending server is on a blocklist.", name=shown)
    if case == "misuse":
        return _say("Your provider has stopped your account from sending, usually because it sent spam.")
    if case == "auth-required":
        return _say("Your own outgoing server wants your mail program to log in before it sends.")
    if case == "own-relay":
        return _say("Your own outgoing server refused to pass the message on: its settings, or your mail "
                    "program's, need fixing.")
    if case == "sending-quota":
        return _say("You reached your account's sending limit: wait before sending more.")
    if case == "own-policy":
        return _say("Your own provider's server refused the message on security or policy grounds.")
    if case == "retrying":
        return _say("The server is still trying: there is nothing to do yet.")
    if case == "backscatter":
        return _say("You most likely did not send this message: nothing to fix.")
    if case == "reason" and v.reason in _REASON_WHY:
        return _say(_REASON_WHY[v.reason])
    return _say(_WHO_WHY[v.who])


def _resend_text(v: Verdict, last_attempt: str | None, retry_until: str | None) -> Phrase:
    last = _say("The server last tried on {date}.", date=last_attempt) if last_attempt else None
    case = v.resend_case
    if case == "retrying":
        if retry_until:
            return _say("No: the server is still trying until {date}.", date=retry_until)
        return _say("No: the server is still trying. You will get another message only if it gives up.")
    if case == "backscatter":
        return _say("No: you most likely did not send this message.")
    if case == "typo":
        return _say("Yes, after fixing the address: send it to {address}.", address=v.suggestion)
    if case == "hard":
        cause = _say(_CAUSE.get(v.reason, "the address is refused for good"))
        return _say("Not to this address: {cause}. Ask the person for their current address another way.",
                    cause=cause)
    if case == "no-retry":
        return _say("Yes, after fixing the cause: {fix}. Sending it again unchanged will not succeed.",
                    fix=_fix_text(v.fix) or _say("what the server named"))
    if case == "fix":
        return replace(_say("Yes, after fixing the cause: {fix}.", fix=_fix_text(v.fix)), then=last)
    if case == "when":
        return replace(_say("Yes, {when}.", when=_say(LATER[v.reason])), then=last)
    if case == "later":
        when = _say(LATER.get(v.reason, "the problem may be temporary; wait a few hours"))
        return replace(_say("Yes, later: {when}.", when=when), then=last)
    return replace(_say(_RESEND_PLAIN[v.resend]), then=last)


def _suggestion_why(v: Verdict) -> Phrase | None:
    if v.suggestion_why is None:
        return None
    typed, domain, why = v.suggestion_why
    return _say("{typed} looks like a slip for {domain}, {why}.", typed=typed, domain=domain,
                why=_say(why) if why in _TYPO_WHY else why)


def _sign(sign: str, values: dict[str, str]) -> Phrase:
    if sign == "from":
        return _say("The returned message is from {sender}, but the bounce came to you at {you}.", **values)
    if sign == "message-id":
        return _say("Its Message-ID ({id}) was made at {domain}, not at {own}.", **values)
    return _say("It first entered the mail system at {server}, not at a server of {own}.", **values)


def verdict_of(report: Report) -> MessageVerdict:
    """The report's verdict (made by diagnose); decided here only for a report built by hand."""
    return report.verdict if report.verdict is not None else vd.decide(report)


def advise(report: Report) -> Advice:
    """The verdict of every recipient in words: who acts and why, resend, a corrected address."""
    mv = verdict_of(report)
    out: list[RecipientAdvice] = []
    for i, r in enumerate(report.recipients):
        v = mv.for_recipient(i)
        if v is None:
            out.append(RecipientAdvice(i, r.address, None, None, None, None, None))
            continue
        out.append(RecipientAdvice(i, r.address, v.who, v.who_evidence, _who_why(v), v.resend,
                                   _resend_text(v, r.last_attempt_date, r.will_retry_until), v.resend_evidence,
                                   v.suggestion, _suggestion_why(v), v.blocklist, v.steps))
    signs = tuple(_sign(s, dict(values)) for s, values in mv.backscatter_signs)
    return Advice(tuple(out), mv.backscatter, signs, mv.misuse, mv.misuse_evidence, mv.facts)
