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


# Hypothesis: "default" keeps `make test` fast; "ci" tries more and is reproducible
# (HYPOTHESIS_PROFILE=ci); `make fuzz` runs its own longer campaign (tests/fuzz.py).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.register_profile(
    "ci", max_examples=500, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
