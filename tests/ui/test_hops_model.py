"""The hop table's model: real paths from our samples and the corpus, clock skew, the stopping hop, 30 hops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.ui import hops_model as hm
from bounce_doctor.ui.hops_model import HOP_ROLE, SHARE_ROLE, SPAN_ROLE, HopsModel, delay_text, duration
from bounce_doctor.ui.theme import Role, color

from ..conftest import SAMPLES, corpus_dir
from . import headers_data

pytestmark = pytest.mark.gui


def light(role: Role):
    return color(role, False)


def model_for(data: bytes) -> tuple[HopsModel, str]:
    report = diagnose(data)
    m = HopsModel()
    m.set_hops(analyse(data, report).hops)
    m.set_colors(light)
    return m, report.text


def cell(m: HopsModel, row: int, col: int, role: int = Qt.ItemDataRole.DisplayRole):
    return m.index(row, col).data(role)


def column(m: HopsModel, col: int) -> list:
    return [cell(m, r, col) for r in range(m.rowCount())]


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    m = HopsModel()
    qtmodeltester.check(m)
    assert m.rowCount() == 0
    assert m.hop(0) is None


def test_auth_failure_sample(qtmodeltester) -> None:
    m, text = model_for((SAMPLES / "auth-failure.eml").read_bytes())
    qtmodeltester.check(m)
    assert m.rowCount() == 3
    assert column(m, hm.NUMBER) == ["1", "2", "3"]
    assert column(m, hm.BY) == ["shop.example.com", "relay1.webhost.example", "relay1.webhost.example"]
    assert column(m, hm.FROM) == ["—", "shop.example.com [198.51.100.77]", "localhost [127.0.0.1]"]
    assert column(m, hm.WITH) == ["", "ESMTP", "ESMTP"]
    assert column(m, hm.DELAY) == ["+1 s", "+1 s", "+1 s"]
    assert column(m, hm.SHARE) == ["33%", "33%", "33%"]
    start, end = cell(m, 2, 0, SPAN_ROLE)
    assert text[start:end].startswith("Received: from localhost (localhost [127.0.0.1])")
    assert text[start:end].rstrip().endswith("07:03:23 +0000 (UTC)")


def test_the_time_is_shown_on_this_computers_clock() -> None:
    m, _ = model_for((SAMPLES / "auth-failure.eml").read_bytes())
    hop = cell(m, 0, 0, HOP_ROLE)
    assert cell(m, 0, hm.TIME) == hop.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert cell(m, 0, hm.TIME, Qt.ItemDataRole.ToolTipRole) == "As written: Tue, 15 Apr 2025 07:03:21 +0000 (UTC)"


def test_clock_skew_is_marked_instead_of_a_negative_delay(qtmodeltester) -> None:
    m, _ = model_for(headers_data.clock_skew())
    qtmodeltester.check(m)
    assert column(m, hm.DELAY) == ["+1 min", "⚠ clocks disagree", "+24 min"]
    assert "clock" in cell(m, 1, hm.DELAY, Qt.ItemDataRole.ToolTipRole)
    assert cell(m, 1, hm.DELAY, Qt.ItemDataRole.ForegroundRole) == light(Role.BADGE_DELAYED)
    assert cell(m, 0, hm.DELAY, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(m, 1, hm.SHARE) == ""
    assert cell(m, 1, hm.SHARE, SHARE_ROLE) is None
    assert cell(m, 2, hm.SHARE, SHARE_ROLE) == pytest.approx(24 / 25)


def test_the_hop_where_delivery_stopped_is_marked() -> None:
    m, _ = model_for(headers_data.stopped())
    assert m.rowCount() == 4
    assert column(m, hm.NUMBER) == ["1", "2", "3", "✖ 4"]
    assert cell(m, 3, hm.BY) == "aspmx.l.google.com — delivery stopped here"
    assert cell(m, 3, hm.NUMBER, Qt.ItemDataRole.BackgroundRole) == light(Role.ERROR_BG)
    assert cell(m, 3, hm.NUMBER, Qt.ItemDataRole.FontRole).bold()
    assert cell(m, 2, hm.NUMBER, Qt.ItemDataRole.BackgroundRole) is None
    assert "refused" in cell(m, 3, hm.NUMBER, Qt.ItemDataRole.ToolTipRole)


def test_thirty_hops(qtmodeltester) -> None:
    m, text = model_for(headers_data.thirty_hops())
    qtmodeltester.check(m)
    assert m.rowCount() == 30
    assert column(m, hm.NUMBER) == [str(i) for i in range(1, 31)]
    assert column(m, hm.BY) == [f"relay{i}.example.net" for i in range(1, 31)]
    assert cell(m, 29, hm.DELAY) == "+30 s"
    assert cell(m, 29, hm.SHARE, SHARE_ROLE) == pytest.approx(30 / 465)
    assert cell(m, 29, hm.SHARE) == "6%"
    for row in range(30):
        start, end = cell(m, row, 0, SPAN_ROLE)
        assert text[start:end].startswith(f"Received: from relay{row}.example.net")


def test_colours_follow_the_theme() -> None:
    m, _ = model_for(headers_data.stopped())
    changed = []
    m.dataChanged.connect(lambda *args: changed.append(args))
    m.set_colors(lambda role: color(role, True))
    assert changed
    assert cell(m, 3, 0, Qt.ItemDataRole.BackgroundRole) == color(Role.ERROR_BG, True)


@pytest.mark.parametrize(("seconds", "text"), [(0, "0 s"), (59, "59 s"), (60, "1 min"), (125, "2 min 5 s"),
                                               (3840, "1 h 4 min"), (2 * 86400 + 3 * 3600, "2 d 3 h")])
def test_durations(seconds: float, text: str) -> None:
    assert duration(seconds) == text


def test_corpus_paths_pass_the_model_tester(qtmodeltester) -> None:
    folder = corpus_dir("sisimai", "bounces")
    m, _ = model_for((folder / "lhost-x5-01.eml").read_bytes())
    qtmodeltester.check(m)
    assert m.rowCount() == 13
    assert cell(m, 8, hm.BY) == "mx05.example.co.jp"
    skew, _ = model_for((folder / "lhost-amazonses-02.eml").read_bytes())
    assert column(skew, hm.DELAY) == ["⚠ clocks disagree"]
    rows = 0
    for path in sorted(folder.glob("*.eml"))[:120]:
        data = path.read_bytes()
        a = analyse(data, diagnose(data))
        m.set_hops(a.hops)
        rows += m.rowCount()
        for r in range(m.rowCount()):
            hop = m.hop(r)
            assert cell(m, r, hm.DELAY) == delay_text(hop)
            assert "-" not in cell(m, r, hm.DELAY), path.name  # never a negative delay
    assert rows > 150
