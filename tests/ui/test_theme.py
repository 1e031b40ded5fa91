"""Named colours with light and dark variants, and the theme choice."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.theme import Role, Theme, color, palette

pytestmark = pytest.mark.gui


def test_every_role_has_a_light_and_a_dark_variant() -> None:
    for role in Role:
        assert color(role, False).isValid(), role
        assert color(role, True).isValid(), role
        if role != Role.HIGHLIGHT_TEXT:
            assert color(role, False) != color(role, True), role


def test_text_contrasts_with_its_background() -> None:
    for dark in (False, True):
        for fg, bg in ((Role.CODE, Role.CODE_BG), (Role.RECIPIENT, Role.RECIPIENT_BG), (Role.REPLY, Role.REPLY_BG),
                       (Role.EVIDENCE, Role.EVIDENCE_BG), (Role.WARNING, Role.WARNING_BG),
                       (Role.WINDOW_TEXT, Role.ANSWER_BG), (Role.WINDOW_TEXT, Role.BASE), (Role.WINDOW_TEXT, Role.WINDOW)):
            diff = abs(color(fg, dark).lightness() - color(bg, dark).lightness())
            assert diff > 90, (fg, bg, dark)


def test_palettes() -> None:
    assert palette(True).color(QPalette.ColorRole.Window).lightness() < 80
    assert palette(False).color(QPalette.ColorRole.Window).lightness() > 200


def test_apply_and_changed(qtbot: QtBot, qapp: QApplication) -> None:
    theme = Theme(qapp)
    with qtbot.waitSignal(theme.changed):
        theme.apply("dark")
    assert theme.is_dark()
    assert theme.color(Role.CODE) == color(Role.CODE, True)
    theme.apply("nonsense")
    assert theme.choice == "system"
