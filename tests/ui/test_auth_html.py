"""ui/auth_html.py: the authentication summary's marks, and the header behind the sentence from the headers."""

from __future__ import annotations

import re

import pytest

from bounce_doctor.ui.auth_html import auth_html, mark, result_word, sentence_span
from bounce_doctor.ui.theme import Role

from ..conftest import SAMPLES
from .test_headers_view import analysed, light

pytestmark = pytest.mark.gui


def test_marks_have_a_word_and_a_colour() -> None:
    assert "✔ pass" in mark("pass", light)
    assert light(Role.BADGE_OK).name() in mark("pass", light)
    assert "✖ soft fail" in mark("softfail", light)
    assert light(Role.BADGE_FAILED).name() in mark("softfail", light)
    assert "– none" in mark("none", light)
    assert light(Role.MUTED).name() in mark("none", light)
    assert "No headers" in auth_html(None, None, light)


def test_the_sentence_points_at_the_failed_check() -> None:
    a, text = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    start, end = sentence_span(a)
    assert text[start:end].startswith("Authentication-Results: relay1.webhost.example;")
    plain, _ = analysed(b"From: a@example.com\nSubject: s\n\nbody\n")
    assert sentence_span(plain) == (-1, -1)


def test_results_in_words() -> None:
    assert result_word("softfail") == "soft fail"
    assert result_word("hardfail") == "fail"
    assert result_word("permerror") == "permanent error"
    assert result_word("x-unknown") == "x-unknown"  # a result no one named: as the header says it


def test_the_summary_of_a_block_says_the_sentence_first_and_links_each_check_to_its_header() -> None:
    a, text = analysed((SAMPLES / "auth-failure.eml").read_bytes())
    html = auth_html(a.primary, "The sentence.", light)
    assert html.index("The sentence.") < html.index("<h3>Authentication")
    assert "(From domain example.com)" in html
    links = [tuple(int(n) for n in m.split("-")) for m in re.findall(r'href="find:(\d+-\d+)"', html)]
    assert links
    assert all(text[start:end].split(":")[0] in ("Authentication-Results", "Received-SPF", "DKIM-Signature")
               for start, end in links), [text[s:e][:30] for s, e in links]
