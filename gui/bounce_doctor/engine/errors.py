"""The engine's own errors: the only exceptions ``diagnose`` raises, and the problems an input can have.

A problem is a type, not a sentence: :class:`InputProblem` says what kind of problem it is (and, for a
message over the size limit, how large it is and what the limit was), and what to say as a
:class:`Phrase` (an English template and its values), so the window says it in its own language.
Its English sentence is what the command line prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .model import Phrase, english, phrase


class Problem(StrEnum):
    """What kept an input from being read."""

    TOO_LARGE = "too_large"  # over the size limit: raising the limit reads it
    NOT_EMAIL = "not_email"  # empty, binary, or text with no email in it
    UNREADABLE = "unreadable"  # missing, not allowed, not a regular file, an error of the system
    CHANGED = "changed"  # the file changed since it was indexed: open it again
    EMPTY = "empty"  # a folder or mailbox with nothing to read


@dataclass(frozen=True, slots=True)
class InputProblem:
    """Why one input (a file, a message of an mbox, a folder) could not be read."""

    kind: Problem
    phrase: Phrase  # what to say; ui/engine_text.py lists the templates for translation
    size: int | None = None  # TOO_LARGE: the input's size in bytes
    limit: int | None = None  # TOO_LARGE: the limit in bytes

    @property
    def sentence(self) -> str:
        """In English, for the command line."""
        return self.phrase.render(english)

    def __str__(self) -> str:
        return self.sentence


def problem(kind: Problem, template: str, **values: str | Phrase) -> InputProblem:
    """A problem of an input, said by ``template`` with its ``{placeholders}`` filled by ``values``."""
    return InputProblem(kind, phrase(template, **values))


class BounceDoctorError(Exception):
    """Base of the engine's errors; the message is a sentence for the user (``str()``: in English)."""

    kind = Problem.UNREADABLE

    def __init__(self, message: str | Phrase) -> None:
        self.phrase = message if isinstance(message, Phrase) else Phrase(message)
        super().__init__(self.phrase.render(english))

    def __reduce__(self) -> tuple[type[BounceDoctorError], tuple[Phrase]]:
        return (type(self), (self.phrase,))  # across processes with its phrase

    def problem(self) -> InputProblem:
        """The error as a problem of the input."""
        return InputProblem(self.kind, self.phrase)


class NotEmailError(BounceDoctorError):
    """The input is empty, binary, or text with no email in it."""

    kind = Problem.NOT_EMAIL


class InputTooLargeError(BounceDoctorError):
    """The input is larger than the size limit (``size`` and ``limit`` in bytes)."""

    kind = Problem.TOO_LARGE

    def __init__(self, message: str | Phrase, size: int | None = None, limit: int | None = None) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit

    def __reduce__(self) -> tuple[type[InputTooLargeError], tuple[Phrase, int | None, int | None]]:  # type: ignore[override]
        return (type(self), (self.phrase, self.size, self.limit))  # across processes with its sizes

    def problem(self) -> InputProblem:
        return InputProblem(self.kind, self.phrase, self.size, self.limit)
