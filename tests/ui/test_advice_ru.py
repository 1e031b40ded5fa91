"""The advice's sentences (engine/advice.py) in the window's language; the engine stays Qt-free and English."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from bounce_doctor.engine import advice
from bounce_doctor.output import text
from bounce_doctor.ui import engine_text
from bounce_doctor.ui.mainwindow import MainWindow

from ..conftest import SAMPLES

ADVICE = Path(advice.__file__)
# the module-level tables and constants whose strings advice.py makes phrases of with _say()
TABLES = ("FIX", "_FIX_BLOCKLIST", "_FIX_PROVIDER", "LATER", "_CAUSE", "_REASON_WHY", "_WHO_WHY", "_TYPO_WHY",
          "_GENERIC_BLOCKLIST", "_RESEND_PLAIN", "MISUSE_STEPS", "BACKSCATTER_STEPS")
# English left in the answers would contain one of these
ENGLISH = ("Not to this address", "Yes, later", "Yes, after", "looks like a slip", "The address", "No: the server",
           "No need", "still trying", "The cause", "The person", "well-known", "server last tried", "once the")


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def engine_sentences() -> list[str]:
    """Every sentence advice.py words: the literals given to _say() and the tables it makes phrases of."""
    tree = ast.parse(ADVICE.read_text("utf-8"))
    found: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in TABLES for t in node.targets):
            values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
            found += [s for v in values for s in _strings(v)]
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "_say" and n.args:
            arg = n.args[0]
            if isinstance(arg, ast.Call):  # _CAUSE.get(reason, "default"): only the default is a sentence
                arg = ast.Tuple(arg.args[1:], ast.Load())
            found += _strings(arg)
    return list(dict.fromkeys(found))


def test_every_advice_sentence_is_listed_for_translation() -> None:
    sentences = engine_sentences()
    assert len(sentences) >= 80
    missing = set(sentences) - set(engine_text.ADVICE_SENTENCES)
    assert not missing, "add these to ui/engine_text.py ADVICE_SENTENCES:\n" + "\n".join(sorted(missing))
    stale = set(engine_text.ADVICE_SENTENCES) - set(sentences)
    assert not stale, "no longer in engine/advice.py:\n" + "\n".join(sorted(stale))


def test_no_sentence_of_the_advice_is_built_untranslated() -> None:
    """An f-string sentence would stay English: the advice formats translated templates instead."""
    tree = ast.parse(ADVICE.read_text("utf-8"))
    sentences = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                 and re.search(r"[A-Za-z]+ [a-z]+ [a-z]+", "".join(_strings(n)))]
    assert not sentences, sentences


def test_placeholders_survive_translation(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from bounce_doctor.ui import i18n

    t = QTranslator()
    assert t.load(i18n.app_translation_file("ru"))
    QCoreApplication.installTranslator(t)
    try:
        for s in engine_text.ADVICE_SENTENCES:
            ru = QCoreApplication.translate("advice", s)
            assert ru != s, s
            assert sorted(re.findall(r"\{\w+\}", ru)) == sorted(re.findall(r"\{\w+\}", s)), s
    finally:
        QCoreApplication.removeTranslator(t)


@pytest.mark.parametrize("sample", ["multi-recipient.eml", "delay-warning.eml", "wrong-address.eml"])
def test_the_russian_window_answers_in_russian(window: MainWindow, sample: str) -> None:
    window.set_language("ru")
    QCoreApplication.processEvents()
    try:
        window.open_path(SAMPLES / sample)
        QCoreApplication.processEvents()
        shown = window.diagnosis_panel.toPlainText()
        assert "Кому действовать" in shown
        left = [w for w in ENGLISH if w in shown]
        assert not left, f"English left in the answers of {sample}: {left}\n{shown}"
        if sample == "multi-recipient.eml":
            assert "похоже на опечатку" in shown
            assert "jake@gmail.com" in shown
            assert "Копировать" in shown  # the button beside the corrected address
        if sample == "delay-warning.eml":
            assert "Сервер продолжает попытки" in shown
    finally:
        window.set_language("en")
        QCoreApplication.processEvents()
    still = "The server is still trying: there is nothing to do yet."
    assert text.say(advice.Phrase(still)) == still


def test_switching_language_says_the_open_answers_again(window: MainWindow) -> None:
    window.open_path(SAMPLES / "multi-recipient.eml")
    assert "looks like a slip" in window.diagnosis_panel.toPlainText()
    window.set_language("ru")
    QCoreApplication.processEvents()
    try:
        shown = window.diagnosis_panel.toPlainText()
        assert "похоже на опечатку" in shown
        assert "looks like a slip" not in shown
    finally:
        window.set_language("en")
        QCoreApplication.processEvents()
    shown = window.diagnosis_panel.toPlainText()
    assert "looks like a slip" in shown
    assert "похоже" not in shown


def test_the_cli_stays_english() -> None:
    """Under an English (or C) locale: the CLI follows LANGUAGE, LC_ALL, LC_MESSAGES, LANG (tests/test_cli_lang.py)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")} | {"LANG": "C"}
    out = subprocess.run([sys.executable, "-m", "bounce_doctor", "explain", str(SAMPLES / "multi-recipient.eml")],
                         capture_output=True, text=True, check=False, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert "looks like a slip" in out.stdout
    assert not re.search("[А-Яа-яЁё]", out.stdout)
