"""One recipient's result: the code chosen between the Status field and the server's text."""

from __future__ import annotations

from bounce_doctor.engine.recipient import prefer_status


def test_text_code_of_the_same_class_beats_the_status_field() -> None:
    assert prefer_status("5.1.1", ["5.7.1"], "550") == "5.7.1"
    assert prefer_status("4.4.7", ["4.4.7", "4.4.2"], "554") == "4.4.2"  # the last, the remote server's own
    assert prefer_status("5.1.1", ["4.2.2"], "550") == "5.1.1"  # another class: the field stays
    assert prefer_status(None, ["5.2.2"], None) == "5.2.2"
    assert prefer_status("5.1.1", [], None) == "5.1.1"
