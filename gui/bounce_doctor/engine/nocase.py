"""Case-insensitive patterns searched on lower-cased text.

Python's regex engine skips quickly to the places where a pattern can start
only when it knows the pattern's first characters; with ``re.IGNORECASE`` and a
first letter that has a case it does not, and tries every alternative at every
position. The localised report openings (``phrases.BODY_MARKERS``) took
0.77 ms on 4,000 characters that way, and 0.05 ms written in lower case and
searched on the lower-cased text. A :class:`NoCase` pattern is written in lower
case and searched on lower-cased text first; only when that finds something
does the case-insensitive pattern run, from that place, to give the match in
the original text.

The two agree because ``str.lower()`` maps each character to the one that
``re.IGNORECASE`` compares, for every script the patterns use. The exceptions are
a few characters whose lower case is not their case-insensitive twin (the long
s "ſ", the dotted "İ"): a pattern letter "s" does not match "ſ" here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

_NOT_LETTERS = re.compile(r"\\.|\(\?P[<=]\w*>?")  # escapes (\S, \D) and group names: no letters to match


class NoCase:
    """A pattern written in lower case, matched regardless of case (see the module's notes)."""

    __slots__ = ("_ci", "_low", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        letters = _NOT_LETTERS.sub("", pattern)
        if letters != letters.lower():
            raise ValueError(f"a NoCase pattern is written in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self.flags = flags
        self._low = re.compile(pattern, flags)
        self._ci: re.Pattern[str] | None = None  # compiled on the first match: most texts never need it

    def compiled(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The pattern for lower-cased text and the case-insensitive one (for tests of their speed)."""
        if self._ci is None:
            self._ci = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return self._low, self._ci

    def in_lower(self, low: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``low``, already lower-cased, holds a match."""
        return self._low.search(low, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``re.search`` with ``re.IGNORECASE`` gives it."""
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))
        pos = min(max(pos, 0), end)
        low = text[pos:end].lower()
        if len(low) == end - pos:
            m = self._low.search(low)
            if m is None:
                return None
            # No match starts before this one in the original; a match found in the slice but not in the
            # whole text (a "^" or "\b" at the slice's edge) only moves the start of the search below.
            pos += m.start()
        ci = self._ci
        if ci is None:
            ci = self._ci = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return ci.search(text, pos, end)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``, as ``re.finditer`` with ``re.IGNORECASE`` gives them."""
        first = self.search(text)
        if first is None:
            return iter(())
        return self._ci.finditer(text, first.start())  # type: ignore[union-attr]  # search() compiled it
