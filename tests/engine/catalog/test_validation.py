"""The catalog's file format (validation.py): every mistake in an entry names the file and the entry."""

from pathlib import Path

import pytest

from bounce_doctor.engine.catalog import CatalogError, load_files

from .toml_data import GOOD, write


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
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(CatalogError, match=r"codes\.toml, entry 1") as exc:
        load_files([path])
    assert message in str(exc.value)


PLAYBOOK = GOOD.replace('code = "550"', 'code = "reason:userunknown"').replace('kind = "reply"', 'kind = "playbook"')


def test_a_playbook_entry_names_the_actor_its_steps_are_for(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="names the who_acts"):
        load_files([write(tmp_path, PLAYBOOK)])
    ok = PLAYBOOK.replace('severity', 'who_acts = "you"\nresend = "no"\nseverity')
    cat = load_files([write(tmp_path, ok)])
    e = cat.by_key("playbook:reason:userunknown")
    assert (e.who_acts, e.resend) == ("you", "no")
    assert cat.get("reason:userunknown") is None
    assert cat.search("") == []
    bad = ok.replace('who_acts = "you"', 'who_acts = "someone"')
    with pytest.raises(CatalogError, match="who_acts must be one of"):
        load_files([write(tmp_path, bad)])
    with pytest.raises(CatalogError, match="a playbook code is"):
        load_files([write(tmp_path, ok.replace("reason:userunknown", "550"))])


def test_vendor_entry_needs_source_and_matching_sample(tmp_path: Path) -> None:
    vendor = GOOD.replace('kind = "reply"', 'kind = "vendor"\nvendor = "Example"\nmatch = "RecipNotFound"')
    with pytest.raises(CatalogError, match="a vendor entry needs sample"):
        load_files([write(tmp_path, vendor)])
    vendor += 'sample = "550 5.1.1 nothing here"\nsource = "https://example.com/doc"\n'
    with pytest.raises(CatalogError, match="does not match its own sample"):
        load_files([write(tmp_path, vendor)])


def test_code_until_must_follow_the_code(tmp_path: Path) -> None:
    vendor = GOOD.replace('kind = "reply"', 'kind = "vendor"\nvendor = "Example"\nmatch = "Mailbox"\ncode_until = "5.2.0"')
    vendor = vendor.replace('code = "550"', 'code = "5.1.1"')
    vendor += 'sample = "550 5.1.1 Mailbox gone"\nsource = "https://example.com/doc"\n'
    with pytest.raises(CatalogError, match="code_until must be a later code"):
        load_files([write(tmp_path, vendor)])
