"""How much of one input the engine reads: sizes, nesting and lengths.

Every limit has a sentence for the user when it is reached (see ``notes`` of
the report, or the message of :class:`InputTooLargeError`). The size limit can
be raised: ``diagnose(data, limits=Limits(max_input_bytes=...))``, the CLI's
``--max-size MB`` or the environment variable ``BOUNCE_DOCTOR_MAX_SIZE_MB``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from .errors import InputProblem, Problem
from .model import Phrase

MB = 1024 * 1024
ENV_MAX_SIZE = "BOUNCE_DOCTOR_MAX_SIZE_MB"


@dataclass(frozen=True, slots=True)
class Limits:
    """The engine's limits for one message."""

    max_input_bytes: int = 50 * MB  # one message; larger input is refused
    max_depth: int = 24  # nested multiparts and messages shown
    max_parts: int = 400  # parts shown
    max_part_chars: int = 2_000_000  # text shown from one part
    max_header_chars: int = 20_000  # one header value
    max_line_chars: int = 200_000  # one line of a text part; longer lines are cut
    max_read_chars: int = 300_000  # of the bounce's own text searched for recipients and codes
    max_header_lines: int = 5_000  # header lines of one part
    max_recipients: int = 400  # recipient blocks of a delivery report

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"Limits.{name} must be a positive whole number, not {value!r}")

    @property
    def max_input_mb(self) -> float:
        """The size limit in MB, for sentences."""
        return self.max_input_bytes / MB

    def with_max_size_mb(self, mb: float) -> Limits:
        """These limits with another size limit, in MB."""
        return replace(self, max_input_bytes=max(1, int(mb * MB)))


DEFAULT_LIMITS = Limits()


def format_mb(n: float) -> str:
    """``50 MB``, ``2.5 MB``, ``300 KB``: a size as people write it."""
    if n < 1:
        return f"{max(1, round(n * 1024))} KB"
    text = f"{n:.1f}".removesuffix(".0")
    return f"{text} MB"


def parse_mb(text: str) -> float:
    """A size in MB from the user; raises ValueError with a sentence."""
    try:
        mb = float(text.strip().removesuffix("MB").removesuffix("mb").strip())
    except ValueError:
        raise ValueError(f"the size must be a number of MB, such as 100, not {text!r}") from None
    if not (mb > 0 and mb < 1024 * 1024):  # also refuses nan and inf
        raise ValueError(f"the size must be a number of MB above 0, not {text!r}")
    return mb


def from_env(base: Limits = DEFAULT_LIMITS) -> Limits:
    """The limits with the size from ``BOUNCE_DOCTOR_MAX_SIZE_MB`` when it is set.

    Raises ValueError with a sentence when the variable is not a size.
    """
    value = os.environ.get(ENV_MAX_SIZE, "").strip()
    if not value:
        return base
    try:
        return base.with_max_size_mb(parse_mb(value))
    except ValueError as exc:
        raise ValueError(f"{ENV_MAX_SIZE}: {exc}") from None


def size_words(size: int, limit: int) -> tuple[str, str]:
    """A size over the limit and the limit (both in bytes) as people write them: ("57.3 MB", "50 MB"); the
    size in bytes when both would read the same ("52,428,801 bytes", "50 MB")."""
    limit_text = format_mb(limit / MB)
    shown = format_mb(size / MB)
    return (f"{size:,} bytes" if shown == limit_text else shown), limit_text


def too_large_message(size: int, limits: Limits, what: str = "The input") -> str:
    """The sentence for input over the size limit, with how to raise the limit."""
    shown, limit = size_words(size, limits.max_input_bytes)
    return (
        f"{what} is {shown}, larger than the limit of {limit} for one "
        f"message. To read it anyway, raise the limit: on the command line with --max-size MB "
        f"(for example --max-size {_suggest(size)}) or the environment variable {ENV_MAX_SIZE}."
    )


def too_large_problem(size: int, limits: Limits, what: str) -> InputProblem:
    """A file or mbox message over the size limit, skipped: its sentence and its sizes."""
    # the window says this one from the sizes; the sentence is the command line's
    return InputProblem(Problem.TOO_LARGE, Phrase(too_large_message(size, limits, what) + " It was skipped."), size,
                        limits.max_input_bytes)


def _suggest(size: int) -> int:
    mb = size / MB
    for step in (10, 50, 100, 250, 500, 1000, 2000, 5000):
        if step >= mb * 1.1:
            return step
    return int(mb * 2) + 1
