"""Zoho Mail.

Recognised by "ERROR_CODE :" or "ResponseCode NNN" in the bounce's text (with a
sender or text naming Zoho, or "created automatically by mail delivery").
Each recipient has one line: ``address Invalid Address, ERROR_CODE :550,
ERROR_CODE :5.2.1 <address>... User Unknown`` (reply code, then status), or in
delay warnings ``[Status: Error, Address: <address>, ResponseCode 421, , Host
not reachable.]``.
"""

from __future__ import annotations

import re

from ._common import upsert
from .base import Context, Raw

_LINE = re.compile(r"^(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255}) [^\n,]{0,100}, ERROR_CODE :(?P<r>\d{3})?, "
                   r"ERROR_CODE :(?P<s>\d\.\d{1,3}\.\d{1,3})?,? ?(?P<d>[^\n]{0,1000})$", re.M)
_WARN = re.compile(r"\[Status: \w{1,20}, Address: <(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>, ResponseCode (?P<r>\d{3})?,"
                   r" ?,? ?(?P<d>[^\]\n]{0,1000})\]")


def recognise(ctx: Context) -> bool:
    head = ctx.body[:4000]
    return ("ERROR_CODE :" in head or "ResponseCode " in head) and (
        "zoho" in ctx.sender.lower() or "zoho" in ctx.body[:20000].lower())


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for pat in (_LINE, _WARN):
        for m in pat.finditer(ctx.body):
            raw = upsert(raws, m.group("a"), diagnostic=m.group("d").strip() or None, at=m.start("a"),
                         diag_at=m.start("d"), replace=True)
            if m.group("r"):
                raw.reply_code = m.group("r")
            if "s" in m.groupdict() and m.group("s"):
                raw.status = m.group("s")
    return raws
