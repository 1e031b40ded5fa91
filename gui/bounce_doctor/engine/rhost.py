"""Provider tables: what a known mail provider's replies mean.

Large providers word their refusals (and sometimes number them) in their own
way; their documented meaning comes before the generic phrases in
``reasons.py``. A provider is recognised by the remote host's name (suffix),
by the recipient's domain (suffix), or, for providers that answer for many
domains, by a signature their replies carry (Google's "gsmtp" and help links).
Each table is a list of (pattern, reason), the first match winning; a pattern
is matched against the lower-cased reply with white space folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Provider:
    name: str
    hosts: tuple[str, ...]  # remote host name suffixes
    domains: tuple[str, ...]  # recipient domain suffixes
    rules: tuple[tuple[re.Pattern[str], str], ...]
    signature: re.Pattern[str] | None = None  # text that names the provider whatever the domain
    data_rules: tuple[tuple[re.Pattern[str], str], ...] = ()  # only for a refusal after DATA


def _rules(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), r) for p, r in pairs)


PROVIDERS: tuple[Provider, ...] = (
    Provider(
        "Google",
        ("aspmx.l.google.com", "gmail-smtp-in.l.google.com", "googlemail.com", ".google.com"),
        ("gmail.com", "googlemail.com"),
        _rules(
            (r"address couldn'?t be found|p=nosuchuser", "userunknown"),
            (r"account that you tried to reach is (?:disabled|inactive)|p=disableduser", "suspend"),
            (r"content presents a potential security issue", "policyviolation"),
            (r"multiple .{0,12}addresses in from", "notcompliantrfc"),
            (r"receiving mail at a rate|unusual rate of|p=ratelimited", "ratelimited"),
            (r"unauthenticated email|5\.7\.26", "authfailure"),
            (r"rejected due to spam classification|likely unsolicited mail", "spamdetected"),
        ),
        signature=re.compile(r"\bgsmtp\b|support\.google\.com/(?:mail|a)/|because the address couldn'?t be found"),
    ),
    Provider(
        "Microsoft",
        (".prod.outlook.com", ".protection.outlook.com", ".onmicrosoft.com", ".exchangelabs.com", ".hotmail.com",
         ".outlook.com"),
        ("hotmail.com", "outlook.com", "live.com", "msn.com"),
        _rules(
            (r"\b5\.7\.(?:6[0-4]\d)\b|banned sending ip", "blocked"),
            (r"\b5\.7\.(?:509|515)\b", "authfailure"),
            (r"recipient address rejected: access denied|\b5\.1\.10\b|recipient not found by smtp address lookup",
             "userunknown"),
            (r"\b5\.7\.708\b|\b5\.7\.750\b", "blocked"),
        ),
    ),
    Provider(
        "Yahoo/AOL",
        (".yahoodns.net", ".mail.aol.com", ".mx.aol.com"),
        ("yahoo.com", "yahoo.co.jp", "ymail.com", "aol.com", "aim.com"),
        _rules(
            (r"doesn'?t have a .{1,40} account|user (?:does not|doesn'?t) exist", "userunknown"),
            (r"mailbox (?:is )?(?:disabled|inactive)|account (?:is )?(?:disabled|inactive)", "suspend"),
            (r"not accepted for policy reasons", "policyviolation"),
        ),
    ),
    Provider(
        "Apple",
        (".mail.icloud.com", ".apple.com", ".me.com"),
        ("icloud.com", "me.com", "mac.com"),
        _rules(
            (r"user does not exist|no such user|unknown user", "userunknown"),
            (r"mailbox (?:is )?full|over quota", "mailboxfull"),
            (r"blocked .{0,40}reputation|poor reputation", "badreputation"),
        ),
    ),
    Provider(
        "Tencent",
        (".qq.com",),
        ("qq.com", "foxmail.com"),
        _rules(
            (r"mailbox not found|mailbox unavailable or access denied", "userunknown"),
            (r"frequency limited|too many (?:connections|messages)", "ratelimited"),
            (r"mail content denied|suspected spam|spam is not accepted", "spamdetected"),
            (r"mailbox is full|over quota", "mailboxfull"),
            (r"ip .{0,30}(?:rejected|blocked)|in (?:our|the) block ?list", "blocked"),
        ),
    ),
    Provider(
        "FrancePTT",
        (".laposte.net", ".orange.fr", ".wanadoo.fr"),
        ("laposte.net", "orange.fr", "wanadoo.fr"),
        _rules(
            (r"ip source bloquee|client host blocked", "blocked"),
            (r"trop de connexions|too many connections", "ratelimited"),
            (r"destinataire invalide|invalid recipient|adresse .{0,20}inconnue", "userunknown"),
            (r"boite .{0,20}pleine|mailbox (?:is )?full", "mailboxfull"),
        ),
    ),
    Provider(
        "GoDaddy",
        ("smtp.secureserver.net", "mailstore1.secureserver.net", ".secureserver.net"),
        (),
        _rules(
            (r"too many recipients|\bib60\d\b", "ratelimited"),
            (r"\bib705\b|virus", "virusdetected"),
        ),
    ),
    Provider(
        "Spectrum",
        ("charter.net", ".spectrum.net", ".charter.com"),
        ("charter.net", "spectrum.net"),
        _rules(
            (r"aup#\w{0,6}-?13\d\d\b", "ratelimited"),
            (r"aup#\w{0,6}-?10\d\d\b", "blocked"),
        ),
    ),
    Provider(
        "Mimecast",
        (".mimecast.com",),
        (),
        _rules(
            (r"mcspamsignature", "spamdetected"),
            (r"virus", "virusdetected"),
        ),
    ),
    Provider(
        "MessageLabs",
        (".messagelabs.com",),
        (),
        _rules(
            (r"\b553\b.{0,20}(?:sorry|invalid) .{0,40}(?:recipient|user)", "userunknown"),
            # its gateway's own refusal of an address it knows not: "542 <address> Rejected"
            (r"\b542 \S{1,254} rejected", "userunknown"),
        ),
    ),
    Provider(
        "KDDI",
        (".ezweb.ne.jp", "msmx.au.com"),
        ("ezweb.ne.jp", "au.com"),
        # au answers "550 : User unknown" (no address) when the recipient's filter refuses the sender,
        # "550 <address>: User unknown" when the address does not exist
        _rules((r">: user unknown", "userunknown"), (r"\b550 : user unknown", "filtered")),
    ),
    Provider(
        "NTT docomo",
        ("mfsmax.docomo.ne.jp", ".docomo.ne.jp"),
        ("docomo.ne.jp",),
        (),
        # docomo answers "unknown user" after DATA when the recipient's settings refuse the sender
        data_rules=_rules((r"unknown user|user unknown", "rejected")),
    ),
    Provider(
        "Zoho",
        ("smtpin.zoho.com", ".zoho.com", ".zoho.eu", ".zohomail.com"),
        ("zoho.com", "zohomail.com"),
        _rules(),
    ),
    Provider(
        "Cox",
        ("cox.net",),
        ("cox.net",),
        _rules(
            (r"\bcxbl\b", "blocked"),
            (r"\bcxdns\b", "requireptr"),
            (r"\bcxsndr\b", "rejected"),
            (r"\bcx(?:mxrt|cnct|thrt)\b", "ratelimited"),
        ),
    ),
    Provider(
        "Facebook",
        (".facebook.com",),
        (),
        _rules(
            (r"\brcp-p1\b", "userunknown"),
            (r"\bpol-p\d\b", "blocked"),
            (r"\bmsg-p1\b", "emailtoolarge"),
            (r"\bdns-p\d\b", "rejected"),
            (r"\bint-p\d\b", "systemerror"),
        ),
    ),
    Provider(
        "Cloudflare",
        (".mx.cloudflare.net",),
        (),
        _rules((r"upstream error", "systemerror")),
    ),
)


def _host(remote_mta: str | None) -> str:
    if not remote_mta:
        return ""
    return remote_mta.strip().split()[0].strip("[]()").rstrip(".").lower() if remote_mta.strip() else ""


@cache
def _suffix_forms(suffixes: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    bare = tuple(s.lstrip(".") for s in suffixes)
    return frozenset(bare), tuple("." + b for b in bare)


def _suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of ``suffixes`` or a host under one."""
    exact, dotted = _suffix_forms(suffixes)
    return name in exact or name.endswith(dotted)


def provider_for(remote_mta: str | None, address: str | None, text: str = "",
                 reporting_mta: str | None = None) -> Provider | None:
    """The provider whose table applies: by recipient domain, then remote host, then the
    reporting host (a provider's own gateway that wrote the bounce), then signature."""
    domain = (address or "").rpartition("@")[2].strip(" <>").lower()
    for p in PROVIDERS:
        if domain and _suffix(domain, p.domains):
            return p
    for host in (_host(remote_mta), _host(reporting_mta)):
        for p in PROVIDERS:
            if host and _suffix(host, p.hosts):
                return p
    t = text.lower()
    for p in PROVIDERS:
        if p.signature is not None and p.signature.search(t):
            return p
    return None


def provider_reason(text: str | None, *, remote_mta: str | None = None, address: str | None = None,
                    command: str | None = None, reporting_mta: str | None = None) -> str | None:
    """The reason a provider's table gives this reply, or None when no table knows it."""
    if not text:
        return None
    t = _SPACES.sub(" ", text.lower())
    p = provider_for(remote_mta, address, t, reporting_mta)
    if p is None:
        return None
    if (command or "").upper() == "DATA":
        for rx, reason in p.data_rules:
            if rx.search(t):
                return reason
    for rx, reason in p.rules:
        if rx.search(t):
            return reason
    return None
