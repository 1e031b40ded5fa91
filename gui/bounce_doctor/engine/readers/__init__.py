"""Readers: each finds the failed recipients in one family of bounce formats.

:mod:`rfc3464` reads delivery-status parts and :mod:`text` reads any bounce's
text; they make the base. The family readers below know one MTA's own format:
:func:`pick` asks each, in this order, whether it recognises the bounce (from
its headers and the first lines of its text), and the first that does reads,
filling or correcting the base records.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    activehunter,
    amazonses,
    biglobe,
    dragonfly,
    einsundeins,
    exchange2003,
    exim,
    fml,
    gmail,
    googlegroups,
    imailserver,
    kddi,
    localized,
    lotus,
    opensmtpd,
    postfix,
    qmail,
    sendmail,
    trendmicro,
    verizon,
    x3,
    x6,
    yahoo,
    zoho,
)
from .base import Context

FAMILIES: tuple[ModuleType, ...] = (
    amazonses, fml, googlegroups, gmail, exchange2003, zoho, postfix, einsundeins, exim, qmail, activehunter, trendmicro,
    sendmail, opensmtpd, dragonfly, biglobe, kddi, lotus, imailserver, verizon, x3, x6, yahoo,
    localized,  # last: any language's report that no MTA's own reader knows
)


def pick(ctx: Context) -> ModuleType | None:
    """The first family reader that recognises the bounce, or None."""
    for module in FAMILIES:
        if module.recognise(ctx):
            return module
    return None
