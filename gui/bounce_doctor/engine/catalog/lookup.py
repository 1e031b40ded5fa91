"""The catalog's entries with their indexes, and the lookup of the entries for a code.

Lookup goes from the most specific entry to the most general: a vendor entry
whose code and text both match (a vendor code may stand for a range), the enhanced
code (class-specific, then ``X.s.d``), the reply code, the enhanced code's class and
subject, then the reply code's class. Every code gets at least its class's meaning.
The Reference tab's search (:meth:`Catalog.search`, :func:`code_matches`) is here too.
"""

from __future__ import annotations

import re

from ..model import CatalogEntry, Explanation
from .translations import translated
from .validation import _code_key


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
