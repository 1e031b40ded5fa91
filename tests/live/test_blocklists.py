"""live/blocklists.py: the zones a refusal names, the lists' labels, and what a list's answer says."""

from __future__ import annotations

from bounce_doctor.live.blocklists import label_of, read_answer, zones_named


def test_the_zones_a_refusal_names_and_not_its_web_pages() -> None:
    said = ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; "
            "listed at rbl.example.net, see https://www.spamhaus.org/query/ip/192.0.2.1 and "
            "blocked using ZEN.SPAMHAUS.ORG.")
    assert zones_named(said) == ("zen.spamhaus.org", "rbl.example.net")
    assert zones_named("550 5.1.1 User unknown") == ()


def test_labels() -> None:
    assert label_of("zen.spamhaus.org") == "Spamhaus"
    assert label_of("rbl.example.net") == "rbl.example.net"


def test_answers_read_as_listings_refusals_or_oddities() -> None:
    assert read_answer("zen.spamhaus.org", ["127.0.0.2", "127.0.0.4"]) == (
        "bl.listed", "SBL (a known spam source); XBL (a hijacked or infected computer)")
    assert read_answer("zen.spamhaus.org", ["127.255.255.254"]) == ("bl.refused_public_resolver", "127.255.255.254")
    assert read_answer("bl.spamcop.net", ["127.0.0.2"]) == ("bl.listed", "127.0.0.2")
    assert read_answer("bl.example.net", ["203.0.113.9"]) == ("bl.odd", "203.0.113.9")
