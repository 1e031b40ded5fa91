"""progress.py: the progress line of a long read, drawn only on a terminal and at most ten times a second."""

from __future__ import annotations

import io

from bounce_doctor.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_counts_and_is_rate_limited() -> None:
    clock = Clock()
    stream = io.StringIO()
    p = Progress(stream, enabled=True, delay=0.5, interval=0.1, clock=clock)
    for _ in range(1000):  # 1000 messages in 2 s
        clock.now += 0.002
        p.tick()
    p.tick(failed=True)
    text = stream.getvalue()
    draws = text.count("\r")
    assert 10 <= draws <= 16  # 1.5 s shown, at most 10 redraws a second
    assert "951 messages read, 500/s" in text
    p.draw()
    assert stream.getvalue().endswith("1,001 messages read, 500/s, 1 could not be read\x1b[K")
    p.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_is_off_when_not_a_terminal() -> None:
    stream = io.StringIO()
    p = Progress(stream, delay=0, interval=0)
    assert not p.enabled
    for _ in range(100):
        p.tick()
    p.close()
    assert stream.getvalue() == ""
