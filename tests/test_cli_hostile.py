"""The command line on hostile input: one line on stderr per bad input, exit 1, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SAMPLES

CLI = [sys.executable, "-m", "bounce_doctor"]
BOUNCE = (SAMPLES / "wrong-address.eml").read_bytes()


def run(*args: str | bytes, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, check=False, timeout=120, input=stdin,
        env={**os.environ, **(env or {})},
    )


def _lines(err: bytes) -> list[str]:
    text = err.decode("utf-8")
    assert "Traceback" not in text, text
    return text.splitlines()


def test_a_folder_of_hostile_files(tmp_path: Path) -> None:
    bad = {
        "empty.eml": b"",
        "image.eml": b"\x89PNG\r\n\x1a\n" + bytes(300),
        "program.eml": b"\x7fELF" + bytes(300),
        "notes.txt": b"just some words without any mail in them\n",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    os.mkfifo(tmp_path / "pipe.eml")  # skipped inside a folder, never waited on
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "deep.eml").write_bytes(b"From: a@example.com\n" + b"Content-Type: message/rfc822\n\n" * 3000 + b"x")
    (tmp_path / "ok.eml").write_bytes(BOUNCE)
    raw = os.fsencode(tmp_path) + b"/caf\xe9.eml"
    with open(raw, "wb") as fh:
        fh.write(BOUNCE)
    out = run("explain", "--json", str(tmp_path))
    assert out.returncode == 1
    lines = _lines(out.stderr)
    assert len(lines) == len(bad), lines
    assert all(line.startswith("bounce-doctor: ") for line in lines)
    assert len(out.stdout.decode("utf-8").splitlines()) == 3  # deep.eml, ok.eml, café
    assert b"caf\\\\xe9.eml" in out.stdout  # the odd name is printed escaped, in the JSON


@pytest.mark.parametrize("what", ["missing", "fifo", "folder", "device"])
def test_one_bad_path(tmp_path: Path, what: str) -> None:
    path = tmp_path / "x.eml"
    if what == "fifo":
        os.mkfifo(path)
    elif what == "folder":
        path.mkdir()
    elif what == "device":
        path = Path("/dev/zero")
    out = run("explain", str(path))
    assert out.returncode == 1
    assert len(_lines(out.stderr)) == 1


def test_too_large_says_how_to_raise_the_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.eml"
    f.write_bytes(BOUNCE + b" " * 200_000)
    out = run("explain", "--max-size", "0.1", str(f))
    assert out.returncode == 1
    [line] = _lines(out.stderr)
    assert "--max-size" in line
    assert run("explain", "--max-size", "1", str(f)).returncode == 0
    out = run("explain", str(f), env={"BOUNCE_DOCTOR_MAX_SIZE_MB": "0.1"})
    assert out.returncode == 1
    assert "--max-size" in _lines(out.stderr)[0]
    out = run("explain", "-", "--max-size", "0.1", stdin=f.read_bytes())
    assert out.returncode == 1
    assert len(_lines(out.stderr)) == 1


@pytest.mark.parametrize(("args", "env"), [(["--max-size", "lots"], {}), (["--max-size", "0"], {}),
                                           ([], {"BOUNCE_DOCTOR_MAX_SIZE_MB": "-3"})])
def test_a_bad_size_is_a_usage_error(args: list[str], env: dict[str, str]) -> None:
    out = run("explain", *args, str(SAMPLES / "wrong-address.eml"), env=env)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr.decode()


def test_binary_on_standard_input() -> None:
    out = run("explain", "-", stdin=bytes(range(256)) * 100)
    assert out.returncode == 1
    assert len(_lines(out.stderr)) == 1
