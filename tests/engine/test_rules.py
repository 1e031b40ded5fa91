"""The wording rules (resources/rules): one loader validates them, each names its source and
examples, and the engine decides each reason rule's own reason on its examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bounce_doctor.engine import rules
from bounce_doctor.engine.codes import find_enhanced, first_reply
from bounce_doctor.engine.reasons import REASONS, classify
from bounce_doctor.engine.rhost import provider_reason

RULES = rules.default_rules()

GOOD = """
[[rule]]
id = "userunknown.example"
reason = "userunknown"
match = 'user unknown in local recipient table'
source = "Postfix smtpd(8), Debian package postfix"
examples = ["550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table"]
"""


def _load(tmp_path: Path, text: str) -> rules.RuleSet:
    (tmp_path / "x.toml").write_text(text, encoding="utf-8")
    return rules.load_files([tmp_path / "x.toml"], tmp_path)


def test_the_shipped_rules_load_and_cover_every_reason_they_can() -> None:
    assert len(RULES.rules) > 400
    given = {r.reason for r in RULES.rules if r.reason}
    assert given <= set(REASONS)
    missing = set(REASONS) - given - {"delivered", "feedback", "vacation", "onhold", "undefined"}
    assert not missing, f"no wording rule gives {sorted(missing)}"
    assert {r.signal for r in RULES.rules if r.signal} == set(rules.SIGNALS)


def test_a_good_rule_file_loads(tmp_path: Path) -> None:
    rs = _load(tmp_path, GOOD)
    assert rs.words("userunknown", rules.fold("550 5.1.1 User unknown in   LOCAL recipient table"))


@pytest.mark.parametrize(("change", "message"), [
    (('source = "Postfix smtpd(8), Debian package postfix"', 'source = "lhost-postfix-01.eml"'), "not a sample file"),
    (("examples = [", 'examples = ["nothing like it", '), "does not match its example"),
    (("match = 'user unknown", "match = 'User unknown"), "lower case"),
    (('reason = "userunknown"', 'reason = "nosuchthing"'), "unknown reason"),
    (('reason = "userunknown"', 'reason = "userunknown"\nsignal = "lda"'), "exactly one of"),
    (('reason = "userunknown"', 'reason = "userunknown"\ncolour = "red"'), "unknown keys"),
    (("match = 'user unknown in local recipient table'", "match = 'user (unknown'"), "does not compile"),
    (('examples = [', 'examples = []\nx = ['), "unknown keys"),
])
def test_mistakes_name_the_file_and_the_rule(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    with pytest.raises(rules.RuleError, match=r"x\.toml: rule 'userunknown\.example'") as exc:
        _load(tmp_path, GOOD.replace(*change))
    assert message in str(exc.value)


def test_a_rule_id_is_used_once(tmp_path: Path) -> None:
    with pytest.raises(rules.RuleError, match="used twice"):
        _load(tmp_path, GOOD + GOOD)


def test_no_rule_is_keyed_to_a_sample_file() -> None:
    for r in RULES.rules:
        assert not re.search(r"\.(?:eml|msg)\b|lhost-|rhost-|corpus", r.source + r.id, re.I), r.id


def _decided(rule: rules.Rule, example: str) -> str | None:
    """The reason the engine gives ``example`` where the rule applies: in its reader's format, from
    its provider (a recipient at one of its domains, else a reply from one of its hosts), or anywhere."""
    if rule.reader:
        return RULES.reader_reason(rule.reader, example)
    if rule.provider:
        p = next(p for p in RULES.providers if p.name == rule.provider)
        if p.domains:
            return provider_reason(example, address=f"bob@{p.domains[0].lstrip('.')}", command=rule.command)
        host = "mx." + p.hosts[0].lstrip(".")
        return provider_reason(example, remote_mta=host, address="bob@example.org", command=rule.command)
    codes = find_enhanced(example)
    return classify(codes[0].code if codes else None, example, reply_code=first_reply(example), command=rule.command)


REASON_RULES = [r for r in RULES.rules if r.reason]


@pytest.mark.parametrize("rule", REASON_RULES, ids=[r.id for r in REASON_RULES])
def test_the_engine_decides_each_rules_reason_on_its_examples(rule: rules.Rule) -> None:
    for example in rule.examples:
        assert _decided(rule, example) == rule.reason, f"{rule.file}: {example!r}"


def test_the_rules_of_a_signal_provider_and_reader_leave_out_those_switched_off() -> None:
    blocklist = [r for r in RULES.rules if r.signal == "blocklist"]
    assert list(RULES.signal_rules("blocklist")) == blocklist
    assert RULES.in_text("blocklist").search("Listed at SPAMHAUS") is not None
    spamhaus = [r.id for r in blocklist if r.label == "Spamhaus"]
    assert spamhaus
    off = RULES.without(spamhaus)
    assert [r.id for r in off.signal_rules("blocklist")] == [r.id for r in blocklist if r.id not in spamhaus]
    assert RULES.signal_rules("blocklist") == tuple(blocklist)  # the shipped set keeps its own
    provider = next(r for r in RULES.rules if r.provider)
    assert provider in RULES.provider_rules(provider.provider, provider.command)
    assert provider not in RULES.without([provider.id]).provider_rules(provider.provider, provider.command)
    reader = next(r for r in RULES.rules if r.reader and r.reason)
    assert RULES.reader_reason(reader.reader, reader.examples[0]) is not None
    others = [r.id for r in RULES.rules if r.reader == reader.reader]
    assert RULES.without(others).reader_reason(reader.reader, reader.examples[0]) is None
