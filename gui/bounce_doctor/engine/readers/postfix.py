"""Postfix.

Recognised by the subject "Undelivered Mail Returned to Sender" or the opening
"This is the Postfix program at host ..." / "This is the mail system at host
...". Each failed recipient has a paragraph ``<address>: host mx[ip] said: 550
... (in reply to RCPT TO command)`` (the reply may be folded over several
lines) or ``<address>: <local reason>``. The paragraph gives the command that
failed, which the delivery-status part lacks.
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import blocks, find_command, host_in, upsert
from .base import Context, Raw

_SIGN = NoCase(r"this is the (?:postfix program|mail system) at host|undelivered mail returned to sender|"
               r"postfix program")
_START = re.compile(r"^[ \t]*<(?P<a>[^<>@\s]{1,200}@[^<>\s]{1,255})>(?: \(expanded from <[^>]{1,300}>\))?:", re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.subject) or _SIGN.search(ctx.body[:3000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for addr, text, at, tat in blocks(ctx.body, _START):
        said = text.split(" said: ", 1)
        diag = said[1] if len(said) == 2 else text.split(":", 1)[1].strip()
        diag = re.sub(r"\s*\(in reply to [^)]{1,40}\)\s*$", "", diag)
        upsert(raws, addr, diagnostic=diag, at=at, diag_at=tat, command=find_command(text),
               remote_mta=host_in(text) if len(said) == 2 else None)
    return raws
