"""The authentication of a header block: its SPF, DKIM, DMARC and ARC results, aligned with the
From domain and placed at the hop that checked them, its DKIM signatures and spam verdicts."""

from __future__ import annotations

import re

from . import auth as _auth
from . import spam as _spam
from .auth import PUBLIC_SUFFIX_NOTE, aligned, domain_of
from .blocks import HeaderRef, RawBlock
from .model import AuthCheck, Authentication, DkimSignatureRef, Hop, SpamVerdict


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


def authentication_of(block: RawBlock, hops: list[Hop]) -> Authentication:
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
