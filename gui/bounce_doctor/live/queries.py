"""The DNS look-ups, through dnspython. Imported only when a check runs."""

from __future__ import annotations

import dns.exception
import dns.name
import dns.rdatatype
import dns.resolver
import dns.reversename

from . import blocklists
from .model import Check


class NetworkDownError(Exception):
    """No DNS server could be reached at all: a socket error, or no resolver configured."""


def make_resolver(resolver: str | None, timeout: float) -> dns.resolver.Resolver:
    """The system's resolver, or the one named "HOST[:PORT]" ("[::1]:53" for IPv6 with a port)."""
    if resolver:
        host, port = resolver.strip(), 53
        if host.startswith("["):
            host, _, rest = host[1:].partition("]")
            port = int(rest[1:]) if rest.startswith(":") else 53
        elif host.count(":") == 1:
            host, p = host.split(":")
            port = int(p)
        r = dns.resolver.Resolver(configure=False)
        r.nameservers = [host]
        r.port = port
    else:
        try:
            r = dns.resolver.Resolver()
        except (dns.resolver.NoResolverConfiguration, OSError) as exc:
            raise NetworkDownError(f"no DNS server is configured on this computer ({exc})") from exc
    r.timeout = r.lifetime = timeout
    r.retry_servfail = False
    return r


class Answer:
    """A look-up's outcome: records, or nxdomain / nodata / timeout / error."""

    def __init__(self, outcome: str, records: list = (), detail: str = "") -> None:  # type: ignore[assignment]
        self.outcome, self.records, self.detail = outcome, list(records), detail

    def text(self) -> str:
        if self.outcome == "records":
            return "; ".join(r.to_text() for r in self.records)
        return {"nxdomain": "NXDOMAIN", "nodata": "no records of this type", "timeout": "no answer (timeout)"}.get(
            self.outcome, self.detail or self.outcome)


def lookup(r: dns.resolver.Resolver, name: str, rdtype: str) -> Answer:
    try:
        ans = r.resolve(dns.name.from_text(name), rdtype, search=False, raise_on_no_answer=False)
    except dns.resolver.NXDOMAIN:
        return Answer("nxdomain")
    except dns.exception.Timeout:
        return Answer("timeout")
    except dns.resolver.NoNameservers as exc:
        errors = exc.kwargs.get("errors") or []
        if errors and all(isinstance(e[3], OSError) for e in errors):
            raise NetworkDownError(str(errors[0][3])) from exc
        return Answer("error", detail=f"the DNS server failed to answer ({exc.msg if hasattr(exc, 'msg') else exc})")
    except OSError as exc:
        raise NetworkDownError(str(exc)) from exc
    except dns.exception.DNSException as exc:
        return Answer("error", detail=str(exc))
    if ans.rrset is None:
        return Answer("nodata")
    return Answer("records", list(ans.rrset))


def _check(kind: str, name: str, answer: str, code: str, meaning: str, status: str, **params: str) -> Check:
    return Check(kind, name, answer, code, tuple(params.items()), meaning, status)


def mail_servers(r: dns.resolver.Resolver, domain: str, typed: str | None = None) -> Check:
    """Does ``domain`` receive mail: MX, null MX (RFC 7505), the A/AAAA fallback (RFC 5321 §5.1), NXDOMAIN.
    ``typed``: the mistyped domain this one is suggested for (codes typo.*)."""
    p = "typo" if typed else "mx"
    extra = {"typed": typed} if typed else {}
    ans = lookup(r, domain, "MX")
    if ans.outcome == "nxdomain":
        return _check("mx", domain, ans.text(), f"{p}.nxdomain",
                      f"{domain} does not exist either: it is not the right domain." if typed else
                      f"{domain} does not exist: the address is mistyped, or the domain has lapsed.",
                      "problem", domain=domain, **extra)
    if ans.outcome in ("timeout", "error"):
        return _timeout("mx", domain, ans, p, extra)
    if ans.outcome == "records":
        mx = sorted(ans.records, key=lambda m: m.preference)
        if len(mx) == 1 and mx[0].exchange == dns.name.root:
            return _check("mx", domain, ans.text(), f"{p}.null",
                          f"{domain} receives no mail: it publishes a null MX (RFC 7505).", "problem",
                          domain=domain, **extra)
        servers = ", ".join(m.exchange.to_text(omit_final_dot=True) for m in mx[:5])
        if typed:
            return _check("mx", domain, ans.text(), "typo.ok",
                          f"{domain} receives mail (mail servers: {servers}): the address was probably meant "
                          f"for {domain}, not {typed}.", "ok", domain=domain, typed=typed, servers=servers)
        return _check("mx", domain, ans.text(), "mx.present",
                      f"{domain} receives mail: its mail servers are {servers}.", "ok", domain=domain, servers=servers)
    addresses: list[str] = []
    for rdtype in ("A", "AAAA"):  # no MX: mail goes to the domain's own address (RFC 5321 §5.1)
        a = lookup(r, domain, rdtype)
        if a.outcome in ("timeout", "error"):
            return _timeout("a", domain, a, p, extra)
        addresses += [x.address for x in a.records]
    if addresses:
        shown = ", ".join(addresses[:4])
        return _check("a", domain, shown, f"{p}.fallback_a",
                      f"{domain} has no MX records; mail goes to its own address {shown} (RFC 5321 §5.1).",
                      "ok", domain=domain, addresses=shown, **extra)
    return _check("a", domain, "no MX, A or AAAA records", f"{p}.no_mail",
                  f"{domain} exists but has no mail servers and no address: it receives no mail.", "problem",
                  domain=domain, **extra)


def _timeout(kind: str, name: str, ans: Answer, prefix: str, extra: dict) -> Check:
    if ans.outcome == "timeout":
        return _check(kind, name, ans.text(), f"{prefix}.timeout",
                      f"No answer about {name} within the time allowed: it could not be checked now.",
                      "unknown", domain=name, **extra)
    return _check(kind, name, ans.text(), f"{prefix}.error",
                  f"The DNS server could not answer about {name}: it could not be checked now.", "unknown",
                  domain=name, **extra)


def query_name(ip: str, zone: str) -> str:
    """The name a DNS blocklist is asked about: the IP's reversed octets or nibbles under the zone."""
    rev = dns.reversename.from_address(ip)
    base = dns.reversename.ipv6_reverse_domain if ":" in ip else dns.reversename.ipv4_reverse_domain
    return rev.relativize(base).concatenate(dns.name.from_text(zone)).to_text(omit_final_dot=True)


def blocklist(r: dns.resolver.Resolver, ip: str, label: str, zone: str) -> Check:
    name = query_name(ip, zone)
    ans = lookup(r, name, "A")
    params = {"ip": ip, "list": label, "zone": zone}
    if ans.outcome in ("nxdomain", "nodata"):
        return _check("blocklist", name, ans.text(), "bl.clean", f"{ip} is not listed on {label}.", "ok", **params)
    if ans.outcome == "timeout":
        return _check("blocklist", name, ans.text(), "bl.timeout",
                      f"{label} did not answer in time: whether {ip} is listed is not known.", "unknown", **params)
    if ans.outcome == "error":
        return _check("blocklist", name, ans.text(), "bl.error",
                      f"{label} could not be asked: whether {ip} is listed is not known.", "unknown", **params)
    code, what = blocklists.read_answer(zone, [x.address for x in ans.records])
    meaning = {
        "bl.listed": f"{ip} is listed on {label}: {what}.",
        "bl.refused_public_resolver": f"{label} refused the query because it came through a public or open "
                                      f"DNS resolver: the check could not be done from this network, so whether "
                                      f"{ip} is listed is not known.",
        "bl.refused_volume": f"{label} refused the query because this network sends it too many queries: the "
                             f"check could not be done from this network, so whether {ip} is listed is not known.",
        "bl.refused_typo": f"{label} answered that the list's name is wrong: the check could not be done, so "
                           f"whether {ip} is listed is not known.",
        "bl.odd": f"{label} answered with {what}, which is not a listing code: whether {ip} is listed is not known.",
    }[code]
    return _check("blocklist", name, ans.text(), code, meaning, "problem" if code == "bl.listed" else "unknown",
                  codes=what, **params)


def _tags(txt: str) -> dict[str, str]:
    """A DKIM or DMARC record's tag=value list (RFC 6376 §3.2)."""
    out: dict[str, str] = {}
    for part in txt.split(";"):
        k, sep, v = part.partition("=")
        if sep:
            out[k.strip().lower()] = "".join(v.split())
    return out


def _txt(ans: Answer) -> list[str]:
    return [b"".join(x.strings).decode("utf-8", "replace") for x in ans.records]


def dmarc(r: dns.resolver.Resolver, domain: str, org: str | None = None) -> Check:
    """The DMARC record at _dmarc.domain, else at the organisational domain's (RFC 7489 §6.6.3)."""
    for dom in dict.fromkeys(d for d in (domain, org) if d):
        name = f"_dmarc.{dom}"
        ans = lookup(r, name, "TXT")
        if ans.outcome in ("timeout", "error"):
            return _timeout("dmarc", name, ans, "dmarc", {})
        records = [t for t in _txt(ans) if t.lower().replace(" ", "").startswith("v=dmarc1")]
        if records:
            policy = _tags(records[0]).get("p", "").lower() or "none"
            words = {"reject": "refuse", "quarantine": "put in spam", "none": "only report"}.get(policy, policy)
            return _check("dmarc", name, records[0], "dmarc.present",
                          f"{domain} publishes DMARC with the policy p={policy}: receivers are asked to {words} "
                          f"mail that fails both SPF and DKIM for it.", "ok", domain=domain, policy=policy)
    return _check("dmarc", f"_dmarc.{domain}", "no DMARC record", "dmarc.missing",
                  f"{domain} publishes no DMARC record: receivers such as Gmail and Yahoo refuse bulk mail "
                  f"from domains without one.", "problem", domain=domain)


def dkim(r: dns.resolver.Resolver, selector: str, domain: str) -> Check:
    """The key for the returned message's DKIM-Signature s= and d= (RFC 6376 §3.6.2.1)."""
    name = f"{selector}._domainkey.{domain}"
    params = {"domain": domain, "selector": selector}
    ans = lookup(r, name, "TXT")
    if ans.outcome in ("timeout", "error"):
        return _timeout("dkim", name, ans, "dkim", {"selector": selector})
    keys = [t for t in _txt(ans) if "p=" in t.replace(" ", "")]
    if not keys:
        return _check("dkim", name, ans.text(), "dkim.missing",
                      f"No DKIM key is published for the selector {selector} of {domain}: receivers cannot verify "
                      f"the signature.", "problem", **params)
    tags = _tags(keys[0])
    if not tags.get("p"):  # an empty p= means the key has been revoked (RFC 6376 §3.6.1)
        return _check("dkim", name, keys[0], "dkim.revoked",
                      f"The DKIM key for the selector {selector} of {domain} is revoked (empty p=): signatures "
                      f"made with it fail.", "problem", **params)
    return _check("dkim", name, keys[0][:200], "dkim.present",
                  f"{domain} publishes a DKIM key for the selector {selector}.", "ok",
                  keytype=tags.get("k", "rsa"), **params)
