"""The engine's header notes are recognised for translation, in step with the engine."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from bounce_doctor.engine.headers import auth, blocks
from bounce_doctor.ui import engine_text, i18n

ENGINE = Path(blocks.__file__).parent


def _engine_notes() -> list[str]:
    """The notes the engine writes, with sample values (the f-strings' fields filled)."""
    source = "".join(p.read_text("utf-8") for p in sorted(ENGINE.glob("*.py")))  # the package's modules
    found = []
    for call in re.findall(r"notes\.append\((.*?)\)\n", source, re.S):
        parts = re.findall(r'f?"((?:[^"\\]|\\.)*)"', call)
        found.append(re.sub(r"\{[^}]*\}", "7", "".join(parts)))
    return [*found, auth.PUBLIC_SUFFIX_NOTE]


def test_every_header_note_of_the_engine_is_recognised() -> None:
    notes = _engine_notes()
    assert len(notes) >= 6
    unknown = [n for n in notes if not any(rx.fullmatch(n) for rx, _ in engine_text.HEADER_NOTES)]
    assert not unknown, "add these to ui/engine_text.py HEADER_NOTES:\n" + "\n".join(unknown)


@contextmanager
def russian() -> Iterator[None]:
    """The window's Russian translation installed for the block."""
    t = QTranslator()
    assert t.load(i18n.app_translation_file("ru"))
    QCoreApplication.installTranslator(t)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(t)


def _templates(path: Path, names: tuple[str, ...]) -> list[str]:
    """The first argument of each call to one of ``names`` in ``path``: a template, or both of a conditional's."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
            first = next((a for a in node.args if not isinstance(a, ast.Attribute)), None)  # after a Problem.KIND
            for c in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value:
                    found.append(c.value)
    return found


def test_a_note_is_translated_with_its_values(qapp) -> None:
    with russian():
        ru = engine_text.note("The server that refused the message (mx.example.org) added no Received header to it: "
                              "it refused the message after the last hop shown.")
        assert "mx.example.org" in ru
        assert "Received" in ru
        assert "Сервер" in ru
        assert engine_text.note("Something new.") == "Something new."


def _problem_templates() -> list[str]:
    """Every template the engine says a problem of an input with: problem(kind, "...") calls, the
    sentences of NotEmailError in the pipeline, and the words for each kind of binary file."""
    from bounce_doctor.engine import inputs, sniff

    root = ENGINE.parent
    found: list[str] = list(dict(sniff._MAGIC).values())
    for path in (root / "inputs.py", root / "sniff.py", root / "diagnose.py", root.parent / "pool.py",
                 root.parent / "output" / "batch.py", root.parent / "ui" / "batch_worker.py"):
        found += _templates(path, ("problem", "NotEmailError", "phrase"))
    assert inputs.CHANGED.phrase.template in found
    return found


def test_every_problem_the_engine_says_is_listed_for_translation() -> None:
    templates = _problem_templates()
    assert len(templates) >= 25
    missing = [t for t in templates if t not in engine_text.PROBLEM_SENTENCES]
    assert not missing, "add these to ui/engine_text.py PROBLEM_SENTENCES:\n" + "\n".join(missing)


def test_a_problem_is_said_in_the_windows_language(qapp) -> None:
    from bounce_doctor.engine import diagnose
    from bounce_doctor.engine.errors import NotEmailError

    try:
        diagnose(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    except NotEmailError as exc:
        problem = exc.problem()
    english = engine_text.problem_text(problem)
    assert english == "This is a PNG image, not an email. Save the bounce as .eml or .msg, or paste its text."
    with russian():
        ru = engine_text.problem_text(problem)
    assert re.search("[А-Яа-я]", ru)
    assert "PNG" in ru
    assert "image" not in ru  # the kind of file is said in Russian too
    assert engine_text.problem_text(None, "as the engine said") == "as the engine said"


def test_every_authentication_sentence_is_listed_for_translation() -> None:
    templates = _templates(ENGINE / "refusal.py", ("phrase",))
    assert len(templates) >= 12
    missing = [t for t in templates if t not in engine_text.AUTH_SENTENCES]
    assert not missing, "add these to ui/engine_text.py AUTH_SENTENCES:\n" + "\n".join(missing)


def test_the_authentication_sentence_is_said_in_the_windows_language(qapp) -> None:
    from bounce_doctor.engine import examine

    from ..conftest import SAMPLES

    sentence = examine((SAMPLES / "auth-failure.eml").read_bytes()).headers().sentence
    assert engine_text.sentence_text(sentence) == str(sentence)  # English without a translator
    with russian():
        ru = engine_text.sentence_text(sentence)
    assert ru == ("Подпись DKIM вашего домена не прошла проверку на шаге 3 (relay1.webhost.example). "
                  "Проверка SPF для example.com не пройдена на шаге 3 (relay1.webhost.example). "
                  "Проверка DMARC для example.com не пройдена на шаге 3 (relay1.webhost.example).")
    assert engine_text.sentence_text(None) is None
