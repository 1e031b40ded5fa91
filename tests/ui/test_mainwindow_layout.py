"""The main window's panes: the legend never squeezes the diagnosis, and highlighting survives a
change of language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import SpanKind
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.theme import Role

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui

READABLE = 360


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_diagnosis_keeps_a_readable_width_and_the_splitter_moves(
    window: MainWindow, qtbot: QtBot, lang: str, size: tuple[int, int]
) -> None:
    window.set_language(lang)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(SAMPLES / "mailbox-full.eml")
    qtbot.wait(10)
    splitter = window.main_splitter
    left = splitter.widget(1)
    assert left.minimumSizeHint().width() < 300  # the legend no longer forces its one-row width
    assert window.diagnosis_panel.width() >= READABLE
    _files, bounce, diagnosis = splitter.sizes()
    assert bounce >= diagnosis * 0.8  # the bounce keeps its share too
    total = bounce + diagnosis
    splitter.setSizes([0, 320, total - 320])  # dragged to the left
    assert abs(splitter.sizes()[1] - 320) <= 2
    splitter.setSizes([0, total, 0])  # dragged all the way right: the diagnosis stays readable
    assert splitter.sizes()[2] >= READABLE
    window.set_language("en")


def painted_at(window: MainWindow, kind: SpanKind) -> list[tuple[int, int, str]]:
    """The highlights painted over the report's spans of ``kind``."""
    report = window.current_report()
    assert report is not None
    painted = window.bounce_view.highlighted()
    spans = [s for s in report.spans if s.kind == kind]
    assert spans
    return [p for s in spans for p in painted if p[0] <= window.bounce_view._pos(s.start) < p[1]]


def assert_highlighted(window: MainWindow) -> None:
    code_bg, recipient_bg = window.theme.color(Role.CODE_BG).name(), window.theme.color(Role.RECIPIENT_BG).name()
    assert any(bg == code_bg for *_r, bg in painted_at(window, SpanKind.STATUS_CODE))
    assert any(bg == recipient_bg for *_r, bg in painted_at(window, SpanKind.RECIPIENT))
    assert painted_at(window, SpanKind.HEADER_NAME)
    # the formats really are in the document's layout of the code's block
    report = window.current_report()
    code = next(s for s in report.spans if s.kind == SpanKind.STATUS_CODE)
    at = window.bounce_view._pos(code.start)
    selections = window.bounce_view.extraSelections()
    backgrounds = [s.format.background().color().name() for s in selections
                   if s.cursor.selectionStart() <= at < s.cursor.selectionEnd()]
    assert code_bg in backgrounds


def test_highlighting_survives_switching_the_language_with_a_message_open(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    assert_highlighted(window)
    window.set_language("ru")
    assert_highlighted(window)  # the message that was open
    window.open_path(SAMPLES / "mailbox-full.eml")
    assert_highlighted(window)
    window.set_language("en")
    window.open_path(SAMPLES / "spam-block.eml")
    assert_highlighted(window)
