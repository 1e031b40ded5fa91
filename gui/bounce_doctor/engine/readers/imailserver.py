"""Ipswitch IMail Server.

Recognised by the subject "Undeliverable Mail" together with a line ``<reason>:
address`` (``Unknown user: a``, ``User mailbox exceeds allowed size: a``,
``Host unknown: a``) before "Original message follows.". The reason may be
followed by an indented SMTP transcript, which gives the reply.
"""

from __future__ import annotations

import re

from .. import rules
from ._common import upsert
from .base import Context, Raw

_SUBJECT = re.compile(r"^\s*undeliverable mail\s*$", re.I)
_LINE = re.compile(r"^(?P<d>[A-Za-z][^:\n]{2,120}): <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?[ \t]*$", re.M)
# IMail's own sentences and the cause each names
_FOLLOWS = re.compile(r"^original message follows\.?", re.I | re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SUBJECT.match(ctx.subject) and _LINE.search(ctx.body[:4000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    stop = _FOLLOWS.search(ctx.body)
    body = ctx.body[: stop.start()] if stop else ctx.body
    for m in _LINE.finditer(body):
        d = m.group("d").strip()
        if d.lower() in ("to", "from", "cc", "sender", "reply-to"):
            continue
        end = body.find("\n\n", m.end())
        extra = body[m.end() : end if end != -1 else len(body)].strip()
        diag = d + (": " + " ".join(extra.split()) if extra else "")
        reason = rules.active().reader_reason("imailserver", d)  # IMail's own lines (rules/formats.toml)
        upsert(raws, m.group("a"), diagnostic=diag, at=m.start("a"), diag_at=m.start("d"), replace=True, reason=reason)
    return raws
