"""Shared fixtures: Qt offscreen, settings in a temporary folder, the corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SISIMAI = CORPUS / "sisimai"
SAMPLES = ROOT / "resources" / "samples"


def corpus_dir(*parts: str) -> Path:
    """A folder of the shared corpus; skip the test with a clear message when it is missing."""
    path = CORPUS.joinpath(*parts)
    if not path.is_dir():
        pytest.skip(f"the shared corpus is not at {path} (clone the project beside ../shared)")
    return path


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep QSettings and config out of the user's real folders."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
