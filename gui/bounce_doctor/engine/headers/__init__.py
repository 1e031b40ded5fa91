"""Read a message's headers: the delivery path hop by hop and the authentication results.

Entry point: :func:`analyse` takes the message's bytes (the same bytes given
to :func:`bounce_doctor.engine.diagnose`) and, optionally, the Report, and
returns a :class:`HeaderAnalysis`. Every item carries character offsets into
the display text, which is ``Report.text`` for the same bytes.

Limits: at most ``MAX_HOPS`` Received headers are analysed per block (the
rest are counted in a note), at most ``blocks.MAX_BLOCKS`` header blocks are
read, and header values are cut at 20,000 characters. Nothing here raises on
malformed input; it imports no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ..mime import Parsed, parse
from ..model import MessageKind, Report
from . import auth as _auth
from . import spam as _spam
from .auth import PUBLIC_SUFFIX_NOTE, aligned, domain_of, organisational_domain
from .blocks import ATTACHED, HEADERS_PART, QUOTED, TOP, HeaderRef, RawBlock, find_blocks
from .received import for_address, normalise_ip, parse_received

MAX_HOPS = 200

__all__ = [
    "MAX_HOPS",
    "AuthCheck",
    "Authentication",
    "DkimSignatureRef",
    "HeaderAnalysis",
    "HeaderBlock",
    "HeaderRef",
    "Hop",
    "SpamVerdict",
    "analyse",
    "analyse_parsed",
    "authentication_sentence",
    "organisational_domain",
]


@dataclass(frozen=True, slots=True)
class Hop:
    """One Received header: one server handing the message to the next.

    Hop 1 is the first server the message passed through (the lowest Received header).
    """

    index: int
    from_: str | None  # the from clause as written (whitespace collapsed)
    from_host: str | None
    from_ip: str | None
    by: str | None  # the by clause as written
    by_host: str | None
    by_ip: str | None
    with_: str | None  # the protocol: SMTP, ESMTPS, ...
    id: str | None
    for_: str | None  # the recipient address named
    via: str | None
    time: datetime | None  # timezone-aware; None when the header has no readable date
    time_text: str | None  # the date as written
    zone_known: bool  # False when the date named no zone we know (UTC was assumed)
    delay_seconds: float | None  # since the previous hop with a time; None when unknown or backwards
    share: float | None  # this hop's part of the total delay, 0.0 to 1.0
    clock_skew: bool  # the time is earlier than the previous hop's: the clocks disagree
    stopped_here: bool  # the server that refused the message (the bounce names it)
    header: HeaderRef  # offsets of the whole header in the display text
    time_start: int  # offsets of the date in the display text, -1 when none
    time_end: int

    @property
    def sender(self) -> str | None:
        """A short name for the sending side: host, else IP."""
        return self.from_host or self.from_ip or self.from_

    @property
    def receiver(self) -> str | None:
        """A short name for the receiving server: host, else IP."""
        return self.by_host or self.by_ip or self.by


@dataclass(frozen=True, slots=True)
class AuthCheck:
    """One authentication result (spf, dkim, dmarc, arc, compauth, ...) as a server recorded it."""

    method: str
    result: str  # pass, fail, softfail, neutral, none, temperror, permerror, ...
    domain: str | None  # SPF: the mail-from domain; DKIM: d=; DMARC: the From domain
    selector: str | None  # DKIM's s=, when recorded
    aligned: bool | None  # with the From domain (relaxed); None when not applicable or unknown
    checked_by: str | None  # the server that checked (authserv-id or Received-SPF's host)
    hop: int | None  # the hop of the server that checked, when known
    reason: str | None
    comment: str | None
    source: str  # the header's name: Authentication-Results, ARC-Authentication-Results, Received-SPF
    header: HeaderRef
    parser: str  # authres | tolerant | received-spf

    @property
    def failed(self) -> bool:
        return self.result in ("fail", "softfail", "permerror", "hardfail")


@dataclass(frozen=True, slots=True)
class DkimSignatureRef:
    """A DKIM-Signature header: who signed (d=) and with which key (s=)."""

    domain: str | None
    selector: str | None
    algorithm: str | None
    aligned: bool | None
    header: HeaderRef


@dataclass(frozen=True, slots=True)
class SpamVerdict:
    """A decoded spam-filter value, with its header."""

    key: str
    value: str
    meaning: str
    severity: str  # info | warning | problem
    header: HeaderRef


@dataclass(frozen=True, slots=True)
class Authentication:
    """What the servers recorded about SPF, DKIM, DMARC and ARC, and the spam filters' verdicts."""

    from_domain: str | None
    spf: AuthCheck | None  # the verdict of the server closest to the recipient
    dkim: tuple[AuthCheck, ...]  # one per signature checked by that server
    dmarc: AuthCheck | None
    arc: AuthCheck | None
    checks: tuple[AuthCheck, ...]  # every result read, in header order
    signatures: tuple[DkimSignatureRef, ...]
    spf_aligned: bool | None
    dkim_aligned: bool | None  # True when a passing (or any, if none passed) DKIM domain aligns
    spam: tuple[SpamVerdict, ...]
    notes: tuple[str, ...]

    @property
    def dmarc_alignment_ok(self) -> bool | None:
        """True when SPF or DKIM passed with a domain aligned to From (what DMARC needs)."""
        spf_ok = bool(self.spf and self.spf.result == "pass" and self.spf.aligned)
        dkim_ok = any(d.result == "pass" and d.aligned for d in self.dkim)
        if spf_ok or dkim_ok:
            return True
        if self.spf is None and not self.dkim:
            return None
        return False


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """The headers of one message found in the input, with its path and authentication."""

    source: str  # top | attached | headers-part | quoted
    label: str  # plain words: "the returned message (attached)"
    start: int  # range of the block in the display text
    end: int
    headers: tuple[HeaderRef, ...]
    hops: tuple[Hop, ...]
    total_seconds: float | None  # first known time (Date or hop 1) to the last hop's time
    date: datetime | None  # the Date header, read
    authentication: Authentication
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeaderAnalysis:
    """All header blocks of one message; ``primary`` is the one to show first."""

    blocks: tuple[HeaderBlock, ...]
    primary_index: int  # -1 when the input has no headers at all
    stopped_host: str | None  # the server the bounce says refused the message
    sentence: str | None  # links an authentication failure to the bounce, when it is one
    notes: tuple[str, ...]

    @property
    def primary(self) -> HeaderBlock | None:
        return self.blocks[self.primary_index] if 0 <= self.primary_index < len(self.blocks) else None

    @property
    def hops(self) -> tuple[Hop, ...]:
        p = self.primary
        return p.hops if p else ()

    @property
    def authentication(self) -> Authentication | None:
        p = self.primary
        return p.authentication if p else None


# --- the path -----------------------------------------------------------------------------------


def _hops(block: RawBlock, stopped_hosts: set[str], stopped_ips: set[str],
          date: datetime | None) -> tuple[list[Hop], list[str], float | None]:
    notes: list[str] = []
    received = [h for h in block.headers if h.lname == "received"]
    if len(received) > MAX_HOPS:
        notes.append(f"The message has {len(received)} Received headers; only the {MAX_HOPS} closest to its "
                     f"origin are analysed.")
    received = list(reversed(received))[:MAX_HOPS]  # oldest first
    parsed = [parse_received(h.value) for h in received]
    # the delays
    times = [p.date.when if p.date else None for p in parsed]
    delays: list[float | None] = []
    skews: list[bool] = []
    prev = date
    for t in times:
        if t is None:
            delays.append(None)
            skews.append(False)
            continue
        if prev is None:
            delays.append(None)
            skews.append(False)
        else:
            d = (t - prev).total_seconds()
            delays.append(d if d >= 0 else None)
            skews.append(d < 0)
        prev = t
    total = sum(d for d in delays if d is not None)
    known = [t for t in times if t is not None]
    total_seconds: float | None = None
    if known:
        first = date if date is not None else known[0]
        span = (known[-1] - first).total_seconds()
        total_seconds = span if span >= 0 else None
    if any(skews):
        notes.append("Some servers' clocks disagree: a hop is stamped earlier than the one before it. "
                     "Its delay is not shown.")
    if any(t is None for t in times):
        notes.append("Some Received headers have no readable time; the next hop's delay covers them too.")
    if any(p.date is not None and not p.date.zone_known for p in parsed):
        notes.append("Some times name no known time zone; UTC was assumed for them.")
    # the hop where delivery stopped: the last whose receiving server the bounce names
    stop = -1
    if stopped_hosts or stopped_ips:
        for i, p in enumerate(parsed):
            if (p.by_host and p.by_host in stopped_hosts) or (p.by_ip and p.by_ip in stopped_ips):
                stop = i
    hops: list[Hop] = []
    for i, (h, p) in enumerate(zip(received, parsed, strict=True)):
        ts = h.value_start + p.date_start if p.date_start >= 0 and p.date_text else -1
        te = ts + len(p.date_text) if ts >= 0 and p.date_text else -1
        d = delays[i]
        hops.append(Hop(
            index=i + 1,
            from_=p.get("from"), from_host=p.from_host, from_ip=p.from_ip,
            by=p.get("by"), by_host=p.by_host, by_ip=p.by_ip,
            with_=(p.get("with") or "").split()[0] if p.get("with") else None,
            id=(p.get("id") or "").split()[0].rstrip(";") if p.get("id") else None,
            for_=for_address(p.get("for")),
            via=p.get("via"),
            time=p.date.when if p.date else None,
            time_text=p.date_text,
            zone_known=p.date.zone_known if p.date else False,
            delay_seconds=d,
            share=(d / total) if d is not None and total > 0 else None,
            clock_skew=skews[i],
            stopped_here=i == stop,
            header=h,
            time_start=ts,
            time_end=te,
        ))
    return hops, notes, total_seconds


# --- authentication -----------------------------------------------------------------------------


def _hop_for(block: RawBlock, header: HeaderRef, checked_by: str | None, hops: list[Hop]) -> int | None:
    if checked_by:
        cb = checked_by.lower().rstrip(".")
        for hop in reversed(hops):
            if hop.by_host == cb:
                return hop.index
    # the nearest Received header below this one: the hop by which the checking server got the message
    pos = block.headers.index(header)
    by_header = {id(h.header): h.index for h in hops}
    for h in block.headers[pos + 1 :]:
        if h.lname == "received":
            return by_header.get(id(h))
    return None


def _from_domain(block: RawBlock) -> str | None:
    for h in block.headers:
        if h.lname == "from":
            m = re.search(r"<([^<>\s]{1,320})>", h.value) or re.search(r"[^\s<>\"',;:]{1,64}@[^\s<>\"',;:]{1,255}",
                                                                       h.value)
            if m:
                return domain_of(m.group(1) if m.lastindex else m.group(0))
    return None


def _authentication(block: RawBlock, hops: list[Hop]) -> Authentication:
    from_domain = _from_domain(block)
    checks: list[AuthCheck] = []
    signatures: list[DkimSignatureRef] = []
    spam: list[SpamVerdict] = []
    for h in block.headers:
        ln = h.lname
        if ln in ("authentication-results", "arc-authentication-results"):
            ah = _auth.parse_authentication_results(h.value)
            hop = _hop_for(block, h, ah.authserv_id, hops)
            for r in ah.results:
                dom = r.domain
                al = aligned(dom, from_domain) if r.method in ("spf", "dkim") else None
                checks.append(AuthCheck(r.method, r.result, dom, r.prop("header.s"), al, ah.authserv_id, hop,
                                        r.reason, r.comment, h.name, h, ah.parser))
        elif ln == "received-spf":
            rs = _auth.parse_received_spf(h.value)
            hop = _hop_for(block, h, rs.receiver, hops)
            checks.append(AuthCheck("spf", rs.result, rs.domain, None, aligned(rs.domain, from_domain), rs.receiver,
                                    hop, None, None, h.name, h, "received-spf"))
        elif ln == "dkim-signature":
            sig = _auth.parse_dkim_signature(h.value)
            signatures.append(DkimSignatureRef(sig.domain, sig.selector, sig.algorithm,
                                               aligned(sig.domain, from_domain), h))
        elif ln in _spam.SPAM_HEADERS:
            for v in _spam.decode(h.name, h.value):
                spam.append(SpamVerdict(v.key, v.value, v.meaning, v.severity, h))
    # the verdicts of the server closest to the recipient: the topmost Authentication-Results,
    # then Received-SPF, then the newest ARC-Authentication-Results
    ar = [c for c in checks if c.source.lower() == "authentication-results"]
    rspf = [c for c in checks if c.source.lower() == "received-spf"]
    aar = [c for c in checks if c.source.lower() == "arc-authentication-results"]

    def first(method: str, *pools: list[AuthCheck]) -> AuthCheck | None:
        for pool in pools:
            for c in pool:
                if c.method == method:
                    return c
        return None

    spf = first("spf", ar, rspf, aar)
    dmarc = first("dmarc", ar, aar)
    arc = first("arc", ar, aar)
    dkim_pool = ar if any(c.method == "dkim" for c in ar) else aar
    dkim: list[AuthCheck] = []
    if dkim_pool:
        top = next((c for c in dkim_pool if c.method == "dkim"), None)
        if top is not None:
            dkim = [c for c in dkim_pool if c.method == "dkim" and c.header is top.header]
    passing = [d for d in dkim if d.result == "pass" and d.aligned is not None]
    dkim_aligned: bool | None
    if passing:
        dkim_aligned = any(d.aligned for d in passing)
    elif dkim and any(d.aligned is not None for d in dkim):
        dkim_aligned = any(d.aligned for d in dkim)
    elif signatures and any(s.aligned is not None for s in signatures):
        dkim_aligned = any(s.aligned for s in signatures)
    else:
        dkim_aligned = None
    notes = [PUBLIC_SUFFIX_NOTE] if from_domain and (checks or signatures) else []
    return Authentication(
        from_domain=from_domain, spf=spf, dkim=tuple(dkim), dmarc=dmarc, arc=arc, checks=tuple(checks),
        signatures=tuple(signatures), spf_aligned=spf.aligned if spf else None, dkim_aligned=dkim_aligned,
        spam=tuple(spam), notes=tuple(notes),
    )


# --- the bounce's side --------------------------------------------------------------------------

_HOST_IN_TEXT = re.compile(r"(?<![@\w.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-])")
_IP_IN_TEXT = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:.]{2,45})\]|(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


_DIAG_HOST = re.compile(
    r"(?:\bhost|\bserver|\bby)[ \t]{1,3}((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})\b"
    r"|(?<![A-Za-z0-9.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})[ \t]{0,2}\[(?:IPv6:)?[0-9A-Fa-f:.]{2,45}\]"
)


def _stopped(report: Report | None) -> tuple[set[str], set[str], str | None]:
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


def authentication_sentence(analysis: HeaderAnalysis, report: Report | None) -> str | None:
    """When the bounce is an authentication rejection and a check failed, one sentence linking them."""
    if report is None or analysis.primary is None:
        return None
    if not any(r.reason == "authfailure" or (r.status or "") in AUTH_STATUSES for r in report.failed):
        return None
    a = analysis.primary.authentication
    parts: list[str] = []

    def where(c: AuthCheck) -> str:
        hop = next((h for h in analysis.primary.hops if h.index == c.hop), None) if c.hop else None
        host = (hop.receiver if hop else None) or c.checked_by
        if c.hop and host:
            return f" at hop {c.hop} ({host})"
        if c.hop:
            return f" at hop {c.hop}"
        return f" at {host}" if host else ""

    for d in a.dkim:
        if d.failed:
            whose = "Your domain's" if d.domain and a.from_domain and d.aligned else (
                f"The DKIM signature of {d.domain}" if d.domain else "The")
            subject = f"{whose} DKIM signature" if whose.endswith("'s") or whose == "The" else whose
            parts.append(f"{subject} failed{where(d)}.")
            break
    if a.spf and a.spf.failed:
        dom = a.spf.domain or a.from_domain
        parts.append(f"SPF {'soft-failed' if a.spf.result == 'softfail' else 'failed'}"
                     f"{' for ' + dom if dom else ''}{where(a.spf)}.")
    if a.dmarc and a.dmarc.failed:
        dom = a.dmarc.domain or a.from_domain
        parts.append(f"DMARC failed{' for ' + dom if dom else ''}{where(a.dmarc)}.")
    if not parts and a.dmarc_alignment_ok is False and (a.spf or a.dkim):
        parts.append(f"Neither SPF nor DKIM passed for a domain that matches the From domain "
                     f"{a.from_domain or ''}, so DMARC could not pass.".replace("  ", " ").replace(" ,", ","))
    return " ".join(parts) or None


# --- putting it together -----------------------------------------------------------------------


def _block(raw: RawBlock, stopped_hosts: set[str], stopped_ips: set[str]) -> HeaderBlock:
    date = None
    for h in raw.headers:
        if h.lname == "date":
            from .dates import parse_date

            pd = parse_date(h.value)
            date = pd.when if pd else None
            break
    hops, notes, total = _hops(raw, stopped_hosts, stopped_ips, date)
    authn = _authentication(raw, hops)
    return HeaderBlock(raw.source, raw.label, raw.start, raw.end, raw.headers, tuple(hops), total, date, authn,
                       tuple(notes))


def _primary(blocks: list[RawBlock], report: Report | None) -> int:
    if not blocks:
        return -1
    own = report is not None and report.kind in (MessageKind.NOT_BOUNCE, MessageKind.AUTOREPLY)
    if not own:
        def score(b: RawBlock) -> int:
            rcv = sum(1 for h in b.headers if h.lname == "received")
            return rcv * 10 + sum(1 for h in b.headers if h.lname in ("from", "message-id", "authentication-results"))

        for source in (ATTACHED, HEADERS_PART, QUOTED):
            cands = [i for i, b in enumerate(blocks) if b.source == source]
            if cands:
                best = max(cands, key=lambda i: score(blocks[i]))
                if source != QUOTED or score(blocks[best]) > 0:
                    return best
    tops = [i for i, b in enumerate(blocks) if b.source == TOP]
    return tops[0] if tops else 0


def analyse_parsed(parsed: Parsed, report: Report | None = None) -> HeaderAnalysis:
    """The analysis of an already parsed message; offsets index ``parsed.text``."""
    raws = find_blocks(parsed)
    pi = _primary(raws, report)
    hosts, ips, stopped_host = _stopped(report)
    blocks = []
    for i, raw in enumerate(raws):
        if i == pi and (raw.source != TOP or report is None or report.kind not in (MessageKind.BOUNCE,
                                                                                   MessageKind.DELAY)):
            blocks.append(_block(raw, hosts, ips))
        else:
            blocks.append(_block(raw, set(), set()))
    notes: list[str] = []
    if pi >= 0 and stopped_host and not any(h.stopped_here for h in blocks[pi].hops):
        notes.append(f"The server that refused the message ({stopped_host}) added no Received header to it: "
                     f"it refused the message after the last hop shown.")
    analysis = HeaderAnalysis(tuple(blocks), pi, stopped_host, None, tuple(notes))
    sentence = authentication_sentence(analysis, report)
    if sentence:
        analysis = HeaderAnalysis(analysis.blocks, pi, stopped_host, sentence, analysis.notes)
    return analysis


def analyse(data: bytes | str, report: Report | None = None) -> HeaderAnalysis:
    """Read the headers of a message (a bounce or not). ``report`` is ``diagnose(data)``, when there is one:
    it tells which server refused the message and whether the bounce is an authentication rejection.

    Offsets index ``mime.parse(data).text``, which equals ``diagnose(data).text``.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    return analyse_parsed(parse(data), report)
