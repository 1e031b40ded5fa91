"""Tell a bounce from a delay warning, a receipt, an auto-reply, a complaint or
an ordinary message, from the headers and the text, and settle the message's kind
once its recipients are read (:func:`message_kind`)."""

from __future__ import annotations

import re

from . import phrases
from .codes import find_enhanced, find_reply
from .mime import Parsed
from .model import Explanation, MessageKind, RecipientResult
from .nocase import NoCase

BOUNCE_SUBJECT = NoCase(
    r"undeliver|undelivered|not (?:be )?delivered|delivery (?:status notification|failure|failed|problem|report|notification)|"
    r"returned mail|returning message|mail delivery (?:failed|failure|system|subsystem)|failure notice|"
    r"delivery has failed|could not (?:be )?(?:send|deliver)|non[- ]?delivery|nondeliverable|"
    r"rejected|bounce|mail system error|mail failure|message (?:not delivered|status)|warning\W{1,3}could not send|"
    r"delayed mail|delivery delayed|delivery notification|postmaster notify|"
    r"unzustellbar|non remis|no entregado|non recapitato|onbestelbaar|niedoręczalne|olevererbart|"
    r"не доставлено|не удается доставить|недоставлено|"
    r"配信不能|送信エラー|未送达|退信|undeliverable|" + phrases.SUBJECT_ALTERNATION,  # localised prefixes (phrases.py)
)
BOUNCE_SENDER = NoCase(r"mailer-daemon|postmaster|mail delivery|mail administrator|mailer daemon|"
                       r"mail delivery subsystem|system administrator|delivery failure|delivery notification")
BOUNCE_BODY = NoCase(
    r"could not be delivered|couldn'?t be delivered|was not delivered|delivery (?:has )?failed|"
    r"permanent (?:fatal )?error|undeliverable|delivery to the following recipient|"
    r"wasn'?t able to deliver|unable to deliver|following address(?:es)?(?: had| failed)|"
    r"message (?:could not|couldn't) be|returned to sender|failed permanently|delivery failure|"
    r"not able to deliver|i'?m afraid|has not been delivered|delivery is delayed|still trying|"
    r"will (?:continue|keep) (?:to )?(?:try|retry)|transcript of session|smtp error|"
    r"a message that you sent (?:could not|has not|was rejected|contained|has been)|"  # Exim's notices (exim4)
    + phrases.BODY_ALTERNATION,  # localised opening sentences (phrases.py)
)
# the structured parts of a bounce that read the same in every language: Postfix's
# "<addr>: host mx[ip] said: 550 ...", Exim's "SMTP error from remote mail server after RCPT TO",
# Exchange's "Remote Server returned '550 ...'", and a delivery report's own fields (RFC 3464)
STRUCTURED_BODY = NoCase(
    r"\bhost \S{1,255} ?\[[0-9a-f.:]{2,45}\] said: [45]\d\d|smtp error from remote (?:mail server|mailer)|"
    r"remote server returned '?[45]\d\d|\bdiagnostic-code: ?\w|\bfinal-recipient: ?rfc822|"
    r"\baction: ?(?:failed|delayed)\b"
)
# "Warning: could not send message for past 4 hours" (Sendmail's delay warning, sendmail-cf)
DELAY_SUBJECT = NoCase(r"delay|still being retried|warning\W{1,3}could not send|not yet been delivered|"
                       r"delivery status notification \(delay\)")
DELAY_BODY = NoCase(r"warning message only|this is (?:a|just a) warning|do not need to resend|"
                    r"will (?:continue|keep) (?:to )?(?:try|retry)|still trying|has been delayed|"
                    r"delivery is delayed|not yet been delivered|no action is required")
AUTOREPLY_SUBJECT = NoCase(r"^\s*(?:auto(?:matic)?[ -]?reply|auto:|out of (?:the )?office|"
                           r"abwesenheit|absence|vacation|on holiday|away from|automatische antwort|"
                           r"r[ée]ponse automatique|respuesta autom[aá]tica|автоответ|自動応答)")


def is_complaint(parsed: Parsed) -> bool:
    """An ARF report (RFC 5965), or Microsoft's JMRP report (the complained-of message
    attached, its headers carrying X-HmXmrOriginalRecipient)."""
    return (parsed.report_type == "feedback-report" or parsed.has_feedback_report
            or parsed.original_header("x-hmxmroriginalrecipient") is not None)


def reports_failure(parsed: Parsed) -> bool:
    """The structure of a bounce, whatever program wrote it: a delivery report or a failed-recipients
    header; a daemon as the sender (MAILER-DAEMON, postmaster, "Mail Delivery ..."); a null or daemon
    envelope sender (``<>``) with text that says a delivery failed or quotes an SMTP code; or failure
    wording beside an SMTP code."""
    if parsed.dsn_blocks or parsed.header("x-failed-recipients"):
        return True
    if BOUNCE_SENDER.search(parsed.header("from") or ""):
        return True  # the mail system itself wrote it
    rp = parsed.header("return-path")
    # a null sender alone is not enough: RFC 3834 asks auto-replies to use one too
    null = rp is not None and (rp.strip() in ("<>", "") or bool(re.search(r"mailer-daemon|postmaster", rp, re.I)))
    body = parsed.body_text[:20000]
    wording = bool(BOUNCE_BODY.search(body) or STRUCTURED_BODY.search(body)
                   or BOUNCE_SUBJECT.search(parsed.header("subject") or ""))
    codes = bool(find_reply(body) or find_enhanced(body))
    return (null and (wording or codes)) or (wording and codes)


def is_autoreply(parsed: Parsed) -> bool:
    """An RFC 3834 auto-reply or an out-of-office message: its own signs (Auto-Submitted: auto-replied,
    X-Autoreply, Precedence: auto_reply, a vacation subject) without the structure of a bounce.

    Postfix and Exim mark their bounces auto-replied too, and some sites send their "address
    unknown" notices as auto-replies: a message that reports a failed delivery is a bounce."""
    if reports_failure(parsed):
        return False
    auto = (parsed.header("auto-submitted") or "").lower()
    if auto.startswith("auto-replied"):
        return True
    for name in ("x-autoreply", "x-autorespond", "x-autogenerated"):
        if parsed.header(name):
            return True
    prec = (parsed.header("precedence") or "").lower()
    subject = parsed.header("subject") or ""
    if prec == "auto_reply" or (parsed.header("x-auto-response-suppress") and AUTOREPLY_SUBJECT.search(subject)):
        return True
    return bool(AUTOREPLY_SUBJECT.search(subject)) and not BOUNCE_SUBJECT.search(subject)


def looks_like_bounce(parsed: Parsed) -> bool:
    """Signs of a delivery report without a delivery-status part."""
    if parsed.dsn_blocks or parsed.header("x-failed-recipients"):
        return True
    score = 0
    subject = parsed.header("subject") or ""
    sender = parsed.header("from") or ""
    if BOUNCE_SUBJECT.search(subject):
        score += 2
    if BOUNCE_SENDER.search(sender):
        score += 1
    rp = parsed.header("return-path")
    if rp is not None and (rp.strip() in ("<>", "") or re.search(r"mailer-daemon", rp, re.I)):
        score += 1
    auto = (parsed.header("auto-submitted") or "").lower()
    if auto.startswith("auto-generated"):
        score += 1
    body = parsed.body_text[:20000]
    if BOUNCE_BODY.search(body) or STRUCTURED_BODY.search(body):
        score += 2
    if not parsed.top_headers or not any(h.lname in ("from", "subject", "date", "received") for h in parsed.top_headers):
        # pasted text without headers: the body alone must say it, in a known language or in the
        # structured lines every MTA writes in English (a localised opening we do not know)
        head = parsed.text[:20000]
        return bool(BOUNCE_BODY.search(head) or STRUCTURED_BODY.search(head))
    return score >= 3


def looks_like_delay(parsed: Parsed) -> bool:
    """A warning that delivery is late but still being tried."""
    subject = parsed.header("subject") or ""
    return bool(DELAY_SUBJECT.search(subject) or DELAY_BODY.search(parsed.body_text[:20000]))


def message_kind(parsed: Parsed, results: list[RecipientResult], *, complaint: bool,
                 autoreply: bool) -> tuple[list[RecipientResult], MessageKind]:
    """The recipients as a complaint or an auto-reply shows them, and the message's kind."""
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
    elif looks_like_bounce(parsed):
        kind = MessageKind.DELAY if looks_like_delay(parsed) else MessageKind.BOUNCE
    else:
        kind = MessageKind.NOT_BOUNCE
    return results, kind
