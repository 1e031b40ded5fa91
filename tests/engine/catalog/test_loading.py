"""Loading catalog files (loading.py): good files load, invalid TOML and a code used twice name the file."""

from pathlib import Path

import pytest

from bounce_doctor.engine.catalog import CatalogError, load_files

from .toml_data import GOOD, write


def test_good_file_loads(tmp_path: Path) -> None:
    cat = load_files([write(tmp_path, GOOD)])
    assert cat.get("550").title == "Mailbox unavailable"


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"broken.toml: not valid TOML"):
        load_files([write(tmp_path, "[[entry]\ncode=", "broken.toml")])


def test_duplicate_code(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="code 550 is already in"):
        load_files([write(tmp_path, GOOD + GOOD)])

