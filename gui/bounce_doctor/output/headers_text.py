"""The header analysis as text and as JSON-ready dicts, for the command line."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from ..engine.headers import AuthCheck, Authentication, HeaderAnalysis, HeaderBlock, Hop


def duration(seconds: float | None) -> str:
    """3 s, 2 min 5 s, 1 h 4 min, 2 d 3 h."""
    if seconds is None:
        return "unknown"
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s" if s % 60 else f"{s // 60} min"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def _iso(hop: Hop) -> str | None:
    return hop.time.isoformat() if hop.time else None


def hop_dict(hop: Hop) -> dict[str, Any]:
    return {
        "hop": hop.index,
        "from": hop.from_,
        "from_host": hop.from_host,
        "from_ip": hop.from_ip,
        "by": hop.by,
        "by_host": hop.by_host,
        "by_ip": hop.by_ip,
        "with": hop.with_,
        "id": hop.id,
        "for": hop.for_,
        "time": _iso(hop),
        "zone_known": hop.zone_known,
        "delay_seconds": hop.delay_seconds,
        "share": round(hop.share, 4) if hop.share is not None else None,
        "clock_skew": hop.clock_skew,
        "stopped_here": hop.stopped_here,
        "offsets": [hop.header.start, hop.header.end],
    }


def _check(c: AuthCheck | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"result": c.result, "domain": c.domain, "selector": c.selector, "aligned": c.aligned,
            "checked_by": c.checked_by, "hop": c.hop, "header": c.source}


def auth_dict(a: Authentication) -> dict[str, Any]:
    return {
        "from_domain": a.from_domain,
        "spf": _check(a.spf),
        "dkim": [_check(d) for d in a.dkim],
        "dmarc": _check(a.dmarc),
        "arc": _check(a.arc),
        "spf_aligned": a.spf_aligned,
        "dkim_aligned": a.dkim_aligned,
        "dmarc_alignment_ok": a.dmarc_alignment_ok,
        "dkim_signatures": [{"domain": s.domain, "selector": s.selector, "aligned": s.aligned} for s in a.signatures],
        "spam_filters": [{"header": v.header.name, "key": v.key, "value": v.value, "meaning": v.meaning,
                          "severity": v.severity} for v in a.spam],
        "notes": list(a.notes),
    }


def analysis_dict(analysis: HeaderAnalysis, name: str | None) -> dict[str, Any]:
    p = analysis.primary
    return {
        "file": name,
        "source": p.label if p else None,
        "hops": [hop_dict(h) for h in p.hops] if p else [],
        "total_delay_seconds": p.total_seconds if p else None,
        "authentication": auth_dict(p.authentication) if p else None,
        "stopped_host": analysis.stopped_host,
        "sentence": str(analysis.sentence) if analysis.sentence else None,
        "notes": list(analysis.notes) + (list(p.notes) if p else []),
        "other_blocks": [{"source": b.label, "hops": len(b.hops)} for i, b in enumerate(analysis.blocks)
                         if i != analysis.primary_index],
    }


def _hop_line(h: Hop) -> str:
    when = h.time.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if h.time else "time unknown       "
    parts = [f"{h.index:>3}. {when}"]
    if h.clock_skew:
        delay = "clocks disagree"
    elif h.delay_seconds is None:
        delay = ""
    else:
        delay = f"+{duration(h.delay_seconds)}" + (f" ({h.share:.0%})" if h.share is not None else "")
    if delay:
        parts.append(f"[{delay}]")
    sender = h.sender or "?"
    if h.from_ip and h.from_ip != sender:
        sender += f" [{h.from_ip}]"
    parts.append(f"from {sender} by {h.receiver or '?'}")
    if h.with_:
        parts.append(f"with {h.with_}")
    if h.stopped_here:
        parts.append("<- delivery stopped here")
    return "  ".join(parts)


def _check_line(label: str, c: AuthCheck | None) -> str:
    if c is None:
        return f"  {label}: not recorded"
    s = f"  {label}: {c.result}"
    if c.domain:
        s += f" for {c.domain}"
    if c.selector:
        s += f" (selector {c.selector})"
    if c.aligned is not None:
        s += ", aligned with From" if c.aligned else ", NOT aligned with From"
    where = c.checked_by or ""
    if c.hop:
        where = f"hop {c.hop}" + (f", {c.checked_by}" if c.checked_by else "")
    if where:
        s += f"  [checked at {where}]"
    return s


def block_text(b: HeaderBlock) -> list[str]:
    lines = [f"Delivery path of {b.label}: {len(b.hops)} hop{'s' if len(b.hops) != 1 else ''}"
             + (f", {duration(b.total_seconds)} in all" if b.total_seconds is not None else "")]
    lines.extend(_hop_line(h) for h in b.hops)
    a = b.authentication
    lines.append("Authentication" + (f" (From domain {a.from_domain})" if a.from_domain else "") + ":")
    lines.append(_check_line("SPF", a.spf))
    if a.dkim:
        lines.extend(_check_line("DKIM", d) for d in a.dkim)
    elif a.signatures:
        for s in a.signatures:
            al = "" if s.aligned is None else (", aligned with From" if s.aligned else ", NOT aligned with From")
            lines.append(f"  DKIM: signed by {s.domain} (selector {s.selector}), result not recorded{al}")
    else:
        lines.append("  DKIM: not recorded")
    lines.append(_check_line("DMARC", a.dmarc))
    if a.arc:
        lines.append(_check_line("ARC", a.arc))
    ok = a.dmarc_alignment_ok
    if ok is not None:
        lines.append("  Alignment: " + ("SPF or DKIM passed for the From domain, as DMARC requires" if ok else
                                        "neither SPF nor DKIM passed for the From domain"))
    if a.spam:
        lines.append("Spam filters:")
        lines.extend(f"  {v.header.name}: {v.meaning}" for v in a.spam)
    lines.extend(f"Note: {n}" for n in b.notes)
    return lines


def analysis_text(analysis: HeaderAnalysis, name: str | None) -> str:
    lines = [name or "(input)"]
    p = analysis.primary
    if p is None:
        lines.append("No headers were found.")
        return "\n".join(lines)
    lines.extend(block_text(p))
    if analysis.sentence:
        lines.append(str(analysis.sentence))
    lines.extend(f"Note: {n}" for n in analysis.notes)
    others = [b for i, b in enumerate(analysis.blocks) if i != analysis.primary_index]
    if others:
        lines.append("Also found: " + "; ".join(f"{b.label} ({len(b.hops)} hop{'s' if len(b.hops) != 1 else ''})" for b in others))
    return "\n".join(lines)


def headers_block(analysis: HeaderAnalysis, name: str | None, as_json: bool) -> str:
    """The header analysis of one message as ``bounce-doctor headers`` prints it."""
    if as_json:
        return json.dumps(analysis_dict(analysis, name), ensure_ascii=False)
    return analysis_text(analysis, name)
