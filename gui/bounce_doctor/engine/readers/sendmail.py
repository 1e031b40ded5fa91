"""Sendmail (and V5 Sendmail).

Recognised by "----- Transcript of session follows -----" or "The following
addresses had permanent fatal errors". The transcript pairs each command with
the reply: ``>>> RCPT To:<a>`` then ``<<< 550 5.1.1 <a>... User unknown``; the
command that drew a recipient's reply is the one the failure belongs to. The
"(reason: ...)" line under an address gives the reply too.
"""

from __future__ import annotations

import re

from ..codes import first_reply
from ..nocase import NoCase
from ._common import upsert
from .base import Context, Raw

_SIGN = NoCase(r"transcript of session follows|following addresses had (?:permanent )?fatal errors|"
               r"returned mail: see transcript")
_PAIR = re.compile(r"^[ \t>]*>>> (?P<cmd>[A-Za-z]{4})\b(?P<arg>[^\n]{0,300})\n(?P<reply>(?:[ \t>]*<<< [^\n]{0,400}\n?){1,8})",
                   re.M)
_ADDR = re.compile(r"(?<![^<>@\s])<?([^<>@\s]{1,200}@[\w.-]{1,255})>?")  # starts where a run starts


# "554 <a>... 550 Host unknown": Sendmail's own code, then the remote server's reply (V5 Sendmail)
_RELAYED = re.compile(r"^[45]\d\d <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?\.\.\. (?P<d>(?P<r>[45]\d\d)[ -][^\n]{0,500})$", re.M)


# "554 <a>... Remote protocol error": Sendmail's summary for a recipient whose session failed at a
# command other than its RCPT; the reply to that command stands in the transcript just above
_PROTOCOL = re.compile(r"^[45]\d\d <?(?P<a>[^<>@\s]{1,200}@[\w.-]{1,255})>?\.\.\. Remote protocol error", re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.subject) or _SIGN.search(ctx.body[:6000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    pairs: list[tuple[int, str, str, int]] = []  # end, command, reply, reply offset
    for m in _PAIR.finditer(ctx.body):
        cmd = m.group("cmd").upper()
        reply_lines = [ln.strip().lstrip(">").strip()[4:] for ln in m.group("reply").split("\n") if ln.strip()]
        reply = " ".join(reply_lines)
        pairs.append((m.end(), cmd, reply, m.start("reply")))
        addrs = _ADDR.findall(m.group("arg")) if cmd == "RCPT" else []
        targets = addrs or [r.address for r in raws if r.address.lower() in reply.lower()] or (
            [r.address for r in raws] if cmd in ("DATA", "MAIL") and len(raws) == 1 else [])
        for a in targets:
            raw = upsert(raws, a, diagnostic=reply, diag_at=m.start("reply"), at=-1)
            if not raw.command:
                raw.command = cmd
    for m in _PROTOCOL.finditer(ctx.body):
        before = [p for p in pairs if p[0] <= m.start()]
        if not before or before[-1][1] == "RCPT":
            continue
        _end, cmd, reply, at = before[-1]
        raw = upsert(raws, m.group("a"), diagnostic=reply, diag_at=at, at=m.start("a"), replace=True)
        raw.command = cmd
        raw.reply_code = first_reply(reply)
    for m in _RELAYED.finditer(ctx.body):
        raw = upsert(raws, m.group("a"), diagnostic=m.group("d"), diag_at=m.start("d"), at=m.start("a"), replace=True)
        raw.reply_code = m.group("r")
    return raws
