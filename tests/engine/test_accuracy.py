"""Floors under the engine's agreement with sisimai on the shared corpus.

The floors sit just under the figures reached (``make accuracy`` prints them);
raise them as the engine improves, so that a regression fails.
"""

from __future__ import annotations

import json
import re

import pytest

from bounce_doctor.engine import MessageKind

from ..accuracy import SISIMAI, Result, evaluate
from ..conftest import corpus_dir
from ..every_input import reports
from ..generalisation import LeaveOut, MoreReport, leave_one_family_out, more_report

FLOORS = {"found": 99.5, "status": 99.0, "reply": 98.0, "reason": 93.0, "hard": 98.5}
LOFO_FLOOR = 88.1  # 455/516 today (88.18%); the issue asks at least 88.0


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


@pytest.fixture(scope="module")
def lofo() -> LeaveOut:
    corpus_dir("sisimai", "bounces")
    return leave_one_family_out()


def test_leave_one_family_out_agreement_does_not_fall(lofo: LeaveOut) -> None:
    assert lofo.pct() >= LOFO_FLOOR, f"leave-one-family-out reason {lofo.pct():.1f}% < {LOFO_FLOOR}%"
    assert lofo.total.rows == 516


def test_a_family_scored_without_its_own_rules_really_loses_them(lofo: LeaveOut) -> None:
    """The measurement can fail: switching off a family's own rules changes its answers somewhere."""
    full = evaluate()
    assert lofo.suspects
    assert any(lofo.families[f].reason_ok < full.families[f].reason_ok for f in lofo.suspects)


@pytest.fixture(scope="module")
def more() -> MoreReport:
    corpus_dir("more")
    return more_report()


# where the engine keeps its answer against what a source's own test asserts
KEPT = {
    # the delivery report's own Status field says 5.0.0; froide derives 5.5.3 from the 553 reply
    "froide/bounce_001.txt status: ours ['5.0.0'] / asserted 5.5.3",
    # 552 5.2.2 is a permanent code; froide counts a full mailbox as a soft bounce (the verdict
    # says: resend once the person has made space)
    "froide/bounce_003.txt permanent: ours True / asserted False",
}


def test_the_second_set_agrees_with_what_its_sources_assert(more: MoreReport) -> None:
    assert more.asserted >= 40
    assert set(more.mismatches) == KEPT, more.mismatches
    assert sum(more.messages.values()) >= 170
    assert more.recipients >= 150


_FAILURE = re.compile(r"undeliver|could not be delivered|delivery (?:has )?failed|delivery failure|returned mail|"
                      r"mail delivery failed|failure notice|permanent error|user unknown|does not exist", re.I)


def test_no_bounce_in_any_corpus_reads_as_an_auto_reply() -> None:
    expected = json.loads((SISIMAI / "expected.json").read_text()) if (SISIMAI / "expected.json").is_file() else []
    not_vacation = {row["file"] for row in expected if row["reason"] not in ("vacation", "feedback")}
    autoreplies = [r for r in reports() if r.kind == MessageKind.AUTOREPLY]
    assert autoreplies  # the corpora hold real auto-replies: they must stay auto-replies
    wrong = [r.name for r in autoreplies
             if _FAILURE.search((r.subject or "") + "\n" + r.text[:5000]) or (r.name or "").rsplit("/", 1)[-1] in not_vacation]
    assert not wrong, wrong
