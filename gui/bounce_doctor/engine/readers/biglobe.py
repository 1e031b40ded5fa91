"""BIGLOBE (biglobe.ne.jp).

Recognised by a sender at biglobe.ne.jp or by the banners "----- The following
addresses had delivery problems -----" and "----- Non-delivered information
-----". The addresses stand one a line under the first banner, the reason under
the second.
"""

from __future__ import annotations

from ..nocase import NoCase
from ._common import upsert
from .base import ADDRESS, Context, Raw, fold, paragraph_after

_SIGN = NoCase(r"(?<!-)-{3,} ?the following addresses had delivery problems ?-{3,}")
_INFO = NoCase(r"(?<!-)-{3,} ?non-delivered information ?-{3,}\n")


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:3000]) and (_INFO.search(ctx.body[:6000]) or "biglobe" in ctx.sender.lower()))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    s = _SIGN.search(ctx.body)
    if not s:
        return raws
    info = _INFO.search(ctx.body, s.end())
    area = ctx.body[s.end() : info.start() if info else min(len(ctx.body), s.end() + 3000)]
    diag, dat = (None, -1)
    if info:
        text, dat = paragraph_after(ctx.body, info.end())
        diag = fold(text) or None
    for m in ADDRESS.finditer(area):
        upsert(raws, m.group(0), diagnostic=diag, at=s.end() + m.start(), diag_at=dat, replace=True)
    return raws
