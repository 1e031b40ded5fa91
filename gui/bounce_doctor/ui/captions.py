"""The bounce pane's part markers ("─── message/rfc822: the returned message ───") in the window's language.

The engine writes the markers in English into ``Report.text`` and records each one's words as a
``Caption`` (its span, its template and the values filled in). The pane shows the text with every
caption's words translated, and moves every character offset of the report past a caption by
what the translations added or took away: spans keep covering the same characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from ..engine import Report
from ..engine.model import Caption
from ..output.text import QT_TRANSLATE_NOOP

CONTEXT = "captions"
# The templates of engine/mime/display.py's markers that hold words; tests/ui/test_captions.py keeps them in step.
TEMPLATES = (
    QT_TRANSLATE_NOOP("captions", "{type}: the returned message"),
    QT_TRANSLATE_NOOP("captions", "{type}: the returned message's headers"),
    QT_TRANSLATE_NOOP("captions", "{type}: another version of the text above, not shown"),
    QT_TRANSLATE_NOOP("captions", "attachment {name} ({type}, {size} bytes), not opened"),
    QT_TRANSLATE_NOOP("captions", "attachment ({type}, {size} bytes), not opened"),
)
_KNOWN = frozenset(TEMPLATES)


def caption_words(c: Caption) -> str:
    """A caption's words in the window's language (as the engine wrote them when untranslated)."""
    if c.template not in _KNOWN:
        return c.words()
    template = QCoreApplication.translate(CONTEXT, c.template)
    locale = QLocale()
    try:
        return c.words(template, locale.toString)
    except (KeyError, ValueError, IndexError):  # a translation with a broken {placeholder}
        return c.words()


def display_text(report: Report) -> tuple[str, Callable[[int], int] | None]:
    """The report's text with its captions translated, and the map of the report's offsets into it (None: same)."""
    text = report.text
    pieces: list[str] = []
    starts: list[int] = []  # of each changed caption, in the report's text
    ends: list[int] = []
    lengths: list[int] = []  # of its translated words
    moved: list[int] = []  # how far an offset after it moves
    last = delta = 0
    for c in report.captions:
        words = caption_words(c)
        if words == text[c.start : c.end] or c.start < last:
            continue
        pieces += (text[last : c.start], words)
        last = c.end
        delta += len(words) - (c.end - c.start)
        starts.append(c.start)
        ends.append(c.end)
        lengths.append(len(words))
        moved.append(delta)
    if not starts:
        return text, None
    pieces.append(text[last:])

    def move(i: int) -> int:
        k = bisect.bisect_right(ends, i)  # the changed captions that end at or before i
        before = moved[k - 1] if k else 0
        if k < len(starts) and starts[k] < i:  # inside a caption: within its translated words
            return starts[k] + before + min(i - starts[k], lengths[k])
        return i + before

    return "".join(pieces), move
