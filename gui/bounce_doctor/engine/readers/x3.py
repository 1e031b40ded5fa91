"""An unknown MTA ("X3" in sisimai's corpus).

Recognised by "This is an automatically generated Delivery Status
Notification" followed by "Delivery to the following recipients failed
permanently:"; each recipient is a bullet ``* address``.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw

_SIGN = NoCase(r"delivery to the following recipients failed(?: permanently)?:")
_BULLET = re.compile(r"^[ \t]{0,8}\* <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?[ \t]*$", re.M)


def recognise(ctx: Context) -> bool:
    head = ctx.body[:3000]
    return "automatically generated delivery status notification" in head.lower() and bool(_SIGN.search(head)) and bool(_BULLET.search(head))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for m in _BULLET.finditer(ctx.body):
        upsert(raws, m.group("a"), at=m.start("a"))
    return raws
