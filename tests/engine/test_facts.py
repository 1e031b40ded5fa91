"""facts.py: the marker lines are found where a regex search over the whole text finds them."""

from __future__ import annotations

import random

from bounce_doctor.engine import facts as ff


def test_the_first_marker_is_the_one_a_search_finds() -> None:
    words = ["─── ", " ───", "\n", "the returned message", "'s headers", "x", " ", "─", "text/plain"]
    rnd = random.Random(1)
    for _ in range(5000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 14)))
        for pattern in (ff._MARKER, ff._ORIGINAL_MARKER):
            want = pattern.search(text)
            got = ff._first_marker(pattern, text)
            assert (got.span() if got else None) == (want.span() if want else None), text


def test_a_marker_counts_only_at_the_start_of_a_line() -> None:
    text = "x ─── not a marker ───\n─── the returned message ───\nFrom: a@example.org\n"
    m = ff._first_marker(ff._MARKER, text)
    assert m is not None
    assert m.start() == text.index("\n") + 1
