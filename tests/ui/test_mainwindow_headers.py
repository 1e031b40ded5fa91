"""The Headers tab inside the window: filled from the worker, wired to the bounce, the sentence in the diagnosis."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.diagnose import Examination
from bounce_doctor.engine.headers import HeaderAnalysis
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES, corpus_dir
from . import headers_data

pytestmark = pytest.mark.gui


def headers_tab_enabled(window: MainWindow) -> bool:
    return window.tabs.isTabEnabled(window.tabs.indexOf(window.headers_view))


def test_the_tab_sits_between_diagnosis_and_reference(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]
    assert titles == ["&Diagnosis", "He&aders", "Code &reference"]  # the Batch tab shows only for a batch
    assert not headers_tab_enabled(window)
    assert not window.actions_by_name[Action.SHOW_HEADERS].isEnabled()


def test_auth_failure_fills_the_tab_and_the_diagnosis(window: MainWindow) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    assert headers_tab_enabled(window)
    view = window.headers_view
    assert view.hops_model.rowCount() == 3
    auth = view.auth.toPlainText()
    assert "SPF\n✖ fail" in auth
    assert "DKIM\n✖ fail" in auth
    panel = window.diagnosis_panel.toPlainText()
    assert ("In the headers: Your domain's DKIM signature failed at hop 3 (relay1.webhost.example). "
            "SPF failed for example.com at hop 3") in panel
    # the sentence's link selects the Authentication-Results header
    href = next(h for text, h in window.diagnosis_panel.links() if text == "show in the bounce")
    window.diagnosis_panel.activate(href)
    start, end = window.bounce_view.selected_range()
    assert window.current_report().text[start:end].startswith("Authentication-Results: relay1.webhost.example;")


def test_the_sentence_is_said_again_in_the_new_language(window: MainWindow) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    window.set_language("ru")
    QApplication.processEvents()  # the LanguageChange events
    try:
        ru = "Подпись DKIM вашего домена не прошла проверку на шаге 3 (relay1.webhost.example)."
        assert ru in window.headers_view.auth.toPlainText()
        assert f"В заголовках: {ru}" in window.diagnosis_panel.toPlainText()
        assert "DKIM signature failed" not in window.diagnosis_panel.toPlainText()
    finally:
        window.set_language("en")
        QApplication.processEvents()
    assert "Your domain's DKIM signature failed at hop 3" in window.headers_view.auth.toPlainText()


def test_no_sentence_for_other_bounces(window: MainWindow) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    window.open_path(SAMPLES / "wrong-address.eml")
    assert "In the headers:" not in window.diagnosis_panel.toPlainText()
    assert headers_tab_enabled(window)


def test_activating_a_hop_selects_its_received_header_in_the_bounce(window: MainWindow) -> None:
    window.open_text(headers_data.thirty_hops().decode(), "thirty.eml")
    window.actions_by_name[Action.SHOW_HEADERS].trigger()
    assert window.tabs.currentWidget() is window.headers_view
    assert window.headers_view.hops_model.rowCount() == 30
    window.headers_view.activate_hop(12)
    assert window.tabs.currentIndex() == 0
    start, end = window.bounce_view.selected_range()
    selected = window.current_report().text[start:end]
    assert selected.startswith("Received: from relay12.example.net (relay12.example.net [192.0.2.13])")
    assert "by relay13.example.net" in selected


def test_activating_a_filtered_header_selects_it(window: MainWindow) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    view = window.headers_view
    view.search.setText("received-spf")
    assert view.proxy.rowCount() == 1
    view.activate_header(0)
    start, end = window.bounce_view.selected_range()
    assert window.current_report().text[start:end].startswith("Received-SPF: Fail (mailfrom)")


def test_an_ordinary_message(window: MainWindow) -> None:
    window.open_path(SAMPLES / "not-a-bounce.eml")
    assert headers_tab_enabled(window)
    assert window.headers_view.hops_model.rowCount() == 3
    assert "DMARC\n✔ pass" in window.headers_view.auth.toPlainText()


def test_clock_skew_in_the_window(window: MainWindow) -> None:
    window.open_text(headers_data.clock_skew().decode(), "skew.eml")
    assert window.headers_view.hops_model.index(1, 5).data() == "⚠ clocks disagree"
    assert "clocks disagree" in window.headers_view.notes.text()


def test_a_failed_read_and_closing_clear_the_tab(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(SAMPLES / "auth-failure.eml")
    window.open_path(tmp_path / "missing.eml")
    assert not headers_tab_enabled(window)
    assert window.headers_view.hops_model.rowCount() == 0
    window.open_path(SAMPLES / "auth-failure.eml")
    window.actions_by_name[Action.CLOSE].trigger()
    assert not headers_tab_enabled(window)
    assert window.headers_view.headers_model.rowCount() == 0


def test_a_real_corpus_bounce(window: MainWindow) -> None:
    window.open_path(corpus_dir("sisimai", "bounces") / "lhost-x5-01.eml")
    view = window.headers_view
    assert view.block_box.count() == 4
    assert view.hops_model.rowCount() == 13
    view.select_block(0)
    assert view.hops_model.rowCount() == 10
    view.activate_hop(0)
    start, end = window.bounce_view.selected_range()
    assert window.current_report().text[start:end].lower().startswith("received:")


def test_the_analysis_runs_off_the_gui_thread(qtbot: QtBot, settings: Settings,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    threads = []
    real = Examination.headers

    def spy(exam: Examination) -> HeaderAnalysis:
        threads.append(threading.current_thread())
        return real(exam)

    monkeypatch.setattr(Examination, "headers", spy)
    pool = QThreadPool()
    _app, window = create_app([], settings=settings, pool=pool)
    qtbot.addWidget(window)
    window.open_path(SAMPLES / "auth-failure.eml")
    qtbot.waitUntil(lambda: window.headers_view.hops_model.rowCount() == 3, timeout=10000)
    assert threads
    assert threads[0] is not threading.main_thread()
    pool.waitForDone(5000)
    QApplication.processEvents()


def test_a_bug_in_the_header_reader_keeps_the_diagnosis(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_exam: Examination) -> HeaderAnalysis:
        raise RuntimeError("boom")

    monkeypatch.setattr(Examination, "headers", broken)
    window.open_path(SAMPLES / "auth-failure.eml")
    assert window.current_report() is not None
    assert not headers_tab_enabled(window)


def test_the_splitter_is_remembered(window: MainWindow, settings: Settings) -> None:
    window.headers_view.splitter.setSizes([100, 500])
    window.save_settings()
    assert not settings.value("window/headers_splitter").isEmpty()
