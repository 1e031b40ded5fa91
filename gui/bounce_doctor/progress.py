"""A one-line progress display on stderr for long runs of ``bounce-doctor explain``."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class Progress:
    """Count messages and show the count and the rate on one line, redrawn in place.

    Shown only when the stream is a terminal (or ``enabled=True``), only once
    a run has lasted ``delay`` seconds (a single file shows nothing), and
    redrawn at most every ``interval`` seconds.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None, delay: float = 0.5,
                 interval: float = 0.1, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _is_tty(self.stream) if enabled is None else enabled
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.start = clock()
        self.last_draw = float("-inf")
        self.count = 0
        self.failed = 0
        self.shown = False

    def tick(self, *, failed: bool = False) -> None:
        """One more message read."""
        self.count += 1
        self.failed += failed
        if not self.enabled:
            return
        now = self.clock()
        if now - self.start >= self.delay and now - self.last_draw >= self.interval:
            self.draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the progress line."""
        elapsed = max((self.clock() if now is None else now) - self.start, 1e-9)
        text = f"{self.count:,} messages read, {self.count / elapsed:,.0f}/s"
        if self.failed:
            text += f", {self.failed:,} could not be read"
        return text

    def draw(self, now: float | None = None) -> None:
        self.last_draw = self.clock() if now is None else now
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        """Erase the line (before other output goes to the same terminal)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        self.clear()
