"""The engine's errors are types the window can word itself: a kind, and for a size the numbers."""

from __future__ import annotations

import pickle

import pytest

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.errors import InputProblem, InputTooLargeError, NotEmailError, Problem, problem
from bounce_doctor.engine.limits import Limits
from bounce_doctor.engine.model import Phrase

BOUNCE = b"From: MAILER-DAEMON@example.com\nSubject: Undelivered\n\n<bob@example.org>: 550 5.1.1 User unknown\n"


def test_too_large_carries_its_size_and_the_limit() -> None:
    limits = Limits(max_input_bytes=100)
    with pytest.raises(InputTooLargeError) as caught:
        diagnose(BOUNCE + b"x" * 200, limits=limits)
    exc = caught.value
    assert (exc.size, exc.limit) == (len(BOUNCE) + 200, 100)
    problem = exc.problem()
    assert problem == InputProblem(Problem.TOO_LARGE, Phrase(str(exc)), len(BOUNCE) + 200, 100)
    assert str(problem) == str(exc)  # the command line's sentence


def test_too_large_keeps_its_sizes_across_processes() -> None:
    again = pickle.loads(pickle.dumps(InputTooLargeError("too large", 5, 3)))
    assert (str(again), again.size, again.limit) == ("too large", 5, 3)
    assert pickle.loads(pickle.dumps(InputProblem(Problem.EMPTY, Phrase("none")))) == InputProblem(Problem.EMPTY, Phrase("none"))


def test_not_an_email_is_its_own_kind() -> None:
    with pytest.raises(NotEmailError) as caught:
        diagnose(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert caught.value.problem().kind is Problem.NOT_EMAIL
    assert "not an email" in caught.value.problem().sentence


def test_a_problem_is_a_phrase_the_window_can_say_in_its_language() -> None:
    with pytest.raises(NotEmailError) as caught:
        diagnose(b"%PDF-1.7\n" + b"\0" * 100)
    phrase = caught.value.problem().phrase
    assert phrase.template == "This is {what}, not an email. Save the bounce as .eml or .msg, or paste its text."
    words = {phrase.template: "Это {what}, а не письмо.", "a PDF document": "документ PDF"}
    assert phrase.render(lambda t: words.get(t, t)) == "Это документ PDF, а не письмо."  # its value too
    assert str(caught.value) == "This is a PDF document, not an email. Save the bounce as .eml or .msg, or paste its text."
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.phrase == phrase  # across processes with its phrase
    assert problem(Problem.UNREADABLE, "cannot be read: {reason}", reason="Permission denied").sentence == (
        "cannot be read: Permission denied")
