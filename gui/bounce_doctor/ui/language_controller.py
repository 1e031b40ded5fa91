"""The window's language: View > Language, and every text the window owns said again in the language installed.

Texts keep the translation context "MainWindow" they had when the window set them itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .actions import check_choice, retranslate_menus

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def retranslate_window(window: MainWindow) -> None:
    """Set every text the window owns in the current language (at start and on LanguageChange)."""
    retranslate_menus(window.actions_by_name, window.menus)
    window.tabs.setTabText(window.tabs.indexOf(window.stack), QCoreApplication.translate("MainWindow", "&Diagnosis"))
    window.tabs.setTabText(window.tabs.indexOf(window.headers_view), QCoreApplication.translate("MainWindow", "He&aders"))
    window.tabs.setTabText(window.tabs.indexOf(window.reference_view),
                           QCoreApplication.translate("MainWindow", "Code &reference"))
    window.tabs.setTabText(window.tabs.indexOf(window.batch_splitter), QCoreApplication.translate("MainWindow", "&Batch"))
    window.batch.retranslate()
    window.progress.setAccessibleName(QCoreApplication.translate("MainWindow", "Reading"))
    window.live.retranslate()
    window.reference_model.set_entries(window.language.catalog.codes)
    window.documents.set_title()


def set_language(window: MainWindow, choice: str) -> None:
    """View > Language: the system's, English or Russian (remembered; the window changes at once)."""
    window.settings.set_value("view/language", choice)
    check_choice(window.language_actions, choice)
    window.language.apply(choice)
