"""output/text.py: the plain-text diagnosis (what Copy diagnosis puts on the clipboard) and its words."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.advice import advise
from bounce_doctor.output import text
from bounce_doctor.output.text import report_text

from ..conftest import SAMPLES


def _text(name: str) -> str:
    r = diagnose((SAMPLES / name).read_bytes(), name)
    return report_text(r, advise(r))


def test_the_diagnosis_starts_with_the_name_and_the_kind() -> None:
    said = _text("wrong-address.eml")
    assert said.startswith("== wrong-address.eml")
    assert "[Not delivered]" in said


def test_the_diagnosis_includes_the_answers() -> None:
    assert "Did you mean jake@gmail.com?" in _text("multi-recipient.eml")


def test_cli_text_stays_english_without_the_window() -> None:
    text.set_translator(None)
    assert text.label(text.KIND_LABEL, next(iter(text.KIND_LABEL))) == "Not delivered"
