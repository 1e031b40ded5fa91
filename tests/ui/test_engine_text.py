"""The engine's header notes are recognised for translation, in step with the engine."""

from __future__ import annotations

import re
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


def test_a_note_is_translated_with_its_values(qapp) -> None:
    t = QTranslator()
    assert t.load(i18n.app_translation_file("ru"))
    QCoreApplication.installTranslator(t)
    try:
        ru = engine_text.note("The server that refused the message (mx.example.org) added no Received header to it: "
                              "it refused the message after the last hop shown.")
        assert "mx.example.org" in ru
        assert "Received" in ru
        assert "Сервер" in ru
        assert engine_text.note("Something new.") == "Something new."
    finally:
        QCoreApplication.removeTranslator(t)
