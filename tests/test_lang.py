"""The language of text output: from the environment, installed without a QApplication, dates in it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from bounce_doctor import lang
from bounce_doctor.engine import advice
from bounce_doctor.output import text

DATE = "Mon, 3 Jun 2024 10:00:05 +0200"


@pytest.fixture
def russian() -> Iterator[None]:
    assert lang.use("ru") == "ru"
    try:
        yield
    finally:
        lang.use("en")


@pytest.mark.parametrize(("env", "code"), [
    ({}, "en"),
    ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "POSIX", "LANGUAGE": "ru"}, "ru"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANGUAGE": "de:fr:ru:en", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LANGUAGE": "en:ru"}, "en"),
    ({"LANGUAGE": ":", "LANG": "ru_RU"}, "ru"),
    ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
    ({"LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LC_ALL": "ru_RU.KOI8-R@euro"}, "ru"),
    ({"LC_ALL": "", "LANG": "ru-RU"}, "ru"),
])
def test_from_env(env: dict[str, str], code: str) -> None:
    assert lang.from_env(env) == code


def test_install_russian_and_back(russian: None) -> None:
    assert text.translate("bounce_doctor.text", "Not delivered") == "Не доставлено"
    phrase = advice.Phrase("The server is still trying: there is nothing to do yet.")
    assert text.say(phrase) != "The server is still trying: there is nothing to do yet."
    lang.use("en")
    assert text.translate("bounce_doctor.text", "Not delivered") == "Not delivered"
    assert text.say(phrase) == "The server is still trying: there is nothing to do yet."
    assert text.date_text(DATE) == DATE


def test_dates_in_russian(russian: None) -> None:
    shown = text.date_text(DATE)
    assert "июня 2024" in shown
    assert "10:00:05" in shown
    assert text.date_text("not a date") == "not a date"
    assert text.date_text(None) == ""
    assert text.number_text(12345) == "12\u00a0345"


def test_english_imports_no_qt() -> None:
    code = ("import sys; from bounce_doctor import lang; lang.use(lang.from_env({'LANG': 'C'})); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
