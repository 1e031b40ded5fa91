"""KDDI: au one net and EZweb (au) mail systems.

Recognised by "Could not be delivered to: <address>" in the bounce's text
(with a sender at dion.ne.jp, ezweb.ne.jp, au.com or auone-net.jp, or the
line "Your mail sent on:"). The lines after the address give the reason, e.g.
"As their mailbox is full.".
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw, fold

_RCPT = re.compile(r"could not be delivered to: <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?", re.I)
_SIGN = NoCase(r"dion\.ne\.jp|ezweb\.ne\.jp|au\.com|auone-net\.jp|your mail sent on:")


def recognise(ctx: Context) -> bool:
    head = ctx.body[:4000]
    return bool(_RCPT.search(head) and (_SIGN.search(ctx.sender) or _SIGN.search(head)))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for m in _RCPT.finditer(ctx.body):
        end = ctx.body.find("\n\n", m.end())
        text = ctx.body[m.end() : end if end != -1 and end - m.end() < 600 else m.end() + 600]
        upsert(raws, m.group("a"), diagnostic=fold(text) or None, at=m.start("a"), diag_at=m.end(), replace=True)
    return raws
