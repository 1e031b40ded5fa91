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

    __slots__ = ("_ci", "_low", "_needles", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        letters = _NOT_LETTERS.sub("", pattern)
        if letters != letters.lower():
            raise ValueError(f"a NoCase pattern is written in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self.flags = flags
        self._low = re.compile(pattern, flags)
        self._ci: re.Pattern[str] | None = None  # compiled on the first match: most texts never need it
        # strings one of which every match holds: a text without them needs no regex (see needles)
        self._needles = needles(pattern) if not flags & (re.VERBOSE | re.IGNORECASE) else None

    def compiled(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The pattern for lower-cased text and the case-insensitive one (for tests of their speed)."""
        if self._ci is None:
            self._ci = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return self._low, self._ci

    def in_lower(self, low: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``low``, already lower-cased, holds a match."""
        if self._needles is not None and pos <= 0 and endpos >= len(low) and not any(n in low for n in self._needles):
            return False
        return self._low.search(low, pos, endpos) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``re.search`` with ``re.IGNORECASE`` gives it."""
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))
        pos = min(max(pos, 0), end)
        low = text[pos:end].lower()
        if len(low) == end - pos:
            if self._needles is not None and not any(n in low for n in self._needles):
                return None
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


# the characters re.IGNORECASE matches to an ASCII letter that str.lower() leaves as they are
# (the dotless "ı" is an "i", the long "ſ" an "s"); none other, for patterns of ASCII letters
_OWN_CASE = ("ı", "ſ")


def needles(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` (matched as written, case and all) contains,
    or None when no such set of at least 3 characters each is found. A text that holds none of them
    holds no match: ``in`` finds that much faster than the regex engine, which tries every
    alternative at every place of the text when the alternatives begin with different letters."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - before Python 3.11
        import sre_parse  # type: ignore[no-redef]
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    found = _needed(list(tree))
    return found if found and min(map(len, found)) >= 3 else None


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda n: (min(map(len, n)), -len(n)))


def _needed(items: list) -> tuple[str, ...] | None:
    """What every match of the sequence ``items`` contains (see needles)."""
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ("".join(run),))
            run = []
        inner = None
        if name == "SUBPATTERN" and not av[1] and not av[2]:  # a group without flags of its own
            inner = _needed(list(av[3]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            inner = _needed(list(av[2]))
        elif name == "BRANCH":
            alts = [_needed(list(a)) for a in av[1]]
            inner = None if any(a is None for a in alts) else tuple(dict.fromkeys(n for a in alts for n in a))
        best = _better(best, inner)
    return best


class AnyCase(NoCase):
    """A :class:`NoCase` pattern that finds exactly what ``re.IGNORECASE`` finds.

    A search from the start of the text runs the lower-case pattern on the lower-cased text
    (``low``, when the caller has ``text[:endpos].lower()`` already), and the case-insensitive
    one only from the match found, to return it from the original text. Where the two could
    differ, it runs the case-insensitive pattern alone: a search from elsewhere than the start
    (look-behinds and word edges there see the text before), a lower case of another length, a
    text with "ı" or "ſ", a pattern with letters outside ASCII.
    """

    __slots__ = ("_ascii",)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self._ascii = all(ch.isascii() or not ch.isalpha() for ch in pattern)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *,
               low: str | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))
        if pos <= 0 and self._ascii:
            if low is None or len(low) != end:
                low = text[:end].lower()
            if len(low) == end and _OWN_CASE[0] not in low and _OWN_CASE[1] not in low:
                if self._needles is not None and not any(n in low for n in self._needles):
                    return None
                m = self._low.search(low)
                if m is None:
                    return None
                pos = m.start()
        ci = self._ci
        if ci is None:
            ci = self._ci = re.compile(self.pattern, self.flags | re.IGNORECASE)
        return ci.search(text, max(pos, 0), end)
