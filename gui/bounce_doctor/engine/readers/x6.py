"""An unknown MTA ("X6" in sisimai's corpus).

Recognised by "We had trouble delivering your message. Full details follow:".
Each recipient has a line ``SMTP Server <host> rejected recipient <address>
(Error following RCPT command). It responded as follows: [550 5.1.1 ...]``.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw

_SIGN = NoCase(r"we had trouble delivering your message")
_LINE = re.compile(r"SMTP Server <(?P<h>[^<>\s]{1,255})> rejected recipient <(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>"
                   r"(?: \(Error following (?P<c>[A-Z]{4}) command\))?[^\[\n]{0,200}\[(?P<d>[^\]\n]{1,1000})\]")


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:2000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for m in _LINE.finditer(ctx.body):
        upsert(raws, m.group("a"), diagnostic=m.group("d"), at=m.start("a"), diag_at=m.start("d"),
               command=m.group("c"), remote_mta=m.group("h"), replace=True)
    return raws
