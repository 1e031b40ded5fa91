"""The Headers tab's words that are not a widget's: the names of header blocks, their labels for the
selector, and the counted "%n hops" and "%n headers" (translation contexts HeadersView and Counts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ..engine.headers import HeaderBlock
from ..output.text import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("HeadersView", "...")

# The engine's names of header blocks (engine/headers/blocks.py), for pyside6-lupdate; a test keeps them in step.
BLOCK_LABELS = (
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the message's own headers"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the returned message (attached)"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the returned message's headers (a headers part)"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "headers quoted in the bounce's text"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the original message's headers, quoted by Exchange"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the original message, quoted by Gmail"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the original message, quoted by Exim"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the original message, quoted by qmail"),
    QT_TRANSLATE_NOOP("bounce_doctor.engine.headers", "the original message, quoted in the bounce"),
)


def block_name(block: HeaderBlock) -> str:
    """The block's label, translatable: "the returned message (attached)"."""
    return QCoreApplication.translate("bounce_doctor.engine.headers", block.label)


class Counts(QObject):
    """Counted words with plural forms: pyside6-lupdate marks a string as plural only in a ``tr()`` with a count."""

    def hops(self, n: int) -> str:
        """1 hop, 3 hops."""
        return self.tr("%n hops", "", n)

    def headers(self, n: int) -> str:
        """1 header, 18 headers."""
        return self.tr("%n headers", "", n)


_counts: Counts | None = None


def _counter() -> Counts:
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts


def hop_count(n: int) -> str:
    """1 hop, 3 hops (a translation gives each language its plural forms of "%n hops")."""
    return translate("HeadersView", "1 hop") if n == 1 else _counter().hops(n)


def header_count(n: int) -> str:
    """1 header, 18 headers."""
    return translate("HeadersView", "1 header") if n == 1 else _counter().headers(n)


def block_label(block: HeaderBlock) -> str:
    """The block's label and its number of hops, for the selector."""
    name = block_name(block)
    return f"{name[:1].upper()}{name[1:]} ({hop_count(len(block.hops))})"
