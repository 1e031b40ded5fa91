"""Loading the catalog: which files hold entries, reading and checking them into a :class:`Catalog`,
and the catalog shipped with the app."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..model import CatalogEntry
from .lookup import Catalog
from .precompiled import _precompiled, _read_toml
from .translations import _LANG_DIR
from .validation import CatalogError, _entry


def load_files(paths: Iterable[Path], folder: Path | None = None) -> Catalog:
    """Load and validate catalog files; raise CatalogError naming the file and entry.

    ``folder``, the catalog folder the paths are in, lets files come from its precompiled form."""
    entries: list[CatalogEntry] = []
    seen: dict[str, str] = {}
    patterns: dict[str, str] = {}
    ahead = _precompiled(folder)
    for path in paths:
        name = path.name if path.parent.name == "catalog" else f"{path.parent.name}/{path.name}"
        data = _read_toml(path, name, folder, ahead)
        raw_entries = data.get("entry", [])
        if not isinstance(raw_entries, list):
            raise CatalogError(f"{name}: entries must be written as [[entry]] tables")
        for i, raw in enumerate(raw_entries):
            if not isinstance(raw, dict):
                raise CatalogError(f"{name}, entry {i + 1}: not a table")
            e = _entry(raw, name, i)
            if e.kind == "vendor":
                if e.match in patterns:
                    raise CatalogError(
                        f"{name}, entry {i + 1} (code {e.code}): pattern {e.match!r} is already used in "
                        f"{patterns[e.match]}"  # type: ignore[index]
                    )
                patterns[e.match] = f"{name}, entry {i + 1}"  # type: ignore[index]
            else:
                if e.key in seen:
                    raise CatalogError(f"{name}, entry {i + 1}: code {e.code} is already in {seen[e.key]}")
                seen[e.key] = f"{name}, entry {i + 1}"
            entries.append(e)
    return Catalog(tuple(entries))


def catalog_files(folder: Path) -> list[Path]:
    """Every catalog file below ``folder``, in a stable order, without the translation folders."""
    return sorted(
        p for p in folder.rglob("*.toml") if not any(_LANG_DIR.match(d) for d in p.relative_to(folder).parts[:-1])
    )


@cache
def default_catalog() -> Catalog:
    """The catalog shipped with the app."""
    from ...resources import resource

    folder = resource("catalog")
    return load_files(catalog_files(folder), folder)
