"""The shipped catalog covers every code a user can meet (the data loaded by loading.py, looked up by lookup.py)."""

from __future__ import annotations

import re

import pytest

from bounce_doctor.engine.catalog import REQUIRED, default_catalog

USER_CODES = ["101", "111", "211", "214", "220", "221", "250", "251", "252", "354", "420", "421", "422", "431", "432", "441", "442", "446", "447", "449", "450", "451", "452", "471", "500", "501", "502", "503", "504", "510", "511", "512", "513", "523", "530", "541", "550", "551", "552", "553", "554"]
RFC5321 = ["211", "214", "220", "221", "250", "251", "252", "354", "421", "450", "451", "452", "455", "500", "501", "502", "503", "504", "550", "551", "552", "553", "554", "555"]
OTHER_STANDARD = ["521", "556", "235", "334", "454", "530", "534", "535", "538"]
IANA = (
    [f"X.0.{d}" for d in (0,)]
    + [f"X.1.{d}" for d in range(11)]
    + [f"X.2.{d}" for d in range(5)]
    + [f"X.3.{d}" for d in range(7)]
    + [f"X.4.{d}" for d in range(8)]
    + [f"X.5.{d}" for d in range(7)]
    + [f"X.6.{d}" for d in range(11)]
    + [f"X.7.{d}" for d in range(31)]
)
FALLBACKS = ["2.X.X", "4.X.X", "5.X.X", *[f"X.{s}.X" for s in range(8)], "2xx", "3xx", "4xx", "5xx"]


@pytest.fixture(scope="module")
def cat():
    return default_catalog()


@pytest.mark.parametrize("code", sorted(set(USER_CODES + RFC5321 + OTHER_STANDARD)))
def test_reply_codes_present(cat, code: str) -> None:
    e = cat.get(code)
    assert e is not None, code
    assert e.kind in ("reply", "client"), code


def test_client_errors_are_not_server_replies(cat) -> None:
    for code in ("101", "111"):
        e = cat.get(code)
        assert e.kind == "client"
        assert e.severity == "client"
        assert "not" in e.meaning.lower()


def test_seed_corrections_and_no_advertising(cat) -> None:
    assert "X.7.10" in " ".join(cat.get("523").meaning.split()) or "encrypt" in cat.get("523").meaning.lower()
    assert "groupwise" not in cat.get("420").meaning.lower() or "exchange" in cat.get("420").meaning.lower()
    for e in cat.entries:
        text = " ".join((e.meaning, *e.steps, *e.admin_steps)).lower()
        assert "turbosmtp" not in text, e.key


@pytest.mark.parametrize("code", IANA)
def test_every_registry_code_present_with_classes(cat, code: str) -> None:
    e = cat.get(code)
    assert e is not None, code
    assert e.kind == "enhanced", code
    assert e.classes
    assert set(e.classes) <= {2, 4, 5}


@pytest.mark.parametrize("code", FALLBACKS)
def test_class_fallbacks_present(cat, code: str) -> None:
    e = cat.get(code)
    assert e is not None
    assert e.kind == "class"


def test_every_entry_complete(cat) -> None:
    for e in cat.entries:
        for f in REQUIRED:
            assert getattr(e, f) not in (None, "") or f == "reason", (e.key, f)
        assert isinstance(e.steps, tuple)
        assert all(s.strip() for s in e.steps)
        assert not any(re.match(r"^\s*\d+[.)]\s", s) for s in e.steps), f"{e.key}: steps carry their own numbers"
        assert e.admin_steps


def test_vendor_entries(cat) -> None:
    vendors = [e for e in cat.entries if e.kind == "vendor"]
    assert len(vendors) >= 150, len(vendors)
    names = {e.vendor for e in vendors}
    for required in ("Microsoft", "Google", "Yahoo", "Apple", "Mimecast", "Proofpoint", "Spamhaus"):
        assert any(required.lower() in (n or "").lower() for n in names), required
    patterns = [e.match for e in vendors]
    assert len(patterns) == len(set(patterns)), "two vendor entries share a pattern"
    for e in vendors:
        assert e.source, e.key
        assert re.search(e.match, e.sample, re.I), e.key
        # the pattern claims no other entry's line with the same code
        for other in vendors:
            if other is not e and other.code == e.code:
                assert not re.search(e.match, other.sample, re.I), f"{e.key} matches the sample of {other.key}"
        # the code alone never decides: the sample without the vendor text does not match
        assert not re.search(e.match, e.code, re.I), e.key


def test_shipped_catalog_covers_the_users_codes() -> None:
    cat = default_catalog()
    for code in ["101", "111", "211", "214", "220", "221", "250", "251", "252", "354", "420", "421", "422", "431", "432", "441", "442", "446", "447", "449", "450", "451", "452", "471", "500", "501", "502", "503", "504", "510", "511", "512", "513", "523", "530", "541", "550", "551", "552", "553", "554"]:
        e = cat.get(code)
        assert e is not None, code
        assert e.steps, code
    assert cat.get("101").kind == "client"
    assert cat.get("111").kind == "client"

