"""output/headers_text.py: the header analysis as ``bounce-doctor headers`` prints it, in words and as JSON."""

from __future__ import annotations

import json

from bounce_doctor.engine import examine
from bounce_doctor.output.headers_text import duration, headers_block

from ..conftest import SAMPLES


def test_durations_as_people_say_them() -> None:
    said = [duration(s) for s in (None, 0, 3, 59.4, 61, 120, 3600, 90000)]
    assert said == ["unknown", "0 s", "3 s", "59 s", "1 min 1 s", "2 min", "1 h 0 min", "1 d 1 h"]


def test_the_text_names_the_path_the_checks_the_sentence_and_the_other_blocks() -> None:
    data = (SAMPLES / "auth-failure.eml").read_bytes()
    lines = headers_block(examine(data).headers(), "auth-failure.eml", as_json=False).splitlines()
    assert lines[0] == "auth-failure.eml"
    assert lines[1] == "Delivery path of the returned message (attached): 3 hops, 3 s in all"
    assert "  SPF: fail for example.com, aligned with From  [checked at hop 3, relay1.webhost.example]" in lines
    assert "  Alignment: neither SPF nor DKIM passed for the From domain" in lines
    assert any(line.startswith("Your domain's DKIM signature failed at hop 3") for line in lines)
    assert lines[-1] == "Also found: the message's own headers (2 hops)"


def test_the_json_holds_the_same_answer() -> None:
    data = (SAMPLES / "auth-failure.eml").read_bytes()
    d = json.loads(headers_block(examine(data).headers(), "a.eml", as_json=True))
    assert d["file"] == "a.eml"
    assert len(d["hops"]) == 3
    assert d["sentence"].startswith("Your domain's DKIM signature failed at hop 3")


def test_a_message_without_headers_says_so() -> None:
    data = b"550 5.1.1 <bob@example.org>: User unknown\n"
    assert headers_block(examine(data).headers(), None, as_json=False).splitlines() == ["(input)", "No headers were found."]
