"""live/targets.py: what a bounce names that can be checked live, read from the report alone (no network)."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.live import blocklists, targets
from bounce_doctor.resources import resource


def _targets(name: str) -> targets.Targets:
    data = resource("samples", f"{name}.eml").read_bytes()
    report = diagnose(data, name)
    return targets.find(report, headers=analyse(data, report))


def test_a_blocklist_refusal_names_the_ip_and_the_list_it_names_comes_first() -> None:
    t = _targets("spam-block")
    assert (t.domains, t.ip, t.ip_from, t.named) == (("example.net",), "203.0.113.45", "reply", ("Spamhaus",))
    assert t.blocklists[0] == ("Spamhaus", "zen.spamhaus.org")
    assert set(t.blocklists) == set(blocklists.COMMON)


def test_an_authentication_rejection_names_the_senders_records() -> None:
    t = _targets("auth-failure")
    assert (t.spf_domain, t.dmarc_domain, t.dkim) == ("example.com", "example.com", (("shop1", "example.com"),))
    assert t.blocklists == ()  # not a blocklist refusal: no list is queried


def test_a_typo_and_no_ip_where_nothing_was_blocked() -> None:
    t = _targets("multi-recipient")
    assert t.domains == ("example.org", "gmial.com", "example.net")
    assert t.typos == (("gmial.com", "gmail.com"),)
    assert t.ip is None
    assert _targets("wrong-address") == targets.Targets(domains=("example.org",))


def test_only_public_addresses_are_usable() -> None:
    assert targets.usable_ip("192.0.2.1") == "192.0.2.1"
    assert targets.usable_ip("[IPv6:2001:db8::1]") == "2001:db8::1"
    for local in ("10.0.0.1", "127.0.0.1", "::1", "nonsense", None):
        assert targets.usable_ip(local) is None, local
