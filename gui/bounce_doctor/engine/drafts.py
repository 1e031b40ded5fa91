"""Ready-to-send texts: to the recipient, to your IT department or provider, to a blocklist.

:func:`draft` returns plain text the window copies to the clipboard or saves
as .txt, and the CLI prints (``explain --draft KIND``). With ``redact=True``
addresses are reduced to their domains and the subject is left out.
"""

from __future__ import annotations

import re

from .advice import Advice, RecipientAdvice, advise
from .model import RecipientResult, Report

KINDS = ("recipient", "provider", "delisting")

_ADDR = re.compile(r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,200})@([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63}){1,10})")
_IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,7}\b", re.I)

_ASK = {
    "mailboxfull": "Your mailbox seems to be full. Could you make some space, so I can send it again?",
    "userunknown": "Your mail server says this address does not exist. Could you tell me the address you use now?",
    "hostunknown": "The part of the address after the @ could not be found. Could you tell me your exact address?",
    "hasmoved": "Your mail server says this address is no longer used. Could you tell me your new address?",
    "suspend": "Your mail server says your account is disabled or suspended. Is there another address I should use?",
    "emailtoolarge": "It was too large for your mail server. I can send the files through a link instead.",
}
_ASK_ADMIN = (
    "Your mail server refused it. Could you forward this note to whoever looks after your email, "
    "so they can let my messages through? The details are below."
)


def _redact(text: str) -> str:
    return _ADDR.sub(lambda m: f"…@{m.group(2)}", text)


def _targets(report: Report, advice: Advice) -> list[tuple[RecipientResult, RecipientAdvice]]:
    out = []
    for a in advice.recipients:
        r = report.recipients[a.index]
        if r.action in ("failed", "delayed"):
            out.append((r, a))
    return out


def _when(report: Report, r: RecipientResult | None = None) -> str | None:
    if r is not None and r.last_attempt_date:
        return r.last_attempt_date
    return report.arrival_date or report.date or (report.original.date if report.original else None)


def _codes(r: RecipientResult) -> str:
    return ", ".join(c for c in (r.reply_code, r.status) if c) or "none given"


def _subject(report: Report) -> str | None:
    return report.original.subject if report.original and report.original.subject else None


def _recipient_text(report: Report, advice: Advice, recipient: int | None = None) -> str:
    targets = [t for t in _targets(report, advice) if recipient is None or t[1].index == recipient]
    if not targets:
        return "This message reports no failed delivery, so there is nothing to tell the recipient."
    r, a = targets[0]
    when = _when(report)
    subject = _subject(report)
    lines = ["Hello,", ""]
    about = f' (subject "{subject}")' if subject else ""
    sent = f" on {when}" if when else ""
    if r.action == "delayed":
        lines.append(f"I sent you an email at {r.address}{sent}{about}, and it has not reached you yet: "
                     "the mail servers are still trying to deliver it.")
    else:
        lines.append(f"I sent you an email at {r.address}{sent}{about}, but it came back undelivered.")
    ask = _ASK.get(r.reason)
    if ask is None and a.who_acts in ("recipient_admin", "recipient"):
        ask = _ASK_ADMIN
    if ask:
        lines.append(ask)
    if a.who_acts == "recipient_admin" and r.diagnostic:
        lines += ["", "What your mail server answered:", f"  {r.diagnostic}"]
        if r.remote_mta:
            lines.append(f"  (server: {r.remote_mta})")
    lines += ["", "Thank you,"]
    return "\n".join(lines)


def _provider_text(report: Report, advice: Advice, recipient: int | None = None) -> str:
    targets = [t for t in _targets(report, advice) if recipient is None or t[1].index == recipient]
    f = advice.facts
    lines = ["Hello,", ""]
    if advice.account_misuse:
        lines.append("My mail account seems to be blocked from sending, possibly because it sent spam. I have "
                     "changed my password. Could you check the account and unblock it once it is safe?")
    elif targets:
        lines.append("An email I sent was not delivered. Could you look into it? The details from the bounce:")
    else:
        lines.append("I received the message below about an email of mine. Could you look into it?")
    lines.append("")
    if f.own_address:
        lines.append(f"Sender: {f.own_address}")
    when = _when(report)
    if when:
        lines.append(f"Time: {when}")
    subject = _subject(report)
    if subject:
        lines.append(f"Subject: {subject}")
    if report.reporting_mta:
        lines.append(f"Reported by (reporting server): {report.reporting_mta}")
    for label, value in f.ids:
        lines.append(f"{label}: {value}")
    for r, a in targets:
        lines += ["", f"Recipient: {r.address}", f"  Result: {r.action}", f"  Codes: {_codes(r)}"]
        if r.remote_mta:
            lines.append(f"  Refused by (remote server): {r.remote_mta}")
        if r.diagnostic:
            lines.append(f"  Server's reply: {r.diagnostic}")
        if r.command:
            lines.append(f"  In reply to: {r.command}")
        if r.last_attempt_date:
            lines.append(f"  Last attempt: {r.last_attempt_date}")
        if r.will_retry_until:
            lines.append(f"  Will retry until: {r.will_retry_until}")
        if a.blocklist:
            lines.append(f"  Blocklist named: {a.blocklist}")
    lines += ["", "Thank you,"]
    return "\n".join(lines)


def _delisting_text(report: Report, advice: Advice, recipient: int | None = None) -> str:
    listed = [(r, a) for r, a in _targets(report, advice) if a.who_acts == "blocklist" or a.blocklist]
    if not listed:
        return "This bounce names no blocklist, so there is nothing to ask a blocklist operator."
    r, a = listed[0]
    text = r.diagnostic or (report.text[a.who_evidence.start : a.who_evidence.end] if a.who_evidence else "")
    ips = list(dict.fromkeys(m.group(0) for m in _IP.finditer(text)))
    when = _when(report, r)
    lines = [f"Subject: Removal request for {ips[0] if ips else 'our mail server'}", "", "Hello,", ""]
    lines.append(f"Mail from our server was refused because it is listed on {a.blocklist or 'your list'}. "
                 "We ask you to check the listing and remove it.")
    lines.append("")
    if ips:
        lines.append(f"Listed address: {', '.join(ips)}")
    domain = advice.facts.own_domains[0] if advice.facts.own_domains else None
    if domain:
        lines.append(f"Our domain: {domain}")
    if report.reporting_mta:
        lines.append(f"Our sending server: {report.reporting_mta}")
    if r.remote_mta:
        lines.append(f"Refused by: {r.remote_mta}")
    if when:
        lines.append(f"Time: {when}")
    lines.append(f"The refusal: {text}")
    lines += ["", "What we have done: [describe what you found and fixed, e.g. an infected computer, "
              "a compromised account, a misconfigured server].", "", "Thank you,"]
    return "\n".join(lines)


def draft(report: Report, advice: Advice | None = None, kind: str = "recipient", redact: bool = False,
          recipient: int | None = None) -> str:
    """A ready-to-send text: ``kind`` is recipient, provider or delisting.

    With ``redact``, every address is reduced to its domain and the subject is left out.
    ``recipient`` (an index into ``report.recipients``) limits the text to one recipient;
    by default the recipient draft is about the first failed one, the others about all.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown draft kind {kind!r}; use one of {', '.join(KINDS)}")
    advice = advice or advise(report)
    if redact and report.original is not None and report.original.subject:
        from dataclasses import replace

        report = replace(report, original=replace(report.original, subject=None))
    text = {"recipient": _recipient_text, "provider": _provider_text, "delisting": _delisting_text}[kind](
        report, advice, recipient
    )
    return _redact(text) if redact else text
