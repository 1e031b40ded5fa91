"""One Received header split into its clauses: from, by, via, with, id, for and the date.

The scanner walks the value once, skipping comments ``(...)``, address
literals ``[...]`` and angle addresses ``<...>``, and starts a clause at each
keyword found outside them. Offsets are kept, relative to the value.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from .dates import ParsedDate, parse_date

KEYWORDS = ("from", "by", "via", "with", "id", "for")

# a date at the end of a header that has no ';' before it (GMX, SendGrid)
_TAIL_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?[ \t]{1,4})?\d{1,2}[ \t]{1,3}[A-Za-z]{3}[ \t]{1,3}\d{2,4}"
    r"[ \t]{1,3}\d{1,2}:\d{2}(?::\d{2})?[^;]{0,80}$"
)
_HOSTNAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252}[A-Za-z0-9_])?")
_BRACKET = re.compile(r"\[([^\[\]\s]{1,80})\]")
_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:IPv6:)?([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w{1,16})?)")
_ANGLE = re.compile(r"<([^<>]{1,320})>")


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause's text (whitespace collapsed) and its range in the value."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReceivedParts:
    """What a Received header says. Offsets are relative to the header's value."""

    clauses: dict[str, Clause]
    from_host: str | None
    from_ip: str | None
    by_host: str | None
    by_ip: str | None
    date_text: str | None
    date_start: int  # -1 when no date was found
    date: ParsedDate | None

    def get(self, key: str) -> str | None:
        c = self.clauses.get(key)
        return c.text if c else None


def normalise_ip(text: str) -> str | None:
    """An IP address in its canonical form, or None; accepts ``IPv6:`` literals."""
    t = text.strip().strip("[]")
    if t[:5].lower() == "ipv6:":
        t = t[5:]
    t = t.split("%", 1)[0]
    try:
        return str(ipaddress.ip_address(t))
    except ValueError:
        return None


def _first_ip(text: str) -> str | None:
    for m in _BRACKET.finditer(text):
        ip = normalise_ip(m.group(1))
        if ip:
            return ip
    for m in _IPV4.finditer(text):
        ip = normalise_ip(m.group(0))
        if ip:
            return ip
    for m in _IPV6.finditer(text):
        if m.group(1).count(":") >= 2:
            ip = normalise_ip(m.group(1))
            if ip:
                return ip
    return None


def _host(text: str) -> str | None:
    """The host name that starts a from or by clause (not an IP literal)."""
    t = text.strip()
    if not t or t[0] in "([<":
        return None
    m = _HOSTNAME.match(t)
    if not m:
        return None
    host = m.group(0).rstrip(".").lower()
    if normalise_ip(host):
        return None
    return host or None


def _collapse(s: str) -> str:
    return " ".join(s.split())


def split_clauses(value: str) -> dict[str, Clause]:
    """The keyword clauses of the part before the date (the first of each keyword wins)."""
    found: list[tuple[str, int, int]] = []  # keyword, keyword start, value start
    depth = 0
    bracket = False
    angle = False
    i = 0
    n = len(value)
    prev_space = True
    while i < n:
        c = value[i]
        if depth:
            if c == "(":
                depth = min(depth + 1, 64)
            elif c == ")":
                depth -= 1
            elif c == "\\":
                i += 1
            i += 1
            prev_space = True
            continue
        if bracket:
            bracket = c != "]"
            i += 1
            continue
        if angle:
            angle = c != ">"
            i += 1
            continue
        if c == "(":
            depth = 1
        elif c == "[":
            bracket = True
        elif c == "<":
            angle = True
        elif prev_space and c.isalpha():
            j = i
            while j < n and j - i < 5 and value[j].isalpha():
                j += 1
            word = value[i:j].lower()
            if word in KEYWORDS and (j == n or value[j] in " \t\r\n"):
                found.append((word, i, j))
                i = j
                prev_space = True
                continue
        prev_space = c in " \t\r\n"
        i += 1
    clauses: dict[str, Clause] = {}
    for k, (word, _kstart, vstart) in enumerate(found):
        vend = found[k + 1][1] if k + 1 < len(found) else n
        raw = value[vstart:vend]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        if word not in clauses:
            clauses[word] = Clause(_collapse(raw), vstart + lead, vstart + max(lead, trail))
    return clauses


def parse_received(value: str) -> ReceivedParts:
    """Split a Received value; never raises."""
    semi = value.rfind(";")
    if semi >= 0:
        head = value[:semi]
        date_text = value[semi + 1 :]
        date_start = semi + 1 + (len(date_text) - len(date_text.lstrip()))
        date_text = date_text.strip()
    else:
        m = _TAIL_DATE.search(value)
        if m:
            head, date_text, date_start = value[: m.start()], m.group(0).strip(), m.start()
        else:
            head, date_text, date_start = value, "", -1
    clauses = split_clauses(head)
    date = parse_date(date_text) if date_text else None
    if date_text and date is None and semi >= 0:
        # a ';' inside a comment, or the date before the last ';'
        m = _TAIL_DATE.search(value[: semi])
        if m:
            date = parse_date(m.group(0))
            if date is not None:
                date_text, date_start = m.group(0).strip(), m.start()
    frm = clauses.get("from")
    by = clauses.get("by")
    from_raw = value[frm.start : frm.end] if frm else ""
    by_raw = value[by.start : by.end] if by else ""
    return ReceivedParts(
        clauses=clauses,
        from_host=_host(from_raw) if frm else None,
        from_ip=_first_ip(from_raw) if frm else None,
        by_host=_host(by_raw) if by else None,
        by_ip=_first_ip(by_raw) if by else None,
        date_text=date_text or None,
        date_start=date_start if date_text else -1,
        date=date,
    )


def for_address(clause: str | None) -> str | None:
    """The address of a for clause, without angle brackets."""
    if not clause:
        return None
    m = _ANGLE.search(clause)
    return m.group(1) if m else clause.split()[0].strip("<>;") or None
