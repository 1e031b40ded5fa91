"""No regular expression of the engine can run away on hostile text.

Patterns are collected dynamically (see ``adversarial.collect``), so a pattern
added to any engine module or to the catalog is tested without a change here.
Every pattern meets every adversarial input at 64 KB (where a backtracking
pattern already blows its scaled bound), then its slowest input at the full
1 MB; ``make bench-patterns`` runs all inputs at 1 MB.
"""

from __future__ import annotations

import re

import pytest

from . import adversarial

PATTERNS = adversarial.collect()
BOUND = 2.0  # seconds for search plus finditer over 1 MB: linear patterns take well under 1


def test_the_collector_finds_patterns_everywhere() -> None:
    from bounce_doctor.engine import codes, kinds
    from bounce_doctor.engine.mime import headers
    from bounce_doctor.engine.readers import base

    names = {f.name for f in PATTERNS}
    ids = {id(f.pattern) for f in PATTERNS}
    assert len(PATTERNS) >= 40
    for expected in (base.ADDRESS, codes.ENHANCED, headers._FOLD, *kinds.BOUNCE_BODY.compiled()):
        assert id(expected) in ids
    assert "engine.kinds.BOUNCE_BODY (ignoring case)" in names  # NoCase patterns, both halves
    assert any(n.startswith("engine.verdict.") for n in names)
    assert any(n.startswith("rules:joined:") for n in names)


@pytest.mark.parametrize("found", PATTERNS, ids=lambda f: f.name)
def test_pattern_runs_in_linear_time(found: adversarial.Found) -> None:
    small = adversarial.time_pattern(found, bound=BOUND / 4, size=adversarial.SIZE // 16)
    slow = [t.input for t in small if t.interrupted]
    assert not slow, f"{found.name} backtracks on {slow} (64 KB): {found.pattern.pattern[:200]!r}"
    worst = {max(small, key=lambda t: t.seconds).input}
    for t in adversarial.time_pattern(found, bound=BOUND, only=worst):
        assert not t.interrupted, f"{found.name} takes over {BOUND} s on 1 MB of {t.input!r}"


def test_the_deadline_catches_a_backtracking_pattern() -> None:
    bad = adversarial.Found("test.bad", re.compile(r"(a+)+b"))
    times = adversarial.time_pattern(bad, bound=0.2, size=5000)
    assert any(t.interrupted and t.input == "a" for t in times)
