"""Reports as plain text and as JSON-ready dicts (the CLI and "Copy diagnosis")."""

from __future__ import annotations

from typing import Any

from .engine.advice import Advice, RecipientAdvice, advise
from .engine.model import CatalogEntry, MessageKind, RecipientResult, Report

KIND_LABEL = {
    MessageKind.BOUNCE: "Not delivered",
    MessageKind.DELAY: "Delayed (still trying)",
    MessageKind.DELIVERED: "Delivered",
    MessageKind.AUTOREPLY: "Auto-reply",
    MessageKind.COMPLAINT: "Spam complaint",
    MessageKind.NOT_BOUNCE: "Not a bounce",
}

WHO_LABEL = {
    "you": "you, the sender",
    "provider": "your IT department or mail provider",
    "recipient": "the person you wrote to",
    "recipient_admin": "the recipient's mail administrator",
    "blocklist": "a blocklist operator",
    "nobody": "nobody: wait",
}

RESEND_LABEL = {
    "no": "No: not to this address",
    "after_fix": "Yes, after fixing the cause",
    "later": "Yes, later",
    "not_needed": "No need: the server keeps trying",
}

REASON_PHRASE = {
    "userunknown": "that address does not exist",
    "hostunknown": "the domain after the @ does not exist or takes no mail",
    "hasmoved": "that address has moved and is no longer used",
    "mailboxfull": "the recipient's mailbox is full",
    "emailtoolarge": "the message is too large",
    "suspend": "the recipient's account is suspended or disabled",
    "norelaying": "the server refused to pass the message on (relaying denied)",
    "authfailure": "the sender's domain failed an authentication check (SPF, DKIM or DMARC)",
    "blocked": "the sending server was blocked",
    "badreputation": "the sending server has a poor reputation",
    "spamdetected": "it was taken for spam",
    "virusdetected": "a virus was found in it",
    "filtered": "a filter at the recipient's side refused it",
    "rejected": "the sender address was refused",
    "requireptr": "the sending server has no valid reverse DNS name",
    "policyviolation": "it broke a policy of the receiving server",
    "contenterror": "its content or format was refused",
    "notcompliantrfc": "it does not follow the email standards",
    "securityerror": "a security check failed",
    "systemerror": "the receiving server had an error",
    "systemfull": "the receiving server is out of space",
    "networkerror": "the receiving server could not be reached",
    "expired": "the server gave up after trying for too long",
    "ratelimited": "too much mail was sent too fast",
    "syntaxerror": "the servers did not understand each other",
    "notaccept": "the domain accepts no mail at all",
    "failedstarttls": "a secure (TLS) connection could not be made",
    "mailererror": "the mail program at the recipient's side failed",
    "suppressed": "the address is on a do-not-send list",
    "onhold": "the reason is unclear",
    "undefined": "the reason is not given",
    "delivered": "it was delivered",
    "vacation": "this is an automatic reply",
    "feedback": "a recipient reported it as spam",
}


def headline(report: Report, r: RecipientResult | None = None) -> str:
    """One sentence saying what happened."""
    if report.kind == MessageKind.NOT_BOUNCE:
        return "This message is not a bounce: it does not report a delivery problem."
    if report.kind == MessageKind.AUTOREPLY:
        return "This is an automatic reply (such as an out-of-office message), not a delivery failure."
    if report.kind == MessageKind.COMPLAINT:
        return "This is a spam complaint: a recipient marked a message as spam, and their provider reported it."
    if r is None:
        r = report.failed[0] if report.failed else (report.recipients[0] if report.recipients else None)
    if r is None:
        if report.kind == MessageKind.DELAY:
            return "Your message is delayed: the server is still trying to deliver it."
        return "Your message was not delivered, but the bounce does not say to whom or why."
    why = REASON_PHRASE.get(r.reason, "")
    if r.action == "delayed":
        return f"Your message to {r.address} is delayed: {why}. The server is still trying." if why else (
            f"Your message to {r.address} is delayed. The server is still trying.")
    if r.action in ("delivered", "relayed", "expanded"):
        return f"Your message to {r.address} was delivered."
    return f"Your message to {r.address} was not delivered: {why}." if why else (
        f"Your message to {r.address} was not delivered.")


def best_entry(r: RecipientResult) -> CatalogEntry | None:
    """The catalog entry that explains a recipient best."""
    return r.explanation.best


def report_text(report: Report, advice: Advice | None = None) -> str:
    """A readable diagnosis, for the terminal, an email or a ticket."""
    advice = advice or advise(report)
    lines = []
    if report.name:
        lines.append(f"== {report.name}")
    lines.append(f"[{KIND_LABEL[report.kind]}] {headline(report)}")
    lines.extend(message_advice_lines(advice))
    for i, r in enumerate(report.recipients):
        if report.kind in (MessageKind.AUTOREPLY, MessageKind.COMPLAINT, MessageKind.NOT_BOUNCE):
            break
        lines.append("")
        lines.append(f"Recipient {i + 1}: {r.address}" + (f" (typed as {r.original_address})" if r.original_address else ""))
        if len(report.recipients) > 1:
            lines.append(f"  {headline(report, r)}")
        codes = ", ".join(c for c in (r.reply_code, r.status) if c) or "none in the bounce"
        lines.append(f"  Codes: {codes}")
        if r.diagnostic:
            lines.append(f"  Server's reply: {r.diagnostic}")
        if r.remote_mta:
            lines.append(f"  Refused by: {r.remote_mta}")
        lines.append(f"  Reason: {r.reason}" + (" (the address itself is bad)" if r.hard_bounce else ""))
        e = best_entry(r)
        lines.extend(f"  {x}" for x in recipient_advice_lines(advice.for_recipient(i)))
        if e is not None:
            vendor = f" ({e.vendor})" if e.vendor else ""
            fallback = " [general meaning of the code's class]" if e.is_fallback else ""
            lines.append(f"  {e.code}{vendor}: {e.title}{fallback}")
            lines.append(f"  {e.meaning}")
            lines.append("  What to do:")
            lines.extend(f"    {n}. {s}" for n, s in enumerate(e.steps, 1))
        if r.explanation.note:
            lines.append(f"  Note: {r.explanation.note}")
    if report.reporting_mta:
        lines.append("")
        lines.append(f"Reported by: {report.reporting_mta}")
    for n in report.notes:
        lines.append(f"Note: {n}")
    return "\n".join(lines)


def recipient_advice_lines(a: RecipientAdvice | None) -> list[str]:
    """Who has to act, Resend and Did you mean, for one recipient."""
    if a is None:
        return []
    lines = []
    if a.suggested_address:
        lines.append(f"Did you mean {a.suggested_address}? ({a.suggestion_why})")
    if a.who_acts:
        lines.append(f"Who has to act: {WHO_LABEL.get(a.who_acts, a.who_acts)}. {a.who_why}".rstrip())
    if a.resend_text:
        lines.append(f"Resend: {a.resend_text}")
    return lines


def message_advice_lines(advice: Advice) -> list[str]:
    """Warnings for the whole message: account misuse, backscatter."""
    lines = []
    if advice.account_misuse:
        lines.append("Warning: your account may be sending spam; your provider has blocked it from sending.")
        lines.append("Change your password first:")
        lines.extend(f"  {n}. {s}" for n, s in enumerate(advice.steps, 1))
    elif advice.backscatter:
        lines.append("You probably did not send this message: this bounce is backscatter (your address was forged).")
        lines.extend(f"  - {w}" for w in advice.backscatter_why)
        lines.append("What to do:")
        lines.extend(f"  {n}. {s}" for n, s in enumerate(advice.steps, 1))
    return lines


def entry_dict(e: CatalogEntry) -> dict[str, Any]:
    """A catalog entry for JSON."""
    return {
        "code": e.code,
        "kind": e.kind,
        "vendor": e.vendor,
        "title": e.title,
        "meaning": e.meaning,
        "who_acts": e.who_acts,
        "resend": e.resend,
        "severity": e.severity,
        "reason": e.reason or None,
        "steps": list(e.steps),
        "admin_steps": list(e.admin_steps),
        "references": list(e.references),
        "classes": list(e.classes),
        "match": e.match,
        "source": e.source,
    }


def recipient_dict(r: RecipientResult, a: RecipientAdvice | None = None) -> dict[str, Any]:
    """A recipient for JSON (with its advice when given)."""
    e = r.explanation.best
    return {
        "address": r.address,
        "original_address": r.original_address,
        "action": r.action,
        "status": r.status,
        "reply_code": r.reply_code,
        "status_inferred": r.status_inferred,
        "reason": r.reason,
        "permanent": r.permanent,
        "hard_bounce": r.hard_bounce,
        "diagnostic": r.diagnostic,
        "remote_mta": r.remote_mta,
        "command": r.command,
        "last_attempt_date": r.last_attempt_date,
        "will_retry_until": r.will_retry_until,
        "catalog": [x.key for x in r.explanation.entries],
        "title": e.title if e else None,
        "explained_by_fallback": r.explanation.is_fallback,
        "who_acts": a.who_acts if a else None,
        "resend": a.resend if a else None,
        "resend_text": a.resend_text if a else None,
        "suggested_address": a.suggested_address if a else None,
    }


def report_dict(report: Report, advice: Advice | None = None) -> dict[str, Any]:
    """A report for JSON."""
    advice = advice or advise(report)
    o = report.original
    return {
        "file": report.name,
        "kind": report.kind.value,
        "reporting_mta": report.reporting_mta,
        "arrival_date": report.arrival_date,
        "subject": report.subject,
        "feedback_type": report.feedback_type,
        "original": None
        if o is None
        else {"from": o.sender, "to": o.to, "subject": o.subject, "date": o.date, "message_id": o.message_id},
        "recipients": [recipient_dict(r, advice.for_recipient(i)) for i, r in enumerate(report.recipients)],
        "backscatter": advice.backscatter,
        "account_misuse": advice.account_misuse,
        "notes": list(report.notes),
    }
