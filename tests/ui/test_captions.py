"""The bounce pane's part markers in the window's language, with every span still on its characters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounce_doctor.engine import default_catalog, diagnose
from bounce_doctor.ui import captions
from bounce_doctor.ui.captions import TEMPLATES, display_text
from bounce_doctor.ui.i18n import Language

from ..conftest import SAMPLES

MIME = Path(captions.__file__).parents[1] / "engine" / "mime" / "display.py"
ATTACHED = b"""From: MAILER-DAEMON@example.com
To: ann@example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/mixed; boundary="b"

--b
Content-Type: text/plain

550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
--b
Content-Type: application/pdf; name="invoice.pdf"
Content-Transfer-Encoding: base64

""" + b"QUJD" * 4000 + b"""
--b--
"""


@pytest.fixture
def russian(qapp) -> Iterator[Language]:
    language = Language(default_catalog())
    language.apply("ru")
    try:
        yield language
    finally:
        language.apply("en")


def test_the_templates_are_the_engines() -> None:
    made = set(re.findall(r'b\.marker\("([^"]+)"', MIME.read_text("utf-8")))
    assert made - {"{type}", "{type} ({file})", "{label}"} == set(TEMPLATES)


def test_english_is_the_engines_text(qapp) -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    assert display_text(r) == (r.text, None)


def test_russian_separators_keep_every_span_on_its_characters(russian: Language) -> None:
    r = diagnose((SAMPLES / "wrong-address.eml").read_bytes())
    shown, move = display_text(r)
    assert move is not None
    assert "─── message/rfc822: возвращённое письмо ───" in shown
    assert "the returned message" not in shown
    assert "─── text/plain ───" in shown
    assert "─── message/delivery-status ───" in shown
    after = [s for s in r.spans if s.start > r.text.index("the returned message")]
    assert after, "spans in the returned message: their offsets move"
    assert {move(s.start) - s.start for s in after} == {len("возвращённое письмо") - len("the returned message")}
    for s in r.spans:
        assert shown[move(s.start) : move(s.end)] == r.text[s.start : s.end], s
    # everything else is the engine's text as it was
    assert shown.replace("возвращённое письмо", "the returned message") == r.text


def test_an_attachments_size_in_russian(russian: Language) -> None:
    r = diagnose(ATTACHED)
    shown, move = display_text(r)
    assert "attachment invoice.pdf (application/pdf, 12,000 bytes), not opened" in r.text
    assert "вложение invoice.pdf (application/pdf, 12\u00a0000 байт), не открыто" in shown
    assert move is not None
    assert move(len(r.text)) == len(shown)
    for s in r.spans:
        assert shown[move(s.start) : move(s.end)] == r.text[s.start : s.end], s
