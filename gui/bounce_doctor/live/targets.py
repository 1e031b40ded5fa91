"""What a bounce names that can be checked live: domains, an IP, blocklists, the sender's records.

Pure: reads the Report (and the headers analysis of the same message, when given); no network.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from ..engine.headers import AUTH_STATUSES, HeaderAnalysis, normalise_ip
from ..engine.model import Report
from . import blocklists

BLOCK_REASONS = frozenset({"blocked", "spamdetected", "badreputation"})
_IP = re.compile(r"(\S?)\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]|(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")
_CLIENT_IP = re.compile(r"client-ip=([0-9A-Fa-f:.]{2,45})", re.I)
# never worth a blocklist or SPF query: this computer, the local network, shared address space
_LOCAL = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "::1/128", "fc00::/7", "fe80::/10"))


@dataclass(frozen=True)
class Targets:
    domains: tuple[str, ...] = ()  # the recipients' domains
    typos: tuple[tuple[str, str], ...] = ()  # (typed domain, suggested domain)
    ip: str | None = None  # the sending IP
    ip_from: str = ""  # reply | headers
    blocklists: tuple[tuple[str, str], ...] = ()  # (label, zone): the named ones first
    named: tuple[str, ...] = ()  # the labels of the lists the bounce names
    spf_domain: str | None = None  # the sender's domain, for an authentication rejection
    dmarc_domain: str | None = None
    dkim: tuple[tuple[str, str], ...] = ()  # (selector, domain) of the returned message's signatures


def _domain(address: str | None) -> str | None:
    if not address:
        return None
    m = re.search(r"<([^<>\s]+)>", address)
    addr = m.group(1) if m else address.strip()
    _, sep, dom = addr.rpartition("@")
    dom = dom.strip().strip(".>").lower()
    return dom if sep and dom and "." in dom and not dom.startswith("[") else None


def usable_ip(text: str | None) -> str | None:
    ip = normalise_ip(text or "") if text else None
    if not ip:
        return None
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return None
    if addr.is_multicast or addr.is_unspecified or any(addr in n for n in _LOCAL if n.version == addr.version):
        return None
    return str(addr)


def _ip_in_reply(diagnostic: str) -> str | None:
    """The IP a refusal names as the client ("Client host [192.0.2.1]"), not the server's "host mx[ip]"."""
    for m in _IP.finditer(diagnostic[:4000]):
        if m.group(2) is not None and m.group(1) and (m.group(1).isalnum() or m.group(1) in "-."):
            continue  # host.example.net[198.51.100.1]: the refusing server's own address
        ip = usable_ip(m.group(2) or m.group(3))
        if ip:
            return ip
    return None


def _ip_in_headers(headers: HeaderAnalysis | None) -> str | None:
    """The sending hop: the hop the refusing server added, else the IP an SPF check recorded, else
    the newest hop that came from a public address."""
    block = headers.primary if headers is not None else None
    if block is None:
        return None
    for h in block.hops:
        if h.stopped_here and usable_ip(h.from_ip):
            return usable_ip(h.from_ip)
    for c in block.authentication.checks:
        if c.method == "spf":
            m = _CLIENT_IP.search(c.header.value)
            if m and usable_ip(m.group(1)):
                return usable_ip(m.group(1))
    for h in sorted(block.hops, key=lambda h: -h.index):
        if usable_ip(h.from_ip):
            return usable_ip(h.from_ip)
    return None


def find(report: Report, index: int | None = None, headers: HeaderAnalysis | None = None) -> Targets:
    """What to check for ``report``: all its failed or delayed recipients, or the one at ``index``."""
    chosen = [(i, r) for i, r in enumerate(report.recipients)
              if (index is None and r.action in ("failed", "delayed")) or i == index]
    verdicts = report.verdict.recipients if report.verdict else ()
    domains: list[str] = []
    typos: list[tuple[str, str]] = []
    named: list[str] = []
    zones: list[str] = []
    ip, ip_from = None, ""
    block = auth = False
    for i, r in chosen:
        v = verdicts[i] if i < len(verdicts) else None
        dom = _domain(r.address)
        if dom and dom not in domains:
            domains.append(dom)
        if v is not None and v.suggestion_why:
            pair = (v.suggestion_why[0].lower(), v.suggestion_why[1].lower())
            if pair not in typos:
                typos.append(pair)
        elif v is not None and v.suggestion and dom and _domain(v.suggestion) not in (None, dom):
            typos.append((dom, _domain(v.suggestion) or ""))
        diag = r.diagnostic or ""
        if v is not None and v.blocklist and v.blocklist not in named:
            named.append(v.blocklist)
        zones.extend(z for z in blocklists.zones_named(diag) if z not in zones)
        if (v is not None and (v.blocklist or v.who_case in ("blocklist", "public-resolver"))) \
                or r.reason in BLOCK_REASONS or zones:
            block = True
        if r.reason == "authfailure" or (r.status or "") in AUTH_STATUSES:
            auth = True
        if ip is None and (found := _ip_in_reply(diag)):
            ip, ip_from = found, "reply"
    if ip is None and (block or auth) and (found := _ip_in_headers(headers)):
        ip, ip_from = found, "headers"
    lists: list[tuple[str, str]] = []
    for label in named:  # the list the bounce names comes first
        if label in blocklists.ZONE_OF:
            lists.append((label, blocklists.ZONE_OF[label]))
    for zone in zones:
        if all(zone != z for _, z in lists):
            lists.append((blocklists.label_of(zone), zone))
            if blocklists.label_of(zone) == zone:
                named.append(zone)
    lists.extend(c for c in blocklists.COMMON if all(c[1] != z for _, z in lists))
    spf_domain = dmarc_domain = None
    dkim: tuple[tuple[str, str], ...] = ()
    if auth:
        a = headers.primary.authentication if headers is not None and headers.primary is not None else None
        sender = _domain(report.original.sender) if report.original else None
        own = report.verdict.facts.own_domains if report.verdict else ()
        dmarc_domain = (a.from_domain if a else None) or sender or (own[0] if own else None)
        spf_domain = (a.spf.domain if a and a.spf and a.spf.domain else None) or dmarc_domain
        if a:
            dkim = tuple(dict.fromkeys((s.selector.lower(), s.domain.lower()) for s in a.signatures
                                       if s.selector and s.domain))
    return Targets(tuple(domains), tuple(typos), ip if (block or auth) else None, ip_from,
                   tuple(lists) if block and ip else (), tuple(named), spf_domain, dmarc_domain, dkim)
