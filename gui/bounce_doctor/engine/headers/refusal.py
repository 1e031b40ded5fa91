"""The bounce's side of the header analysis: the server that refused the message, from the
Report, and the sentence that links an authentication failure to an authentication rejection."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Phrase, Report, phrase
from .model import AuthCheck, HeaderAnalysis
from .received import normalise_ip

_HOST_IN_TEXT = re.compile(r"(?<![@\w.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-])")
_IP_IN_TEXT = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]|(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


_DIAG_HOST = re.compile(
    r"(?:\bhost|\bserver|\bby)[ \t]{1,3}((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})\b"
    r"|(?<![A-Za-z0-9.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})[ \t]{0,2}\[(?:IPv6:)?[0-9A-Fa-f:.]{2,45}\]"
)


def stopped(report: Report | None) -> tuple[set[str], set[str], str | None]:
    """The host names and IPs of the server that refused: the Remote-MTA, else the host the diagnostic names
    ("host mx.example.net[192.0.2.1] said")."""
    hosts: set[str] = set()
    ips: set[str] = set()
    first: str | None = None
    if report is None:
        return hosts, ips, None
    for r in report.failed:
        if r.remote_mta:
            t = r.remote_mta[:1000]
            if ";" in t[:10]:
                t = t.split(";", 1)[1]
            for m in _IP_IN_TEXT.finditer(t):
                ip = normalise_ip(m.group(1) or m.group(2))
                if ip:
                    ips.add(ip)
                    first = first or ip
            for m in _HOST_IN_TEXT.finditer(t):
                hosts.add(m.group(1).lower())
                first = m.group(1).lower() if first is None or normalise_ip(first) else first
        elif r.diagnostic:
            for m in _DIAG_HOST.finditer(r.diagnostic[:4000]):
                host = (m.group(1) or m.group(2)).lower()
                hosts.add(host)
                first = first or host
                ipm = _IP_IN_TEXT.search(m.group(0))
                if ipm:
                    ip = normalise_ip(ipm.group(1) or ipm.group(2))
                    if ip:
                        ips.add(ip)
    return hosts, ips, first


AUTH_STATUSES = frozenset({"5.7.26", "5.7.23", "5.7.509", "5.7.515", "4.7.26", "4.7.23", "5.7.25", "5.7.27"})


def authentication_sentence(analysis: HeaderAnalysis, report: Report | None) -> Phrase | None:
    """When the bounce is an authentication rejection and a check failed, one sentence linking them
    (a Phrase: the window says it in its language, ``str`` of its English rendering is the command line's)."""
    if report is None or analysis.primary is None:
        return None
    if not any(r.reason == "authfailure" or (r.status or "") in AUTH_STATUSES for r in report.failed):
        return None
    a = analysis.primary.authentication
    parts: list[Phrase] = []

    def where(c: AuthCheck) -> Phrase:
        hop = next((h for h in analysis.primary.hops if h.index == c.hop), None) if c.hop else None
        host = (hop.receiver if hop else None) or c.checked_by
        if c.hop and host:
            return phrase(" at hop {hop} ({host})", hop=str(c.hop), host=host)
        if c.hop:
            return phrase(" at hop {hop}", hop=str(c.hop))
        return phrase(" at {host}", host=host) if host else phrase("")

    for d in a.dkim:
        if d.failed:
            if d.domain and a.from_domain and d.aligned:
                parts.append(phrase("Your domain's DKIM signature failed{where}.", where=where(d)))
            elif d.domain:
                parts.append(phrase("The DKIM signature of {domain} failed{where}.", domain=d.domain, where=where(d)))
            else:
                parts.append(phrase("The DKIM signature failed{where}.", where=where(d)))
            break
    if a.spf and a.spf.failed:
        dom = a.spf.domain or a.from_domain
        soft = a.spf.result == "softfail"
        if dom:
            parts.append(phrase("SPF soft-failed for {domain}{where}." if soft else "SPF failed for {domain}{where}.",
                              domain=dom, where=where(a.spf)))
        else:
            parts.append(phrase("SPF soft-failed{where}." if soft else "SPF failed{where}.", where=where(a.spf)))
    if a.dmarc and a.dmarc.failed:
        dom = a.dmarc.domain or a.from_domain
        parts.append(phrase("DMARC failed for {domain}{where}.", domain=dom, where=where(a.dmarc)) if dom
                     else phrase("DMARC failed{where}.", where=where(a.dmarc)))
    if not parts and a.dmarc_alignment_ok is False and (a.spf or a.dkim):
        if a.from_domain:
            parts.append(phrase("Neither SPF nor DKIM passed for a domain that matches the From domain {domain}, "
                              "so DMARC could not pass.", domain=a.from_domain))
        else:
            parts.append(phrase("Neither SPF nor DKIM passed for a domain that matches the From domain, so DMARC "
                              "could not pass."))
    sentence = None
    for part in reversed(parts):  # one phrase: each part followed by the next
        sentence = replace(part, then=sentence)
    return sentence

