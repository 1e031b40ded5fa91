"""Decide the reason for a failure, in sisimai's vocabulary.

The server's text decides first; the status code is strong evidence that the
text can override ("5.1.1 too many recipients this hour" is not an unknown
user). Provider tables (the catalog's vendor entries) come before these
generic phrases.
"""

from __future__ import annotations

import re

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

# enhanced status code -> reason (exact codes first, then by subject.detail)
STATUS_REASON = {
    "X.1.0": "userunknown",
    "X.1.1": "userunknown",
    "X.1.2": "hostunknown",
    "X.1.3": "userunknown",
    "X.1.4": "userunknown",
    "X.1.6": "hasmoved",
    "X.1.7": "rejected",
    "X.1.8": "rejected",
    "X.1.9": "systemerror",
    "X.1.10": "notaccept",
    "X.2.0": "filtered",
    "X.2.1": "suspend",
    "X.2.2": "mailboxfull",
    "X.2.3": "emailtoolarge",
    "X.2.4": "systemerror",
    "X.3.0": "systemerror",
    "X.3.1": "systemfull",
    "X.3.2": "notaccept",
    "X.3.3": "systemerror",
    "X.3.4": "emailtoolarge",
    "X.3.5": "systemerror",
    "X.4.0": "networkerror",
    "X.4.1": "networkerror",
    "X.4.2": "networkerror",
    "X.4.3": "systemerror",
    "X.4.4": "networkerror",
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
    "X.7.0": "securityerror",
    "X.7.1": "blocked",
    "X.7.2": "policyviolation",
    "X.7.3": "securityerror",
    "X.7.4": "securityerror",
    "X.7.5": "securityerror",
    "X.7.6": "securityerror",
    "X.7.7": "securityerror",
    "X.7.8": "securityerror",
    "X.7.9": "securityerror",
    "X.7.10": "securityerror",
    "X.7.11": "securityerror",
    "X.7.12": "securityerror",
    "X.7.13": "suspend",
    "X.7.14": "securityerror",
    "X.7.15": "policyviolation",
    "X.7.16": "emailtoolarge",
    "X.7.17": "hasmoved",
    "X.7.18": "hasmoved",
    "X.7.19": "securityerror",
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

# Phrases, checked in this order; the first that matches decides.
_PHRASES: list[tuple[str, str]] = [
    ("mailboxfull", r"mailbox (?:is )?full|over ?quota|quota exceeded|exceeded (?:the|his|her|their)? ?(?:storage|quota)|"
     r"mailbox size limit|insufficient (?:disk )?space|user has exceeded|disk quota|mail ?box (?:is )?over|"
     r"full mailbox|too much mail|mailfolder is full|would exceed|exceeds? (?:the )?(?:mailbox|storage) (?:size|quota)"),
    ("emailtoolarge", r"message (?:is )?too (?:large|big)|size (?:exceeds|limit)|exceeds? (?:the )?(?:maximum|size)|"
     r"message length exceeds|too large for|mesg too big|message size"),
    ("suspend", r"account (?:has been |is )?(?:disabled|suspended|inactive|locked|expired|deactivated)|"
     r"mailbox (?:is )?(?:disabled|inactive|suspended|not active|locked)|user (?:is )?(?:suspended|inactive|disabled)|"
     r"recipient (?:is )?(?:suspended|inactive)|inactive (?:user|account|mailbox)|mailbox unavailable.*disabled"),
    ("hasmoved", r"has moved|address has changed|no longer (?:valid|in use|available|with)|moved permanently"),
    ("norelaying", r"relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed)|not permitted to relay|"
     r"we do not relay|unable to relay|no relaying|relay not permitted|not allowed to relay|relay access"),
    ("authfailure", r"\bspf\b.{0,40}(?:fail|error|reject)|\bdkim\b.{0,40}(?:fail|invalid)|\bdmarc\b.{0,40}(?:fail|reject|policy)|"
     r"unauthenticated|not authenticated|authentication (?:check )?failed|sender is unauthenticated"),
    ("userunknown", r"user (?:is )?unknown|unknown (?:user|recipient|mailbox|local part|address)|no such (?:user|mailbox|recipient|address|account)|"
     r"(?:user|recipient|mailbox|address|account) (?:does not|doesn'?t) exist|does not exist|"
     r"recipient (?:address )?rejected|invalid (?:recipient|mailbox|address|user)|"
     r"mailbox (?:not found|unavailable|name not allowed)|not a valid (?:mailbox|user|recipient)|"
     r"recipient not found|user not found|address (?:not found|rejected|unknown)|unrouteable address|"
     r"no mailbox here|not our customer|bad destination mailbox|unknown address|account (?:does not|doesn'?t) exist|"
     r"is not a known user|invalid address|user not local|mailbox does not exist|unknown or illegal alias|"
     r"no such person|addressee unknown|not listed in|undeliverable address"),
    ("filtered", r"filtered|refused by (?:the )?recipient|rejected by (?:the )?recipient|content filter|"
     r"header (?:check|error)|due to (?:the )?(?:recipient|receiver)'?s? (?:policy|settings)"),
    ("requireptr", r"reverse (?:dns|lookup)|\bptr\b|no (?:rdns|reverse)|cannot find your hostname|"
     r"hostname (?:does not|doesn'?t) resolve|not have (?:a )?(?:valid )?reverse"),
    ("notcompliantrfc", r"not (?:rfc|rfc ?5322|rfc ?2822) compliant|rfc ?(?:5322|2822|822) violation|duplicate header|"
     r"multiple (?:subject|from|date|to) headers?|message (?:is )?not compliant"),
    ("badreputation", r"reputation|sender score|poor (?:sending )?history"),
    ("contenterror", r"(?:content|attachment|mime) (?:type )?(?:not allowed|rejected|error)|illegal attachment|"
     r"invalid mime|8-?bit"),
    ("rejected", r"sender (?:address )?(?:rejected|denied|refused|blocked|unknown|verify failed)|"
     r"domain of sender|sender domain|(?:mail from|envelope sender|return path).{0,30}(?:rejected|invalid|refused)|"
     r"bad sender|invalid sender|sender verification"),
    ("hostunknown", r"host (?:or domain name )?not found|host unknown|unknown host|domain (?:name )?(?:not found|does not exist|unknown)|"
     r"no such domain|unrouteable (?:mail )?domain|name service error|no mx|nxdomain|"
     r"domain (?:is )?not (?:valid|exist)|unknown domain|host not found|bad destination system|no route to host.{0,20}domain"),
    ("spamdetected", r"\bspam\b|junk mail|unsolicited|bulk mail|looks like spam|spam[- ]?(?:filter|score|content|detected)|"
     r"content (?:rejected|blocked)|message (?:content )?rejected"),
    ("ratelimited", r"too many (?:connections|messages|recipients|emails|mails|concurrent|sessions)|rate (?:limit|exceeded)|"
     r"rate-limited|ratelimit|sending (?:rate|limit)|throttl|slow down|try (?:again )?later.{0,20}(?:rate|limit)|"
     r"exceeded (?:the )?(?:rate|message|sending)"),
    ("blocked", r"blocked|blacklist|block ?list|denylist|\bdnsbl\b|\brbl\b|spamhaus|spamcop|barracuda|sorbs|"
     r"uceprotect|client host .{0,80}rejected|access denied|your ip|ip address|banned|refused to talk|"
     r"connection refused|not allowed to send|poor reputation"),
    ("virusdetected", r"virus|malware|infected|trojan|worm"),
    ("policyviolation", r"policy|prohibited|not allowed|forbidden"),
    ("systemerror", r"system error|internal (?:server )?error|local error|server error|temporary failure|"
     r"temporarily unavailable|service unavailable|try again later|loop detected|mail loop|too many hops|"
     r"routing loop"),
    ("networkerror", r"connection (?:timed out|reset|lost|closed)|timed? ?out|network (?:error|unreachable)|"
     r"no route|could not connect|unable to connect|lost connection|dns (?:error|failure)|name server"),
    ("systemfull", r"(?:disk|spool|system|storage) (?:is )?full|insufficient system storage|out of (?:disk|memory)"),
    ("notaccept", r"does not accept (?:mail|email)|not accepting (?:mail|messages)|null mx|no mail service|"
     r"accepts no mail"),
    ("expired", r"(?:message|delivery) (?:has )?expired|retry (?:time|timeout) (?:exceeded|expired)|"
     r"could not be delivered (?:with|within)|given up|gave up|giving up|too long in (?:the )?queue|"
     r"queue ?(?:time|lifetime)|undeliverable for|was not delivered for|unable to deliver.{0,40}(?:days|hours)"),
    ("failedstarttls", r"starttls|requiretls|\btls\b.{0,30}(?:required|fail)"),
    ("securityerror", r"authentication required|must (?:be )?authenticat|auth(?:entication)? (?:failed|required)|"
     r"not authorized|unauthorized|certificate"),
    ("suppressed", r"suppress(?:ed|ion) list|on (?:the|our) suppression"),
    ("mailererror", r"mailer error|command (?:died|failed)|exit (?:code|status)|pipe to|procmail|maildrop"),
]
_COMPILED = [(name, re.compile(p, re.I)) for name, p in _PHRASES]


def reason_from_text(text: str | None) -> str | None:
    """The reason a server's reply names, or None."""
    if not text:
        return None
    for name, pat in _COMPILED:
        if pat.search(text):
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


# reasons that a vague status code (X.0.0, X.Y.0, 4.7.0, 5.7.1 ...) should not overrule
_VAGUE = re.compile(r"^[245]\.(?:0\.0|\d\.0|7\.1|5\.\d|3\.\d|4\.7)$")


def classify(
    status: str | None,
    text: str | None,
    *,
    action: str = "failed",
    reply_code: str | None = None,
    diagnostic_type: str | None = None,
    command: str | None = None,
) -> str:
    """Decide one recipient's reason."""
    if action == "delivered" or (status or "").startswith("2."):
        return "delivered"
    by_text = reason_from_text(text)
    by_status = reason_from_status(status)
    if diagnostic_type and diagnostic_type.lower() == "x-unix" and not by_text:
        return "mailererror"
    if by_status and by_status not in ("blocked", "securityerror", "syntaxerror", "systemerror", "networkerror"):
        # a specific code wins unless the text clearly names something else
        if by_text and by_text != by_status and by_status == "userunknown" and by_text in (
            "ratelimited", "mailboxfull", "norelaying", "blocked", "hasmoved", "rejected", "notaccept", "suspend",
            "spamdetected", "policyviolation", "authfailure",
        ):
            return by_text
        if by_text and status and _VAGUE.match(status):
            return by_text
        return by_status
    if by_text:
        return by_text
    if by_status:
        return by_status
    if action == "delayed":
        return "expired"
    if command and command.upper() in ("HELO", "EHLO"):
        return "blocked"
    if reply_code and reply_code.startswith("5") and command and command.upper() in ("RCPT",):
        return "userunknown"
    return "onhold" if text and text.strip() else "undefined"


def is_hard(reason: str, status: str | None, reply_code: str | None) -> bool:
    """Sisimai's hard-bounce rule: the address itself is bad."""
    if reason in HARD_REASONS:
        return True
    if reason == "notaccept":
        code = (status or reply_code or "5")[0]
        return code == "5"
    return False
