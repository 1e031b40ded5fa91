"""The typo check: corrections for slips, none for real domains."""

from __future__ import annotations

import pytest

from bounce_doctor.engine.typos import is_known, known_domains, org_domain, suggest_address, suggest_domain


def test_list_has_at_least_200_unique_domains() -> None:
    domains = known_domains()
    assert len(domains) >= 200
    assert len(set(domains)) == len(domains)
    assert all(d == d.lower() and "." in d and " " not in d for d in domains)


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("gmial.com", "gmail.com"),
        ("hotmial.com", "hotmail.com"),
        ("yaho.com", "yahoo.com"),
        ("outlok.com", "outlook.com"),
        ("gmail.con", "gmail.com"),
        ("gmail.cm", "gmail.com"),
        ("yahooo.co.uk", "yahoo.co.uk"),
        ("GMIAL.COM", "gmail.com"),
    ],
)
def test_slips_are_corrected(typed: str, fixed: str) -> None:
    assert suggest_domain(typed) == (fixed, "a well-known mail domain")


def test_tld_slip_of_the_senders_domain() -> None:
    assert suggest_domain("domain.coom") is None  # domain.com is neither in the list nor the sender's
    assert suggest_domain("domain.coom", ("domain.com",)) == ("domain.com", "your own domain")
    assert suggest_address("bob@domain.coom", ("domain.com",)).address == "bob@domain.com"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "yahoo.fr", "me.com", "mail.ru", "example.com", "example.org", "hotmail.co.za", "mc.com",
     "ocn.ne.jp", "example.co.jp", "googlemail.de", "gmx.at", "aoll.com"],
)
def test_real_or_unknown_domains_are_left_alone(domain: str) -> None:
    assert suggest_domain(domain) is None


def test_known_domain_and_own_domain_never_corrected() -> None:
    assert is_known("hotmail.fr")
    assert suggest_domain("exmaple.com", ("exmaple.com",)) is None


def test_org_domain() -> None:
    assert org_domain("mx1.mail.example.co.uk") == "example.co.uk"
    assert org_domain("a.b.ocn.ne.jp") == "ocn.ne.jp"
    assert org_domain("[192.0.2.1]") == "192.0.2.1"
    assert org_domain(None) == ""
