"""engine/headers/model.py: what counts as a failed check, DMARC's alignment, and the block shown first."""

from __future__ import annotations

from dataclasses import replace

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import HeaderAnalysis, analyse

from .messages import message


def _analysis(extra: str) -> HeaderAnalysis:
    data = message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"], extra=extra)
    return analyse(data, diagnose(data))


def test_failed_checks() -> None:
    a = _analysis("Authentication-Results: a.example; spf=softfail smtp.mailfrom=example.com\n").authentication
    assert a is not None
    assert a.spf is not None
    assert a.spf.failed
    for result, failed in (("fail", True), ("permerror", True), ("hardfail", True), ("pass", False),
                           ("neutral", False), ("temperror", False), ("none", False)):
        assert replace(a.spf, result=result).failed is failed, result


def test_dmarc_needs_an_aligned_pass_and_nothing_recorded_is_unknown() -> None:
    a = _analysis("Authentication-Results: a.example; spf=pass smtp.mailfrom=example.com\n").authentication
    assert a is not None
    assert a.spf is not None
    assert replace(a, spf=replace(a.spf, aligned=True), dkim=()).dmarc_alignment_ok is True
    assert replace(a, spf=replace(a.spf, aligned=False), dkim=()).dmarc_alignment_ok is False
    assert replace(a, spf=replace(a.spf, result="fail", aligned=True), dkim=()).dmarc_alignment_ok is False
    assert replace(a, spf=None, dkim=()).dmarc_alignment_ok is None


def test_no_headers_no_primary_block() -> None:
    a = _analysis("")
    assert a.primary is a.blocks[a.primary_index]
    assert a.hops == a.blocks[a.primary_index].hops
    none = replace(a, primary_index=-1)
    assert (none.primary, none.hops, none.authentication) == (None, (), None)
