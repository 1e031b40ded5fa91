"""Floors under the engine's agreement with sisimai on the shared corpus.

The floors sit just under the figures reached (``make accuracy`` prints them);
raise them as the engine improves, so that a regression fails.
"""

from __future__ import annotations

import pytest

from ..accuracy import Result, evaluate
from ..conftest import corpus_dir

FLOORS = {"found": 99.5, "status": 99.0, "reply": 98.0, "reason": 92.5, "hard": 98.5}


@pytest.fixture(scope="module")
def result() -> Result:
    corpus_dir("sisimai", "bounces")
    return evaluate()


@pytest.mark.parametrize("what", sorted(FLOORS))
def test_agreement_does_not_fall(result: Result, what: str) -> None:
    assert result.pct(what) >= FLOORS[what], f"{what}: {result.pct(what):.1f}% < {FLOORS[what]}%"


def test_every_file_sisimai_reads_has_a_recipient(result: Result) -> None:
    assert not result.missing, f"no recipient where sisimai finds one: {result.missing}"


def test_corpus_is_read_fast(result: Result) -> None:
    ts = sorted(result.timings)
    assert ts[int(len(ts) * 0.99)] < 0.05
