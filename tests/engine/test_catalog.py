"""The catalog loader names the file and entry of every mistake; lookup falls back."""

from pathlib import Path

import pytest

from bounce_doctor.engine.catalog import CatalogError, default_catalog, load_files

GOOD = '''
[[entry]]
code = "550"
kind = "reply"
title = "Mailbox unavailable"
meaning = "The server would not take the message."
severity = "permanent"
reason = "userunknown"
steps = ["Check the address."]
admin_steps = ["Read the log."]
references = ["RFC 5321 section 4.2.3"]
'''


def _write(tmp_path: Path, text: str, name: str = "codes.toml") -> Path:
    p = tmp_path / "catalog" / name
    p.parent.mkdir(exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_good_file_loads(tmp_path: Path) -> None:
    cat = load_files([_write(tmp_path, GOOD)])
    assert cat.get("550").title == "Mailbox unavailable"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('severity = "permanent"', 'who_acts = "you"\nseverity = "permanent"'), "only playbook entries name them"),
        (('severity = "permanent"', 'resend = "later"\nseverity = "permanent"'), "only playbook entries name them"),
        (('severity = "permanent"', 'severity = "bad"'), "severity must be one of"),
        (('steps = ["Check the address."]', "steps = []"), "steps must be a non-empty list"),
        (('steps = ["Check the address."]', 'steps = "Check"'), "steps must be a non-empty list"),
        (('title = "Mailbox unavailable"\n', ""), "missing field(s) title"),
        (('code = "550"', 'code = "55"'), "must be three digits"),
        (('kind = "reply"', 'kind = "other"'), "kind must be one of"),
        (('reason = "userunknown"', 'reason = "userunknown"\ncolour = "red"'), "unknown field(s) colour"),
    ],
)
def test_mistakes_name_file_and_entry(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(CatalogError, match=r"codes\.toml, entry 1") as exc:
        load_files([path])
    assert message in str(exc.value)


PLAYBOOK = GOOD.replace('code = "550"', 'code = "reason:userunknown"').replace('kind = "reply"', 'kind = "playbook"')


def test_a_playbook_entry_names_the_actor_its_steps_are_for(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="names the who_acts"):
        load_files([_write(tmp_path, PLAYBOOK)])
    ok = PLAYBOOK.replace('severity', 'who_acts = "you"\nresend = "no"\nseverity')
    cat = load_files([_write(tmp_path, ok)])
    e = cat.by_key("playbook:reason:userunknown")
    assert (e.who_acts, e.resend) == ("you", "no")
    assert cat.get("reason:userunknown") is None
    assert cat.search("") == []
    bad = ok.replace('who_acts = "you"', 'who_acts = "someone"')
    with pytest.raises(CatalogError, match="who_acts must be one of"):
        load_files([_write(tmp_path, bad)])
    with pytest.raises(CatalogError, match="a playbook code is"):
        load_files([_write(tmp_path, ok.replace("reason:userunknown", "550"))])


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"broken.toml: not valid TOML"):
        load_files([_write(tmp_path, "[[entry]\ncode=", "broken.toml")])


def test_duplicate_code(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="code 550 is already in"):
        load_files([_write(tmp_path, GOOD + GOOD)])


def test_vendor_entry_needs_source_and_matching_sample(tmp_path: Path) -> None:
    vendor = GOOD.replace('kind = "reply"', 'kind = "vendor"\nvendor = "Example"\nmatch = "RecipNotFound"')
    with pytest.raises(CatalogError, match="a vendor entry needs sample"):
        load_files([_write(tmp_path, vendor)])
    vendor += 'sample = "550 5.1.1 nothing here"\nsource = "https://example.com/doc"\n'
    with pytest.raises(CatalogError, match="does not match its own sample"):
        load_files([_write(tmp_path, vendor)])


def test_shipped_catalog_covers_the_users_codes() -> None:
    cat = default_catalog()
    for code in ["101", "111", "211", "214", "220", "221", "250", "251", "252", "354", "420", "421", "422", "431", "432", "441", "442", "446", "447", "449", "450", "451", "452", "471", "500", "501", "502", "503", "504", "510", "511", "512", "513", "523", "530", "541", "550", "551", "552", "553", "554"]:
        e = cat.get(code)
        assert e is not None, code
        assert e.steps, code
    assert cat.get("101").kind == "client"
    assert cat.get("111").kind == "client"


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


def test_code_until_must_follow_the_code(tmp_path: Path) -> None:
    vendor = GOOD.replace('kind = "reply"', 'kind = "vendor"\nvendor = "Example"\nmatch = "Mailbox"\ncode_until = "5.2.0"')
    vendor = vendor.replace('code = "550"', 'code = "5.1.1"')
    vendor += 'sample = "550 5.1.1 Mailbox gone"\nsource = "https://example.com/doc"\n'
    with pytest.raises(CatalogError, match="code_until must be a later code"):
        load_files([_write(tmp_path, vendor)])
