"""The legend under the bounce: its colours, and wrapping instead of widening its pane."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.ui.legend import Legend
from bounce_doctor.ui.theme import Role, color

pytestmark = pytest.mark.gui


def test_legend_colours(qtbot: QtBot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.set_colors(lambda r: color(r, True))
    assert "Code" in legend.texts()
    assert color(Role.CODE, True).name() in legend._labels[0].styleSheet()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_legend_wraps_instead_of_widening_its_pane(qtbot: QtBot, lang: str) -> None:
    from bounce_doctor.engine import default_catalog
    from bounce_doctor.ui.i18n import Language

    language = Language(default_catalog())
    language.apply(lang)
    try:
        legend = Legend()
        qtbot.addWidget(legend)
        one_row = legend.sizeHint()
        assert legend.minimumSizeHint().width() < 260  # the widest label, not all seven side by side
        assert one_row.width() > 500
        narrow = legend.heightForWidth(250)
        assert narrow > 2 * legend.heightForWidth(one_row.width())  # more rows, not a wider pane
        legend.resize(250, narrow)
        legend.show()
        qtbot.waitExposed(legend)
        rights = [label.geometry().right() for label in legend._labels]
        assert max(rights) < 250
        assert len({label.geometry().top() for label in legend._labels}) > 2
    finally:
        language.apply("en")
