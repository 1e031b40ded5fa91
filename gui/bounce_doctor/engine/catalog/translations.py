"""The catalog's translations: the files of a language (``resources/catalog/ru/``), read and
checked, and entries with their text in that language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from ..model import CatalogEntry
from .precompiled import _precompiled, _read_toml
from .validation import CatalogError

# A folder named like a language (ru, pt_BR) holds translations, not entries.
_LANG_DIR = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
TRANSLATED_FIELDS = ("title", "meaning", "steps", "admin_steps")


def translation_files(folder: Path, lang: str) -> list[Path]:
    """The translation files of one language (``resources/catalog/ru/*.toml``)."""
    return sorted((folder / lang).glob("*.toml")) if _LANG_DIR.match(lang) else []


def load_translations(paths: Iterable[Path], folder: Path | None = None) -> dict[str, dict]:
    """Translations by entry key: ``{"reply:550": {"title": ..., "meaning": ..., "steps": (...), ...}}``.

    Each ``[[entry]]`` names the English entry by ``key`` (``CatalogEntry.key``) and gives
    ``title``, ``meaning``, ``steps`` and ``admin_steps``. Raises CatalogError on a mistake.
    ``folder``, the catalog folder, lets files come from its precompiled form."""
    out: dict[str, dict] = {}
    ahead = _precompiled(folder)
    for path in paths:
        name = f"{path.parent.name}/{path.name}"
        data = _read_toml(path, name, folder, ahead)
        for i, raw in enumerate(data.get("entry", [])):
            where = f"{name}, entry {i + 1}"
            if not isinstance(raw, dict) or not isinstance(raw.get("key"), str):
                raise CatalogError(f"{where}: needs a key such as \"reply:550\"")
            where += f" ({raw['key']})"
            extra = set(raw) - {"key", *TRANSLATED_FIELDS}
            missing = [k for k in TRANSLATED_FIELDS if k not in raw]
            if extra or missing:
                raise CatalogError(f"{where}: unknown {sorted(extra)} or missing {missing} field(s)")
            for key in ("title", "meaning"):
                if not isinstance(raw[key], str) or not raw[key].strip():
                    raise CatalogError(f"{where}: {key} must be a non-empty string")
            for key in ("steps", "admin_steps"):
                val = raw[key]
                if not isinstance(val, list) or not val or not all(isinstance(s, str) and s.strip() for s in val):
                    raise CatalogError(f"{where}: {key} must be a non-empty list of non-empty strings")
            if raw["key"] in out:
                raise CatalogError(f"{where}: this key is translated twice")
            out[raw["key"]] = {
                "title": raw["title"].strip(),
                "meaning": " ".join(raw["meaning"].split()),
                "steps": tuple(s.strip() for s in raw["steps"]),
                "admin_steps": tuple(s.strip() for s in raw["admin_steps"]),
            }
    return out


@cache
def default_translations(lang: str) -> dict[str, dict]:
    """The shipped translations of one language (empty when there are none)."""
    from ...resources import resource

    folder = resource("catalog")
    return load_translations(translation_files(folder, lang), folder)


def translated(entry: CatalogEntry, lang: str) -> CatalogEntry:
    """``entry`` with its title, meaning and steps in ``lang``, or in English with
    ``translated=False`` when that language has no translation of it (English itself is always
    translated). Codes, vendors, patterns and references stay as they are."""
    if lang in ("", "en"):
        return entry
    fields = default_translations(lang).get(entry.key)
    if fields is None:
        return replace(entry, translated=False)
    return replace(entry, translated=True, **fields)
