"""Google Groups.

Recognised by an X-Failed-Recipients header naming a googlegroups.com address
(or a text pointing to groups.google.com) in a bounce from Google. The group
refused the post: it does not exist or the sender may not post to it. The
text gives no code; the reason is "rejected" (the sender is refused). A
delivery report with the remote server's reply is left to the generic readers.
"""

from __future__ import annotations

import re

from .. import rules
from ..nocase import NoCase
from ._common import upsert
from .base import ADDRESS, Context, Raw, fold

_SIGN = NoCase(r"groups\.google\.com|google groups|googlegroups\.com")


def recognise(ctx: Context) -> bool:
    failed = ctx.parsed.header("x-failed-recipients") or ""  # type: ignore[attr-defined]
    return bool(failed and (re.search(r"googlegroups\.com", failed, re.I) or _SIGN.search(ctx.body[:6000]))
                and re.search(r"google", ctx.sender + (ctx.parsed.header("message-id") or ""), re.I))  # type: ignore[attr-defined]


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    if any(r.status or r.reply_code for r in raws):
        # a delivery report carrying the remote server's answer (Gmail's "Address not found",
        # 550 5.1.1): the address failed, the group did not refuse the post
        return raws
    failed = ctx.parsed.header("x-failed-recipients") or ""  # type: ignore[attr-defined]
    para = ctx.body.strip().split("\n\n")
    diag = fold("\n".join(p for p in para[:3] if p.strip()))[:600] or None
    out: list[Raw] = []
    for m in ADDRESS.finditer(failed):
        raw = upsert(out, m.group(0), diagnostic=diag, reason=rules.active().reader_reason("googlegroups", ctx.body[:6000]))
        raw.address_at = ctx.parsed.text.find(m.group(0))  # type: ignore[attr-defined]
    return out or raws
