"""The catalog's file format: the fields an entry has and the values they take, checked one entry at a time.

:func:`_entry` turns one ``[[entry]]`` table into a :class:`CatalogEntry` or raises
:class:`CatalogError` naming the file and the entry; the checks across entries (a code or a
vendor pattern used twice) are the loader's (``loading``).
"""

from __future__ import annotations

import re

from ..model import CatalogEntry

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


def _code_key(code: str) -> tuple[int, ...]:
    """``5.7.606`` as (5, 7, 606) for range comparison; a reply code as (550,)."""
    return tuple(int(x) for x in code.split(".")) if code[:1].isdigit() else (-1,)


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
