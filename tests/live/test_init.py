"""plan() and run() over whole reports, against a DNS server the test starts on 127.0.0.1."""

from __future__ import annotations

import json

import dns.query
import pytest

from bounce_doctor import live
from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.live import queries
from bounce_doctor.resources import resource


def _report(name):
    data = resource("samples", f"{name}.eml").read_bytes()
    report = diagnose(data, name)
    return report, analyse(data, report)


def test_plan_names_what_the_bounce_names_and_opens_no_socket(monkeypatch):
    monkeypatch.setattr(dns.query, "socket_factory", _no_socket)
    report, headers = _report("spam-block")
    p = live.plan(report, headers=headers)
    names = [(x.kind, x.name) for x in p]
    assert ("mx", "example.net") in names
    assert names.index(("blocklist", "45.113.0.203.zen.spamhaus.org")) < names.index(
        ("blocklist", "45.113.0.203.b.barracudacentral.org"))  # the list the bounce names first
    assert {n for k, n in names if k == "blocklist"} == {
        queries.query_name("203.0.113.45", z) for z in ("zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net",
                                                        "dnsbl-1.uceprotect.net", "dnsbl.sorbs.net")}
    assert all(x.why.endswith(".") for x in p)


def test_plan_for_an_authentication_rejection():
    report, headers = _report("auth-failure")
    names = [(x.kind, x.name) for x in live.plan(report, headers=headers)]
    assert ("spf", "example.com") in names
    assert ("dmarc", "_dmarc.example.com") in names
    assert ("dkim", "shop1._domainkey.example.com") in names
    assert not any(k == "blocklist" for k, _ in names)


def test_plan_checks_the_typo_suggestion():
    report, headers = _report("multi-recipient")
    i = next(i for i, r in enumerate(report.recipients) if r.address.endswith("@gmial.com"))
    names = [(x.kind, x.name) for x in live.plan(report, i, headers=headers)]
    assert names == [("mx", "gmial.com"), ("a", "gmial.com"), ("mx", "gmail.com")]


def test_run_a_checked_typo_domain(dns_server):
    s = dns_server("gmail.com. 60 IN MX 5 gmail-smtp-in.l.google.com.\n")
    report, headers = _report("multi-recipient")
    i = next(i for i, r in enumerate(report.recipients) if r.address.endswith("@gmial.com"))
    result = live.run(report, i, resolver=s.address, timeout=1.0, headers=headers)
    assert result.network_error is None
    assert [(c.name, c.code) for c in result.checks] == [("gmial.com", "mx.nxdomain"), ("gmail.com", "typo.ok")]


def test_run_a_checked_spam_block(dns_server):
    s = dns_server("45.113.0.203.zen.spamhaus.org. 60 IN A 127.0.0.10\n"
                   "example.net. 60 IN MX 10 mx2.example.net.\n")
    report, headers = _report("spam-block")
    result = live.run(report, resolver=s.address, timeout=1.0, headers=headers)
    by_name = {c.name: c for c in result.checks}
    assert by_name["45.113.0.203.zen.spamhaus.org"].code == "bl.listed"
    assert "PBL" in by_name["45.113.0.203.zen.spamhaus.org"].meaning
    assert by_name["45.113.0.203.bl.spamcop.net"].code == "bl.clean"
    assert by_name["example.net"].code == "mx.present"
    rows = live.to_json(result)
    assert json.loads(json.dumps(rows)) == rows
    assert set(rows[0]) == {"kind", "name", "answer", "meaning", "code", "status"}


def test_run_an_authentication_rejection(dns_server):
    s = dns_server('example.com. 60 IN TXT "v=spf1 ip4:198.51.100.77 -all"\n'
                   '_dmarc.example.com. 60 IN TXT "v=DMARC1; p=quarantine"\n'
                   'shop1._domainkey.example.com. 60 IN TXT "v=DKIM1; p="\n'
                   'riverside.example. 60 IN MX 10 mx.riverside.example.\n')
    report, headers = _report("auth-failure")
    result = live.run(report, resolver=s.address, timeout=1.0, headers=headers)
    codes = {c.kind: c.code for c in result.checks}
    assert codes == {"mx": "mx.present", "spf": "spf.fail", "dmarc": "dmarc.present", "dkim": "dkim.revoked"}


def _no_socket(*a, **k):
    raise OSError(101, "Network is unreachable")


def test_no_network_is_one_sentence(monkeypatch):
    monkeypatch.setattr(dns.query, "socket_factory", _no_socket)
    report, headers = _report("spam-block")
    result = live.run(report, resolver="127.0.0.1:53", timeout=1.0, headers=headers)
    assert result.checks == ()
    assert result.network_error
    assert result.network_error.count(".") >= 1
    assert "no DNS server can be reached" in result.network_error


def test_nothing_answering_sets_the_network_error_and_keeps_the_timeouts(dns_server):
    s = dns_server(silent=True)
    report, headers = _report("wrong-address")
    result = live.run(report, resolver=s.address, timeout=0.3, headers=headers)
    assert [c.code for c in result.checks] == ["mx.timeout"]
    assert result.network_error is not None
    assert "0.3 s" in result.network_error


@pytest.mark.parametrize("bad", ["not a host", "127.0.0.1:notaport"])
def test_a_bad_resolver_is_said_not_raised(bad):
    report, _ = _report("wrong-address")
    result = live.run(report, resolver=bad)
    assert result.checks == ()
    assert bad in (result.network_error or "")
