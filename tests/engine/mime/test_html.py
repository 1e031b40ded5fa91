"""engine/mime/html.py: an HTML part as plain text, its lines kept, scripts and styles dropped."""

from __future__ import annotations

from bounce_doctor.engine.mime.html import html_to_text


def test_lines_are_kept_and_nothing_hidden_is_shown() -> None:
    html = "<p>One<br>two</p><script>x()</script><style>p{}</style><div>three &amp; four</div>\n\n\n\n<p>five</p>"
    assert html_to_text(html) == "One\ntwo\nthree & four\n\nfive\n"


def test_a_bracket_far_from_any_closing_one_is_text() -> None:
    assert html_to_text("5 < 6 " + "x" * 2100).startswith("5 < 6 xxx")
    assert html_to_text("5 < 6 and 7 > 2") == "5  2\n"  # within a tag's length: read as a tag
