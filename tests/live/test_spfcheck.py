"""The SPF check (pyspf over dnspython) against a DNS server the test starts on 127.0.0.1."""

from __future__ import annotations

import dns.resolver

from bounce_doctor.live import queries, spfcheck

ZONE = (
    'example.com. 60 IN TXT "v=spf1 ip4:203.0.113.30 -all"\n'
    'soft.example. 60 IN TXT "v=spf1 ip4:198.51.100.1 ~all"\n'
    'deep.example. 60 IN TXT "v=spf1 include:i0.deep.example -all"\n'
    # a chain of includes: each one is a DNS lookup, 12 in all (RFC 7208 §4.6.4 allows 10)
    + "".join(f'i{n}.deep.example. 60 IN TXT "v=spf1 ip4:198.51.100.{n + 10} include:i{n + 1}.deep.example ?all"\n'
              for n in range(11))
    + 'i11.deep.example. 60 IN TXT "v=spf1 ?all"\n'
)


def _check(server, domain, ip):
    return spfcheck.check(queries.make_resolver(server.address, 1.0), domain, ip, 1.0)


def test_spf_pass_and_fail(dns_server):
    s = dns_server(ZONE)
    ok = _check(s, "example.com", "203.0.113.30")
    assert (ok.kind, ok.name, ok.code, ok.status) == ("spf", "example.com", "spf.pass", "ok")
    bad = _check(s, "example.com", "192.0.2.99")
    assert (bad.code, bad.status) == ("spf.fail", "problem")
    assert "192.0.2.99 is not allowed to send for example.com" in bad.meaning
    assert _check(s, "soft.example", "192.0.2.99").code == "spf.softfail"
    assert ("example.com", "TXT") in s.queries  # asked of our server, not the system's


def test_spf_over_the_lookup_limit_is_a_permerror(dns_server):
    s = dns_server(ZONE)
    c = _check(s, "deep.example", "192.0.2.99")
    assert (c.code, c.status) == ("spf.permerror_lookups", "problem")
    assert "10 DNS lookups" in c.meaning


def test_no_record_and_no_ip(dns_server):
    s = dns_server(ZONE)
    assert _check(s, "nothing.example", "192.0.2.1").code == "spf.none"
    rec = _check(s, "example.com", None)
    assert (rec.code, rec.answer) == ("spf.record", "v=spf1 ip4:203.0.113.30 -all")


def test_the_default_resolver_is_given_back(dns_server):
    before = dns.resolver.default_resolver
    _check(dns_server(ZONE), "example.com", "203.0.113.30")
    assert dns.resolver.default_resolver is before
