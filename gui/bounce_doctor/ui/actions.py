"""The window's actions and menus: the table of actions and shortcuts, the menus, their texts, the recent menu.

Texts keep the translation context "MainWindow" they had when the window built them itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from .i18n import LANGUAGES
from .samples import fill_sample_menu, retranslate_sample_menus


class Action(StrEnum):
    """Every action of the window, by name."""

    OPEN = "open"
    OPEN_FOLDER = "open_folder"
    EXPORT_DIAGNOSIS = "export_diagnosis"
    EXPORT_BATCH = "export_batch"
    PASTE = "paste"
    CLOSE = "close"
    QUIT = "quit"
    COPY_DIAGNOSIS = "copy_diagnosis"
    FIND_CODE = "find_code"
    SHOW_DIAGNOSIS = "show_diagnosis"
    SHOW_REFERENCE = "show_reference"
    SHOW_HEADERS = "show_headers"
    SIZE_LIMIT = "size_limit"
    ABOUT = "about"
    GUIDE = "guide"  # How do I get my bounce in?
    DRAFT_RECIPIENT = "draft_recipient"
    DRAFT_PROVIDER = "draft_provider"
    DRAFT_DELISTING = "draft_delisting"


DRAFT_ACTIONS = {"recipient": Action.DRAFT_RECIPIENT, "provider": Action.DRAFT_PROVIDER,
                 "delisting": Action.DRAFT_DELISTING}


def _action(window: QWidget, actions: dict[Action, QAction], name: Action,
            key: QKeySequence.StandardKey | str | None = None) -> QAction:
    action = QAction(window)
    action.setObjectName(f"action_{name.value}")
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(key)
    elif key:
        action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    actions[name] = action
    window.addAction(action)
    return action


def build_actions(window: QWidget) -> dict[Action, QAction]:
    """Every action, added to ``window`` with its shortcut; those that need a bounce start disabled."""
    a: dict[Action, QAction] = {}
    sk = QKeySequence.StandardKey
    _action(window, a, Action.OPEN, sk.Open)
    _action(window, a, Action.OPEN_FOLDER, "Ctrl+Shift+O")
    _action(window, a, Action.PASTE, sk.Paste)
    _action(window, a, Action.EXPORT_DIAGNOSIS, "Ctrl+E").setEnabled(False)
    _action(window, a, Action.EXPORT_BATCH, "Ctrl+Shift+E").setEnabled(False)
    _action(window, a, Action.CLOSE, sk.Close)
    _action(window, a, Action.QUIT, sk.Quit).setMenuRole(QAction.MenuRole.QuitRole)
    _action(window, a, Action.COPY_DIAGNOSIS, "Ctrl+Shift+C")
    _action(window, a, Action.FIND_CODE, sk.Find)
    _action(window, a, Action.SHOW_DIAGNOSIS, "Ctrl+1")
    _action(window, a, Action.SHOW_REFERENCE, sk.HelpContents)
    _action(window, a, Action.SHOW_HEADERS, "Ctrl+3").setEnabled(False)
    _action(window, a, Action.SIZE_LIMIT, None)
    _action(window, a, Action.ABOUT, None).setMenuRole(QAction.MenuRole.AboutRole)
    _action(window, a, Action.GUIDE, None)
    for draft in DRAFT_ACTIONS.values():
        _action(window, a, draft).setEnabled(False)  # there is no bounce to write about yet
    a[Action.COPY_DIAGNOSIS].setEnabled(False)
    a[Action.CLOSE].setEnabled(False)
    a[Action.SHOW_REFERENCE].setShortcuts([*QKeySequence.keyBindings(sk.HelpContents), QKeySequence("Ctrl+2")])
    return a


def action_texts() -> dict[Action, str]:
    """Each action's text in the current language."""
    return {
        Action.OPEN: QCoreApplication.translate("MainWindow", "&Open…"),
        Action.PASTE: QCoreApplication.translate("MainWindow", "&Paste a bounce"),
        Action.CLOSE: QCoreApplication.translate("MainWindow", "&Close"),
        Action.QUIT: QCoreApplication.translate("MainWindow", "&Quit"),
        Action.COPY_DIAGNOSIS: QCoreApplication.translate("MainWindow", "Copy &diagnosis"),
        Action.FIND_CODE: QCoreApplication.translate("MainWindow", "&Find a code…"),
        Action.SHOW_DIAGNOSIS: QCoreApplication.translate("MainWindow", "&Diagnosis"),
        Action.SHOW_REFERENCE: QCoreApplication.translate("MainWindow", "Code &reference"),
        Action.SHOW_HEADERS: QCoreApplication.translate("MainWindow", "&Headers"),
        Action.OPEN_FOLDER: QCoreApplication.translate("MainWindow", "Open &Folder…"),
        Action.EXPORT_DIAGNOSIS: QCoreApplication.translate("MainWindow", "&Export diagnosis…"),
        Action.EXPORT_BATCH: QCoreApplication.translate("MainWindow", "Export &batch…"),
        Action.SIZE_LIMIT: QCoreApplication.translate("MainWindow", "Size &limit…"),
        Action.ABOUT: QCoreApplication.translate("MainWindow", "&About Bounce Doctor"),
        Action.GUIDE: QCoreApplication.translate("MainWindow", "&How do I get my bounce in?"),
        Action.DRAFT_RECIPIENT: QCoreApplication.translate("MainWindow", "For the &recipient…"),
        Action.DRAFT_PROVIDER: QCoreApplication.translate("MainWindow", "For your &IT or provider…"),
        Action.DRAFT_DELISTING: QCoreApplication.translate("MainWindow", "A &delisting request…"),
    }


@dataclass
class Menus:
    """The menus of the menu bar, their submenus and the groups of checkable choices."""

    file_menu: QMenu
    recent_menu: QMenu
    edit_menu: QMenu
    draft_menu: QMenu
    view_menu: QMenu
    theme_menu: QMenu
    theme_group: QActionGroup
    theme_actions: dict[str, QAction]
    language_menu: QMenu
    language_group: QActionGroup
    language_actions: dict[str, QAction]
    help_menu: QMenu
    sample_menu: QMenu
    sample_language_menu: QMenu | None


def _choices(window: QWidget, menu: QMenu, kind: str, choices: tuple[str, ...],
             label: Callable[[str], str]) -> tuple[QActionGroup, dict[str, QAction]]:
    """Checkable actions, one per choice, in one exclusive group."""
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for choice in choices:
        action = menu.addAction(label(choice))
        action.setCheckable(True)
        action.setData(choice)
        action.setObjectName(f"action_{kind}_{choice}")
        group.addAction(action)
        actions[choice] = action
        if kind == "language" and choice == "system":
            menu.addSeparator()
    return group, actions


def check_choice(actions: dict[str, QAction], choice: str) -> None:
    """Check the theme or language chosen (the system's when the choice is unknown)."""
    actions.get(choice, actions["system"]).setChecked(True)


def build_menus(window: QMainWindow, a: dict[Action, QAction], always_action: QAction,
                open_sample: Callable[[str], None]) -> Menus:
    """The menu bar: File, Edit, View and Help, with titles set later by ``retranslate_menus``."""
    file_menu = window.menuBar().addMenu("")
    file_menu.addAction(a[Action.OPEN])
    file_menu.addAction(a[Action.OPEN_FOLDER])
    recent_menu = file_menu.addMenu("")
    recent_menu.setObjectName("recentMenu")
    file_menu.addAction(a[Action.PASTE])
    file_menu.addSeparator()
    file_menu.addAction(a[Action.EXPORT_DIAGNOSIS])
    file_menu.addAction(a[Action.EXPORT_BATCH])
    file_menu.addSeparator()
    file_menu.addAction(a[Action.CLOSE])
    file_menu.addAction(a[Action.QUIT])

    edit_menu = window.menuBar().addMenu("")
    edit_menu.addAction(a[Action.PASTE])
    edit_menu.addAction(a[Action.COPY_DIAGNOSIS])
    draft_menu = edit_menu.addMenu("")
    draft_menu.setObjectName("draftMenu")
    for action in DRAFT_ACTIONS.values():
        draft_menu.addAction(a[action])
    edit_menu.addSeparator()
    edit_menu.addAction(a[Action.FIND_CODE])

    view_menu = window.menuBar().addMenu("")
    view_menu.addAction(a[Action.SHOW_DIAGNOSIS])
    view_menu.addAction(a[Action.SHOW_HEADERS])
    view_menu.addAction(a[Action.SHOW_REFERENCE])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("")
    theme_group, theme_actions = _choices(window, theme_menu, "theme", ("system", "light", "dark"), lambda _c: "")
    view_menu.addAction(a[Action.SIZE_LIMIT])
    view_menu.addAction(always_action)
    language_menu = view_menu.addMenu("")
    language_menu.setObjectName("languageMenu")
    language_group, language_actions = _choices(  # each language in its own words
        window, language_menu, "language", ("system", *LANGUAGES), lambda c: LANGUAGES.get(c, ""))

    help_menu = window.menuBar().addMenu("")
    help_menu.addAction(a[Action.GUIDE])
    sample_menu = help_menu.addMenu("")
    sample_menu.setObjectName("sampleMenu")
    sample_language_menu = fill_sample_menu(sample_menu, open_sample)
    help_menu.addAction(a[Action.SHOW_REFERENCE])
    help_menu.addSeparator()
    help_menu.addAction(a[Action.ABOUT])
    return Menus(file_menu, recent_menu, edit_menu, draft_menu, view_menu, theme_menu, theme_group, theme_actions,
                 language_menu, language_group, language_actions, help_menu, sample_menu, sample_language_menu)


def retranslate_menus(a: dict[Action, QAction], menus: Menus) -> None:
    """Every action's text and every menu's title in the current language."""
    for name, label in action_texts().items():
        a[name].setText(label)
    titles = (
        (menus.file_menu, QCoreApplication.translate("MainWindow", "&File")),
        (menus.recent_menu, QCoreApplication.translate("MainWindow", "Open &Recent")),
        (menus.edit_menu, QCoreApplication.translate("MainWindow", "&Edit")),
        (menus.view_menu, QCoreApplication.translate("MainWindow", "&View")),
        (menus.theme_menu, QCoreApplication.translate("MainWindow", "&Theme")),
        (menus.language_menu, QCoreApplication.translate("MainWindow", "&Language")),
        (menus.help_menu, QCoreApplication.translate("MainWindow", "&Help")),
        (menus.draft_menu, QCoreApplication.translate("MainWindow", "&Write a message")),
        (menus.sample_menu, QCoreApplication.translate("MainWindow", "&Try a sample")),
    )
    for menu, title in titles:
        menu.setTitle(title)
    for choice, label in (("system", QCoreApplication.translate("MainWindow", "&System")),
                          ("light", QCoreApplication.translate("MainWindow", "&Light")),
                          ("dark", QCoreApplication.translate("MainWindow", "&Dark"))):
        menus.theme_actions[choice].setText(label)
    menus.language_actions["system"].setText(QCoreApplication.translate("MainWindow", "&System language"))
    retranslate_sample_menus(menus.sample_menu, menus.sample_language_menu)


def fill_recent_menu(menu: QMenu, files: list[str], open_path: Callable[[str], None], clear: Callable[[], None]) -> None:
    """File > Open Recent: the files numbered (the first ten), or a disabled line saying there are none."""
    menu.clear()
    for i, f in enumerate(files, 1):
        action = menu.addAction(f"&{i % 10} {Path(f).name}" if i <= 10 else Path(f).name)
        action.setToolTip(f)
        action.setStatusTip(f)
        action.triggered.connect(lambda _=False, f=f: open_path(f))
    if not files:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent files")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MainWindow", "&Clear the list"), clear)


def show_about(parent: QWidget) -> None:
    """Help > About: a short About box."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Bounce Doctor"),
        QCoreApplication.translate(
            "MainWindow", "<p><b>Bounce Doctor %1</b></p><p>Explains bounced emails in plain language. "
            "Everything happens on this computer.</p><p>GPL-3.0-or-later</p>").replace(
            "%1", QCoreApplication.applicationVersion()),
    )
