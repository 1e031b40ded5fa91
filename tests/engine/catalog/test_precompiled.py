"""The catalog parsed ahead (precompiled.json, written by the build): the same answers as the TOML,
used only while a file's text is the one that was parsed, and never needed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bounce_doctor.engine.catalog import (
    PRECOMPILED,
    catalog_files,
    default_catalog,
    default_translations,
    load_files,
    load_translations,
    precompile,
    translation_files,
)
from bounce_doctor.resources import resource

from ...conftest import ROOT


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped catalog's TOML files, without any precompiled form."""
    copy = tmp_path / "catalog"
    shutil.copytree(resource("catalog"), copy, ignore=shutil.ignore_patterns(PRECOMPILED))
    return copy


def _write_precompiled(folder: Path) -> None:
    (folder / PRECOMPILED).write_text(json.dumps(precompile(folder), ensure_ascii=False), encoding="utf-8")


def _load(folder: Path) -> tuple[tuple, dict]:
    return load_files(catalog_files(folder), folder).entries, load_translations(translation_files(folder, "ru"), folder)


def test_precompiled_form_equals_the_toml_parse(folder: Path) -> None:
    files = precompile(folder)["files"]
    toml = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.toml"))
    assert sorted(files) == toml
    assert any(name.startswith("vendors/") for name in toml)
    assert any(name.startswith("ru/") for name in toml)
    for name in toml:
        assert files[name]["data"] == tomllib.loads((folder / name).read_text(encoding="utf-8")), name
    # and what the app builds from it, written as JSON and read back, is what the TOML gives
    parsed = (load_files(catalog_files(folder)).entries, load_translations(translation_files(folder, "ru")))
    _write_precompiled(folder)
    assert _load(folder) == parsed


def test_a_current_file_comes_from_the_precompiled_form_and_a_stale_one_is_ignored(folder: Path) -> None:
    _write_precompiled(folder)
    form = json.loads((folder / PRECOMPILED).read_text(encoding="utf-8"))
    # mark every file's parse, keeping the hashes: a file whose text is unchanged is taken from the form
    for name, f in form["files"].items():
        for raw in f["data"]["entry"]:
            raw["title"] = f"ahead {name}"
    (folder / PRECOMPILED).write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    reply = folder / "reply-codes.toml"
    reply.write_text(reply.read_text(encoding="utf-8").replace('title = "', 'title = "Edited: ', 1), encoding="utf-8")
    ru = folder / "ru" / "classes.toml"
    ru.write_text(ru.read_text(encoding="utf-8") + "\n", encoding="utf-8")

    entries, translations = _load(folder)
    titles: dict[str, set[str]] = {}
    for e in entries:
        titles.setdefault(e.file, set()).add(e.title)
    assert titles["classes.toml"] == {"ahead classes.toml"}
    assert titles["vendors/google.toml"] == {"ahead vendors/google.toml"}
    assert not any(t.startswith("ahead") for t in titles["reply-codes.toml"])  # changed since: parsed again
    assert any(t.startswith("Edited: ") for t in titles["reply-codes.toml"])
    ru_titles = {v["title"] for v in translations.values()}
    assert "ahead ru/enhanced-codes.toml" in ru_titles
    assert "ahead ru/classes.toml" not in ru_titles


@pytest.mark.parametrize("form", [None, "", "{not json", '{"files": []}', '{"files": {"classes.toml": {"sha256": 1}}}'])
def test_without_a_usable_precompiled_form_the_toml_is_parsed(folder: Path, form: str | None) -> None:
    expected = _load(folder)
    if form is not None:
        (folder / PRECOMPILED).write_text(form, encoding="utf-8")
    assert _load(folder) == expected
    assert len(expected[0]) > 300
    assert len(expected[1]) > 100


def test_the_shipped_catalog_is_the_toml_with_or_without_a_precompiled_form() -> None:
    folder = resource("catalog")
    assert default_catalog().entries == load_files(catalog_files(folder)).entries
    assert default_translations("ru") == load_translations(translation_files(folder, "ru"))


def test_the_build_script_writes_the_precompiled_form(tmp_path: Path) -> None:
    out = tmp_path / PRECOMPILED
    subprocess.run([sys.executable, str(ROOT / "tools" / "precompile_catalog.py"), str(out)], check=True)
    assert json.loads(out.read_text(encoding="utf-8")) == precompile(resource("catalog"))
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left
