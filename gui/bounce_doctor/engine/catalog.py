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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from .model import CatalogEntry, Explanation

KINDS = ("reply", "enhanced", "vendor", "class", "client", "playbook")
WHO = ("you", "provider", "recipient", "recipient_admin", "blocklist", "nobody")
RESEND = ("no", "after_fix", "later", "not_needed")
SEVERITY = ("success", "intermediate", "temporary", "permanent", "client", "by_class")
REQUIRED = (
    "code",
    "kind",
    "title",
    "meaning",
    "severity",
    "reason",
    "steps",
    "admin_steps",
    "references",
)

_REPLY_RE = re.compile(r"^[1-5]\d\d$")
_ENH_RE = re.compile(r"^(?:X|[245])\.\d{1,3}\.\d{1,3}$")
_CLASS_RE = re.compile(r"^(?:[245]\.X\.X|X\.[0-7]\.X|[2-5]xx)$")


class CatalogError(ValueError):
    """A mistake in a catalog file; the message names the file and the entry."""


class Catalog:
    """All entries, with indexes for lookup. Immutable once built."""

    def __init__(self, entries: tuple[CatalogEntry, ...]) -> None:
        self.entries = entries
        by_code: dict[str, CatalogEntry] = {}
        vendors: dict[str, list[tuple[re.Pattern[str], CatalogEntry]]] = {}
        self._by_key = {e.key: e for e in entries}
        for e in self.entries:
            if e.kind == "vendor":
                vendors.setdefault(e.code, []).append((re.compile(e.match or "", re.I), e))
            elif e.kind != "playbook":
                by_code.setdefault(e.code, e)
        self._by_code = by_code
        # vendor codes that stand for a range (Microsoft's 4.7.500-4.7.699, ...)
        self._ranges = [
            (_code_key(e.code), _code_key(e.code_until), re.compile(e.match or "", re.I), e)
            for e in entries
            if e.kind == "vendor" and e.code_until
        ]
        self._vendors = vendors

    @property
    def codes(self) -> tuple[CatalogEntry, ...]:
        """The entries that explain a code: all but the playbook (the verdict's steps, not a code's)."""
        return tuple(e for e in self.entries if e.kind != "playbook")

    def by_key(self, key: str) -> CatalogEntry | None:
        """The entry with this :attr:`CatalogEntry.key` (``enhanced:X.1.1``, ``playbook:reason:blocked``)."""
        return self._by_key.get(key)

    def get(self, code: str) -> CatalogEntry | None:
        """The non-vendor entry for exactly this code (``550``, ``X.1.1``, ``5.X.X``)."""
        return self._by_code.get(code)

    def vendor_matches(self, code: str | None, text: str | None) -> list[CatalogEntry]:
        """Vendor entries whose code is ``code`` and whose pattern matches ``text``."""
        if not code or not text:
            return []
        exact = [e for pat, e in self._vendors.get(code, ()) if pat.search(text)]
        ranged = [e for lo, hi, pat, e in self._ranges if lo <= _code_key(code) <= hi and pat.search(text)]
        return exact + [e for e in ranged if e not in exact]

    def explain(self, status: str | None, reply: str | None, text: str | None = None) -> Explanation:
        """The entries that explain a status and reply code, most specific first."""
        entries: list[CatalogEntry] = []
        seen: set[str] = set()

        def add(e: CatalogEntry | None) -> None:
            if e is not None and e.key not in seen:
                seen.add(e.key)
                entries.append(e)

        for e in self.vendor_matches(status, text):
            add(e)
        for e in self.vendor_matches(reply, text):
            add(e)
        if status:
            cls, subj, det = status.split(".")
            add(self.get(status))
            add(self.get(f"X.{subj}.{det}"))
        if reply:
            add(self.get(reply))
        if status:
            add(self.get(f"{cls}.X.X"))
            add(self.get(f"X.{subj}.X"))
        if reply:
            add(self.get(f"{reply[0]}xx"))

        trusted = status or reply
        note = ""
        if status and reply and status[0] != reply[0]:
            note = (
                f"The reply code {reply} and the enhanced code {status} disagree about whether the failure is "
                f"temporary. The answer follows the enhanced code {status}: it is the more precise of the two, "
                "and the delivery report's Status field is built from it."
            )
        return Explanation(tuple(entries), trusted, note)

    def localized(self, lang: str) -> Catalog:
        """The same entries with their text in ``lang`` where a translation exists.

        Entries without one keep their English text with ``translated=False``.
        English (or ``""``) returns this catalog itself."""
        if lang in ("", "en"):
            return self
        return Catalog(tuple(translated(e, lang) for e in self.entries))

    def search(self, query: str = "") -> list[CatalogEntry]:
        """Entries that answer a query: a code (``5.1.1`` finds ``X.1.1`` and the
        vendor entries for 5.1.1; ``550`` finds ``550``) or words, all of which
        must appear in the entry."""
        q = query.strip().lower()
        codes = self.codes
        if not q:
            return list(codes)
        if _QUERY_CODE.match(q):
            hits = [e for e in codes if code_matches(e.code, q)]
            rank = {"vendor": 1, "class": 3}
            return sorted(hits, key=lambda e: 0 if e.code.lower() == q else rank.get(e.kind, 2))
        words = q.split()
        out = []
        for e in codes:
            hay = " ".join(
                (e.code, e.title, e.meaning, e.vendor or "", e.reason, e.match or "", e.sample or "")
            ).lower()
            if all(w in hay for w in words):
                out.append(e)
        return out


def _code_key(code: str) -> tuple[int, ...]:
    """``5.7.606`` as (5, 7, 606) for range comparison; a reply code as (550,)."""
    return tuple(int(x) for x in code.split(".")) if code[:1].isdigit() else (-1,)


_QUERY_CODE = re.compile(r"^(?:[1-5]\d\d|[245x]\.\d{1,3}\.\d{1,3}|[1-5]xx|[245x]\.[x\d]{1,3}\.[x\d]{1,3})$")


def code_matches(entry_code: str, query: str) -> bool:
    """True when an entry's code answers a code query (X stands for any class)."""
    e = entry_code.lower()
    q = query.lower()
    if e == q:
        return True
    if "." in e and "." in q:
        ep, qp = e.split("."), q.split(".")
        return len(ep) == len(qp) == 3 and all(a == b or a == "x" or b == "x" for a, b in zip(ep, qp, strict=True))
    return False


def _entry(raw: dict, file: str, index: int) -> CatalogEntry:
    where = f"{file}, entry {index + 1}"
    if isinstance(raw.get("code"), str):
        where += f" (code {raw['code']})"
    missing = [k for k in REQUIRED if k not in raw and not (k == "references" and raw.get("kind") == "playbook")]
    if missing:
        raise CatalogError(f"{where}: missing field(s) {', '.join(missing)}")
    kind = raw["kind"]
    if kind not in KINDS:
        raise CatalogError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if kind == "playbook":
        # the steps for one situation of the verdict (engine/verdict.py): written for one actor
        for key in ("who_acts", "resend"):
            if key not in raw:
                raise CatalogError(f"{where}: a playbook entry names the {key} its steps are written for")
    elif "who_acts" in raw or "resend" in raw:
        raise CatalogError(f"{where}: who acts and resending are the verdict's (resources/rules/reasons.toml), "
                           "not a code's: only playbook entries name them")
    for key, allowed in (("who_acts", WHO), ("resend", RESEND), ("severity", SEVERITY)):
        if key in raw and raw[key] not in allowed:
            raise CatalogError(f"{where}: {key} must be one of {', '.join(allowed)}, not {raw[key]!r}")
    for key in ("code", "title", "meaning", "reason"):
        if not isinstance(raw[key], str):
            raise CatalogError(f"{where}: {key} must be a string")
    for key in ("code", "title", "meaning"):
        if not raw[key].strip():
            raise CatalogError(f"{where}: {key} is empty")
    if kind == "playbook":
        raw.setdefault("references", [])
    for key in ("steps", "admin_steps", "references"):
        val = raw[key]
        if key == "references" and kind == "playbook" and val == []:
            continue
        if not isinstance(val, list) or not val or not all(isinstance(s, str) and s.strip() for s in val):
            raise CatalogError(f"{where}: {key} must be a non-empty list of non-empty strings")
    code = raw["code"]
    if kind in ("reply", "client") and not _REPLY_RE.match(code):
        raise CatalogError(f"{where}: a {kind} code must be three digits, not {code!r}")
    if kind == "enhanced" and not _ENH_RE.match(code):
        raise CatalogError(f"{where}: an enhanced code looks like X.1.1 or 5.1.1, not {code!r}")
    if kind == "playbook" and not re.match(r"^(?:reason:[a-z]+|case:[a-z-]+|delayed)$", code):
        raise CatalogError(f"{where}: a playbook code is reason:NAME, case:NAME or delayed, not {code!r}")
    if kind == "class" and not _CLASS_RE.match(code):
        raise CatalogError(f"{where}: a class code looks like 5.X.X, X.1.X or 5xx, not {code!r}")
    classes = raw.get("classes", [])
    if kind == "enhanced" and code.startswith("X.") and not classes:
        raise CatalogError(f"{where}: an X. enhanced code needs the classes where it occurs")
    if not isinstance(classes, list) or any(c not in (2, 4, 5) for c in classes):
        raise CatalogError(f"{where}: classes must list 2, 4 or 5")
    vendor = raw.get("vendor")
    match = raw.get("match")
    if kind == "vendor":
        for key in ("vendor", "match", "sample", "source"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise CatalogError(f"{where}: a vendor entry needs {key}")
        if not (_ENH_RE.match(code) or _REPLY_RE.match(code)):
            raise CatalogError(f"{where}: a vendor code is an enhanced or reply code, not {code!r}")
        try:
            pat = re.compile(match, re.I)
        except re.error as exc:
            raise CatalogError(f"{where}: match is not a valid pattern: {exc}") from None
        if not pat.search(raw["sample"]):
            raise CatalogError(f"{where}: match does not match its own sample")
    known = set(REQUIRED) | {"classes", "vendor", "match", "sample", "source", "basic", "code_until", "who_acts", "resend"}
    until = raw.get("code_until")
    if until is not None and (
        kind != "vendor"
        or not isinstance(until, str)
        or not _ENH_RE.match(until)
        or until.split(".")[:2] != code.split(".")[:2]
        or _code_key(until) <= _code_key(code)
    ):
        raise CatalogError(f"{where}: code_until must be a later code of the same class and subject in a vendor entry")
    extra = set(raw) - known - {k for k in raw if k.endswith("_ru")}
    if extra:
        raise CatalogError(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
    return CatalogEntry(
        code=code,
        kind=kind,
        title=raw["title"].strip(),
        meaning=" ".join(raw["meaning"].split()),
        who_acts=raw.get("who_acts", ""),
        resend=raw.get("resend", ""),
        severity=raw["severity"],
        reason=raw["reason"],
        steps=tuple(s.strip() for s in raw["steps"]),
        admin_steps=tuple(s.strip() for s in raw["admin_steps"]),
        references=tuple(s.strip() for s in raw["references"]),
        classes=tuple(classes),
        vendor=vendor,
        match=match,
        sample=raw.get("sample"),
        source=raw.get("source"),
        code_until=until,
        file=file,
    )


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


# A folder named like a language (ru, pt_BR) holds translations, not entries.
_LANG_DIR = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")
TRANSLATED_FIELDS = ("title", "meaning", "steps", "admin_steps")


def catalog_files(folder: Path) -> list[Path]:
    """Every catalog file below ``folder``, in a stable order, without the translation folders."""
    return sorted(
        p for p in folder.rglob("*.toml") if not any(_LANG_DIR.match(d) for d in p.relative_to(folder).parts[:-1])
    )


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
    from ..resources import resource

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


@cache
def default_catalog() -> Catalog:
    """The catalog shipped with the app."""
    from ..resources import resource

    folder = resource("catalog")
    return load_files(catalog_files(folder), folder)
