"""Decide the reason for a failure, in sisimai's vocabulary.

The server's text decides first; the status code is strong evidence that the
text can override ("5.1.1 too many recipients this hour" is not an unknown
user). The wording is data (resources/rules, loaded by ``rules.py``); the
provider tables (``rhost.py``) come before these generic phrases.
"""

from __future__ import annotations

from . import rules

REASONS = (
    "authfailure",
    "badreputation",
    "blocked",
    "contenterror",
    "delivered",
    "emailtoolarge",
    "expired",
    "failedstarttls",
    "feedback",
    "filtered",
    "hasmoved",
    "hostunknown",
    "mailboxfull",
    "mailererror",
    "networkerror",
    "norelaying",
    "notaccept",
    "notcompliantrfc",
    "onhold",
    "policyviolation",
    "ratelimited",
    "rejected",
    "requireptr",
    "securityerror",
    "spamdetected",
    "suppressed",
    "suspend",
    "syntaxerror",
    "systemerror",
    "systemfull",
    "undefined",
    "userunknown",
    "vacation",
    "virusdetected",
)

HARD_REASONS = frozenset({"userunknown", "hostunknown", "hasmoved"})

# What an enhanced status code names by itself (RFC 3463 and its registry).
# Codes that name no single cause (X.0.0, 5.7.1, ...) are left out: the text
# decides those, and the class falls back at the end.
STATUS_REASON = {
    "X.1.0": "userunknown",
    "X.1.1": "userunknown",
    "X.1.2": "hostunknown",
    "X.1.3": "userunknown",
    "X.1.4": "userunknown",
    "X.1.5": "userunknown",
    "X.1.6": "hasmoved",
    "X.1.7": "rejected",
    "X.1.8": "rejected",
    "X.1.9": "systemerror",
    "X.1.10": "notaccept",
    "X.2.0": "filtered",
    "X.2.1": "filtered",
    "X.2.2": "mailboxfull",
    "X.2.3": "emailtoolarge",
    "X.2.4": "filtered",
    "X.3.0": "systemerror",
    "X.3.1": "systemfull",
    "X.3.2": "notaccept",
    "X.3.3": "systemerror",
    "X.3.4": "emailtoolarge",
    "X.3.5": "systemerror",
    "X.4.0": "networkerror",
    "X.4.1": "expired",
    "X.4.2": "networkerror",
    "X.4.3": "systemerror",
    "X.4.4": "hostunknown",
    "X.4.5": "systemfull",
    "X.4.6": "networkerror",
    "X.4.7": "expired",
    "X.5.0": "syntaxerror",
    "X.5.1": "syntaxerror",
    "X.5.2": "syntaxerror",
    "X.5.3": "ratelimited",
    "X.5.4": "syntaxerror",
    "X.5.5": "syntaxerror",
    "X.5.6": "syntaxerror",
    "X.6.0": "contenterror",
    "X.6.1": "contenterror",
    "X.6.2": "contenterror",
    "X.6.3": "contenterror",
    "X.6.5": "contenterror",
    "X.6.6": "contenterror",
    "X.6.7": "contenterror",
    "X.6.8": "contenterror",
    "X.6.9": "contenterror",
    "X.7.2": "policyviolation",
    "X.7.10": "securityerror",
    "X.7.13": "suspend",
    "X.7.15": "policyviolation",
    "X.7.16": "emailtoolarge",
    "X.7.17": "hasmoved",
    "X.7.18": "hasmoved",
    "X.7.20": "authfailure",
    "X.7.21": "authfailure",
    "X.7.22": "authfailure",
    "X.7.23": "authfailure",
    "X.7.24": "authfailure",
    "X.7.25": "requireptr",
    "X.7.26": "authfailure",
    "X.7.27": "notaccept",
    "X.7.28": "spamdetected",
    "X.7.29": "authfailure",
    "X.7.30": "failedstarttls",
}

# the first pass: each cause probes in this order; a status code naming it or
# its wording makes it win (with the exceptions below)
_FIRST = ("mailboxfull", "emailtoolarge", "suspend", "hasmoved", "norelaying", "authfailure", "userunknown",
          "filtered", "requireptr", "notcompliantrfc", "badreputation", "contenterror", "rejected", "notaccept",
          "hostunknown",
          "spamdetected", "ratelimited", "blocked")
# the second pass, when the first found nothing: wording only
_SECOND = ("mailboxfull", "authfailure", "badreputation", "ratelimited", "spamdetected", "virusdetected",
           "policyviolation", "norelaying", "failedstarttls", "systemerror", "networkerror", "suspend", "contenterror",
           "systemfull", "notaccept", "expired", "securityerror", "suppressed", "mailererror", "syntaxerror")
# wording that keeps a 5.1.1 from meaning "no such user"
_NOT_USERUNKNOWN = ("norelaying", "blocked", "mailboxfull", "hasmoved", "rejected", "notaccept", "ratelimited")
_BEFORE_DATA = frozenset({"CONN", "EHLO", "HELO", "MAIL", "RCPT"})
# before any recipient was named: a refusal there is not about the recipient
_BEFORE_RCPT = frozenset({"CONN", "EHLO", "HELO", "MAIL"})


def _has(reason: str, text: str) -> bool:
    """Whether the folded text holds one of the generic wording rules of ``reason`` (resources/rules)."""
    return rules.active().words(reason, text)


def _sig(signal: str, text: str) -> bool:
    """Whether the folded text shows a signal (resources/rules/signals.toml): "dns-trouble" (a lookup that
    failed this time: the DNS, not the domain), "policy" (a policy or security rule is named, which outranks
    the block and sender probes), "unauthenticated", "rcpt-stage", "mail-refused", "lda"."""
    return rules.active().signal(signal, text)


def reason_from_text(text: str | None) -> str | None:
    """The first cause the wording of a reply names, or None."""
    if not text:
        return None
    t = rules.fold(text)
    for name in _FIRST + _SECOND:
        if _has(name, t):
            return name
    return None


def reason_from_status(status: str | None) -> str | None:
    """The reason an enhanced status code implies, or None."""
    if not status:
        return None
    parts = status.split(".")
    if len(parts) != 3:
        return None
    if parts[0] == "2":
        return "delivered"
    return STATUS_REASON.get(f"X.{parts[1]}.{parts[2]}")


def _probe(name: str, t: str, by_status: str | None, command: str | None, temporary: bool = False) -> bool:
    if name == "userunknown":
        if by_status == "userunknown":
            return not any(_has(n, t) for n in _NOT_USERUNKNOWN)
        if by_status in ("suspend",) or command != "RCPT":
            return False
        return bool(_has(name, t))
    if name == "mailboxfull" and by_status == "systemfull":
        return False  # X.3.1/X.4.5: the server's disk, not the recipient's mailbox
    if name == "notaccept":
        return bool(_has(name, t))  # wording only: X.3.2 alone is too vague here
    if name == "hostunknown":
        if command in _BEFORE_RCPT or _sig("dns-trouble", t):
            return False
        if temporary:
            return False  # a domain that did not resolve this time (DNS error, retried): a network problem
        return by_status == name or bool(_has(name, t))
    if name == "blocked" and _sig("policy", t):
        return False
    if name == "filtered":
        if by_status == "suspend":
            return False
        if by_status == "filtered":
            return bool(_has("userunknown", t) or _has("filtered", t))
        if command in _BEFORE_DATA:
            return False
        return bool(_has("filtered", t) or _has("userunknown", t))
    if name == "rejected" and (_sig("policy", t) or _sig("unauthenticated", t)):
        return by_status == name
    if (name == "rejected" and command == "MAIL" and _sig("mail-refused", t)
            and not (_has("blocked", t) and "access denied" not in t)):
        return True
    if by_status == name:
        return True
    return bool(_has(name, t))


def classify(
    status: str | None,
    text: str | None,
    *,
    action: str = "failed",
    reply_code: str | None = None,
    diagnostic_type: str | None = None,
    command: str | None = None,
) -> str:
    """Decide one recipient's reason.

    First pass: the causes in a fixed order, each claiming the failure when the
    status code names it or the server's wording does (5.1.1 counts as an
    unknown user only when the wording names no other cause; an unknown-user
    wording without a code counts only for a refused RCPT, and after DATA it
    means a filter). Second pass: the status code's own cause, then wording for
    the remaining causes. Last: the class of the code, the kind of failure,
    "onhold" when there is text and "undefined" when there is none.
    """
    if action == "delivered" or (status or "").startswith("2."):
        return "delivered"
    t = rules.fold(text)
    by_status = reason_from_status(status)
    cmd = command.upper() if command else None
    if cmd is None and _sig("rcpt-stage", t):
        cmd = "RCPT"  # the reply quotes the command it answered ("SMTP:RCPT host", "RCPT TO response")
    dtype = (diagnostic_type or "").lower()
    lda = dtype == "x-unix" or (_sig("lda", t) and by_status != "mailboxfull" and _has("mailererror", t))
    if lda and not _has("mailboxfull", t) and not _has("emailtoolarge", t):
        return "mailererror"
    if t:
        # a generic code (X.Y.0) says little: the wording decides, the code is the fallback
        strong = None if (status or "").endswith(".0") else by_status
        for name in _FIRST:
            if _probe(name, t, strong, cmd, (status or reply_code or "")[:1] == "4"):
                return name
    elif by_status in _FIRST:
        return by_status
    if by_status == "networkerror" and _has("expired", t):
        return "expired"  # a connection failure was retried until the message expired: the text says which ended it
    if by_status and not (by_status == "hostunknown" and _sig("dns-trouble", t)):
        return by_status
    if t:
        for name in _SECOND:
            if _has(name, t):
                return name
    if status:
        subj = status.split(".")[1]
        if subj == "6":
            return "contenterror"
        if subj == "7":
            return "securityerror"
    if action == "delayed":
        return "expired"
    if cmd in ("HELO", "EHLO"):
        return "blocked"
    return "onhold" if t.strip() else "undefined"


def is_hard(reason: str, status: str | None, reply_code: str | None) -> bool:
    """Sisimai's hard-bounce rule: the address itself is bad."""
    if reason in HARD_REASONS:
        return True
    if reason == "notaccept":
        code = (status or reply_code or "5")[0]
        return code == "5"
    return False
