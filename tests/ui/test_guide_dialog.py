"""The guide "How do I get my bounce in?": reached from the empty window, read with the keyboard, never clipped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.guide_data import clients
from bounce_doctor.ui.guide_dialog import GuideDialog, render_picture
from bounce_doctor.ui.mainwindow import Action, MainWindow

pytestmark = pytest.mark.gui


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def opened(window: MainWindow) -> GuideDialog:
    dialog = window.findChild(GuideDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


@pytest.fixture
def guide(window: MainWindow) -> Iterator[GuideDialog]:
    window.resize(1280, 800)
    window.show()
    window.actions_by_name[Action.GUIDE].trigger()
    dialog = opened(window)
    yield dialog
    dialog.close()
    window.set_language("en")
    window.set_theme("system")
    settle()


def test_the_guide_is_two_clicks_from_the_empty_window(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    assert window.stack.currentWidget() is window.empty_state
    assert window.findChild(GuideDialog) is None
    clicks = 0
    qtbot.mouseClick(window.empty_state.guide_button, Qt.MouseButton.LeftButton)
    clicks += 1
    dialog = opened(window)
    assert dialog.current().id == clients("en")[0].id  # the steps show at once
    row = dialog.client_ids().index("thunderbird")
    item_rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
    clicks += 1
    assert dialog.current().id == "thunderbird"
    assert "File &gt; Save As &gt; File…" in dialog.steps.text()
    assert clicks <= 2


def test_help_menu_opens_the_guide_first(window: MainWindow) -> None:
    first = window.help_menu.actions()[0]
    assert first is window.actions_by_name[Action.GUIDE]
    assert first.text() == "&How do I get my bounce in?"
    first.trigger()
    dialog = opened(window)
    first.trigger()  # once more: the same dialog, not a second one
    assert window.findChildren(GuideDialog) == [dialog]
    assert dialog.windowTitle() == "How do I get my bounce in?"


def test_every_program_shows_its_steps_and_a_picture(guide: GuideDialog) -> None:
    assert guide.client_ids() == [c.id for c in clients("en")]
    for c in clients("en"):
        guide.show_client(c.id)
        assert guide.title.text() == c.name
        assert guide.steps.text().count("<li") == len(c.steps)
        assert QSvgRenderer(str(c.picture)).isValid()
        image = guide.picture.pixmap().toImage()
        assert not image.isNull()
        assert any(image.pixelColor(x, 90).alpha() for x in range(0, 320, 4)), c.id  # something is drawn
        assert guide.picture.accessibleDescription() == c.alt
        flags = guide.steps.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_arrow_keys_move_between_programs_and_escape_closes(guide: GuideDialog, qtbot: QtBot) -> None:
    assert guide.focusWidget() is guide.list  # the list has the focus on opening
    qtbot.keyClick(guide.list, Qt.Key.Key_Down)
    assert guide.current().id == guide.client_ids()[1]
    assert guide.title.text() == clients("en")[1].name
    qtbot.keyClick(guide.list, Qt.Key.Key_End)
    assert guide.current().id == guide.client_ids()[-1]
    qtbot.keyClick(guide.list, Qt.Key.Key_Up)
    assert guide.current().id == guide.client_ids()[-2]
    qtbot.keyClick(guide.list, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_the_guide_speaks_russian_and_switches_back(window: MainWindow, guide: GuideDialog) -> None:
    guide.show_client("gmail")
    window.set_language("ru")
    settle()
    assert guide.windowTitle() == "Как добавить сюда письмо о недоставке?"
    assert guide.current().id == "gmail"  # the same program stays shown
    assert "Показать оригинал" in guide.steps.text()
    assert [guide.list.item(i).text() for i in range(guide.list.count())] == [c.name for c in clients("ru")]
    assert window.empty_state.guide_button.text() == "Как добавить сюда письмо о недоставке?"
    window.set_language("en")
    settle()
    assert "Show original" in guide.steps.text()


def test_the_pictures_follow_the_dark_theme(window: MainWindow, guide: GuideDialog) -> None:
    c = clients("en")[0]
    window.set_theme("light")
    settle()
    assert not guide.is_dark()
    light = guide.picture.pixmap().toImage()
    window.set_theme("dark")
    settle()
    assert guide.is_dark()
    dark = guide.picture.pixmap().toImage()
    assert dark != light
    assert render_picture(c, True).toImage() == render_picture(c, True).toImage()
    # the window body of the picture is dark in the dark theme, light in the light one
    body = (40, 150)
    assert dark.pixelColor(*body).lightness() < 100 < light.pixelColor(*body).lightness()


def _clipped(guide: GuideDialog) -> list[str]:
    """Texts that do not fit where they are shown."""
    out = []
    for i in range(guide.list.count()):
        text = guide.list.item(i).text()
        if guide.list.fontMetrics().horizontalAdvance(text) + 8 > guide.list.viewport().width():
            out.append(f"list: {text}")
    page = guide.scroll.widget()
    for label in page.findChildren(QLabel):
        if label.isHidden() or label is guide.picture:
            continue
        if label.height() < label.heightForWidth(label.width()) or label.geometry().right() > page.width():
            out.append(f"{label.objectName()}: {label.text()[:40]}")
    if guide.picture.geometry().right() > guide.scroll.viewport().width():
        out.append("picture")
    for button in guide.buttons.buttons():
        if button.width() < button.sizeHint().width():
            out.append(f"button: {button.text()}")
    if guide.list_label.width() < guide.list_label.sizeHint().width():
        out.append(f"label: {guide.list_label.text()}")
    return out


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_text_is_clipped(window: MainWindow, qtbot: QtBot, size: tuple[int, int], lang: str) -> None:
    window.resize(*size)
    window.show()
    window.set_language(lang)
    settle()
    dialog = GuideDialog.show_for(window)
    try:
        assert dialog.width() <= size[0]
        assert dialog.height() <= size[1] - 40
        for c in clients(lang):
            dialog.show_client(c.id)
            settle()
            assert not _clipped(dialog), (c.id, _clipped(dialog))
    finally:
        dialog.close()
        window.set_language("en")
        settle()


def test_the_clipping_check_sees_a_squeezed_list(guide: GuideDialog) -> None:
    guide.list.setFixedWidth(60)
    settle()
    assert any(t.startswith("list:") for t in _clipped(guide))


def test_the_clipping_check_sees_squeezed_steps(guide: GuideDialog) -> None:
    guide.show_client("thunderbird")
    guide.steps.setFixedHeight(20)
    settle()
    assert any(t.startswith("guideSteps:") for t in _clipped(guide))
