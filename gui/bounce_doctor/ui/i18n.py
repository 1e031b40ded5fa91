"""The window's language: Qt translators, the catalog in that language, and the choice in the settings.

The window's strings are in ``resources/translations/bounce_doctor_<lang>.ts`` (Qt Linguist;
``make translations`` extracts new ``tr()`` strings and compiles the ``.qm``); Qt's own dialogs
use ``qtbase_<lang>.qm`` from PySide6. The catalog's translations are in
``resources/catalog/<lang>/``. Applying a language installs the translators, which sends every
widget a LanguageChange event: each widget retranslates its texts in ``changeEvent``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from .. import lang as text_language
from ..engine import Catalog, CatalogEntry
from ..lang import LANGUAGES
from ..output.text import QT_TRANSLATE_NOOP

CHOICES = ("system", *LANGUAGES)  # LANGUAGES: each named in its own language (never translated)


def system_language() -> str:
    """The system's language if the window speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        lang = name.replace("-", "_").split("_")[0].lower()
        if lang in LANGUAGES:
            return lang
    return "en"


def resolve(choice: str) -> str:
    """A language code for a choice of the menu: "system", "en" or "ru"."""
    return choice if choice in LANGUAGES else system_language()


def app_translation_file(lang: str) -> str:
    """The compiled translation of the window's strings."""
    return text_language.translation_file(lang)


def qt_translation_file(lang: str) -> str:
    """Qt's own translation (standard dialogs' buttons and texts), shipped with PySide6."""
    return f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/qtbase_{lang}.qm"


class Language(QObject):
    """The language in use; one per application."""

    changed = Signal(str)  # the new language code

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = catalog
        self.catalog = catalog
        self.code = "en"
        self._localize = text_language.localizer(catalog, "en")[1]
        self._translators: list[QTranslator] = []

    def apply(self, choice: str) -> str:
        """Switch to a choice ("system", "en", "ru"); returns the language code now in use."""
        lang = resolve(choice)
        app = QCoreApplication.instance()
        for t in self._translators:
            app.removeTranslator(t)
        self._translators = []
        if lang != "en":
            for path in (qt_translation_file(lang), app_translation_file(lang)):
                t = QTranslator(self)
                if t.load(path):
                    app.installTranslator(t)
                    self._translators.append(t)
        QLocale.setDefault(QLocale(lang))
        self.code = lang
        # text.py's sentences and the advice's phrases (said where they are shown), the catalog, dates:
        # the same install as the command line's
        self.catalog, self._localize = text_language.install(
            lang, QCoreApplication.translate if lang != "en" else None, self._base
        )
        self.changed.emit(lang)
        return lang

    def localize(self, entry: CatalogEntry) -> CatalogEntry:
        """An entry of the English catalog in the language in use (itself in English)."""
        return self._localize(entry)

    def installed(self) -> list[str]:
        """The files of the translators installed (for tests and the About box)."""
        return [t.filePath() for t in self._translators]


def untranslated_note(e: CatalogEntry) -> str:
    """A small note under an entry that has no translation in the window's language ("" otherwise)."""
    if e.translated:
        return ""
    note = QCoreApplication.translate("i18n", "Not yet translated; shown in English.")
    return f'<p class="muted"><i>{escape(note)}</i></p>'


# The titles of Help > Try a sample (resources/samples/index.toml), for pyside6-lupdate; a test keeps them in step.
SAMPLE_TITLES = (
    QT_TRANSLATE_NOOP("samples", "A wrong address"),
    QT_TRANSLATE_NOOP("samples", "A full mailbox"),
    QT_TRANSLATE_NOOP("samples", "A spam block"),
    QT_TRANSLATE_NOOP("samples", "A delay warning"),
    QT_TRANSLATE_NOOP("samples", "An Exchange NDR"),
    QT_TRANSLATE_NOOP("samples", "Several recipients"),
    QT_TRANSLATE_NOOP("samples", "An authentication failure"),
    QT_TRANSLATE_NOOP("samples", "An auto-reply"),
    QT_TRANSLATE_NOOP("samples", "An ordinary email"),
    # group = "languages": the submenu "In other languages"
    QT_TRANSLATE_NOOP("samples", "German: address does not exist"),
    QT_TRANSLATE_NOOP("samples", "French: mailbox full"),
    QT_TRANSLATE_NOOP("samples", "Spanish: address does not exist"),
    QT_TRANSLATE_NOOP("samples", "Italian: address not found"),
    QT_TRANSLATE_NOOP("samples", "Portuguese: message too large"),
    QT_TRANSLATE_NOOP("samples", "Dutch: address does not exist"),
    QT_TRANSLATE_NOOP("samples", "Polish: mailbox full"),
    QT_TRANSLATE_NOOP("samples", "Russian: address does not exist"),
    QT_TRANSLATE_NOOP("samples", "Japanese: address not found"),
    QT_TRANSLATE_NOOP("samples", "Chinese: mailbox full"),
)
