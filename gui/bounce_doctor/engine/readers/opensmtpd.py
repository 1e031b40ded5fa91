"""OpenSMTPD.

Recognised by "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail."
or "An error has occurred while attempting to deliver a message for the
following list of recipients:". Each recipient stands at the start of a line as
``address: reply`` (``550 5.1.1 ...``, ``Invalid domain name``, ...), until
"Below is a copy of the original message:".
"""

from __future__ import annotations

import re

from ..nocase import NoCase
from ._common import find_command, upsert
from .base import Context, Raw

_SIGN = NoCase(r"this is the mailer-daemon, please do not reply|error has occurred while attempting to deliver a "
               r"message for\s{1,8}the following list of recipients")
_LINE = re.compile(r"^(?P<a>[^<>@\s:]{1,200}@[\w.-]{1,255}): (?P<d>[^\n]{1,1000})$", re.M)


def recognise(ctx: Context) -> bool:
    return bool(_SIGN.search(ctx.body[:3000]))


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    for m in _LINE.finditer(ctx.body):
        d = m.group("d").strip()
        upsert(raws, m.group("a"), diagnostic=d, at=m.start("a"), diag_at=m.start("d"), command=find_command(d),
               replace=True)
    return raws
