"""Reports as plain text and as JSON-ready dicts (the CLI and "Copy diagnosis").

The words here are shown in the window too, so they go through ``translate()``: by
default it returns the English text (the command line stays English); the window
installs Qt's translator with ``set_translator()`` at start-up. This module imports
no Qt. ``pyside6-lupdate`` finds the strings by the calls ``translate(CONTEXT, "...")``
and ``QT_TRANSLATE_NOOP("bounce_doctor.text", "...")``; the context must stay a literal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from ..engine.advice import Advice, Phrase, RecipientAdvice, advise, verdict_of
from ..engine.model import CatalogEntry, MessageKind, RecipientResult, Report, Verdict

CONTEXT = "bounce_doctor.text"
_translator: Callable[[str, str], str] | None = None
_localize: Callable[[CatalogEntry], CatalogEntry] | None = None
_date: Callable[[datetime], str] | None = None  # how the language in use writes a date; None: as the mail wrote it
_number: Callable[[int], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a string for translation; it is translated where it is shown."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the window's language, or as it is when no translator is set."""
    return _translator(context, text) if _translator is not None else text


def say(phrase: Phrase | None) -> str:
    """A sentence of the advice (engine/advice.py) in the language in use, context "advice"; "" for None."""
    return phrase.render(_advice_sentence) if phrase is not None else ""


def _advice_sentence(sentence: str) -> str:
    return translate("advice", sentence)


def set_translator(
    fn: Callable[[str, str], str] | None, localize: Callable[[CatalogEntry], CatalogEntry] | None = None
) -> None:
    """Install the window's translator (context, text) -> text and its catalog localizer; None for English."""
    global _translator, _localize
    _translator = fn
    _localize = localize


def set_formats(date: Callable[[datetime], str] | None, number: Callable[[int], str] | None = None) -> None:
    """Install how the language in use writes dates and numbers (lang.py); None: English, as the mail wrote them."""
    global _date, _number
    _date, _number = date, number


def date_text(value: str | None) -> str:
    """An email date (a Date header's value) in the language in use; in English, or unreadable, as written."""
    if not value or _date is None:
        return value or ""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return value
    return _date(when)


def number_text(n: int) -> str:
    """A whole number as the language in use writes it ("12,345" in English)."""
    return _number(n) if _number is not None else f"{n:,}"


def label(table: dict[Any, str], key: Any) -> str:
    """A label of KIND_LABEL, WHO_LABEL, RESEND_LABEL or REASON_PHRASE, translated (the key when unknown)."""
    text = table.get(key)
    return translate(CONTEXT, text) if text else str(key)


KIND_LABEL = {
    MessageKind.BOUNCE: QT_TRANSLATE_NOOP("bounce_doctor.text", "Not delivered"),
    MessageKind.DELAY: QT_TRANSLATE_NOOP("bounce_doctor.text", "Delayed (still trying)"),
    MessageKind.DELIVERED: QT_TRANSLATE_NOOP("bounce_doctor.text", "Delivered"),
    MessageKind.AUTOREPLY: QT_TRANSLATE_NOOP("bounce_doctor.text", "Auto-reply"),
    MessageKind.COMPLAINT: QT_TRANSLATE_NOOP("bounce_doctor.text", "Spam complaint"),
    MessageKind.NOT_BOUNCE: QT_TRANSLATE_NOOP("bounce_doctor.text", "Not a bounce"),
}

WHO_LABEL = {
    "you": QT_TRANSLATE_NOOP("bounce_doctor.text", "you, the sender"),
    "provider": QT_TRANSLATE_NOOP("bounce_doctor.text", "your IT department or mail provider"),
    "recipient": QT_TRANSLATE_NOOP("bounce_doctor.text", "the person you wrote to"),
    "recipient_admin": QT_TRANSLATE_NOOP("bounce_doctor.text", "the recipient's mail administrator"),
    "blocklist": QT_TRANSLATE_NOOP("bounce_doctor.text", "a blocklist operator"),
    "nobody": QT_TRANSLATE_NOOP("bounce_doctor.text", "nobody: wait"),
}

RESEND_LABEL = {
    "no": QT_TRANSLATE_NOOP("bounce_doctor.text", "No: not to this address"),
    "after_fix": QT_TRANSLATE_NOOP("bounce_doctor.text", "Yes, after fixing the cause"),
    "later": QT_TRANSLATE_NOOP("bounce_doctor.text", "Yes, later"),
    "not_needed": QT_TRANSLATE_NOOP("bounce_doctor.text", "No need: the server keeps trying"),
}

REASON_PHRASE = {
    "userunknown": QT_TRANSLATE_NOOP("bounce_doctor.text", "that address does not exist"),
    "hostunknown": QT_TRANSLATE_NOOP("bounce_doctor.text", "the domain after the @ does not exist or takes no mail"),
    "hasmoved": QT_TRANSLATE_NOOP("bounce_doctor.text", "that address has moved and is no longer used"),
    "mailboxfull": QT_TRANSLATE_NOOP("bounce_doctor.text", "the recipient's mailbox is full"),
    "emailtoolarge": QT_TRANSLATE_NOOP("bounce_doctor.text", "the message is too large"),
    "suspend": QT_TRANSLATE_NOOP("bounce_doctor.text", "the recipient's account is suspended or disabled"),
    "norelaying": QT_TRANSLATE_NOOP("bounce_doctor.text", "the server refused to pass the message on (relaying denied)"),
    "authfailure": QT_TRANSLATE_NOOP("bounce_doctor.text", "the sender's domain failed an authentication check (SPF, DKIM or DMARC)"),
    "blocked": QT_TRANSLATE_NOOP("bounce_doctor.text", "the sending server was blocked"),
    "badreputation": QT_TRANSLATE_NOOP("bounce_doctor.text", "the sending server has a poor reputation"),
    "spamdetected": QT_TRANSLATE_NOOP("bounce_doctor.text", "it was taken for spam"),
    "virusdetected": QT_TRANSLATE_NOOP("bounce_doctor.text", "a virus was found in it"),
    "filtered": QT_TRANSLATE_NOOP("bounce_doctor.text", "a filter at the recipient's side refused it"),
    "rejected": QT_TRANSLATE_NOOP("bounce_doctor.text", "the sender address was refused"),
    "requireptr": QT_TRANSLATE_NOOP("bounce_doctor.text", "the sending server has no valid reverse DNS name"),
    "policyviolation": QT_TRANSLATE_NOOP("bounce_doctor.text", "it broke a policy of the receiving server"),
    "contenterror": QT_TRANSLATE_NOOP("bounce_doctor.text", "its content or format was refused"),
    "notcompliantrfc": QT_TRANSLATE_NOOP("bounce_doctor.text", "it does not follow the email standards"),
    "securityerror": QT_TRANSLATE_NOOP("bounce_doctor.text", "a security check failed"),
    "systemerror": QT_TRANSLATE_NOOP("bounce_doctor.text", "the receiving server had an error"),
    "systemfull": QT_TRANSLATE_NOOP("bounce_doctor.text", "the receiving server is out of space"),
    "networkerror": QT_TRANSLATE_NOOP("bounce_doctor.text", "the receiving server could not be reached"),
    "expired": QT_TRANSLATE_NOOP("bounce_doctor.text", "the server gave up after trying for too long"),
    "ratelimited": QT_TRANSLATE_NOOP("bounce_doctor.text", "too much mail was sent too fast"),
    "syntaxerror": QT_TRANSLATE_NOOP("bounce_doctor.text", "the servers did not understand each other"),
    "notaccept": QT_TRANSLATE_NOOP("bounce_doctor.text", "the domain accepts no mail at all"),
    "failedstarttls": QT_TRANSLATE_NOOP("bounce_doctor.text", "a secure (TLS) connection could not be made"),
    "mailererror": QT_TRANSLATE_NOOP("bounce_doctor.text", "the mail program at the recipient's side failed"),
    "suppressed": QT_TRANSLATE_NOOP("bounce_doctor.text", "the address is on a do-not-send list"),
    "onhold": QT_TRANSLATE_NOOP("bounce_doctor.text", "the reason is unclear"),
    "undefined": QT_TRANSLATE_NOOP("bounce_doctor.text", "the reason is not given"),
    "delivered": QT_TRANSLATE_NOOP("bounce_doctor.text", "it was delivered"),
    "vacation": QT_TRANSLATE_NOOP("bounce_doctor.text", "this is an automatic reply"),
    "feedback": QT_TRANSLATE_NOOP("bounce_doctor.text", "a recipient reported it as spam"),
}


def reason_text(r: RecipientResult) -> str:
    """The recipient's reason in words (its machine name stays in JSON and CSV), with "the address is bad"."""
    hard = translate("bounce_doctor.text", " (the address itself is bad)") if r.hard_bounce else ""
    return label(REASON_PHRASE, r.reason) + hard


# The labels of an exported diagnosis (exports.py), translated where they are written.
FIELD_LABEL = {
    "pasted": QT_TRANSLATE_NOOP("bounce_doctor.text", "Pasted text"),
    "subject": QT_TRANSLATE_NOOP("bounce_doctor.text", "Subject"),
    "from": QT_TRANSLATE_NOOP("bounce_doctor.text", "From"),
    "date": QT_TRANSLATE_NOOP("bounce_doctor.text", "Date"),
    "original_subject": QT_TRANSLATE_NOOP("bounce_doctor.text", "Original subject"),
    "original_to": QT_TRANSLATE_NOOP("bounce_doctor.text", "Original sent to"),
    "codes": QT_TRANSLATE_NOOP("bounce_doctor.text", "Codes"),
    "reason": QT_TRANSLATE_NOOP("bounce_doctor.text", "Reason"),
    "who": QT_TRANSLATE_NOOP("bounce_doctor.text", "Who has to act"),
    "resend": QT_TRANSLATE_NOOP("bounce_doctor.text", "Resend"),
    "did_you_mean": QT_TRANSLATE_NOOP("bounce_doctor.text", "Did you mean"),
    "refused_by": QT_TRANSLATE_NOOP("bounce_doctor.text", "Refused by"),
    "reported_by": QT_TRANSLATE_NOOP("bounce_doctor.text", "Reported by"),
    "note": QT_TRANSLATE_NOOP("bounce_doctor.text", "Note"),
    "made_by": QT_TRANSLATE_NOOP("bounce_doctor.text", "Made by Bounce Doctor, on this computer."),
    "html_lang": QT_TRANSLATE_NOOP("bounce_doctor.text", "en"),  # the language code of an exported page
}


def headline(report: Report, r: RecipientResult | None = None) -> str:
    """One sentence saying what happened."""
    if report.kind == MessageKind.NOT_BOUNCE:
        return translate("bounce_doctor.text", "This message is not a bounce: it does not report a delivery problem.")
    if report.kind == MessageKind.AUTOREPLY:
        return translate(
            "bounce_doctor.text",
            "This is an automatic reply (such as an out-of-office message), not a delivery failure.",
        )
    if report.kind == MessageKind.COMPLAINT:
        return translate(
            "bounce_doctor.text",
            "This is a spam complaint: a recipient marked a message as spam, and their provider reported it.",
        )
    if r is None:
        r = report.failed[0] if report.failed else (report.recipients[0] if report.recipients else None)
    if r is None:
        if report.kind == MessageKind.DELAY:
            return translate("bounce_doctor.text", "Your message is delayed: the server is still trying to deliver it.")
        return translate(
            "bounce_doctor.text", "Your message was not delivered, but the bounce does not say to whom or why."
        )
    why = label(REASON_PHRASE, r.reason) if r.reason in REASON_PHRASE else ""
    if r.action == "delayed" and r.reason == "expired":
        why = ""  # "gave up" is the final failure's cause; a delay is still being tried
    if r.action == "delayed":
        if why:
            text = translate("bounce_doctor.text", "Your message to {address} is delayed: {why}. The server is still trying.")
        else:
            text = translate("bounce_doctor.text", "Your message to {address} is delayed. The server is still trying.")
    elif r.action in ("delivered", "relayed", "expanded"):
        text = translate("bounce_doctor.text", "Your message to {address} was delivered.")
    elif why:
        text = translate("bounce_doctor.text", "Your message to {address} was not delivered: {why}.")
    else:
        text = translate("bounce_doctor.text", "Your message to {address} was not delivered.")
    return text.replace("{address}", r.address).replace("{why}", why)


def best_entry(r: RecipientResult) -> CatalogEntry | None:
    """The catalog entry that explains a recipient best (in the window's language, when one is set)."""
    e = r.explanation.best
    return _localize(e) if e is not None and _localize is not None else e


def steps_entry(a: RecipientAdvice | None) -> CatalogEntry | None:
    """The catalog entry whose steps the verdict chose (the code's own or the playbook's), localized."""
    if a is None or not a.steps:
        return None
    from ..engine.catalog import default_catalog

    e = default_catalog().by_key(a.steps)
    return _localize(e) if e is not None and _localize is not None else e


def codes_text(r: RecipientResult) -> str:
    """The codes of the bounce, or that it gave none (and what the server's words read like)."""
    codes = ", ".join(c for c in (r.reply_code, r.status) if c)
    if codes:
        return codes
    if r.status_inferred and r.explanation.trusted_code:
        return translate("bounce_doctor.text", "none in the bounce; the server's words read like {code}").replace(
            "{code}", r.explanation.trusted_code)
    return translate("bounce_doctor.text", "none in the bounce")


def report_text(report: Report, advice: Advice | None = None) -> str:
    """A readable diagnosis, for the terminal, an email or a ticket."""
    advice = advice or advise(report)
    lines = []
    if report.name:
        lines.append(f"== {report.name}")
    lines.append(f"[{label(KIND_LABEL, report.kind)}] {headline(report)}")
    lines.extend(message_advice_lines(advice))
    for i, r in enumerate(report.recipients):
        if report.kind in (MessageKind.AUTOREPLY, MessageKind.COMPLAINT, MessageKind.NOT_BOUNCE):
            break
        lines.append("")
        head = translate("bounce_doctor.text", "Recipient {n}: {address}")
        head = head.replace("{n}", str(i + 1)).replace("{address}", r.address)
        if r.original_address:
            head += translate("bounce_doctor.text", " (typed as {address})").replace("{address}", r.original_address)
        lines.append(head)
        if len(report.recipients) > 1:
            lines.append(f"  {headline(report, r)}")
        lines.append("  " + translate("bounce_doctor.text", "Codes: {codes}").replace("{codes}", codes_text(r)))
        if r.diagnostic:
            lines.append("  " + translate("bounce_doctor.text", "Server's reply: {text}").replace("{text}", r.diagnostic))
        if r.remote_mta:
            lines.append("  " + translate("bounce_doctor.text", "Refused by: {server}").replace("{server}", r.remote_mta))
        lines.append("  " + translate("bounce_doctor.text", "Reason: {reason}").replace("{reason}", reason_text(r)))
        e = best_entry(r)
        a = advice.for_recipient(i)
        lines.extend(f"  {x}" for x in recipient_advice_lines(a))
        if e is not None:
            vendor = f" ({e.vendor})" if e.vendor else ""
            fallback = translate("bounce_doctor.text", " [general meaning of the code's class]") if e.is_fallback else ""
            lines.append(f"  {e.code}{vendor}: {e.title}{fallback}")
            lines.append(f"  {e.meaning}")
        todo = steps_entry(a)
        if todo is not None:
            lines.append("  " + translate("bounce_doctor.text", "What to do:"))
            lines.extend(f"    {n}. {s}" for n, s in enumerate(todo.steps, 1))
        if r.explanation.note:
            lines.append("  " + translate("bounce_doctor.text", "Note: {text}").replace("{text}", r.explanation.note))
    if report.reporting_mta:
        lines.append("")
        lines.append(translate("bounce_doctor.text", "Reported by: {server}").replace("{server}", report.reporting_mta))
    for n in report.notes:
        lines.append(translate("bounce_doctor.text", "Note: {text}").replace("{text}", n))
    return "\n".join(lines)


def recipient_advice_lines(a: RecipientAdvice | None) -> list[str]:
    """Who has to act, Resend and Did you mean, for one recipient."""
    if a is None:
        return []
    lines = []
    if a.suggested_address:
        lines.append(
            translate("bounce_doctor.text", "Did you mean {address}? ({why})")
            .replace("{address}", a.suggested_address)
            .replace("{why}", say(a.suggestion_why))
        )
    if a.who_acts:
        who = translate("bounce_doctor.text", "Who has to act: {who}.").replace("{who}", label(WHO_LABEL, a.who_acts))
        lines.append(f"{who} {say(a.who_why)}".rstrip())
    if a.resend_text:
        lines.append(translate("bounce_doctor.text", "Resend: {text}").replace("{text}", say(a.resend_text)))
    return lines


def message_advice_lines(advice: Advice) -> list[str]:
    """Warnings for the whole message: account misuse, backscatter."""
    lines = []
    if advice.account_misuse:
        lines.append(translate(
            "bounce_doctor.text",
            "Warning: your account may be sending spam; your provider has blocked it from sending.",
        ))
        lines.append(translate("bounce_doctor.text", "Change your password first:"))
        lines.extend(f"  {n}. {say(s)}" for n, s in enumerate(advice.steps, 1))
    elif advice.backscatter:
        lines.append(translate(
            "bounce_doctor.text",
            "You probably did not send this message: this bounce is backscatter (your address was forged).",
        ))
        lines.extend(f"  - {say(w)}" for w in advice.backscatter_why)
        lines.append(translate("bounce_doctor.text", "What to do:"))
        lines.extend(f"  {n}. {say(s)}" for n, s in enumerate(advice.steps, 1))
    return lines


def entry_dict(e: CatalogEntry) -> dict[str, Any]:
    """A catalog entry for JSON."""
    return {
        "code": e.code,
        "kind": e.kind,
        "vendor": e.vendor,
        "title": e.title,
        "meaning": e.meaning,
        "severity": e.severity,
        "reason": e.reason or None,
        "steps": list(e.steps),
        "admin_steps": list(e.admin_steps),
        "references": list(e.references),
        "classes": list(e.classes),
        "match": e.match,
        "source": e.source,
    }


def recipient_dict(r: RecipientResult, a: RecipientAdvice | None = None, v: Verdict | None = None) -> dict[str, Any]:
    """A recipient for JSON (with its advice and verdict when given)."""
    e = r.explanation.best
    return {
        "address": r.address,
        "original_address": r.original_address,
        "action": r.action,
        "status": r.status,
        "reply_code": r.reply_code,
        "status_inferred": r.status_inferred,
        "reason": r.reason,
        "permanent": v.permanent if v else r.permanent,
        "hard_bounce": v.hard_bounce if v else r.hard_bounce,
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
        "resend_text": say(a.resend_text) if a and a.resend_text else None,
        "suggested_address": a.suggested_address if a else None,
        "steps_from": a.steps or None if a else None,
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
        "recipients": [recipient_dict(r, advice.for_recipient(i), verdict_of(report).for_recipient(i))
                       for i, r in enumerate(report.recipients)],
        "backscatter": advice.backscatter,
        "account_misuse": advice.account_misuse,
        "notes": list(report.notes),
    }
