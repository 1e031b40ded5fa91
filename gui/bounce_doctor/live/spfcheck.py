"""The SPF check: is the sending IP allowed by the sender's domain (RFC 7208 check_host)?

pyspf is the kept SPF library used here: small and focused, it evaluates check_host() for an IP
and a domain, which is exactly this question, counts the DNS lookups against RFC 7208's limit of
10 (§4.6.4), and makes its look-ups through dnspython. (checkdmarc reports on a domain's records
but does not answer for one IP, and brings much more with it.) Imported only when a check runs.
"""

from __future__ import annotations

import threading
import warnings

import dns.resolver
import spf

from .model import Check

_LOCK = threading.Lock()  # pyspf asks dnspython's default resolver: one SPF check at a time


def check(r: dns.resolver.Resolver, domain: str, ip: str | None, timeout: float) -> Check:
    with _LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pyspf calls dns.resolver.query()
        saved = dns.resolver.default_resolver
        dns.resolver.default_resolver = r
        try:
            if ip is None:
                return _record_only(domain, timeout)
            result, why = spf.check2(i=ip, s=f"postmaster@{domain}", h=domain, timeout=timeout, querytime=0)
        finally:
            dns.resolver.default_resolver = saved
    params = {"domain": domain, "ip": ip}
    name = domain
    answer = f"{result}: {why}" if why else result
    if result == "permerror" and "lookups" in why.lower():
        return Check("spf", name, answer, "spf.permerror_lookups", tuple(params.items()),
                     f"The SPF record of {domain} needs more than 10 DNS lookups (RFC 7208 §4.6.4): receivers "
                     f"treat it as broken, and SPF fails for every sender.", "problem")
    meaning, status = {
        "pass": (f"{ip} is allowed to send for {domain} by its SPF record.", "ok"),
        "fail": (f"{ip} is not allowed to send for {domain}: its SPF record ends in -all and does not list it.",
                 "problem"),
        "softfail": (f"{ip} is not listed in the SPF record of {domain} (~all): receivers treat the mail as "
                     f"suspicious.", "problem"),
        "neutral": (f"The SPF record of {domain} says nothing about {ip} (?all).", "unknown"),
        "none": (f"{domain} publishes no SPF record.", "problem"),
        "permerror": (f"The SPF record of {domain} is broken ({why}): SPF fails for every sender.", "problem"),
        "temperror": (f"The SPF record of {domain} could not be read now ({why}).", "unknown"),
    }.get(result, (f"SPF answered {result} for {ip} and {domain}.", "unknown"))
    return Check("spf", name, answer, f"spf.{result}", tuple(params.items()), meaning, status)


def _record_only(domain: str, timeout: float) -> Check:
    """No sending IP is known: show the record, without judging it."""
    q = spf.query(i="127.0.0.1", s=f"postmaster@{domain}", h=domain, timeout=timeout, querytime=0)
    try:
        record = q.dns_spf(domain)
    except spf.TempError as exc:
        return Check("spf", domain, str(exc), "spf.temperror", (("domain", domain),),
                     f"The SPF record of {domain} could not be read now.", "unknown")
    except spf.PermError as exc:
        return Check("spf", domain, str(exc), "spf.permerror", (("domain", domain),),
                     f"The SPF record of {domain} is broken ({exc.msg}).", "problem")
    if not record:
        return Check("spf", domain, "no SPF record", "spf.none", (("domain", domain),),
                     f"{domain} publishes no SPF record.", "problem")
    return Check("spf", domain, record, "spf.record", (("domain", domain),),
                 f"{domain} publishes an SPF record; the bounce names no sending IP to test against it.", "unknown")
