"""Microsoft Exchange Server 5.5 to 2003.

Recognised by "did not reach the following recipient(s)" (with "Your message"
above it) or an X-MS-Embedded-Report header. Each recipient line reads
``address on <date>``; indented lines under it give the reason and an
Exchange diagnostic such as ``MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown
Recipient``. The hexadecimal code names the cause. A recipient reached through
X.400 has no Internet address: its line gives only the display name, and that
name is the recipient.
"""

from __future__ import annotations

import re

from .. import rules
from ..nocase import NoCase
from ._common import blocks, upsert
from .base import Context, Raw

_SIGN = NoCase(r"did not reach the following recipient")
_START = re.compile(r"^[ \t]*(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255}) on [^\n]{4,80}$", re.M)
# an X.400 recipient has no Internet address: the line gives its display name, then the date
_START_NAME = re.compile(
    r"^[ \t]*(?P<a>[^\s@<>:][^\n@<>:]{0,118}?) on (?:[A-Z][a-z]{2},? )?\d{1,4}[ /.-][^\n]{2,60}$", re.M
)
# Exchange's own codes
_CODE = re.compile(r"\((?P<c>[0-9A-F]{8})\)")


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:4000]) or ctx.parsed.header("x-ms-embedded-report") is not None)  # type: ignore[attr-defined]


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    start = _SIGN.search(ctx.body)
    body = ctx.body[start.end() :] if start else ctx.body
    base = start.end() if start else 0
    listed = blocks(body, _START) or blocks(body, _START_NAME)
    if listed:
        # the addresses of the "Your message / To: ..." summary above are not recipients that failed
        keep = {a.lower() for a, _t, _a, _s in listed}
        raws[:] = [r for r in raws if r.address.lower() in keep or r.status]
    for addr, text, at, tat in listed:
        rest = text.split("\n", 1)[-1]
        after = text[text.find(" on ") :]
        diag = re.sub(r"^ on .{4,60}?(?:[AP]M|\d\d:\d\d(?::\d\d)?(?: [+-]\d{4})?)\s*", "", after)
        m = _CODE.search(rest)
        upsert(raws, addr, diagnostic=diag or None, at=base + at, diag_at=base + tat, replace=True,
               reason=rules.active().reader_reason("exchange2003", m.group(0)) if m else None)
    return raws
