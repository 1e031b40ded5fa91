"""The Authentication-Results reader (strict, then tolerant) and the organisational domains."""

from __future__ import annotations

import pytest

from bounce_doctor.engine.headers.auth import organisational_domain, parse_authentication_results


def test_authres_parsable_header() -> None:
    h = parse_authentication_results(
        "mx.google.com; spf=pass (google.com: domain of a@example.com designates 192.0.2.1 as permitted sender) "
        "smtp.mailfrom=a@example.com; dkim=pass header.i=@example.com header.s=sel1; dmarc=pass header.from=example.com")
    assert h.parser == "authres"
    assert h.authserv_id == "mx.google.com"
    assert [(r.method, r.result, r.domain) for r in h.results] == [
        ("spf", "pass", "example.com"), ("dkim", "pass", "example.com"), ("dmarc", "pass", "example.com")]


@pytest.mark.parametrize("value", [
    "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=fail (body hash did not verify) "
    "header.d=example.com;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=001",
    "i=1; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=fail header.from=example.com",
])
def test_malformed_headers_use_the_tolerant_reader(value: str) -> None:
    h = parse_authentication_results(value)
    got = {r.method: (r.result, r.domain) for r in h.results}
    assert got["spf"] == ("pass", "example.com")
    assert got["dkim"] == ("fail", "example.com")
    assert got["dmarc"] == ("fail", "example.com")


@pytest.mark.parametrize("value", ["", ";;;", "(((", "mx; spf", "= = =", "mx; dkim=(", "a" * 30000, "mx; none"])
def test_authentication_results_never_raise(value: str) -> None:
    parse_authentication_results(value)


def test_organisational_domains() -> None:
    assert organisational_domain("mail.example.co.uk") == "example.co.uk"
    assert organisational_domain("a.b.example.ne.jp") == "example.ne.jp"
    assert organisational_domain("x.example.com.au") == "example.com.au"
    assert organisational_domain("bounce.mailer.example.com") == "example.com"
    assert organisational_domain("example.com.br") == "example.com.br"
