"""The pipeline itself: text given as str (even with lone surrogates), and text with no email in it."""

from __future__ import annotations

import pytest

from bounce_doctor.engine import NotEmailError, Report, diagnose

from .hostile import check


def test_text_with_lone_surrogates() -> None:
    r = check("From: a@example.com\n\n550 5.1.1 \ud800 \udcff bob@example.net\n")
    assert isinstance(r, Report), r


def test_text_with_no_email_in_it() -> None:
    with pytest.raises(NotEmailError):
        diagnose("just some words\nwithout anything in them\n")
