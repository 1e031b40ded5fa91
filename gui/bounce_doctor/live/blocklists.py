"""The public DNS blocklists checked, and how each one's answers read. No network.

A listing is an A record under the list's zone for the IP's reversed octets (IPv4) or nibbles
(IPv6); NXDOMAIN means not listed.
"""

from __future__ import annotations

import re

# (label as rules/verdict.toml names the list, the zone queried)
COMMON: tuple[tuple[str, str], ...] = (
    ("Spamhaus", "zen.spamhaus.org"),
    ("Barracuda", "b.barracudacentral.org"),
    ("SpamCop", "bl.spamcop.net"),
    ("UCEPROTECT", "dnsbl-1.uceprotect.net"),
    ("SORBS", "dnsbl.sorbs.net"),
)
ZONE_OF = dict(COMMON)

# Spamhaus ZEN's return codes, from Spamhaus's documentation on DNSBL return codes
# ("Return Codes" of the Spamhaus DNSBL usage FAQ, https://www.spamhaus.org/faq/section/DNSBL%20Usage):
# 127.0.0.2 SBL, 127.0.0.3 SBL CSS, 127.0.0.4-7 XBL, 127.0.0.9 DROP, 127.0.0.10-11 PBL.
SPAMHAUS_CODES = {
    "127.0.0.2": "SBL (a known spam source)",
    "127.0.0.3": "SBL CSS (a sender of low-reputation mail)",
    "127.0.0.4": "XBL (a hijacked or infected computer)",
    "127.0.0.5": "XBL (a hijacked or infected computer)",
    "127.0.0.6": "XBL (a hijacked or infected computer)",
    "127.0.0.7": "XBL (a hijacked or infected computer)",
    "127.0.0.9": "DROP (a network run by spammers)",
    "127.0.0.10": "PBL (an address that should not send mail directly, listed by its provider)",
    "127.0.0.11": "PBL (an address that should not send mail directly, listed by Spamhaus)",
}
# The same documentation's error codes: these are not listings. The query was refused, so
# nothing is known about the IP, and it must not read as "not listed".
SPAMHAUS_ERRORS = {
    "127.255.255.252": "bl.refused_typo",  # typing error in the DNSBL name
    "127.255.255.254": "bl.refused_public_resolver",  # query via a public or open resolver
    "127.255.255.255": "bl.refused_volume",  # excessive number of queries
}

_ZONE_IN_TEXT = re.compile(
    r"(?:blocked using|listed (?:at|in|on|by)|see)\s+(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,24})",
    re.I)


def zones_named(diagnostic: str) -> tuple[str, ...]:
    """The blocklist zones a refusal names: "blocked using bl.example.net", "listed at rbl.example.net"."""
    out: list[str] = []
    for m in _ZONE_IN_TEXT.finditer(diagnostic[:4000]):
        zone = m.group(1).lower().rstrip(".")
        if m.group(0).lower().startswith("see") or zone.startswith("www."):
            continue  # a web page, not a zone
        if zone not in out:
            out.append(zone)
    return tuple(out)


def label_of(zone: str) -> str:
    for label, z in COMMON:
        if z == zone:
            return label
    return zone


def read_answer(zone: str, addresses: list[str]) -> tuple[str, str]:
    """(code, what the listing says) for the A records a list answered with."""
    if zone.endswith("spamhaus.org"):
        for a in addresses:
            if a in SPAMHAUS_ERRORS:
                return SPAMHAUS_ERRORS[a], a
        named = [SPAMHAUS_CODES.get(a, a) for a in addresses]
        return "bl.listed", "; ".join(dict.fromkeys(named))
    if not all(a.startswith("127.") for a in addresses):
        return "bl.odd", ", ".join(addresses)  # not a listing code: a wildcard or a lapsed zone
    return "bl.listed", ", ".join(addresses)
