"""The header list's model and its filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.ui.headers_model import CELL_CHARS, HEADER_ROLE, SPAN_ROLE, HeadersFilter, HeadersModel

from ..conftest import SAMPLES, corpus_dir

pytestmark = pytest.mark.gui


@pytest.fixture
def sample() -> tuple[HeadersModel, HeadersFilter, str]:
    data = (SAMPLES / "auth-failure.eml").read_bytes()
    report = diagnose(data)
    m = HeadersModel()
    m.set_headers(analyse(data, report).primary.headers)
    p = HeadersFilter()
    p.setSourceModel(m)
    return m, p, report.text


def names(p: HeadersFilter) -> list[str]:
    return [p.index(r, 0).data() for r in range(p.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, sample) -> None:
    m, p, _ = sample
    qtmodeltester.check(m)
    qtmodeltester.check(p)
    empty = HeadersModel()
    qtmodeltester.check(empty)


def test_rows_are_the_headers_in_order(sample) -> None:
    m, _, text = sample
    assert m.rowCount() == 18
    assert [m.index(r, 0).data() for r in range(4)] == ["Return-Path", "Received", "X-Virus-Scanned",
                                                           "Authentication-Results"]
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Header"
    # folded values read on one line
    assert m.index(3, 1).data().startswith('relay1.webhost.example; dkim=fail reason="signature verification failed"')
    assert "\n" not in m.index(3, 1).data()
    start, end = m.index(3, 0).data(SPAN_ROLE)
    assert text[start:end].startswith("Authentication-Results: relay1.webhost.example;")
    assert text[start:end].rstrip().endswith("header.from=example.com")
    assert m.index(3, 1).data(HEADER_ROLE).name == "Authentication-Results"


def test_filter_by_words_in_names_and_values(sample) -> None:
    _, p, _ = sample
    p.set_text_filter("received")
    assert names(p) == ["Received", "Received-SPF", "Received", "Received"]
    p.set_text_filter("DKIM")
    assert names(p) == ["Authentication-Results", "DKIM-Signature"]
    p.set_text_filter("spf fail")  # every word, anywhere, any case
    assert names(p) == ["Authentication-Results", "Received-SPF"]
    p.set_text_filter("no such header anywhere")
    assert names(p) == []
    p.set_text_filter("  ")
    assert p.rowCount() == 18


def test_long_values_are_cut_in_the_cell() -> None:
    data = b"From: a@example.com\nX-Long: " + b"word " * 2000 + b"\nSubject: s\n\nbody\n"
    m = HeadersModel()
    m.set_headers(analyse(data).primary.headers)
    value = m.index(1, 1).data()
    assert len(value) == CELL_CHARS
    assert value.endswith("…")
    assert len(m.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)) > CELL_CHARS


def test_corpus_blocks(qtmodeltester) -> None:
    data = (corpus_dir("sisimai", "bounces") / "lhost-x5-01.eml").read_bytes()
    a = analyse(data, diagnose(data))  # tests/ui/test_headers_text.py checks the blocks' labels
    assert a.primary_index == 3
    m = HeadersModel()
    for b in a.blocks:
        m.set_headers(b.headers)
        qtmodeltester.check(m)
        assert m.rowCount() == len(b.headers)
