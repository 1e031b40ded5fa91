"""What a reader finds for one recipient, before codes and reasons are settled."""

from __future__ import annotations

import re
from dataclasses import dataclass

# starts only where a run of address characters starts (the lookbehind), so a
# long run without "@" is scanned once, not once per character
ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]{1,200}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}")


@dataclass(slots=True)
class Raw:
    """A recipient as a reader found it."""

    address: str
    action: str = "failed"
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    diagnostic_type: str | None = None
    remote_mta: str | None = None
    original_address: str | None = None
    command: str | None = None
    last_attempt_date: str | None = None
    will_retry_until: str | None = None
    reason: str | None = None
    diagnostic_at: int = -1  # offset of the diagnostic in the display text
    address_at: int = -1  # offset of the address in the display text


def clean_address(value: str | None) -> str:
    """``rfc822; <Bob@Example.org>`` gives ``Bob@Example.org``."""
    if not value:
        return ""
    v = value.strip()
    if ";" in v:
        kind, _, rest = v.partition(";")
        if " " not in kind.strip() and "@" not in kind:
            v = rest.strip()
    m = ADDRESS.search(v)
    if m:
        return m.group(0).strip(".")
    return v.strip("<>\"' ")


def strip_type(value: str | None) -> str | None:
    """``dns; mx.example.org`` gives ``mx.example.org``."""
    if not value:
        return None
    kind, sep, rest = value.partition(";")
    v = rest if sep and " " not in kind.strip() else value
    v = v.strip().strip("[]<>")
    return v or None
