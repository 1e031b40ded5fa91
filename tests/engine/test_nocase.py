"""NoCase gives what re.IGNORECASE gives, and the code patterns with their
look-behinds moved find what the plain look-behinds find."""

from __future__ import annotations

import random
import re

import pytest

from bounce_doctor.engine import codes
from bounce_doctor.engine.nocase import AnyCase, NoCase, needles
from bounce_doctor.engine.phrases import BODY_ALTERNATION

PATTERNS = [
    r"warning message only|this is (?:a|just a) warning|will (?:continue|keep) (?:to )?(?:try|retry)",
    r"^[ \t]*(?:unzustellbar|non remis)[ \t]*:",  # anchored at line starts
    r"\bsorbs\b",  # word edges
    r"in reply to (?P<a>rcpt to|mail from|data)\b|^[ \t>]*>>> (?P<c>rcpt|mail)\b",
    BODY_ALTERNATION,
]
WORDS = ["Warning message only", "WILL KEEP TRYING", "Unzustellbar:", "non remis :", "SORBS", "xsorbs", "sorbsx",
         "in reply to RCPT TO", ">>> MAIL", "Не удалось доставить сообщение", "KONNTE NICHT ZUGESTELLT WERDEN",
         "\n", " ", "\t", "x", "É", "ё"]


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


def _span(m: re.Match[str] | None) -> tuple[int, int, tuple[str | None, ...]] | None:
    return None if m is None else (m.start(), m.end(), m.groups())


@pytest.mark.parametrize("source", PATTERNS)
def test_search_and_finditer_give_what_ignorecase_gives(source: str) -> None:
    nc = NoCase(source, re.M)
    ci = re.compile(source, re.M | re.I)
    rnd = random.Random(7)
    for text in _texts(1, 1500):
        assert _span(nc.search(text)) == _span(ci.search(text)), text
        pos, end = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        assert _span(nc.search(text, pos, end)) == _span(ci.search(text, pos, end)), (text, pos, end)
        assert [_span(m) for m in nc.finditer(text)] == [_span(m) for m in ci.finditer(text)], text
        assert nc.in_lower(text.lower()) == (ci.search(text) is not None), text


def test_lower_case_of_another_length_falls_back_to_ignorecase() -> None:
    # "İ".lower() is two characters: positions in the lower-cased text would be off
    nc = NoCase(r"sorbs")
    text = "İİİ listed at SORBS"
    m = nc.search(text)
    assert m is not None
    assert text[m.start() : m.end()] == "SORBS"


def test_a_pattern_with_upper_case_letters_is_refused() -> None:
    with pytest.raises(ValueError, match="lower case"):
        NoCase(r"Will-Retry-Until")
    NoCase(r"(?P<h>\S+)\D")  # escapes and group names are not letters to match


# the code patterns as they were written before their look-behinds moved after the first digit
_ENHANCED_BEFORE = re.compile(r"(?:(?<=\d\d\d-)|(?<![\w.\-/]))([245])\.([0-7])\.(\d{1,3})(?![\w\-/]|\.\d)")
_REPLY_BEFORE = re.compile(r"(?<![\w.\-:/+$=,])([2-5][0-5]\d)(?=[ \t]|-(?=\S)|$)", re.M)


def test_code_patterns_find_what_the_plain_look_behinds_find() -> None:
    rnd = random.Random(3)
    alphabet = "0123452.-/ \n:x_a,$=+5"
    for _ in range(4000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        for new, old in ((codes.ENHANCED, _ENHANCED_BEFORE), (codes._REPLY, _REPLY_BEFORE)):
            assert [_span(m) for m in new.finditer(text)] == [_span(m) for m in old.finditer(text)], text


# AnyCase: exactly what re.IGNORECASE finds, dotless i and long s included
ANY_WORDS = [*WORDS, "ı", "ſ", "İ", "Σ", "SPAMHAUS", "spamhaus", "blocked using", "blocked\n  using", "Sorbs.net",
             "ſorbs", "dnsbl", "listed at zen", "bl"]


def test_any_case_gives_what_ignorecase_gives() -> None:
    from bounce_doctor.engine import rules

    sources = [*PATTERNS, rules.active().in_text("blocklist").pattern, rules.active().in_text("misuse").pattern,
               r"(?<=\s)sorbs", r"\Bsorbs"]
    rnd = random.Random(11)
    for source in sources:
        ac = AnyCase(source)
        ci = re.compile(source, re.I)
        for text in ["".join(rnd.choice(ANY_WORDS) for _ in range(rnd.randint(0, 12))) for _ in range(800)]:
            end = rnd.randint(0, len(text))
            assert _span(ac.search(text)) == _span(ci.search(text)), (source, text)
            assert _span(ac.search(text, 0, end)) == _span(ci.search(text, 0, end)), (source, text, end)
            low = text[:end].lower()
            assert _span(ac.search(text, 0, end, low=low)) == _span(ci.search(text, 0, end)), (source, text, end)
            pos = rnd.randint(0, end)
            assert _span(ac.search(text, pos, end)) == _span(ci.search(text, pos, end)), (source, text, pos, end)


def test_any_case_matches_the_long_s_as_ignorecase_does() -> None:
    # "ſ".lower() is itself, yet re.IGNORECASE takes it for an "s": the lower-cased search would miss it
    m = AnyCase(r"sorbs").search("listed at ſorbs")
    assert m is not None
    assert m.group(0) == "ſorbs"
    m = AnyCase(r"dnsbl").search("listed at DNSBL")
    assert m is not None
    assert m.group(0) == "DNSBL"


def test_needles_are_in_every_match() -> None:
    assert needles(r"spamhaus|spamcop|\bsorbs\b") == ("spamhaus", "spamcop", "sorbs")
    assert needles(r"blocked\s+using|listed\s+(?:at|in)\s+\S{0,60}bl") == ("blocked", "listed")
    assert needles(r"(?:account|user)\s+(?:has\s+been\s+)?blocked") == ("blocked",)
    assert needles(r"(?:abcd)?x") is None  # an optional part is not in every match
    assert needles(r"ab|c") is None  # too short to be worth it
    assert needles(r"(?i:spamhaus)") is None  # flags of its own: matched otherwise than as written
    rnd = random.Random(5)
    for source in [r"spa(?:m|n)haus|\bsorbs\b|bl(?:ock)+ed", r"listed\s+(?:at|in|on)\s+\S{0,60}(?:bl|rbl)\b"]:
        found = needles(source)
        rx = re.compile(source)
        assert found is not None
        for _ in range(3000):
            text = "".join(rnd.choice(["spam", "haus", "span", "sorbs", "x", " ", "bl", "ock", "ed", "listed", "at",
                                       "rbl"]) for _ in range(rnd.randint(0, 10)))
            m = rx.search(text)
            if m:
                assert any(n in m.group(0) for n in found), (source, text)
