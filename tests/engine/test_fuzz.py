"""Property tests: random and mutated input never breaks the engine (profile: tests/conftest.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from . import fuzzing


@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    fuzzing.prop_engine(data)


@given(fuzzing.text_soup)
def test_random_text(text: str) -> None:
    fuzzing.prop_engine(text)


@given(fuzzing.mutated_corpus())
def test_mutated_corpus_messages(data: bytes) -> None:
    fuzzing.prop_engine(data)


@given(fuzzing.mime_soup())
def test_mime_soup(data: bytes) -> None:
    fuzzing.prop_engine(data)
    fuzzing.prop_parse(data)


@given(fuzzing.mutated_corpus())
def test_parse_offsets(data: bytes) -> None:
    fuzzing.prop_parse(data)


@given(fuzzing.html_soup)
def test_html_to_text_matches_the_former_pattern(html: str) -> None:
    fuzzing.prop_html(html)
