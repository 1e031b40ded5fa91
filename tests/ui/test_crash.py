"""ui/crash.py: an uncaught exception is printed as before and handed to the window; install and uninstall."""

from __future__ import annotations

import sys
import threading

import pytest

from bounce_doctor.ui.crash import Crashes

pytestmark = pytest.mark.gui


def _raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.mark.qt_no_exception_capture  # the hook that was there is the one printing
def test_an_exception_is_printed_and_told(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    crashes = Crashes()
    told: list[str] = []
    crashes.happened.connect(told.append)
    crashes.excepthook(*_raised(ValueError("broke on purpose")))  # type: ignore[arg-type]
    assert len(told) == 1
    assert told[0].startswith("Traceback (most recent call last):")
    assert "ValueError: broke on purpose" in told[0]
    assert "broke on purpose" in capsys.readouterr().err  # still printed, by the hook that was there


@pytest.mark.qt_no_exception_capture  # the hook that was there is the one printing
def test_quitting_is_not_an_error(qapp, capsys: pytest.CaptureFixture[str]) -> None:
    crashes = Crashes()
    told: list[str] = []
    crashes.happened.connect(told.append)
    crashes.excepthook(*_raised(KeyboardInterrupt()))  # type: ignore[arg-type]
    crashes.excepthook(*_raised(SystemExit(0)))  # type: ignore[arg-type]
    assert told == []
    capsys.readouterr()


def test_install_routes_the_hooks_and_uninstall_puts_them_back(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before, before_thread = sys.excepthook, threading.excepthook
    crashes = Crashes()
    crashes.install()
    try:
        assert crashes.installed
        assert sys.excepthook == crashes.excepthook
        assert threading.excepthook != before_thread
        crashes.install()  # twice: once
    finally:
        crashes.uninstall()
    assert not crashes.installed
    assert sys.excepthook == before
    assert threading.excepthook == before_thread
