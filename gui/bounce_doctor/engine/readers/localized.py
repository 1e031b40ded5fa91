"""Localised non-delivery reports: Exchange and Outlook in the sender's language,
and other mail systems' bounces written in German, French, Spanish, Italian,
Portuguese, Dutch, Polish, Swedish, Russian, Japanese or Chinese.

Recognised, after every MTA-specific reader has declined, by a localised subject
prefix ("Unzustellbar:", "Non remis :", "配信不能:" ...) from a mail system, or
by Exchange's administrators' section (in any language, English included) with
a recipient and its reply under it, or by a localised opening sentence ("Ihre Nachricht konnte nicht zugestellt
werden", "Не удалось доставить сообщение" ...) with an Exchange
administrators' section or an SMTP code near it. The phrases are in
:mod:`..phrases`.

Exchange keeps the server's reply in English under the localised section
title, as the recipient's address on one line and the reply on the next::

    Diagnoseinformationen für Administratoren:
    Generierender Server: mx1.example.com
    bob@example.org
    Remote Server returned '550 5.1.1 <bob@example.org>: User unknown'

(Exchange 2010 writes ``#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##``
instead.) Each such pair gives the recipient and the reply; the "Receiving
server" line names the remote server.
"""

from __future__ import annotations

import re

from .. import phrases
from ..codes import find_enhanced, find_reply
from ..kinds import BOUNCE_SENDER
from ._common import upsert
from .base import Context, Raw

_HEAD = 4000  # recognition reads the subject and this much of the text
_MAX_READ = 300_000  # as the other readers: at most this much of the text
_ADMIN_HEAD = 20000  # Exchange Online puts its administrators' section below the message hops

# the recipient's line and the reply under it
_PAIR = re.compile(
    r"^[ \t]*<?(?P<a>[\w.!#$%&'*+/=?^`{|}~-]{1,200}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10})>?"
    r"(?:<mailto:[^<>\s]{1,300}>)?[ \t]*\r?\n"
    r"[ \t]*(?:"
    r"(?:Remote Server|Server at [^\n']{1,255}) returned '(?P<r>[^\n']{1,1000})'"  # Exchange 2013 and later
    r"|#(?P<h>[245]\d\d[ -][^\n#]{1,1000}) ?##"  # Exchange 2010
    r")",
    re.M | re.I,
)


def recognise(ctx: Context) -> bool:
    head = ctx.body[:_HEAD]
    head_low = head.lower()
    parsed = ctx.parsed
    if phrases.LOCAL_SUBJECT.search(ctx.subject[:300]):
        rp = parsed.header("return-path")  # type: ignore[attr-defined]
        auto = (parsed.header("auto-submitted") or "").lower()  # type: ignore[attr-defined]
        if (
            BOUNCE_SENDER.search(ctx.sender)
            or (rp is not None and rp.strip() in ("<>", ""))
            or auto.startswith("auto-")
            or phrases.LOCAL_BODY.in_lower(head_low)
            or phrases.ADMIN_SECTION.in_lower(head_low)
        ):
            return True
    whole = _own_text(ctx)[:_ADMIN_HEAD]
    admin = phrases.ADMIN_SECTION.in_lower(whole.lower())
    if admin and _PAIR.search(whole):
        return True  # Exchange's administrators' section, in any language (English too: a pasted report)
    if phrases.LOCAL_BODY.in_lower(head_low):
        # an ordinary letter may say "konnte nicht zugestellt werden": ask for a report's other signs too
        return bool(
            admin
            or _PAIR.search(head)
            or find_enhanced(head)
            or find_reply(head)
            or BOUNCE_SENDER.search(ctx.sender)
        )
    return False


def _own_text(ctx: Context) -> str:
    """The display text up to the returned message. Not ``ctx.body``: that is cut at the
    first "Original message" words, and Exchange Online's "Original Message Details"
    stands above the administrators' section."""
    parsed = ctx.parsed
    end = parsed.original_start if parsed.original_start > 0 else len(parsed.text)  # type: ignore[attr-defined]
    return parsed.text[: min(end, _MAX_READ)]  # type: ignore[attr-defined]


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    body = _own_text(ctx)
    recv = phrases.RECEIVING.search(body)
    remote = recv.group("h").strip(".") if recv else None
    for m in _PAIR.finditer(body):
        group = "r" if m.group("r") is not None else "h"
        reply = m.group(group).strip()
        raw = next((r for r in raws if r.address.lower() == m.group("a").lower()), None)
        # the reply replaces what the text reader took, not a delivery report's Diagnostic-Code
        replace = raw is None or raw.diagnostic_type is None
        upsert(raws, m.group("a"), diagnostic=reply, at=m.start("a"), diag_at=m.start(group), replace=replace,
               remote_mta=remote)
    return raws
