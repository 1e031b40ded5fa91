"""qmail (and Yahoo's and other providers' qmail-based bouncers).

Recognised by "Hi. This is the qmail-send program" or "I'm afraid I wasn't
able to deliver your message to the following addresses" (Yahoo's wording).
Each recipient opens a paragraph ``<address>:``; the reason follows:
``192.0.2.1 does not like recipient.`` (RCPT), ``failed after I sent the
message`` (DATA), ``Connected to ... but sender was rejected`` (MAIL), ``but my
name was rejected`` (HELO), then ``Remote host said: 550 ...``.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import blocks, find_command, upsert
from .base import Context, Raw

_SIGN = NoCase(r"this is the qmail-send program|wasn'?t able to deliver your message to the following address|"
               r"i'?m afraid i wasn'?t able to deliver")
_START = re.compile(r"^[ \t]*<(?P<a>[^<>@\s]{1,200}@[^<>\s]{1,255})>:", re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:4000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for addr, text, at, tat in blocks(ctx.body, _START):
        diag = text.split(":", 1)[1].strip() if ":" in text else text
        upsert(raws, addr, diagnostic=diag, at=at, diag_at=tat, command=find_command(text), replace=True)
    return raws
