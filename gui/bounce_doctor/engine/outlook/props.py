"""Property values read out of extract-msg objects: a damaged property gives None, never an error,
and a value written into a header stays on one line."""

from __future__ import annotations

import re
from email.header import Header
from typing import Any


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    s = str(value).replace("\x00", "")
    return s if s.strip() else None


def _fold_safe(value: str) -> str:
    """One header line: no line breaks (a property must not add header fields)."""
    return re.sub(r"[\r\n\t]+", " ", value).strip()


def _header_value(value: str) -> str:
    value = _fold_safe(value)
    if value.isascii():
        return value
    return Header(value, "utf-8", maxlinelen=998).encode()


def _safe(getter: Any) -> Any:
    try:
        return getter()
    except Exception:  # a damaged property: left out rather than failing the whole file
        return None


def _signed(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value - (1 << 32) if value >= 1 << 31 else value


def _prop_str(obj: Any, prop: int) -> str | None:
    getter = getattr(obj, "getStringStream", None)
    if getter is None:
        return None
    return _text(_safe(lambda: getter(f"__substg1.0_{prop:04X}")))


def _prop_int(obj: Any, prop: int) -> int | None:
    props = _safe(lambda: obj.props)
    if props is None:
        return None
    value = _safe(lambda: props.getValue(f"{prop:04X}"))
    return value if isinstance(value, int) and not isinstance(value, bool) else None
