"""The reason classifier: it follows the wording rules in force."""

from __future__ import annotations

from bounce_doctor.engine import rules
from bounce_doctor.engine.reasons import classify

RULES = rules.default_rules()


def test_measurement_can_switch_rules_off() -> None:
    text = "554 5.7.1 Your message looks like spam and was not accepted."
    assert classify("5.7.1", text) == "spamdetected"
    spam = [r.id for r in RULES.matching(rules.fold(text)) if r.reason == "spamdetected"]
    assert spam
    with rules.using(RULES.without(spam)):
        assert classify("5.7.1", text) != "spamdetected"
    assert classify("5.7.1", text) == "spamdetected"
