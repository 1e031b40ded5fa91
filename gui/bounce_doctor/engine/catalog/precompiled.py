"""The catalog's TOML files parsed ahead: ``precompiled.json``, written by the build, read at loading.

Parsing the TOML is most of the cost of loading. The build writes the files
parsed ahead (``precompiled.json`` beside them, see :func:`precompile`); a file
is taken from there only while its text is the one that was parsed, so a stale
or missing precompiled form costs time, never answers (:func:`_read_toml`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .validation import CatalogError

PRECOMPILED = "precompiled.json"


def _digest(text: str) -> str:
    import hashlib  # here: only a precompiled form needs it, and importing it loads OpenSSL

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def precompile(folder: Path) -> dict[str, Any]:
    """Every TOML file below ``folder`` (translations too) parsed, with the SHA-256 of its text:
    ``{"files": {"vendors/google.toml": {"sha256": "...", "data": {...}}, ...}}``.

    The build writes it as JSON to ``folder/precompiled.json`` (tools/precompile_catalog.py);
    raises CatalogError when a file is not valid TOML or would not survive JSON unchanged."""
    import tomllib

    files: dict[str, Any] = {}
    for path in sorted(folder.rglob("*.toml")):
        name = path.relative_to(folder).as_posix()
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise CatalogError(f"{name}: not valid TOML: {exc}") from None
        try:
            same = json.loads(json.dumps(data)) == data
        except (TypeError, ValueError):  # a date or a time
            same = False
        if not same:
            raise CatalogError(f"{name}: holds values JSON cannot keep (dates, times or non-finite numbers)")
        files[name] = {"sha256": _digest(text), "data": data}
    return {"files": files}


def _precompiled(folder: Path | None) -> Mapping[str, Any]:
    """The files of ``folder`` parsed at build time, by their path below it; empty without a usable form."""
    if folder is None:
        return {}
    try:
        files = json.loads((folder / PRECOMPILED).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):  # missing (a checkout) or damaged: parse the TOML
        return {}
    return files if isinstance(files, dict) else {}


def _read_toml(path: Path, name: str, folder: Path | None, ahead: Mapping[str, Any]) -> dict[str, Any]:
    """The parsed file: its parse in ``ahead`` (the precompiled files of ``folder``) when that was made
    from exactly this text, else tomllib's."""
    text = path.read_text(encoding="utf-8")
    if folder is not None:
        found = ahead.get(path.relative_to(folder).as_posix())
        if isinstance(found, dict) and isinstance(found.get("data"), dict) and found.get("sha256") == _digest(text):
            return found["data"]
    import tomllib  # on first use: with a current precompiled form it is not needed

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{name}: not valid TOML: {exc}") from None
