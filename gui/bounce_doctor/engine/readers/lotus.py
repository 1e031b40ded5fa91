"""HCL (formerly IBM Lotus) Domino and Notes.

Domino writes "Your message ... was not delivered to: <address> because:
<reason>", each part a paragraph of its own; older Notes servers write a
"------- Failure Reasons --------" section with the reason on the line above
the address. The generic text reader finds the address and its reason; this
reader names the cause of Domino's own sentences ("User x (address) not listed
in Domino Directory", "not listed in public Name & Address Book": no such
user in the directory).
"""

from __future__ import annotations

import re

from .. import rules
from .base import Context, Raw

_DOMINO = re.compile(r"^[ \t]*was not delivered to:[ \t]*$", re.I | re.M)
_BECAUSE = re.compile(r"^[ \t]*because:[ \t]*$", re.I | re.M)
_NOTES = re.compile(r"^-{3,}[ \t]*failure reasons[ \t]*-{3,}", re.I | re.M)


def recognise(ctx: Context) -> bool:
    head = ctx.body[:6000]
    return bool((_DOMINO.search(head) and _BECAUSE.search(head)) or _NOTES.search(head))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for raw in raws:
        if raw.reason or not raw.diagnostic:
            continue
        raw.reason = rules.active().reader_reason("lotus", raw.diagnostic)  # Domino's wording (rules/formats.toml)
    return raws
