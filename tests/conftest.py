"""Shared fixtures: Qt offscreen, settings in a temporary folder, the corpus, system tools.

A test that needs a system tool (ldd, xvfb-run, desktop-file-validate...) gets it from tool(): when
the tool is missing the test is skipped with a one-line reason that says which package has it, and
under CI (CI set, as .ci/run is run) it fails instead. The run ends with a line that counts the
skips by reason (pytest_terminal_summary below), also with -q.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
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


def tool(name: str, package: str) -> str:
    """The path of a system tool; skip the test when it is missing (fail under CI, which must have it)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is missing: apt-get install {package} (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    text = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return text.removeprefix("Skipped: ").strip().splitlines()[0] if text.strip() else "no reason given"


def skip_summary(reports: list[pytest.TestReport | pytest.CollectReport]) -> str | None:
    """'skipped 3: reason (x2); other reason (x1)': the most frequent first, then by name; None without skips."""
    if not reports:
        return None
    counts = Counter(_skip_reason(r) for r in reports)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return f"skipped {len(reports)}: " + "; ".join(f"{reason} (x{n})" for reason, n in ranked)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    line = skip_summary(terminalreporter.stats.get("skipped", []))
    if line:
        terminalreporter.write_line(line, yellow=True)


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
