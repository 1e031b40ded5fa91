"""Live checks in the window: nothing sent before "Check now", consent first, answers kept with their message."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bounce_doctor import live
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.live_checks import ALWAYS_KEY
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.samples import samples
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES
from .live_data import NO_NETWORK, SPAM_PLAN, SPAM_RESULT, TYPO_RESULT

pytestmark = pytest.mark.gui


class LaterPool:
    """Keeps the tasks until the test runs them: an answer that arrives late."""

    def __init__(self) -> None:
        self.tasks: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.tasks.append(runnable)

    def run_all(self) -> None:
        while self.tasks:
            self.tasks.pop(0).run()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 (the QThreadPool name)
        return True


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """live.run recorded (and answered from fixed data); live.plan gives a fixed list."""
    made: list[tuple] = []

    def fake_run(report, index=None, resolver=None, timeout=3.0, **kwargs):  # type: ignore[no-untyped-def]
        made.append((report.name, resolver, timeout))
        return TYPO_RESULT if report.name == "multi-recipient.eml" else SPAM_RESULT

    monkeypatch.setattr(live, "run", fake_run)
    monkeypatch.setattr(live, "plan", lambda report, index=None, **kwargs: SPAM_PLAN)
    return made


def open_sample(window: MainWindow, name: str) -> None:
    window.open_sample(SAMPLES / name)
    QApplication.processEvents()


def test_the_button_is_there_and_nothing_is_queried_before_it_is_clicked(window: MainWindow, calls: list) -> None:
    assert not window.live_panel.isVisible()  # the empty window: nothing to check
    window.show()
    open_sample(window, "spam-block.eml")
    button = window.live_panel.check_button
    assert window.live_panel.isVisible()
    assert button.isEnabled()
    assert button.text() == "Chec&k now"
    open_sample(window, "wrong-address.eml")
    window.diagnosis_panel.set_details_open(0, True)
    assert calls == []
    assert window.live.consent_dialog is None


def test_the_button_is_in_the_tab_order_after_the_diagnosis(window: MainWindow, calls: list) -> None:
    window.show()
    open_sample(window, "spam-block.eml")
    w = window.diagnosis_panel.nextInFocusChain()
    while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible():  # what Tab skips
        w = w.nextInFocusChain()
    assert w is window.live_panel.check_button


def test_the_first_check_asks_and_lists_the_names_and_cancel_sends_nothing(window: MainWindow, calls: list) -> None:
    window.show()
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    dialog = window.live.consent_dialog
    assert dialog is not None
    assert dialog.isVisible()
    listed = dialog.listed_names()
    assert [line.split(" — ")[0] for line in listed] == [p.name for p in SPAM_PLAN]
    dialog.reject()
    QApplication.processEvents()
    assert calls == []
    assert window.live_panel.result() is None
    assert window.settings.value(ALWAYS_KEY) is False


def test_check_once_then_it_asks_again(window: MainWindow, calls: list) -> None:
    window.show()
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    window.live.consent_dialog.check_button.click()
    QApplication.processEvents()
    assert calls == [("spam-block.eml", None, 3.0)]
    assert window.live_panel.result() is SPAM_RESULT
    assert window.live_panel.heading.text().startswith("Checked live at ")
    assert "SBL (a known spam source)" in window.live_panel.results.toPlainText()
    window.live_panel.check_button.click()
    assert window.live.consent_dialog is not None
    assert window.live.consent_dialog.isVisible()
    window.live.consent_dialog.reject()


def test_always_allow_skips_the_question_is_kept_and_can_be_turned_off(
    window: MainWindow, calls: list, tmp_path: Path
) -> None:
    window.show()
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    dialog = window.live.consent_dialog
    dialog.always.setChecked(True)
    dialog.check_button.click()
    QApplication.processEvents()
    assert len(calls) == 1
    window.settings.sync()
    assert Settings.from_file(tmp_path / "settings.ini").value(ALWAYS_KEY) is True
    assert window.live.always_action.isChecked()
    assert window.live.always_action in window.view_menu.actions()
    open_sample(window, "multi-recipient.eml")
    window.live_panel.check_button.click()
    assert window.live.consent_dialog is None  # not asked again
    assert [c[0] for c in calls] == ["spam-block.eml", "multi-recipient.eml"]
    assert window.live_panel.result() is TYPO_RESULT
    window.live.always_action.trigger()  # View > Always Allow Live Checks, off again
    window.settings.sync()
    assert Settings.from_file(tmp_path / "settings.ini").value(ALWAYS_KEY) is False
    window.live_panel.check_button.click()
    assert window.live.consent_dialog is not None
    window.live.consent_dialog.reject()
    assert len(calls) == 2


def test_the_answers_never_change_the_offline_diagnosis(window: MainWindow, calls: list) -> None:
    window.settings.set_value(ALWAYS_KEY, True)
    open_sample(window, "spam-block.eml")
    before = window.diagnosis_panel.toHtml()
    report = window.current_report()
    window.live_panel.check_button.click()
    assert window.live_panel.result() is SPAM_RESULT
    assert window.diagnosis_panel.toHtml() == before
    assert window.current_report() is report
    assert "Checked live" not in window.diagnosis_panel.toPlainText()


def test_no_network_says_so(window: MainWindow, calls: list, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live, "run", lambda report, **kwargs: NO_NETWORK)
    window.settings.set_value(ALWAYS_KEY, True)
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    assert "no DNS server answered from this computer" in window.live_panel.results.toPlainText()


def test_an_error_in_the_checks_is_a_sentence_and_the_window_goes_on(
    window: MainWindow, calls: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(report, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("a bug")

    monkeypatch.setattr(live, "run", broken)
    window.settings.set_value(ALWAYS_KEY, True)
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    assert "error in the program (ValueError)" in window.live_panel.results.toPlainText()
    assert window.live_panel.check_button.isEnabled()


def test_a_late_answer_is_not_shown_on_another_message_and_stays_with_its_own(window: MainWindow, calls: list) -> None:
    later = LaterPool()
    window.live._pool = later
    window.settings.set_value(ALWAYS_KEY, True)
    window.open_paths([SAMPLES / "spam-block.eml", SAMPLES / "wrong-address.eml"])
    QApplication.processEvents()
    first = window._shown
    assert window.current_report().name == "spam-block.eml"
    window.live_panel.check_button.click()
    assert window.live_panel.busy_label.isVisibleTo(window.live_panel)
    second = next(k for k in window._docs if k != first)
    window._show_doc(second)
    assert window.current_report().name == "wrong-address.eml"
    assert not window.live_panel.busy_label.isVisibleTo(window.live_panel)
    later.run_all()  # the answer for spam-block arrives now
    QApplication.processEvents()
    assert window.live_panel.result() is None
    assert not window.live_panel.results.isVisibleTo(window.live_panel)
    assert "Spamhaus" not in window.live_panel.results.toPlainText()
    window._show_doc(first)
    assert window.live_panel.result() is SPAM_RESULT


def test_the_checks_run_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_run(report, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        release.wait(5)
        return SPAM_RESULT

    monkeypatch.setattr(live, "run", slow_run)
    monkeypatch.setattr(live, "plan", lambda report, index=None, **kwargs: SPAM_PLAN)
    settings.set_value(ALWAYS_KEY, True)
    pool = QThreadPool()
    _app, window = create_app([], settings=settings, pool=pool)
    qtbot.addWidget(window)
    window.open_sample(SAMPLES / "spam-block.eml")
    qtbot.waitUntil(lambda: window.current_report() is not None)
    window.live_panel.check_button.click()
    assert window.live_panel.busy_label.text() == "Checking…"
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] is not threading.main_thread()
    window.tabs.setCurrentWidget(window.reference_view)  # the window answers while the check waits
    QApplication.processEvents()
    assert window.tabs.currentWidget() is window.reference_view
    assert window.live_panel.result() is None
    release.set()
    qtbot.waitUntil(lambda: window.live_panel.result() is SPAM_RESULT)
    pool.waitForDone(5000)


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def f(*_args: object, **_kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network access attempted: {name}")

        return f

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))  # no socket is even made
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_with_online_checks_off_opening_every_sample_opens_no_socket(
    window: MainWindow, no_sockets: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[object] = []
    monkeypatch.setattr(live, "run", lambda report, **kwargs: ran.append(report))
    window.show()
    offered = 0
    for _title, path in samples():
        window.open_sample(path)
        QApplication.processEvents()
        assert window.current_report() is not None
        offered += window.live_panel.check_button.isEnabled()
    assert offered  # the real plan offers checks for some samples: the button was there, and not clicked
    assert no_sockets == []
    assert ran == []


def test_the_socket_guard_catches_a_check(window: MainWindow, no_sockets: list[str]) -> None:
    """The guard above can fail: a real check, allowed and clicked, does reach for a socket."""
    window.settings.set_value(ALWAYS_KEY, True)
    window.open_sample(SAMPLES / "spam-block.eml")
    QApplication.processEvents()
    window.live_panel.check_button.click()
    window.live.wait()
    QApplication.processEvents()
    assert no_sockets


ZONE = """
example.org. 60 IN MX 10 mx1.example.org.
example.net. 60 IN MX 10 mx1.example.net.
gmail.com. 60 IN MX 5 gmail-smtp-in.l.google.com.
45.113.0.203.zen.spamhaus.org. 60 IN A 127.0.0.2
45.113.0.203.bl.spamcop.net. 60 IN A 127.255.255.254
"""


@pytest.fixture
def dns_server():  # type: ignore[no-untyped-def]
    from ..live.dnsserver import DnsServer

    server = DnsServer(ZONE)
    yield server
    server.close()


def test_against_a_local_dns_server_the_window_says_what_was_found(
    window: MainWindow, dns_server  # type: ignore[no-untyped-def]
) -> None:
    window.live.resolver = dns_server.address
    window.settings.set_value(ALWAYS_KEY, True)
    open_sample(window, "spam-block.eml")
    window.live_panel.check_button.click()
    window.live.wait()
    QApplication.processEvents()
    text = window.live_panel.results.toPlainText()
    assert "203.0.113.45 is listed on Spamhaus: SBL (a known spam source)." in text
    assert "203.0.113.45 is not listed on Barracuda." in text
    assert "example.net receives mail: its mail servers are mx1.example.net." in text
    assert ("45.113.0.203.zen.spamhaus.org", "A") in dns_server.queries
    open_sample(window, "multi-recipient.eml")
    assert window.live_panel.result() is None  # the other message's answers stay with it
    window.live_panel.check_button.click()
    window.live.wait()
    QApplication.processEvents()
    text = window.live_panel.results.toPlainText()
    assert "gmial.com does not exist: the address is mistyped" in text
    assert "the address was most likely meant for gmail.com, not gmial.com." in text
