"""The one decision per recipient: who acts, whether to resend, a corrected address, the steps.

Every output (the CLI's text, JSON and CSV, the window, the exports, the batch rows) reads
the :class:`Verdict` made here; none decides again. The order of evidence:

1. the outcome: a server that is still trying (a delay, or a warning) needs nobody yet;
   a final failure always names someone, and is resent only once the cause is gone;
2. the status class: a permanent (5) failure is never "resend later", a temporary (4)
   one always is;
3. the reason (decided before, from the enhanced code, the reply code, the vendor rule and
   the server's words; see ``reasons.py`` and ``rules.py``) gives the actor and the resend
   rule from ``resources/rules/reasons.toml``;
4. what the server names outranks the reason's actor: a blocklist, a stopped account, your
   own server asking for a login or refusing to relay, a sending quota;
5. a likely typo in the address makes it yours to fix, and a message forged in your name
   (backscatter) needs nothing from anyone.

The verdict holds keys, not sentences: ``advice.py`` words them in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import facts as ff
from . import rules
from .model import Facts, MessageKind, MessageVerdict, RecipientResult, Report, Span, Verdict
from .typos import is_known, org_domain, suggest_address

GENERIC_BLOCKLIST = "a DNS blocklist"  # the label of rules/verdict.toml's generic blocklist rule
_BLOCKED_USING = re.compile(r"blocked using ([A-Za-z0-9.-]+\.[A-Za-z]{2,})", re.I)
_MISUSE_WORDS = ("outbound", "5.7.50", "abuse", "banned", "quota", "sending", "compromis")
_WILL_RETRY = re.compile(r"will-retry-until", re.I)  # the RFC 3464 field


def _signal(name: str) -> re.Pattern[str]:
    """A signal of rules/verdict.toml (misuse, auth-required, ...) as a pattern for the bounce's text."""
    return rules.active().in_text(name)


_TYPO_REASONS = frozenset({"userunknown", "hostunknown", "notaccept"})
_TYPO_CODES = frozenset({"5.1.1", "5.1.2", "5.4.4", "5.1.10", "5.1.3", "5.4.0"})
_NOT_FOUND = re.compile(r"not found|unknown|does not exist|doesn't exist|no such|invalid|unrouteable|unroutable"
                        r"|name service error|nxdomain|no mx|couldn't find|could not find", re.I)
# the reasons with a sentence of what to fix (advice.FIX), and those that pass with time (advice.LATER)
FIXABLE = frozenset({"emailtoolarge", "contenterror", "notcompliantrfc", "virusdetected", "spamdetected",
                     "authfailure", "requireptr", "badreputation", "blocked", "rejected", "norelaying",
                     "securityerror", "policyviolation", "syntaxerror", "failedstarttls", "suppressed"})
PASSING = frozenset({"mailboxfull", "suspend", "systemfull", "systemerror", "mailererror", "networkerror",
                     "expired", "ratelimited", "filtered"})
SPECIAL_CASES = frozenset({"blocklist", "public-resolver", "misuse", "auth-required", "own-relay", "sending-quota",
                           "own-policy"})


reason_table = rules.reason_table


def reason_who(reason: str) -> str:
    return reason_table().get(reason, reason_table()["undefined"])["who"]


def reason_resend(reason: str) -> str:
    return reason_table().get(reason, reason_table()["undefined"])["resend"]


def _own_side(host: str | None, f: Facts) -> bool:
    """True when ``host`` belongs to the sender's domains."""
    if not host:
        return False
    org = org_domain(host)
    return bool(org) and org in {org_domain(d) for d in f.own_domains}


def _blocklist(r: RecipientResult, report: Report, f: Facts, index: int) -> tuple[str, Span | None] | None:
    """The blocklist the refusal names (rules/verdict.toml), in the reply or, for a single
    recipient, anywhere in the bounce's own text; with the line that names it."""
    diag = r.diagnostic or ""
    single = len(report.failed) <= 1
    ruleset = rules.active()
    anyone = ruleset.in_text("blocklist")  # every list's rule in one pattern: most bounces name none
    if not anyone.search(diag) and not (single and anyone.search(report.text, 0, f.report_end, low=f.head_lower)):
        return None
    for rule in ruleset.signal_rules("blocklist"):
        pat = rules.in_text((rule.match,))
        in_diag = pat.search(diag)
        if in_diag or (single and pat.search(report.text, 0, f.report_end, low=f.head_lower)):
            name = rule.label or GENERIC_BLOCKLIST
            span = ff.search(report, f, index, pat, f"blocklist: {name}")
            if name == GENERIC_BLOCKLIST:
                m = _BLOCKED_USING.search(diag if in_diag else report.text[span.start : span.end] if span else "")
                name = m.group(1).lower() if m else name
            return name, span
    return None


def _who(report: Report, f: Facts, index: int, r: RecipientResult,
         retrying: bool) -> tuple[str, str, Span | None, str | None]:
    """(who acts, why: the case, evidence, blocklist name)."""
    diag = r.diagnostic or ""
    if retrying:  # the server is still trying: whatever the cause, nobody has to act yet
        ev = (ff.search(report, f, index, _WILL_RETRY, "delayed")
              or ff.search(report, f, index, _signal("warning-only"), "delayed"))
        return "nobody", "retrying", ev or ff.default_evidence(report, index, "delayed"), None
    bl = _blocklist(r, report, f, index)
    if bl is not None:
        name, span = bl
        resolver = _signal("public-resolver")
        if resolver.search(diag) or resolver.search(report.text, 0, f.report_end, low=f.head_lower):
            return "recipient_admin", "public-resolver", span, name
        return "blocklist", "blocklist", span, name
    misuse, auth, relay, quota = (_signal(n) for n in ("misuse", "auth-required", "relay-denied", "sending-quota"))
    if misuse.search(diag):
        return "provider", "misuse", ff.search(report, f, index, misuse, "misuse"), None
    remote_own = _own_side(r.remote_mta, f) or not r.remote_mta
    if auth.search(diag) and remote_own:
        return "you", "auth-required", ff.search(report, f, index, auth, "authentication"), None
    if (relay.search(diag) or r.reason == "norelaying") and remote_own:
        span = ff.search(report, f, index, relay, "relay") or ff.default_evidence(report, index, "relay")
        return "provider", "own-relay", span, None
    if quota.search(diag) and remote_own:
        return "you", "sending-quota", ff.search(report, f, index, quota, "quota"), None
    if r.remote_mta and _own_side(r.remote_mta, f) and (r.status or "").startswith("5.7"):
        # the refusal's own words (a 5.7 reply), not the line naming the server that gave it
        return "provider", "own-policy", ff.default_evidence(report, index, "own"), None
    who = reason_who(r.reason)
    return who, "reason", ff.default_evidence(report, index, f"who: {who}"), None


def _typo(report: Report, f: Facts, r: RecipientResult) -> tuple[str, tuple[str, str, str]] | None:
    if r.action != "failed":
        return None
    status = r.status or ""
    applies = (r.reason in _TYPO_REASONS or status in _TYPO_CODES
               or (r.reply_code == "550" and _NOT_FOUND.search(r.diagnostic or "")))
    if not applies:
        return None
    dom = ff.domain(r.address)
    if not dom or is_known(dom):
        return None
    # the recipient's MX answered that the user is unknown: the domain is real
    if r.remote_mta and r.reason == "userunknown" and not _own_side(r.remote_mta, f):
        return None
    s = suggest_address(r.address, f.own_domains)
    if s is None:
        return None
    return s.address, (s.typed, s.domain, s.why)


def _retrying(report: Report, f: Facts, index: int, r: RecipientResult) -> tuple[bool, Span | None]:
    """Whether the server is still trying for this recipient, and the line that says so."""
    warning = _signal("warning-only").search(report.text, 0, f.report_end, low=f.head_lower) if (
        "warning" in f.head_lower or "resend" in f.head_lower or "delay" in f.head_lower or "try" in f.head_lower
    ) else None
    if not (r.action == "delayed" or (warning and report.kind == MessageKind.DELAY)):
        return False, None
    span = ff.search(report, f, index, _WILL_RETRY, "will-retry-until")
    if span is None and warning:
        span = ff.line_span(report.text, warning.start(), warning.end(), index, "warning only")
    return True, span


def _resend(report: Report, f: Facts, index: int, r: RecipientResult, who: str, case: str,
            suggestion: str | None) -> tuple[str, str, Span | None, str | None]:
    """(resend, why: the case, evidence, what to fix)."""
    if suggestion:
        return "after_fix", "typo", None, None
    if r.hard_bounce or (r.reason in ("userunknown", "hostunknown", "hasmoved") and r.permanent is not False):
        return "no", "hard", ff.default_evidence(report, index, "hard bounce"), None
    fix = r.reason if r.reason in FIXABLE else None
    if case == "blocklist":
        fix = "blocklist"
    elif who == "provider" and not fix:
        fix = "provider"
    final = _signal("no-retry")
    no_retry = ff.search(report, f, index, final, "no retry") if final.search(r.diagnostic or "") else None
    if no_retry is not None:
        return "after_fix", "no-retry", no_retry, fix
    if r.permanent is False or case == "sending-quota":
        return "later", "later", None, None  # a temporary failure: it may pass by itself
    if fix:
        return "after_fix", "fix", None, fix
    if r.reason in PASSING:
        return "after_fix", "when", None, None  # permanent, but the cause can go away (a full mailbox)
    return "after_fix", "plain", None, None


def _steps(r: RecipientResult, who_case: str, retrying: bool) -> str:
    """The catalog key of the steps written for this verdict: the playbook's entry for the delay, the
    case or the reason (resources/catalog/playbook.toml), or a vendor entry's own steps when that
    vendor's refusal is what the verdict rests on. A code's general entry describes the code for
    every class and actor, so it explains the code ("What it means") but does not give the steps."""
    if retrying:
        return "playbook:delayed"
    if who_case in SPECIAL_CASES:
        return f"playbook:case:{who_case}"
    if who_case == "typo":  # the address looks mistyped: the steps for a wrong address, written for you
        return f"playbook:reason:{r.reason if r.reason in _TYPO_REASONS else 'hostunknown'}"
    e = r.explanation.best
    if e is not None and e.kind == "vendor" and e.reason == r.reason and who_case == "reason":
        return e.key
    return f"playbook:reason:{r.reason}"


def _decide_one(report: Report, f: Facts, index: int, r: RecipientResult) -> Verdict:
    retrying, retry_span = _retrying(report, f, index, r)
    who, case, evidence, bl = _who(report, f, index, r, retrying)
    typo = None if retrying else _typo(report, f, r)
    if typo and who != "you":
        who, case = "you", "typo"  # the address looks mistyped: only the sender can correct it
    decided = [f"who:{case}"]
    if retrying:
        resend, rcase, rev, fix = "not_needed", "retrying", retry_span, None
    else:
        resend, rcase, rev, fix = _resend(report, f, index, r, who, case, typo[0] if typo else None)
    decided.append(f"resend:{rcase}")
    return Verdict(
        index=index, address=r.address, reason=r.reason, permanent=False if retrying else r.permanent,
        retrying=retrying, hard_bounce=r.hard_bounce and not retrying, who=who, who_case=case,
        who_evidence=evidence, resend=resend, resend_case=rcase, resend_evidence=rev, fix=fix,
        suggestion=typo[0] if typo else None, suggestion_why=typo[1] if typo else None, blocklist=bl,
        steps=_steps(r, case, retrying), decided_by=tuple(decided),
    )


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


def _backscatter(report: Report, f: Facts) -> tuple[bool | None, tuple[tuple[str, tuple[tuple[str, str], ...]], ...]]:
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
    you_org = org_domain(ff.domain(you))
    foreign: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    mine = 0
    frm = ff.addr(next((h.value for h in f.original if h.name.lower() == "from"), None))
    from_differs = bool(frm) and org_domain(ff.domain(frm)) != you_org
    if from_differs:
        foreign.append(("from", (("sender", frm or ""), ("you", you))))
    mid = next((h.value for h in f.original if h.name.lower() == "message-id"), None)
    if mid and "@" in mid:
        mid_org = org_domain(mid.rpartition("@")[2].strip(" <>"))
        if mid_org == you_org:
            mine += 1
        elif mid_org and mid_org not in _NEUTRAL_ID_DOMAINS:
            foreign.append(("message-id", (("id", mid), ("domain", mid_org), ("own", you_org))))
    received = [h.value for h in f.original if h.name.lower() == "received"]
    m = re.search(r"\bby\s+([A-Za-z0-9.-]+\.[A-Za-z]{2,})", received[-1]) if received else None
    if m:
        by_org = org_domain(m.group(1))
        if by_org == you_org:
            mine += 1
        elif by_org not in _NEUTRAL_ID_DOMAINS:
            foreign.append(("received", (("server", m.group(1)), ("own", you_org))))
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
    misuse = _signal("misuse")
    for i, r in enumerate(report.recipients):
        diag = r.diagnostic or ""
        if misuse.search(diag) or (r.status == "5.1.8" and re.search(r"outbound", diag, re.I)):
            return True, ff.search(report, f, i, misuse, "misuse") or ff.default_evidence(report, i, "misuse")
    m = misuse.search(report.text, 0, f.report_end, low=f.head_lower) if any(w in f.head_lower for w in _MISUSE_WORDS) else None
    if m:
        return True, ff.line_span(report.text, m.start(), m.end(), -1, "misuse")
    return False, None


def decide(report: Report) -> MessageVerdict:
    """The verdict for every recipient of ``report``, and for the message as a whole."""
    f = ff.facts(report)
    answering = report.kind in (MessageKind.BOUNCE, MessageKind.DELAY)
    out: list[Verdict | None] = [
        _decide_one(report, f, i, r) if answering and r.action in ("failed", "delayed") else None
        for i, r in enumerate(report.recipients)
    ]
    backscatter, signs = _backscatter(report, f)
    misuse, mev = _misuse(report, f)
    if misuse:
        backscatter, signs = False, ()
    elif backscatter:  # nothing to fix or resend for a message you did not send
        out = [replace(v, who="nobody", who_case="backscatter", resend="not_needed", resend_case="backscatter",
                       resend_evidence=None, suggestion=None, suggestion_why=None, fix=None,
                       steps="playbook:case:backscatter", decided_by=(*v.decided_by, "backscatter"))
               if v is not None else None for v in out]
    return MessageVerdict(tuple(out), f, backscatter, signs, misuse, mev)



def for_code(code: str, reason: str) -> tuple[str, str] | None:
    """Who acts and whether to resend for a code read on its own (the code reference), from the
    same table the verdict uses. A success (2.x.x, 2xx) is ``("nobody", "delivered")``: nothing to
    do; a temporary code that names no reason is ``("nobody", "not_needed")``: the server keeps
    trying; None when another code names no reason (it depends on the rest of the code)."""
    cls = code[:1]
    if cls == "2":
        return "nobody", "delivered"
    if not reason or reason not in reason_table():
        return ("nobody", "not_needed") if cls == "4" else None
    who = reason_who(reason)
    resend = reason_resend(reason)
    if cls == "4":
        resend = "later"
    elif cls == "5" and resend == "later":
        resend = "after_fix"
    return who, resend
