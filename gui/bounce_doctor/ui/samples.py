"""Our own samples: the index of resources/samples, and the Help > Try a sample menu filled from it."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..resources import resource


def samples() -> list[tuple[str, Path]]:
    """The samples of Help > Try a sample, as (title, path), in menu order (the submenus' too)."""
    return [(title, path) for title, path, _group in grouped_samples()]


def grouped_samples() -> list[tuple[str, Path, str]]:
    """The samples as (title, path, group): group "" is the menu itself, "languages" its submenu."""
    folder = resource("samples")
    data = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    return [(s["title"], folder / s["file"], s.get("group", "")) for s in data.get("sample", [])]


def fill_sample_menu(menu: QMenu, open_sample: Callable[[str], None]) -> QMenu | None:
    """One action per sample (opening it with ``open_sample``); returns the "In other languages" submenu, if any."""
    language_menu = None
    for title, path, group in grouped_samples():
        target = menu
        if group == "languages":
            if language_menu is None:
                menu.addSeparator()
                language_menu = menu.addMenu("")
                language_menu.setObjectName("sampleLanguageMenu")
            target = language_menu
        action = target.addAction(title)
        action.setProperty("source_title", title)
        action.setData(str(path))
        action.triggered.connect(lambda _=False, path=str(path): open_sample(path))
    return language_menu


def retranslate_sample_menus(menu: QMenu, language_menu: QMenu | None) -> None:
    """The submenu's title and every sample's title in the current language."""
    if language_menu is not None:
        language_menu.setTitle(QCoreApplication.translate("MainWindow", "In other &languages"))
    for each in (menu, language_menu):
        for action in each.actions() if each is not None else ():
            if action.property("source_title"):
                action.setText(QCoreApplication.translate("samples", action.property("source_title")))
