"""The shared test helpers of conftest.py: tool() and the line that counts the skips by reason."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import ROOT

TINY = '''
import pytest

from tests.conftest import tool


def test_one():
    pytest.skip("no frobnicator here")


def test_two():
    pytest.skip("no frobnicator here")


def test_needs_a_tool():
    tool("bd-no-such-tool", "bd-tools")


def test_passes():
    assert tool("sh", "dash")
'''


def run_tiny(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """pytest -q, with our conftest as a plugin, on a tiny test file (and a module skipped as a whole)."""
    (tmp_path / "test_tiny.py").write_text(TINY)
    (tmp_path / "test_gone.py").write_text('import pytest\n\npytest.skip("all of it", allow_module_level=True)\n')
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider", "-p", "no:randomly",
         str(tmp_path)],
        cwd=tmp_path, env={**base, "PYTHONPATH": str(ROOT), **env}, capture_output=True, text=True, timeout=120,
        check=False,
    )


def test_the_summary_counts_the_skips_by_reason_even_with_q(tmp_path: Path) -> None:
    out = run_tiny(tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    expected = textwrap.dedent("""\
        skipped 4: no frobnicator here (x2); all of it (x1); \
bd-no-such-tool is missing: apt-get install bd-tools (.ci/run does) (x1)""")
    assert expected in out.stdout.splitlines(), out.stdout


def test_a_missing_tool_fails_under_ci(tmp_path: Path) -> None:
    out = run_tiny(tmp_path, CI="true")
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Failed: bd-no-such-tool is missing: apt-get install bd-tools" in out.stdout
    assert "skipped 3: no frobnicator here (x2); all of it (x1)" in out.stdout.splitlines()
    assert "1 failed, 1 passed, 3 skipped" in out.stdout
