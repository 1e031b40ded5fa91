"""The language of text output, shared by the window (ui/i18n.py) and the command line (cli.py).

One place installs a language for everything that writes sentences: the translator of text.py
(contexts such as "bounce_doctor.text", and "advice" for the advice's phrases, which the engine
leaves in no language), the catalog in that language, and how dates and numbers are written. The window passes Qt's application-wide
``QCoreApplication.translate``; the command line loads the same ``.qm`` into a ``QTranslator`` of
its own, which works without a QApplication.

Importing this module imports no Qt: QtCore is loaded only when a language other than English is
installed, so ``bounce-doctor explain`` in English starts as fast as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime

from .engine.catalog import Catalog, default_catalog
from .engine.model import CatalogEntry
from .output import text
from .resources import resource

# The languages Bounce Doctor speaks, each named in its own language (never translated).
LANGUAGES = {"en": "English", "ru": "Русский"}
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # after LANGUAGE, in POSIX order

Translate = Callable[[str, str], str]


def code_of(name: str) -> str | None:
    """The language of a locale name ("ru_RU.UTF-8", "ru-RU", "C") if spoken here, else None."""
    name = name.strip().split(".")[0].split("@")[0].replace("-", "_")
    if name.upper() in ("C", "POSIX"):
        return "en"
    lang = name.split("_")[0].lower()
    return lang if lang in LANGUAGES else None


def from_env(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: LANGUAGE (a colon list), then LC_ALL, LC_MESSAGES, LANG.

    The first variable that is set decides (for LANGUAGE: its first language spoken here); a
    language not spoken here means English.
    """
    env = os.environ if environ is None else environ
    for name in env.get("LANGUAGE", "").split(":"):
        if name.strip() and (lang := code_of(name)) is not None:
            return lang
    for var in LOCALE_VARIABLES:
        value = env.get(var, "").strip()
        if value:
            return code_of(value) or "en"
    return "en"


def translation_file(lang: str) -> str:
    """The compiled translation of Bounce Doctor's strings (the window's and the text outputs')."""
    return str(resource("translations", f"bounce_doctor_{lang}.qm"))


def load_translator(lang: str) -> Translate | None:
    """A translate(context, source) reading ``lang``'s ``.qm`` with QtCore alone; None if it cannot be read."""
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    if not t.load(translation_file(lang)):
        return None

    def translate(context: str, source: str) -> str:
        return t.translate(context, source) or source

    translate.translator = t  # type: ignore[attr-defined]  # keeps the QTranslator alive
    return translate


def localizer(catalog: Catalog, lang: str) -> tuple[Catalog, Callable[[CatalogEntry], CatalogEntry]]:
    """The catalog in ``lang``, and a function giving an English entry's version in it."""
    local = catalog.localized(lang)
    if local is catalog:
        return catalog, _same
    by_key = {e.key: e for e in local.entries}
    return local, lambda e: by_key.get(e.key, e)


def _same(e: CatalogEntry) -> CatalogEntry:
    return e


def _formats(lang: str) -> tuple[Callable[[datetime], str], Callable[[int], str]]:
    """How ``lang`` writes a date and time, and a whole number (QtCore's QLocale, no application needed)."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

    locale = QLocale(lang)

    def date(when: datetime) -> str:
        offset = when.utcoffset()
        zone = QTimeZone(int(offset.total_seconds())) if offset is not None else QTimeZone.utc()
        q = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second), zone)
        return locale.toString(q, QLocale.FormatType.LongFormat)

    def number(n: int) -> str:
        return locale.toString(n)

    return date, number


def install(
    lang: str, translate: Translate | None, catalog: Catalog | None = None
) -> tuple[Catalog, Callable[[CatalogEntry], CatalogEntry]]:
    """Make text output speak ``lang`` through ``translate`` (None, or "en": English).

    Returns the catalog in that language and the function that gives an entry's version in it.
    """
    catalog = catalog if catalog is not None else default_catalog()
    if lang == "en" or translate is None:
        text.set_translator(None, None)
        text.set_formats(None, None)
        return catalog, _same
    local, localize = localizer(catalog, lang)
    text.set_translator(translate, localize)
    text.set_formats(*_formats(lang))
    return local, localize


def use(lang: str) -> str:
    """For the command line: speak ``lang`` if its translation can be read, else English; the code in use."""
    lang = lang if lang in LANGUAGES else "en"
    translate = load_translator(lang) if lang != "en" else None
    if translate is None:
        lang = "en"
    install(lang, translate)
    return lang

