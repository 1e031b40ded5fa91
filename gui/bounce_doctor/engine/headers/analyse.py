"""The header analysis put together: every header block read, the one to show first chosen,
and the refusing server and authentication sentence of the bounce added."""

from __future__ import annotations

from ..mime import Parsed, parse
from ..model import MessageKind, Report
from .authentication import authentication_of
from .blocks import ATTACHED, HEADERS_PART, QUOTED, TOP, RawBlock, find_blocks
from .model import HeaderAnalysis, HeaderBlock
from .path import hops_of
from .refusal import authentication_sentence, stopped


def _block(raw: RawBlock, stopped_hosts: set[str], stopped_ips: set[str]) -> HeaderBlock:
    date = None
    for h in raw.headers:
        if h.lname == "date":
            from .dates import parse_date

            pd = parse_date(h.value)
            date = pd.when if pd else None
            break
    hops, notes, total = hops_of(raw, stopped_hosts, stopped_ips, date)
    authn = authentication_of(raw, hops)
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
    hosts, ips, stopped_host = stopped(report)
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
    """Read the headers of raw bytes that were not diagnosed (``report``, when given, tells which server
    refused the message and whether the bounce is an authentication rejection).

    Offsets index ``mime.parse(data).text``. For a message that is diagnosed, use
    ``examine(data).headers()``: it reads the diagnosis's own parse (an Outlook .msg decoded, a bounce
    whose boundary was lost read as plain text), so its offsets index ``report.text``.
    """
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    return analyse_parsed(parse(data), report)
