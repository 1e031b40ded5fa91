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

# How servers word each cause. Matched against the lower-cased reply with
# runs of white space folded to one space.
_WORDS: dict[str, str] = {
    "mailboxfull": (
        r"mailbox (?:is )?full|mailbox full|over ?quota|quota (?:exceeded|full)|exceeded (?:the |his |her |their )?"
        r"(?:storage|quota|mailbox)|mailbox size limit|insufficient (?:disk )?space|user has exceeded|disk quota|"
        r"mail ?box (?:is )?over|full mailbox|mailfolder is full|would exceed (?:the )?(?:mailbox|quota)|"
        r"exceeds? (?:the )?(?:mailbox|storage|disk) (?:size|quota)|mailbox (?:has )?exceeded|"
        r"account is (?:over|full)|not enough (?:storage|space)|is over (?:the )?(?:allowed )?quota|"
        r"no space left|mailbox limit|storage limit|size of the mailbox|too much mail data|"
        r"recipient'?s? mailbox is full|inbox is full|account is full|user'?s? mailbox is full"
    ),
    "emailtoolarge": (
        r"message (?:is )?too (?:large|big)|message size (?:exceeds|too|limit)|size (?:exceeds|limit exceeded)|"
        r"exceeds? (?:the )?(?:maximum|max) (?:message )?size|message length exceeds|too large for|mesg too big|"
        r"message (?:file )?too big|maximum message size|size limit|message exceeds|line too long|"
        r"exceeded (?:the )?(?:maximum )?(?:message )?size|email (?:is )?too large"
    ),
    "suspend": (
        r"account (?:has been |is |was )?(?:disabled|suspended|inactive|locked|expired|deactivated|frozen|blocked)|"
        r"mailbox (?:is |has been )?(?:disabled|inactive|suspended|not active|locked|frozen)|"
        r"user (?:is |has been )?(?:suspended|inactive|disabled)|recipient (?:is |has been )?(?:suspended|inactive|disabled)|"
        r"inactive (?:user|account|mailbox|recipient)|temporary locked|temporarily locked|"
        r"(?:user|account|mailbox) (?:is )?(?:currently )?unavailable due to|service (?:is )?suspended|"
        r"is a deactivated mailbox|has been disabled|boite du destinataire archivee|not an active|"
        r"account that you tried to reach is disabled"
    ),
    "hasmoved": r"has moved|address has changed|moved permanently|user has moved|changed (?:his|her|their) e-?mail address",
    "norelaying": (
        r"relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed|refused)|not permitted to relay|"
        r"we do not relay|unable to relay|no relaying|relay not permitted|not allowed to relay|relay access|"
        r"not configured to relay|relaying (?:is )?(?:not allowed|denied|disallowed)|not a gateway|"
        r"relay (?:is )?not allowed|cannot relay|can'?t relay|does not relay|is not permitted to relay|"
        r"email address is not verified|insecure (?:mail )?relay"
    ),
    "authfailure": (
        r"\bspf\b.{0,60}(?:fail|error|reject|invalid|not pass)|(?:fail|failed|invalid|bad)\b.{0,30}\bspf\b|"
        r"\bdkim\b.{0,40}(?:fail|invalid|not pass)|\bdmarc\b.{0,60}(?:fail|reject|policy)|"
        r"per it'?s spf|sender policy framework|authentication information|"
        r"does not pass (?:spf|dkim|dmarc)|is not authorized to send|not designated.{0,30}permitted sender|"
        r"unauthenticated email|5\.7\.26|doesn'?t meet the required authentication"
    ),
    "userunknown": (
        r"user (?:is )?unknown|unknown (?:user|recipient|mailbox|local ?part|address|e-?mail address|account)|"
        r"no such (?:user|mailbox|recipient|address|account|local user|person)|"
        r"(?:user|recipient|mailbox|address|account|addressee) (?:does not|doesn'?t|did not) exist|"
        r"(?:user|recipient|mailbox|address|account|addressee) (?:was )?not (?:found|exist|known|valid)|"
        r"(?:user|recipient|mailbox) not exist|"
        r"invalid (?:recipient|mailbox|address|user|e-?mail address)|"
        r"mailbox (?:not found|unavailable|name not allowed|does not exist|is not available)|"
        r"not a valid (?:mailbox|user|recipient)|recipient not found|user not found|address (?:not found|unknown)|"
        r"no mailbox here|not our customer|bad destination mailbox|account (?:does not|doesn'?t) exist|"
        r"is not a known user|user not local|unknown or illegal alias|addressee unknown|undeliverable address|"
        r"doesn'?t have an? .{1,60}account|no account by that name|invalid final delivery userid|"
        r"recipient address rejected(?:\.|$|: (?:user unknown|unknown user|no such user|invalid (?:user|recipient)|access denied))|"
        r"address couldn'?t be found|account that you tried to reach does not exist|"
        r"no valid recipients|not listed in (?:the )?(?:domain|directory|address)|unknown local part|"
        r"said: 550 .{0,60}user unknown|destination (?:address|mailbox) (?:is )?(?:unknown|invalid)|"
        r"recipient (?:is )?not (?:found|valid|known|local)|no such e-?mail|there is no (?:such )?(?:user|mailbox|one)|"
        r"user doesn'?t exist|mailbox unknown|this address no longer accepts mail|address does not exist|"
        r"unknown e-?mail|cannot find (?:the )?(?:user|recipient|mailbox)|could not find (?:the )?recipient"
    ),
    "filtered": (
        r"refused by (?:the )?recipient|rejected by (?:the )?recipient|content filter|header check|"
        r"due to (?:the )?(?:recipient|receiver)'?s? (?:policy|settings)|filtered|"
        r"because of the recipient'?s settings|domain filter|is not accepting (?:mail|messages) from you|"
        r"this message was rejected|not allowed to send to this recipient"
    ),
    "requireptr": (
        r"reverse (?:dns|lookup)|\bptr\b|no (?:rdns|reverse)|cannot find your hostname|"
        r"hostname (?:does not|doesn'?t) resolve|not have (?:a )?(?:valid )?reverse|invalid rdns|\brdns\b|"
        r"ip name lookup failed|(?:client|sender) (?:host|ip) .{0,40}(?:does not|doesn'?t) resolve|"
        r"mismatches client ip|unverifiable sending ip|unverifyable sending ip|reverse address|"
        r"can'?t resolve (?:your|the) (?:host|ip)|no dns (?:name|record) for your|"
        r"(?:does not|doesn'?t) have (?:a )?hostname|dns reverse"
    ),
    "notcompliantrfc": (
        r"not (?:rfc|rfc ?5322|rfc ?2822|rfc ?822) compliant|rfc ?(?:5322|2822|822) (?:violation|compliant)|"
        r"duplicate header|multiple (?:subject|from|date|to|message-id) (?:headers?|fields?)|"
        r"message (?:is )?not (?:rfc )?compliant|multiple .{0,12}addresses in from|"
        r"not compliant with rfc|violat(?:es|ion of) rfc|missing (?:a )?(?:date|from|message-id) header|"
        r"header (?:is )?(?:malformed|invalid)|malformed (?:header|message)"
    ),
    "badreputation": (
        r"reputation|sender score|poor (?:sending )?history|low reputation|"
        r"temporarily deferred due to unexpected volume or user complaints|ip (?:address )?has a poor"
    ),
    "contenterror": (
        r"(?:content[- ]type|attachment|mime|media) (?:type )?(?:not allowed|rejected|error|not supported)|"
        r"illegal attachment|invalid mime|media error|message contains (?:bare|invalid|illegal)|"
        r"bare (?:cr|lf|line ?feed)|8-?bit (?:data|characters?) (?:not allowed|rejected)|improper use of 8-bit"
    ),
    "rejected": (
        r"sender (?:address )?(?:rejected|denied|refused|blocked|unknown|verify failed|invalid)|"
        r"domain of sender|sender domain|(?:mail ?from|envelope sender|return.path|envelope from).{0,40}"
        r"(?:rejected|invalid|refused|not allowed|denied|listed|unknown)|"
        r"bad sender|invalid sender|sender verification|sender (?:is )?not (?:allowed|accepted|permitted)|"
        r"from: domain is invalid|determine purported responsible address|"
        r"sending to/from an address|"
        r"mailfrom domain|sender .{0,30}(?:does not exist|not exist|is unknown)|"
        r"rejected by (?:the )?(?:destination|recipient) domain|all recipient addresses rejected|"
        r"not accept(?:ing)? (?:mail|messages) from (?:this|your) (?:address|sender|domain)|"
        r"unverified sender|sender .{0,20}blacklisted|your (?:e-?mail )?address (?:has been )?(?:blocked|blacklisted)|"
        r"only members can post|posting (?:is )?(?:restricted|not allowed)|don'?t have permission to post|"
        r"not (?:a )?member|permission to post"
    ),
    "hostunknown": (
        r"host (?:or domain name )?not found|host unknown|unknown host|domain (?:name )?(?:not found|does not exist|unknown)|"
        r"no such domain|unrouteable (?:mail )?(?:domain|address)|domain may not exist|domain (?:is )?not (?:valid|exist|found)|unknown domain|"
        r"bad destination system|invalid domain|domain (?:is )?not reachable|domain (?:must|does) not exist|"
        r"domain (?:name )?(?:is )?invalid|no such host|nonexistent domain|recipient domain .{0,20}(?:invalid|unknown)|"
        r"does not exist\b(?!.{0,20}user)|unknown mail domain|\bhost [\w-]{1,63}(?:\.[\w-]{1,63}){1,10} not found\b"
    ),
    "spamdetected": (
        r"\bspam\b|junk mail|unsolicited|bulk (?:e-?)?mail|\bube\b|message content rejected|"
        r"content (?:rejected|blocked)|spam ?(?:filter|score|content|detected|signature)|looks like spam|"
        r"classified as (?:spam|junk)|suspicious (?:content|message)|blacklisted url|rejected as spam|"
        r"message (?:was )?(?:rejected|blocked) (?:for|due to|because of|as) (?:spam|content)|mail rejete|"
        r"mcspamsignature|appears to be (?:spam|unsolicited)|(?:high|bad) (?:spam )?score"
    ),
    "ratelimited": (
        r"too many (?:connections|messages|emails|mails|concurrent|sessions|smtp sessions|recipients)|"
        r"rate (?:limit|exceeded|of)|rate-limit|ratelimit|sending rate|throttl|slow down|"
        r"receiving mail at a rate|frequency limited|connection limit|exceeded (?:the )?(?:rate|sending|connection)|"
        r"temporarily (?:rate|deferred) |try to reduce|too fast|limit (?:of|on) (?:connections|messages)"
    ),
    "blocked": (
        r"blocked|blacklist|block ?list|denylist|\bdnsbl\b|\brbl\b|spamhaus|spamcop|barracuda|sorbs|"
        r"uceprotect|client host .{0,80}rejected|your ip|ip address|banned|refused to talk|"
        r"not allowed to send|use the smtp server of your isp|connection refused|"
        r"(?:ip|host|client|network) .{0,40}(?:is )?(?:listed|blocked|rejected|denied)|\(bl\)|"
        r"has been temporarily (?:rate limited|blocked)|your (?:host|server) .{0,30}(?:rejected|denied)|"
        r"not accepting connections|my name was rejected|rejected (?:the )?helo|invalid (?:helo|ehlo)|"
        r"access denied|service refused|dial-?up|dynamic ip|residential|which is an open relay"
    ),
    "virusdetected": r"virus|malware|infected|trojan|\bworm\b|malicious",
    "policyviolation": (
        r"policy (?:violation|reasons|rejection)|for policy reasons|rejected for policy|by policy|header error|"
        r"organization policy|security policies|blocked because its content|content presents a potential|"
        r"prohibited|not allowed by|protocol violation|closed mailing list|"
        r"(?:contains|has) .{0,20}(?:prohibited|forbidden)|message given low priority"
    ),
    "systemerror": (
        r"system error|internal (?:server )?error|local error|server error|"
        r"temporarily unavailable|service (?:currently )?unavailable|transaction failed|could not load|resources temporarily unavailable|"
        r"local configuration error|unable to deliver message after multiple retries|mail system problem|"
        r"server (?:is )?(?:busy|overloaded)|not available|unavailable"
    ),
    "networkerror": (
        r"connection (?:timed out|reset|lost|closed|dropped)|timed out|(?<!retry )time-?out|network (?:error|unreachable)|"
        r"no route|could not connect|unable to connect|lost connection|dns (?:error|failure|lookup)|"
        r"name service error|malformed or unexpected name server reply|host not found, try again|"
        r"could not be resolved|dns query failed|temporary lookup failure|"
        r"loop detected|mail loop|too many hops|hop count|routing loop"
    ),
    "systemfull": (
        r"(?:disk|spool|system|storage|queue) (?:is )?full|insufficient system storage|out of (?:disk|memory)|"
        r"mail system full|not enough disk"
    ),
    "notaccept": (
        r"does not accept (?:mail|email)|not accepting (?:mail|e-?mail)|null mx|no mail service|"
        r"accepts no mail|no smtp service|doesn'?t receive email|couldn'?t find a mail exchanger|"
        r"no mx record|does not receive mail|mail exchanger or ip address"
    ),
    "expired": (
        r"(?:message|delivery|envelope) (?:has )?expired|retry (?:time|timeout) (?:exceeded|expired)|"
        r"could not be delivered (?:with|within)|gave up|giving up|too long in (?:the )?queue|"
        r"in the queue too long|queue ?(?:time|lifetime)|undeliverable for|was not delivered for|"
        r"unable to deliver.{0,40}(?:days|hours)|failing for a long time|delivery attempts? .{0,20}(?:exceeded|failed)|"
        r"delivery failed \d+ attempts|could not find a gateway|delivery time expired|message timeout|"
        r"has not been delivered for|retry limit|maximum delivery attempts|not delivered within"
    ),
    "failedstarttls": r"starttls|(?:not support|support for) tls|requiretls|\btls\b.{0,30}(?:required|fail|must)|must issue a starttls",
    "securityerror": (
        r"authentication required|must (?:be )?authenticat|auth(?:entication)? (?:failed|required|is required)|"
        r"not authorized|unauthorized|certificate|unauthenticated|smtp authentication|"
        r"authenticate first|sender is not authenticated|authentication credentials invalid"
    ),
    "suppressed": r"suppress(?:ed|ion) list|on (?:the|our|an account-level) suppression|address is suppressed",
    "mailererror": (
        r"mailer error|command (?:died|failed)|exit (?:code|status)|pipe to |procmail|maildrop|"
        r"unknown mailer error|x-unix|couldn'?t create|cannot (?:open|create) .{0,40}mailbox"
    ),
    "syntaxerror": (
        r"syntax error|command (?:not recognized|unrecognized|not implemented)|parameter not implemented|"
        r"bad sequence of commands|unrecognized command|line too long"
    ),
}
_RX = {name: re.compile(p) for name, p in _WORDS.items()}

# the first pass: each cause probes in this order; a status code naming it or
# its wording makes it win (with the exceptions below)
_FIRST = ("mailboxfull", "emailtoolarge", "suspend", "hasmoved", "norelaying", "authfailure", "userunknown",
          "filtered", "requireptr", "notcompliantrfc", "badreputation", "contenterror", "rejected", "notaccept",
          "hostunknown",
          "spamdetected", "ratelimited", "blocked")
# the second pass, when the first found nothing: wording only
_SECOND = ("mailboxfull", "authfailure", "badreputation", "ratelimited", "spamdetected", "virusdetected",
           "policyviolation", "norelaying", "systemerror", "networkerror", "suspend", "contenterror", "systemfull",
           "notaccept", "expired", "failedstarttls", "securityerror", "suppressed", "mailererror", "syntaxerror")
# wording that keeps a 5.1.1 from meaning "no such user"
_NOT_USERUNKNOWN = ("norelaying", "blocked", "mailboxfull", "hasmoved", "rejected", "notaccept", "ratelimited")
_BEFORE_DATA = frozenset({"CONN", "EHLO", "HELO", "MAIL", "RCPT"})
# before any recipient was named: a refusal there is not about the recipient
_BEFORE_RCPT = frozenset({"CONN", "EHLO", "HELO", "MAIL"})
# a lookup that failed this time ("try again", a malformed reply): the DNS, not the domain
_DNS_TROUBLE = re.compile(r"host not found, try again|malformed or unexpected name server reply|"
                          r"temporary (?:dns|lookup) failure|dns (?:error|failure|timeout)|servfail")
# wording that names a policy or a security rule, which outranks the block and sender probes
_POLICY = re.compile(r"for policy reasons|policy violation|content presents a potential|violates? (?:our|the) policy")
_UNAUTH = re.compile(r"unauthenticated|authentication (?:is )?required|must (?:be )?authenticat")

_SPACES = re.compile(r"\s+")
_RCPT = re.compile(r"\brcpt\b|recipient address rejected")  # postfix says the latter only at RCPT
_MAIL_REFUSED = re.compile(r"access denied|not allowed|rejected|refused|denied")
_LDA = re.compile(r"procmail|maildrop|mail\.local|dovecot|vpopmail|vmailmgr|lda\b|deliver(?:ing)? to (?:a )?(?:command|pipe|file)")


def reason_from_text(text: str | None) -> str | None:
    """The first cause the wording of a reply names, or None."""
    if not text:
        return None
    t = _SPACES.sub(" ", text.lower())
    for name in _FIRST + _SECOND:
        if name in _RX and _RX[name].search(t):
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
            return not any(_RX[n].search(t) for n in _NOT_USERUNKNOWN)
        if by_status in ("suspend",) or command != "RCPT":
            return False
        return bool(_RX[name].search(t))
    if name == "mailboxfull" and by_status == "systemfull":
        return False  # X.3.1/X.4.5: the server's disk, not the recipient's mailbox
    if name == "notaccept":
        return bool(_RX[name].search(t))  # wording only: X.3.2 alone is too vague here
    if name == "hostunknown":
        if command in _BEFORE_RCPT or _DNS_TROUBLE.search(t):
            return False
        if temporary:
            return False  # a domain that did not resolve this time (DNS error, retried): a network problem
        return by_status == name or bool(_RX[name].search(t))
    if name == "blocked" and _POLICY.search(t):
        return False
    if name == "filtered":
        if by_status == "suspend":
            return False
        if by_status == "filtered":
            return bool(_RX["userunknown"].search(t) or _RX["filtered"].search(t))
        if command in _BEFORE_DATA:
            return False
        return bool(_RX["filtered"].search(t) or _RX["userunknown"].search(t))
    if name == "rejected" and (_POLICY.search(t) or _UNAUTH.search(t)):
        return by_status == name
    if (name == "rejected" and command == "MAIL" and _MAIL_REFUSED.search(t)
            and not (_RX["blocked"].search(t) and "access denied" not in t)):
        return True
    if by_status == name:
        return True
    return bool(_RX[name].search(t))


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
    t = _SPACES.sub(" ", (text or "").lower())
    by_status = reason_from_status(status)
    cmd = command.upper() if command else None
    if cmd is None and _RCPT.search(t):
        cmd = "RCPT"  # the reply quotes the command it answered ("SMTP:RCPT host", "RCPT TO response")
    dtype = (diagnostic_type or "").lower()
    lda = dtype == "x-unix" or (_LDA.search(t) and by_status != "mailboxfull" and _RX["mailererror"].search(t))
    if lda and not _RX["mailboxfull"].search(t) and not _RX["emailtoolarge"].search(t):
        return "mailererror"
    if t:
        # a generic code (X.Y.0) says little: the wording decides, the code is the fallback
        strong = None if (status or "").endswith(".0") else by_status
        for name in _FIRST:
            if _probe(name, t, strong, cmd, (status or reply_code or "")[:1] == "4"):
                return name
    elif by_status in _FIRST:
        return by_status
    if by_status == "networkerror" and _RX["expired"].search(t):
        return "expired"  # a connection failure was retried until the message expired: the text says which ended it
    if by_status and not (by_status == "hostunknown" and _DNS_TROUBLE.search(t)):
        return by_status
    if t:
        for name in _SECOND:
            if _RX[name].search(t):
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
