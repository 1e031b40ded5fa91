"""The spans of a Report: where each recipient's address, reply, codes and servers stand in the
display text, and the codes elsewhere in the bounce's own text."""

from __future__ import annotations

from operator import attrgetter

from .codes import find_enhanced, find_reply, normalise_status
from .mime import Parsed
from .model import RecipientResult, Span, SpanKind
from .readers.base import Raw


def _find(text: str, needle: str, hint: int = -1, *, fold: bool = False) -> int:
    if not needle:
        return -1
    if hint >= 0 and text.startswith(needle, hint) if not fold else text[hint : hint + len(needle)].lower() == needle.lower():
        return hint
    hay = text.lower() if fold else text
    n = needle.lower() if fold else needle
    if hint >= 0:
        i = hay.find(n, hint)
        if i != -1:
            return i
    return hay.find(n)


def find_spans(parsed: Parsed, raws: list[Raw], results: list[RecipientResult], report_mta: tuple[int, str] | None) -> list[Span]:
    text = parsed.text
    spans: list[Span] = parsed.header_spans()
    own = len(spans)  # the spans after the headers' (which belong to no recipient)
    limit = parsed.original_start if parsed.original_start > 0 else len(text)
    for i, (raw, res) in enumerate(zip(raws, results, strict=True)):
        at = _find(text, res.address, raw.address_at, fold=True)
        if at >= 0:
            spans.append(Span(at, at + len(res.address), SpanKind.RECIPIENT, i, res.address))
        if res.diagnostic:
            d = _find(text, res.diagnostic, raw.diagnostic_at)
            if d < 0:  # a reply joined from several lines: mark its first line
                first = res.diagnostic.split("\n")[0][:60]
                d = _find(text, first, raw.diagnostic_at)
                dlen = len(first)
            else:
                dlen = len(res.diagnostic)
            if d >= 0:
                spans.append(Span(d, d + dlen, SpanKind.DIAGNOSTIC, i, res.diagnostic))
                seg = text[d : d + dlen]
                for f in find_enhanced(seg, d):
                    spans.append(Span(f.start, f.end, SpanKind.STATUS_CODE, i, f.code))
                for f in find_reply(seg, d):
                    spans.append(Span(f.start, f.end, SpanKind.REPLY_CODE, i, f.code))
        if res.status and not any(s.recipient == i and s.kind == SpanKind.STATUS_CODE for s in spans[own:]):
            # the Status field of the DSN
            for block in parsed.dsn_blocks:
                f = block.get("status")
                if f and normalise_status(f.value) == res.status and f.value_start < limit:
                    spans.append(Span(f.value_start, f.value_start + len(res.status), SpanKind.STATUS_CODE, i, res.status))
                    break
        if res.remote_mta:
            r = _find(text, res.remote_mta, raw.address_at if raw.address_at >= 0 else -1, fold=True)
            if r >= 0:
                spans.append(Span(r, r + len(res.remote_mta), SpanKind.REMOTE_MTA, i, res.remote_mta))
    if report_mta:
        spans.append(Span(report_mta[0], report_mta[0] + len(report_mta[1]), SpanKind.REPORTING_MTA, -1, report_mta[1]))
    # codes elsewhere in the bounce's own text (transcripts, human part)
    taken = {(s.start, s.end) for s in spans[own:]}  # a header's spans lie outside every text part
    for part in parsed.text_parts:
        seg = text[part.start : part.end]
        for f in find_enhanced(seg, part.start):
            if (f.start, f.end) not in taken:
                spans.append(Span(f.start, f.end, SpanKind.STATUS_CODE, -1, f.code))
        for f in find_reply(seg, part.start):
            if (f.start, f.end) not in taken:
                spans.append(Span(f.start, f.end, SpanKind.REPLY_CODE, -1, f.code))
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    spans.sort(key=_POSITION)
    return spans


_POSITION = attrgetter("start", "end")
