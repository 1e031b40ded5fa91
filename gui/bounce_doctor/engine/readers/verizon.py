"""Verizon Wireless (vtext.com, vzwpix.com) text-message gateways.

Recognised by "Error message below:" followed by "Message details:", whose
lines give ``RCPT TO: address``. The line after "Error message below:" is the
reply (``550 - Requested action not taken: no such user here``).
"""

from __future__ import annotations

import re

from ..codes import first_reply
from ._common import upsert
from .base import Context, Raw

_SIGN = re.compile(r"^error message below:\s*\n(?P<d>[^\n]{1,1000})", re.I | re.M)
_RCPT = re.compile(r"^[ \t]*RCPT TO: ?<?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?", re.M)


def recognise(ctx: Context) -> bool:
    head = ctx.body[:4000]
    return bool(_SIGN.search(head) and "message details:" in head.lower())


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    s = _SIGN.search(ctx.body)
    if not s:
        return raws
    for m in _RCPT.finditer(ctx.body, s.end()):
        raw = upsert(raws, m.group("a"), diagnostic=s.group("d").strip(), at=m.start("a"), diag_at=s.start("d"),
                     command="RCPT", replace=True)
        raw.reply_code = first_reply(raw.diagnostic)  # the reply is this line's, not a number of the details below
    return raws
