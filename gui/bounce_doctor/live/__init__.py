"""Live checks: DNS look-ups for what a bounce names, run only when the user asks.

Qt-free. Nothing here opens a socket until :func:`run` is called; dnspython and pyspf are
imported only then. :func:`plan` lists what :func:`run` would look up, for the consent text.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from ..engine.model import Report
from .model import Check, LiveResult, Planned
from .targets import Targets, find

__all__ = ["Check", "LiveResult", "Planned", "plan", "run", "to_json"]

MAX_PARALLEL = 8  # look-ups in flight at once


def _org(domain: str) -> str:
    from ..engine.headers import organisational_domain

    return organisational_domain(domain) or domain


def plan(report: Report, index: int | None = None, *, headers=None) -> tuple[Planned, ...]:
    """What would be queried for ``report`` (all recipients, or the one at ``index``). Pure: no network.

    ``headers``: the engine's headers analysis of the same message (``Examination.headers()``), when
    the caller has it: the sending hop's IP and the DKIM signatures come from it, and without it from nothing."""
    t = find(report, index, headers)
    out: list[Planned] = []
    for dom in t.domains:
        out.append(Planned("mx", dom, f"Whether {dom} exists and receives mail (its MX records)."))
        out.append(Planned("a", dom, f"If {dom} has no MX records: its own address (A and AAAA records), "
                                     f"where mail then goes."))
    for typed, suggested in t.typos:
        out.append(Planned("mx", suggested, f"Whether {suggested}, suggested for {typed}, receives mail."))
    if t.ip:
        from .blocklists import ZONE_OF

        for label, zone in t.blocklists:
            named = " (named in the bounce)" if label in t.named or zone not in ZONE_OF.values() else ""
            out.append(Planned("blocklist", _bl_name(t.ip, zone), f"Whether {t.ip} is listed on {label}{named}."))
    if t.spf_domain:
        what = f"whether {t.ip} may send for it" if t.ip else "what it says"
        out.append(Planned("spf", t.spf_domain, f"The SPF record of {t.spf_domain}, and {what} (with the look-ups "
                                                f"the record itself asks for, at most 10)."))
    if t.dmarc_domain:
        org = _org(t.dmarc_domain)
        out.append(Planned("dmarc", f"_dmarc.{t.dmarc_domain}", f"The DMARC record of {t.dmarc_domain}."))
        if org != t.dmarc_domain:
            out.append(Planned("dmarc", f"_dmarc.{org}", f"If none: the DMARC record of {org}."))
    for sel, dom in t.dkim:
        out.append(Planned("dkim", f"{sel}._domainkey.{dom}",
                           f"The DKIM key of {dom} for the selector {sel} the returned message was signed with."))
    return tuple(out)


def _bl_name(ip: str, zone: str) -> str:
    import ipaddress

    addr = ipaddress.ip_address(ip)
    labels = addr.reverse_pointer.split(".")[:-2]  # without in-addr.arpa / ip6.arpa
    return ".".join([*labels, zone])


def _tasks(t: Targets, r, timeout: float) -> list[Callable[[], Check]]:
    from . import queries

    tasks: list[Callable[[], Check]] = [lambda d=d: queries.mail_servers(r, d) for d in t.domains]
    tasks += [lambda s=s, ty=ty: queries.mail_servers(r, s, typed=ty) for ty, s in t.typos]
    if t.ip:
        tasks += [lambda lb=lb, z=z: queries.blocklist(r, t.ip, lb, z) for lb, z in t.blocklists]
    if t.spf_domain:
        from . import spfcheck

        tasks.append(lambda: spfcheck.check(r, t.spf_domain, t.ip, timeout))
    if t.dmarc_domain:
        tasks.append(lambda: queries.dmarc(r, t.dmarc_domain, _org(t.dmarc_domain)))
    tasks += [lambda s=s, d=d: queries.dkim(r, s, d) for s, d in t.dkim]
    return tasks


def run(report: Report, index: int | None = None, resolver: str | None = None, timeout: float = 3.0,
        *, headers=None) -> LiveResult:
    """Make the planned look-ups, ``timeout`` seconds each at most. ``resolver`` is "HOST[:PORT]",
    else the system's resolver. Never raises for the network: ``network_error`` says what failed."""
    from . import queries

    t = find(report, index, headers)
    try:
        r = queries.make_resolver(resolver, timeout)
    except ValueError as exc:
        return LiveResult(datetime.now(), (), f"The DNS server {resolver!r} is not usable ({exc}).")
    except queries.NetworkDownError as exc:
        return LiveResult(datetime.now(), (), _down(str(exc)))
    tasks = _tasks(t, r, timeout)
    checks: list[Check] = []
    down: str | None = None
    with ThreadPoolExecutor(max_workers=max(1, min(MAX_PARALLEL, len(tasks)))) as pool:
        futures = [pool.submit(task) for task in tasks]
        for f in futures:
            try:
                checks.append(f.result())
            except queries.NetworkDownError as exc:
                down = down or str(exc)
    if down is not None and not checks:
        return LiveResult(datetime.now(), (), _down(down))
    if checks and all(c.code.endswith((".timeout", ".temperror")) for c in checks):
        return LiveResult(datetime.now(), tuple(checks),
                          f"No DNS server answered within {timeout:g} s: the checks could not be made from this "
                          f"network now.")
    return LiveResult(datetime.now(), tuple(checks), None)


def _down(detail: str) -> str:
    return f"The checks could not be made: no DNS server can be reached from this computer ({detail})."


def to_json(result: LiveResult) -> list[dict]:
    """Per check: kind, the name queried, the answer, its meaning, and its code and status."""
    return [{"kind": c.kind, "name": c.name, "answer": c.answer, "meaning": c.meaning,
             "code": c.code, "status": c.status} for c in result.checks]
