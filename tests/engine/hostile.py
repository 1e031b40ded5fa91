"""Shared checks for hostile input: only the engine's errors, bounded time, spans inside the text."""

from __future__ import annotations

import time

from bounce_doctor.engine import BounceDoctorError, Report, diagnose
from bounce_doctor.engine.limits import Limits


def check(data: bytes | str, *, seconds: float = 20.0, limits: Limits | None = None) -> Report | BounceDoctorError:
    """Diagnose ``data``; fail on any other exception, on slowness or on a span outside the text."""
    t0 = time.perf_counter()
    result: Report | BounceDoctorError
    try:
        result = diagnose(data, "hostile", limits=limits)
    except BounceDoctorError as exc:
        result = exc
    if isinstance(result, Report):
        assert_spans_inside(result)
    else:
        message = str(result)
        assert message.strip(), repr(result)
        assert "\n" not in message, repr(result)
    elapsed = time.perf_counter() - t0
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    return result


def assert_spans_inside(report: Report) -> None:
    n = len(report.text)
    for s in report.spans:
        assert 0 <= s.start < s.end <= n, (s, n)
