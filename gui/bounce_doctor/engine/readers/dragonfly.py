"""DragonFly Mail Agent (dma).

Recognised by the opening "This is the DragonFly Mail Agent ... at host". The
recipient is named in "There was an error delivering your mail to <address>.";
the paragraph after it is the reason (an SMTP reply or "DNS lookup failure").
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw, fold, paragraph_after

_SIGN = NoCase(r"this is the dragonfly mail agent")
_RCPT = re.compile(r"error delivering your mail to <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?", re.I)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:2000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for m in _RCPT.finditer(ctx.body):
        start = ctx.body.find("\n\n", m.end())
        text, at = paragraph_after(ctx.body, start + 2) if start != -1 else ("", -1)
        upsert(raws, m.group("a"), diagnostic=fold(text) or None, at=m.start("a"), diag_at=at, replace=True)
    return raws
