"""Gmail and Google Workspace (the bounces Google's servers write).

Recognised by a sender at googlemail.com or google.com together with "Delivery
to the following recipient failed", "Technical details of (permanent|temporary)
failure" or "The error that the other server returned was". The recipient
stands indented under the first sentence; the other server's reply follows
"The error that the other server returned was:", otherwise the technical
details are the diagnostic.
"""

from __future__ import annotations

import re

from .. import rules
from ..nocase import NoCase
from ._common import upsert
from .base import ADDRESS, Context, Raw, fold, paragraph_after

_SENDER = NoCase(r"googlemail\.com|google\.com")
_SIGN = NoCase(r"delivery to the following recipients? (?:failed|has been delayed)|technical details of (?:permanent|temporary) "
               r"failure|the error that the other server returned was")
_ERR = NoCase(r"the error that the other server returned was:?[ \t]*\n?")
_TECH = NoCase(r"technical details of (?:permanent|temporary) failure:[ \t]*\n?")
_RCPT = NoCase(r"delivery to the following recipients? (?:failed[^\n]{0,40}|has been delayed[^\n]{0,40}):?[ \t]*\n"
               r"(?P<list>(?:[ \t]*\n)?(?:[ \t]{2,}[^\n]{1,300}\n){1,20})")


# Gmail's "(state N)": the stage of its SMTP session the other server refused at;
# 18 is after the message was sent (the DATA stage), which sisimai calls filtered
_STATE = re.compile(r"\(state (?P<n>\d{1,2})\)")
_STATE_COMMAND = {"18": "DATA"}  # Gmail's "(state 18)": the refusal came after DATA


def recognise(ctx: Context) -> bool:
    return bool(_SENDER.search(ctx.sender) and _SIGN.search(ctx.body[:6000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    body = ctx.body
    m = _ERR.search(body) or _TECH.search(body)
    diag, at = (None, -1)
    if m:
        text, at = paragraph_after(body, m.end())
        diag = fold(text) or None
    lm = _RCPT.search(body)
    addrs = [(a.group(0), lm.start("list") + a.start()) for a in ADDRESS.finditer(lm.group("list"))] if lm else []
    if not addrs:
        addrs = [(r.address, r.address_at) for r in raws]
    st = _STATE.search(diag or "")
    command = _STATE_COMMAND.get(st.group("n")) if st else None
    reason = rules.active().reader_reason("gmail", st.group(0)) if st else None  # rules/formats.toml
    for a, pos in addrs:
        upsert(raws, a, diagnostic=diag, at=pos, diag_at=at, replace=bool(diag), command=command, reason=reason)
    return raws
