"""Every DNS check against a DNS server the test starts on 127.0.0.1."""

from __future__ import annotations

import time

from bounce_doctor.live import queries


def _r(server, timeout=1.0):
    return queries.make_resolver(server.address, timeout)


def test_nxdomain_says_the_address_is_mistyped(dns_server):
    s = dns_server("example.net. 60 IN MX 10 mx.example.net.\n")
    c = queries.mail_servers(_r(s), "gmial.com")
    assert (c.kind, c.name, c.code, c.status) == ("mx", "gmial.com", "mx.nxdomain", "problem")
    assert c.answer == "NXDOMAIN"
    assert c.meaning.startswith("gmial.com does not exist: the address is mistyped")
    assert ("gmial.com", "MX") in s.queries


def test_null_mx_says_the_domain_receives_no_mail(dns_server):
    s = dns_server("nomail.example. 60 IN MX 0 .\n")
    c = queries.mail_servers(_r(s), "nomail.example")
    assert (c.code, c.status) == ("mx.null", "problem")
    assert "receives no mail" in c.meaning
    assert "RFC 7505" in c.meaning


def test_mx_present_lists_the_servers_by_preference(dns_server):
    s = dns_server("example.net. 60 IN MX 20 mx2.example.net.\nexample.net. 60 IN MX 10 mx1.example.net.\n")
    c = queries.mail_servers(_r(s), "example.net")
    assert (c.code, c.status) == ("mx.present", "ok")
    assert c.param("servers") == "mx1.example.net, mx2.example.net"


def test_no_mx_falls_back_to_the_address(dns_server):
    s = dns_server("plain.example. 60 IN A 192.0.2.7\nmx.other.example. 60 IN A 192.0.2.8\n")
    c = queries.mail_servers(_r(s), "plain.example")
    assert (c.kind, c.code, c.status, c.param("addresses")) == ("a", "mx.fallback_a", "ok", "192.0.2.7")
    bare = queries.mail_servers(_r(s), "other.example")  # exists (a name below it) but has no address
    assert (bare.code, bare.status) == ("mx.no_mail", "problem")


def test_a_server_that_never_answers_times_out(dns_server):
    s = dns_server(silent=True)
    t = time.monotonic()
    c = queries.mail_servers(_r(s, 0.5), "example.net")
    assert time.monotonic() - t < 3
    assert (c.code, c.status) == ("mx.timeout", "unknown")
    assert s.queries  # it was asked


def test_the_typo_suggestion_is_checked_too(dns_server):
    s = dns_server("gmail.com. 60 IN MX 5 gmail-smtp-in.l.google.com.\n")
    c = queries.mail_servers(_r(s), "gmail.com", typed="gmial.com")
    assert (c.code, c.status, c.param("typed")) == ("typo.ok", "ok", "gmial.com")
    assert "gmail.com receives mail" in c.meaning
    none = queries.mail_servers(_r(s), "gmial.net", typed="gmial.com")
    assert none.code == "typo.nxdomain"


def test_blocklist_names_reverse_the_octets_and_nibbles():
    assert queries.query_name("203.0.113.45", "zen.spamhaus.org") == "45.113.0.203.zen.spamhaus.org"
    assert queries.query_name("2001:db8::1", "bl.example").startswith("1.0.0.0.0.0.0.0")
    assert queries.query_name("2001:db8::1", "bl.example").endswith(".8.b.d.0.1.0.0.2.bl.example")


def test_a_listed_ip_reads_the_spamhaus_code(dns_server):
    s = dns_server("45.113.0.203.zen.spamhaus.org. 60 IN A 127.0.0.2\n"
                   "45.113.0.203.zen.spamhaus.org. 60 IN A 127.0.0.4\n")
    c = queries.blocklist(_r(s), "203.0.113.45", "Spamhaus", "zen.spamhaus.org")
    assert (c.kind, c.name, c.code, c.status) == ("blocklist", "45.113.0.203.zen.spamhaus.org", "bl.listed", "problem")
    assert "SBL" in c.meaning
    assert "XBL" in c.meaning


def test_an_unlisted_ip_is_clean(dns_server):
    s = dns_server("2.0.0.127.bl.spamcop.net. 60 IN A 127.0.0.2\n")
    c = queries.blocklist(_r(s), "203.0.113.45", "SpamCop", "bl.spamcop.net")
    assert (c.code, c.status) == ("bl.clean", "ok")
    assert c.answer == "NXDOMAIN"


def test_a_public_resolver_refusal_is_not_a_clean_answer(dns_server):
    s = dns_server("45.113.0.203.zen.spamhaus.org. 60 IN A 127.255.255.254\n"
                   "46.113.0.203.zen.spamhaus.org. 60 IN A 127.255.255.255\n")
    c = queries.blocklist(_r(s), "203.0.113.45", "Spamhaus", "zen.spamhaus.org")
    assert (c.code, c.status) == ("bl.refused_public_resolver", "unknown")
    assert "could not be done from this network" in c.meaning
    assert "not listed" not in c.meaning
    v = queries.blocklist(_r(s), "203.0.113.46", "Spamhaus", "zen.spamhaus.org")
    assert (v.code, v.status) == ("bl.refused_volume", "unknown")


def test_dmarc_present_and_missing(dns_server):
    s = dns_server('_dmarc.example.com. 60 IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"\n'
                   'shop.example.org. 60 IN A 192.0.2.1\n')
    c = queries.dmarc(_r(s), "example.com")
    assert (c.kind, c.name, c.code, c.param("policy"), c.status) == (
        "dmarc", "_dmarc.example.com", "dmarc.present", "reject", "ok")
    m = queries.dmarc(_r(s), "shop.example.org", "example.org")
    assert (m.code, m.status) == ("dmarc.missing", "problem")
    assert ("_dmarc.example.org", "TXT") in s.queries  # the organisational domain was asked too


def test_dkim_present_revoked_and_missing(dns_server):
    s = dns_server('shop1._domainkey.example.com. 60 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkq"\n'
                   'old._domainkey.example.com. 60 IN TXT "v=DKIM1; p="\n')
    c = queries.dkim(_r(s), "shop1", "example.com")
    assert (c.kind, c.name, c.code, c.status) == ("dkim", "shop1._domainkey.example.com", "dkim.present", "ok")
    r = queries.dkim(_r(s), "old", "example.com")
    assert (r.code, r.status) == ("dkim.revoked", "problem")
    assert queries.dkim(_r(s), "gone", "example.com").code == "dkim.missing"
