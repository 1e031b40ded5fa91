"""Exim (and services built on it: Mail.ru, MXLogic, many hosting providers).

Recognised by an X-Failed-Recipients header together with Exim's opening "This
message was created automatically by mail delivery software" or "The following
address(es) failed", or by the subject "Mail delivery failed: returning
message to sender". Each failed address stands indented on its own line, the
reason below it, further indented: ``SMTP error from remote mail server after
RCPT TO:<a>: host mx [ip]: 550 ...``, ``retry timeout exceeded``, ``all hosts
have been failing for a long time``, ``Unrouteable address``.
"""

from __future__ import annotations

import re

from ._common import blocks, find_command, host_in, upsert
from .base import Context, Raw

_SIGN = re.compile(r"created automatically by mail delivery software|following address(?:\(es\)|es)? failed|"
                   r"mail delivery failed: returning message|could not be delivered to one or more of its recipients|"
                   r"recipient addresses that were\s{1,4}incorrectly constructed",
                   re.I)
_START = re.compile(r"^[ \t]{1,8}<?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?(?:[ \t]*\([^)\n]{0,200}\))?[ \t]*:?[ \t]*$",
                    re.M)


# "kijitora@example.com <neko@example.net>: malformed address: ..." (a To line Exim could not parse)
_MALFORMED = re.compile(r"^[ \t]{1,8}(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})[^\n:]{0,300}: (?P<d>malformed address:[^\n]{0,500})$",
                        re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.subject) or _SIGN.search(ctx.body[:4000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for addr, text, at, tat in blocks(ctx.body, _START):
        rest = text.split(None, 1)[1] if " " in text else ""
        rest = re.sub(r"^\([^)]{0,200}\)\s*", "", rest).strip()
        if not rest:
            continue
        upsert(raws, addr, diagnostic=rest, at=at, diag_at=tat, command=find_command(text), replace=True,
               remote_mta=host_in(text))
    for m in _MALFORMED.finditer(ctx.body):
        upsert(raws, m.group("a"), diagnostic=m.group("d").strip(), at=m.start("a"), diag_at=m.start("d"),
               reason="syntaxerror")
    return raws
