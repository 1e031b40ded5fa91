"""Helpers the family readers share: paragraphs per recipient, merging."""

from __future__ import annotations

import re

from ..nocase import NoCase
from .base import ADDRESS, Raw, find_command, fold

_HOST = NoCase(r"\bhost ([\w.-]{1,253}\.[a-z]{2,63})\b")


def upsert(raws: list[Raw], address: str, *, diagnostic: str | None = None, at: int = -1, diag_at: int = -1,
           command: str | None = None, reason: str | None = None, replace: bool = False,
           remote_mta: str | None = None) -> Raw:
    """Fill the record of ``address`` (or add one) with what a family reader found."""
    low = address.lower()
    raw = next((r for r in raws if r.address.lower() == low), None)
    if raw is None:
        raw = Raw(address=address, address_at=at)
        raws.append(raw)
    if diagnostic and (replace or not raw.diagnostic):
        raw.diagnostic, raw.diagnostic_at = diagnostic, diag_at
    if command and not raw.command:
        raw.command = command
    if reason and not raw.reason:
        raw.reason = reason
    if remote_mta and not raw.remote_mta:
        raw.remote_mta = remote_mta
    return raw


def blocks(body: str, start: re.Pattern[str]) -> list[tuple[str, str, int, int]]:
    """Each recipient's paragraph: (address, folded text, address offset, text offset).

    ``start`` matches the line that opens a recipient's paragraph and captures
    the address as group ``a``; the paragraph runs to the next such line or a
    blank line.
    """
    out = []
    heads = list(start.finditer(body))
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(body)
        blank = body.find("\n\n", m.end())
        if blank != -1 and blank < end:
            end = blank
        seg = body[m.start() : end]
        out.append((m.group("a"), fold(seg), m.start("a"), m.start()))
    return out


def host_in(text: str) -> str | None:
    m = _HOST.search(text)
    return m.group(1) if m else None


__all__ = ["ADDRESS", "blocks", "find_command", "fold", "host_in", "upsert"]
