"""The delivery path of a header block: its Received headers as hops, oldest first, with the delay
of each, the clocks that disagree, and the hop where delivery stopped."""

from __future__ import annotations

from datetime import datetime

from .blocks import RawBlock
from .model import Hop
from .received import for_address, parse_received

MAX_HOPS = 200


def hops_of(block: RawBlock, stopped_hosts: set[str], stopped_ips: set[str],
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
