"""The catalog of codes: loading, validation and lookup.

Entries live in TOML files under ``resources/catalog`` (see its README).
Lookup goes from the most specific entry to the most general: a vendor entry
whose code and text both match, the enhanced code (class-specific, then
``X.s.d``), the reply code, the enhanced code's class and subject, then the
reply code's class. Every code gets at least its class's meaning.

Parsing the TOML is most of the cost of loading. The build writes the files
parsed ahead (``precompiled.json`` beside them, see :func:`precompile`); a file
is taken from there only while its text is the one that was parsed, so a stale
or missing precompiled form costs time, never answers.

The package's modules, in the order they build on each other:

- ``validation``: the file format, one entry checked (and :class:`CatalogError`);
- ``precompiled``: the TOML parsed ahead, and reading a file from it or from its text;
- ``translations``: the files of a language and entries with their text in it;
- ``lookup``: :class:`Catalog`, the entries for a code (vendor ranges and patterns) and search;
- ``loading``: the files read into a :class:`Catalog`, and :func:`default_catalog`.
"""

from __future__ import annotations

from .loading import catalog_files, default_catalog, load_files
from .lookup import Catalog, code_matches
from .precompiled import PRECOMPILED, precompile
from .translations import TRANSLATED_FIELDS, default_translations, load_translations, translated, translation_files
from .validation import KINDS, REQUIRED, RESEND, SEVERITY, WHO, CatalogError

__all__ = [
    "KINDS",
    "PRECOMPILED",
    "REQUIRED",
    "RESEND",
    "SEVERITY",
    "TRANSLATED_FIELDS",
    "WHO",
    "Catalog",
    "CatalogError",
    "catalog_files",
    "code_matches",
    "default_catalog",
    "default_translations",
    "load_files",
    "load_translations",
    "precompile",
    "translated",
    "translation_files",
]
