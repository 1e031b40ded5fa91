"""engine/mime/headers.py: unfolding a header value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bounce_doctor.engine.mime import headers


@given(st.text(alphabet=st.sampled_from([*"ab \t\r\n:=?"]), max_size=60))
def test_unfold_is_the_fold_pattern(text: str) -> None:
    assert headers._unfold(text) == headers._FOLD.sub(" ", text)
