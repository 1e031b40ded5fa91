"""Trend Micro InterScan Messaging Security Suite (InterScan MSS).

Recognised by a sender named "InterScan MSS" or "InterScan" or by the
transcript lines ``Sent <<< RCPT TO:<address>`` and ``Received >>> 550 ...``:
the reply received after a recipient's RCPT TO is that recipient's.
"""

from __future__ import annotations

import re

from .. import rules
from ._common import upsert
from .base import Context, Raw

_SENT = re.compile(r"^Sent <<< (?P<c>[A-Z]{4})[^\n<]{0,20}<?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})?>?[^\n]{0,200}\n"
                   r"Received >>> (?P<d>[^\n]{1,1000})", re.M)


# InterScan's own notice when the next server refused the recipient: "Unable to deliver message to
# <a> (and other recipients in the same domain). Please check if address is correct."
_UNABLE = re.compile(r"unable to deliver message to <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?", re.I)


def recognise(ctx: Context) -> bool:
    head = ctx.body[:6000]
    return ("interscan" in ctx.sender.lower() or "\nSent <<< RCPT TO:" in head
            or "message from interscan messaging security suite" in head.lower())


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    last = None
    if not _SENT.search(ctx.body):
        for m in _UNABLE.finditer(ctx.body):
            upsert(raws, m.group("a"), at=m.start("a"), reason=rules.active().reader_reason("trendmicro", m.group(0)))
    for m in _SENT.finditer(ctx.body):
        if m.group("c") == "RCPT" and m.group("a"):
            last = m.group("a")
            upsert(raws, last, diagnostic=m.group("d").strip(), at=m.start("a"), diag_at=m.start("d"),
                   command="RCPT", replace=True)
        elif m.group("c") == "DATA" and last:
            upsert(raws, last, diagnostic=m.group("d").strip(), diag_at=m.start("d"), command="DATA", replace=True)
    return raws
