"""Yahoo! Mail and AOL (the Yahoo-run mail system).

Recognised by "Sorry, we were unable to deliver your message to the following
address." Each recipient is a line ``<address>:`` followed by the remote reply
written as ``550: 5.1.1 text`` or ``Remote host said: 550 ... [RCPT_TO]``.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import blocks, find_command, upsert
from .base import Context, Raw

_SIGN = NoCase(r"sorry, we were unable to deliver your message to the following address")
_START = re.compile(r"^<(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>:[ \t]*$", re.M)
_CODE = re.compile(r"^(?:remote host said: )?(?P<r>[45]\d\d)(?:[: ]|$)", re.I)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:2000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for addr, text, at, tat in blocks(ctx.body, _START):
        rest = text.split(":", 1)[1].strip() if ":" in text else ""
        if not rest:
            continue
        raw = upsert(raws, addr, diagnostic=rest, at=at, diag_at=tat, replace=True, command=find_command(rest))
        m = _CODE.match(rest)
        if m:
            raw.reply_code = m.group("r")
        if "[RCPT_TO]" in rest:
            raw.command = "RCPT"
    return raws
