"""The engine's own notes about the headers, in the window's language.

The engine imports no Qt and writes its notes in English from a few fixed templates with
values. Here each template is recognised and its translation filled with the same values;
a sentence not recognised stays English. tests/ui/test_engine_text.py keeps the templates in
step with the engine.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..text import QT_TRANSLATE_NOOP

# (the engine's sentence as a pattern, its translatable template with %1, %2 for the values)
HEADER_NOTES = (
    (re.compile(r"The message has (\d+) Received headers; only the (\d+) closest to its origin are analysed\."),
     QT_TRANSLATE_NOOP("engine_text", "The message has %1 Received headers; only the %2 closest to its origin "
                       "are analysed.")),
    (re.compile(r"Some servers' clocks disagree: a hop is stamped earlier than the one before it\. "
                r"Its delay is not shown\."),
     QT_TRANSLATE_NOOP("engine_text", "Some servers' clocks disagree: a hop is stamped earlier than the one "
                       "before it. Its delay is not shown.")),
    (re.compile(r"Some Received headers have no readable time; the next hop's delay covers them too\."),
     QT_TRANSLATE_NOOP("engine_text", "Some Received headers have no readable time; the next hop's delay "
                       "covers them too.")),
    (re.compile(r"Some times name no known time zone; UTC was assumed for them\."),
     QT_TRANSLATE_NOOP("engine_text", "Some times name no known time zone; UTC was assumed for them.")),
    (re.compile(r"The server that refused the message \((.+)\) added no Received header to it: "
                r"it refused the message after the last hop shown\.", re.S),
     QT_TRANSLATE_NOOP("engine_text", "The server that refused the message (%1) added no Received header to "
                       "it: it refused the message after the last hop shown.")),
    (re.compile(r"Alignment compares organisational domains found with a short built-in list of two-part "
                r"suffixes \(co\.uk, co\.jp, ne\.jp, com\.au, \.\.\.\), not the full Public Suffix List\."),
     QT_TRANSLATE_NOOP("engine_text", "Alignment compares organisational domains found with a short built-in "
                       "list of two-part suffixes (co.uk, co.jp, ne.jp, com.au, ...), not the full Public "
                       "Suffix List.")),
)


def note(text: str) -> str:
    """An engine note about the headers in the window's language (as it is when not recognised)."""
    for rx, template in HEADER_NOTES:
        m = rx.fullmatch(text)
        if m:
            out = QCoreApplication.translate("engine_text", template)
            for i, value in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", value)
            return out
    return text
