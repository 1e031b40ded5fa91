"""The command line speaks the language of the environment (or of --lang), with the window's translations."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from .conftest import SAMPLES

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
SAMPLE = str(SAMPLES / "mailbox-full.eml")


def run(*args: str, **env: str) -> str:
    """bounce-doctor in a clean environment holding only ``env`` (and what Python needs to start)."""
    clean = {k: os.environ[k] for k in ("PATH", "HOME", "SYSTEMROOT") if k in os.environ}
    out = subprocess.run([sys.executable, "-m", "bounce_doctor", *args], capture_output=True, text=True,
                         env={**clean, "PYTHONIOENCODING": "utf-8", **env}, check=False, timeout=120)
    assert out.returncode == 0, out.stderr
    assert not out.stderr, out.stderr
    return out.stdout


@pytest.fixture(scope="module")
def english() -> str:
    return run("explain", SAMPLE, LANG="C")


def _sentences(text: str) -> list[str]:
    """The English output's own sentences: the lines but the name and the server's reply (its own words)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(("== ", "Server's reply: ")) or not re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", line):
            continue
        out += [s for s in re.split(r"(?<=[.:])\s+", line) if re.search(r"[a-z]{3,} [a-z]{3,}", s)]
    return out


def assert_russian(out: str, english: str) -> None:
    lines = [x for x in out.splitlines() if x.strip() and not x.startswith("== ")]
    assert lines[0].startswith("[Не доставлено] ")
    assert "ящик" in lines[0]  # the headline says why, in Russian
    assert "Что делать:" in out
    steps = [x for x in lines if re.match(r"\s+\d\. ", x)]
    assert steps
    assert all(CYRILLIC.search(x) for x in steps)
    assert all(CYRILLIC.search(x) for x in lines), [x for x in lines if not CYRILLIC.search(x)]
    ours = "\n".join(x for x in lines if not x.strip().startswith("Ответ сервера: "))  # not the server's words
    left = [s for s in _sentences(english) if s in ours]
    assert not left, f"English left: {left}"


def test_lang_ru_answers_in_russian(english: str) -> None:
    assert "What to do:" in english
    assert not CYRILLIC.search(english)
    assert len(_sentences(english)) >= 8  # headline, who acts, resend, the entry, steps...
    assert_russian(run("explain", SAMPLE, LANG="ru_RU.UTF-8"), english)


@pytest.mark.parametrize("env", [{"LANGUAGE": "ru"}, {"LANGUAGE": "de:ru", "LANG": "C"},
                                 {"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"},
                                 {"LC_MESSAGES": "ru_RU.UTF-8"}])
def test_the_other_variables_choose_russian(env: dict[str, str], english: str) -> None:
    assert_russian(run("explain", SAMPLE, **env), english)


def test_lang_option_overrides_the_environment(english: str) -> None:
    assert run("explain", "--lang", "en", SAMPLE, LANG="ru_RU.UTF-8") == english
    assert_russian(run("explain", "--lang", "ru", SAMPLE, LANG="C"), english)


@pytest.mark.parametrize("env", [{"LANG": "C"}, {"LANG": "de_DE.UTF-8"}, {"LANGUAGE": "fr", "LANG": "C"}, {}])
def test_other_languages_stay_english(env: dict[str, str], english: str) -> None:
    assert run("explain", SAMPLE, **env) == english


def test_an_unknown_lang_option_is_english(english: str) -> None:
    assert run("explain", "--lang", "xx", SAMPLE, LANG="ru_RU.UTF-8") == english


def test_json_and_csv_stay_english() -> None:
    for fmt in ("--json", "--csv"):
        ru = run("explain", fmt, SAMPLE, str(SAMPLES / "spam-block.eml"), LANG="ru_RU.UTF-8")
        assert ru == run("explain", fmt, SAMPLE, str(SAMPLES / "spam-block.eml"), LANG="C")
        assert not CYRILLIC.search(ru)
    obj = json.loads(run("explain", "--json", "--lang", "ru", SAMPLE).splitlines()[0])
    assert obj["recipients"][0]["reason"] == "mailboxfull"


def test_codes_in_russian() -> None:
    en = run("codes", "5.2.2", LANG="C")
    ru = run("codes", "5.2.2", LANG="ru_RU.UTF-8")
    assert "Mailbox full" in en
    assert "Почтовый ящик переполнен" in ru
    assert "Mailbox full" not in ru
    assert run("codes", "--json", "5.2.2", LANG="ru_RU.UTF-8") == run("codes", "--json", "5.2.2", LANG="C")


def test_codes_find_russian_words() -> None:
    ru = run("codes", "ящик", LANG="ru_RU.UTF-8")
    assert "5.2.2" in ru
    assert CYRILLIC.search(ru)
