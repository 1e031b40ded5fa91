"""Lookup in the catalog (lookup.py): from the most specific entry down to the class, vendor ranges, search."""

import pytest

from bounce_doctor.engine.catalog import default_catalog


@pytest.mark.parametrize(
    ("status", "reply", "first_kind"),
    [("5.1.1", "550", "enhanced"), (None, "550", "reply"), ("5.4.99", None, "class"), (None, "599", "class")],
)
def test_lookup_falls_back_to_the_class(status: str | None, reply: str | None, first_kind: str) -> None:
    exp = default_catalog().explain(status, reply)
    assert exp.best is not None
    assert exp.best.kind == first_kind
    assert exp.is_fallback == (first_kind == "class")


def test_disagreeing_codes_are_both_kept_and_explained() -> None:
    exp = default_catalog().explain("4.2.2", "550")
    codes = {e.code for e in exp.entries}
    assert "550" in codes
    assert any(c in codes for c in ("4.2.2", "X.2.2"))
    assert "4.2.2" in exp.note
    assert exp.trusted_code == "4.2.2"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("5.1.1", "5.1.1"), ("550", "550"), ("x.7.26", "X.7.26"), ("mailbox full", "X.2.2")],
)
def test_search_by_code_and_words(query: str, expected: str) -> None:
    hits = default_catalog().search(query)
    assert expected in [e.code for e in hits]
    if query[0].isdigit() or query[0] == "x":
        assert hits[0].code.lower() == query.lower()


@pytest.mark.parametrize(
    ("status", "text", "title_word"),
    [
        ("5.7.613", "550 5.7.613 Access denied, banned sending IP [192.0.2.7]", "banned"),
        ("4.7.650", "451 4.7.650 Access denied, please try again later. (AS761)", "held back"),
    ],
)
def test_a_vendor_range_explains_every_code_in_it(status: str, text: str, title_word: str) -> None:
    exp = default_catalog().explain(status, None, text)
    assert exp.best is not None
    assert exp.best.kind == "vendor"
    assert title_word in exp.best.title.lower()


def test_a_vendor_range_stops_at_its_end() -> None:
    exp = default_catalog().explain("5.7.650", None, "550 5.7.650 Access denied, banned sending IP [192.0.2.7]")
    assert all(e.kind != "vendor" or "banned" not in e.title.lower() for e in exp.entries)

