"""GMX and 1&1 (mail.com, kundenserver.de): Exim-like notices of their own.

Recognised by "--- The header of the original message is following. ---" or a
sender at kundenserver.de, gmx.net or gmx.de together with "The following
address(es) failed". Each failed address stands at the start of a line ending
in a colon; the lines below it give the reason, e.g. ``SMTP error from remote
server for TEXT command, host: mx (ip) reason: 550 5.2.0 ...``.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import blocks, host_in, upsert
from .base import Context, Raw

_SIGN = NoCase(r"the header of the original message is following|kundenserver\.de|@gmx\.(?:net|de|com)")
_FAILED = NoCase(r"following address(?:\(es\)|es)?\s{1,4}failed")
_START = re.compile(r"^[ \t]{0,4}<?(?P<a>[^<>@\s:]{1,200}@[\w.-]{1,255})>?:[ \t]*$", re.M)
_CMD = re.compile(r"for (?P<c>TEXT|DATA|RCPT(?: TO)?|MAIL(?: FROM)?) command", re.I)
_REASON = NoCase(r"\breason: ")
_HOST = re.compile(r"host: ([\w.-]{1,253})")


def recognise(ctx: Context) -> bool:
    head = ctx.body[:3000]
    return bool(_FAILED.search(head) and (_SIGN.search(ctx.sender) or _SIGN.search(ctx.body[:20000])))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for addr, text, at, tat in blocks(ctx.body, _START):
        rest = text.split(":", 1)[1].strip() if ":" in text else ""
        if not rest:
            continue
        m = _REASON.search(rest)
        diag = rest[m.end():] if m else rest
        c = _CMD.search(rest)
        cmd = {"TEXT": "DATA"}.get(c.group("c").upper(), c.group("c").split()[0].upper()) if c else None
        h = _HOST.search(rest)
        upsert(raws, addr, diagnostic=diag, at=at, diag_at=tat, command=cmd, replace=True,
               remote_mta=h.group(1) if h else host_in(rest))
    return raws
