"""Active!Hunter (a Japanese mail filter gateway), Sendmail-like.

Recognised by a MIME boundary naming Active!Hunter, or by Sendmail's "The
following addresses had permanent fatal errors" followed by a line
``>>> address <address>``. The reply is the first line under "Transcript of
session follows".
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw

_SIGN = NoCase(r"following addresses had permanent fatal errors -{2,}\n>>> ")
_RCPT = re.compile(r"^>>> [^\n<]{0,300}<(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>", re.M)
_TRANSCRIPT = NoCase(r"transcript of session follows -{0,10}\n")


def recognise(ctx: Context) -> bool:
    ctype = ctx.parsed.header("content-type") or ""  # type: ignore[attr-defined]
    return "active!hunter" in ctype.lower() or bool(_SIGN.search(ctx.body[:3000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    t = _TRANSCRIPT.search(ctx.body)
    diag, dat = None, -1
    if t:
        end = ctx.body.find("\n", t.end())
        diag = ctx.body[t.end() : end if end != -1 else len(ctx.body)].strip() or None
        dat = t.end()
    for m in _RCPT.finditer(ctx.body):
        upsert(raws, m.group("a"), diagnostic=diag, at=m.start("a"), diag_at=dat, replace=True)
    return raws
