"""The check before the window (bounce_doctor.preflight) and the entry point that runs it (__main__)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bounce_doctor import __main__ as entry
from bounce_doctor import cli, preflight

from .conftest import ROOT, SAMPLES, tool

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux's xcb plugin")
GONE = "libbd-absent.so.0"  # the library the fake plugin needs: no system has it


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the check probed the system, but it should not have")


@pytest.fixture
def missing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the loader probe reports missing (edit the list); the X server always answers."""
    found: list[str] = []
    monkeypatch.setattr(preflight, "missing_libraries", lambda _env: list(found))
    monkeypatch.setattr(preflight, "x_server_answers", lambda _display: True)
    return found


def fake_plugin(tmp_path: Path) -> Path:
    """A copy of PySide6's xcb plugin that links to GONE instead of libxcb-cursor, beside Qt's libraries.

    Qt/lib links to PySide6's real one, so that the plugin's $ORIGIN/../../lib finds Qt itself.
    Returns the folder to put in QT_QPA_PLATFORM_PLUGIN_PATH.
    """
    real = preflight.plugin_path({})
    assert real is not None, "PySide6's libqxcb.so was not found"
    data = real.read_bytes()
    old = b"libxcb-cursor.so.0\0"
    assert data.count(old) == 1, "the plugin no longer names libxcb-cursor.so.0"
    new = GONE.encode() + b"\0"
    folder = tmp_path / "Qt" / "plugins" / "platforms"
    folder.mkdir(parents=True)
    (folder / preflight.PLUGIN).write_bytes(data.replace(old, new.ljust(len(old), b"\0")))
    (tmp_path / "Qt" / "lib").symlink_to(real.parent.parent.parent / "lib")
    return folder


# --- what it says ----------------------------------------------------------------------------


def test_a_missing_library_is_named_with_the_install_command_of_each_distribution(
    missing: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing += ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-shape.so.0"]
    assert preflight.check({"DISPLAY": ":0"}) == preflight.EXIT_CANNOT_OPEN != 0
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-shape.so.0" in err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-shape0\n" in err
    assert "sudo dnf install xcb-util-cursor xcb-util-wm libxcb\n" in err
    assert "sudo pacman -S xcb-util-cursor xcb-util-wm libxcb\n" in err
    assert len(err.splitlines()) <= 7  # one short message


def test_a_library_not_in_the_table_gets_the_command_that_finds_its_package(missing: list[str]) -> None:
    missing += ["libfoo.so.9", "libGL.so.1"]
    message = preflight.problem({"DISPLAY": ":0"}, "linux") or ""
    assert "sudo apt-get install libgl1; apt-file search libfoo.so.9" in message
    assert "sudo dnf install libglvnd-glx; dnf provides '*/libfoo.so.9'" in message
    assert "sudo pacman -S libglvnd; pacman -F libfoo.so.9" in message


def test_qts_own_libraries_missing_says_reinstall(missing: list[str]) -> None:
    missing += ["libQt6XcbQpa.so.6"]
    message = preflight.problem({"DISPLAY": ":0"}, "linux") or ""
    assert "libQt6XcbQpa.so.6" in message
    assert "reinstall" in message
    assert "apt-get" not in message  # no system package has it


def test_every_soname_in_the_table_has_a_package_for_each_distribution() -> None:
    sonames = [row[0] for row in preflight.PACKAGES]
    assert len(sonames) == len(set(sonames))
    for row in preflight.PACKAGES:
        assert len(row) == 1 + len(preflight.DISTROS), row
        assert all(name and " " not in name for name in row), row
        assert row[0].startswith("lib"), row
        assert ".so." in row[0], row


def test_the_readmes_debian_line_installs_packages_of_the_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start_here = readme.split("## Start here", 1)[1].split("\n## ", 1)[0]
    line = start_here.split("`sudo apt-get install ", 1)[1].split("`", 1)[0].split()
    debian = {row[1] for row in preflight.PACKAGES}
    assert line
    assert set(line) <= debian, set(line) - debian
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"} <= set(line)


def test_no_display_at_all_is_said_instead_of_letting_qt_abort(
    missing: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert preflight.check({}) == preflight.EXIT_CANNOT_OPEN
    err = capsys.readouterr().err
    assert "no display" in err
    assert "neither DISPLAY nor WAYLAND_DISPLAY is set" in err
    assert "bounce-doctor explain" in err


def test_a_dead_x_display_is_said_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preflight, "missing_libraries", lambda _env: [])
    message = preflight.problem({"DISPLAY": ":4711"}, "linux") or ""
    assert "no X server answers at DISPLAY=:4711" in message
    assert preflight.x_server_answers("remote.example:10.0")  # not local: Qt tries


def test_everything_present_says_nothing(missing: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert preflight.check({"DISPLAY": ":0"}) == 0
    assert capsys.readouterr().err == ""


# --- when it checks nothing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Wayland without X
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux"),
        ({}, "darwin"),
        ({}, "win32"),
    ],
)
def test_other_platforms_check_nothing(monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], platform: str) -> None:
    for name in ("missing_libraries", "missing_by_ldd", "missing_by_loading", "plugin_path", "x_server_answers"):
        monkeypatch.setattr(preflight, name, _refuse)
    assert preflight.problem(environ, platform) is None


def test_qpa_platform_xcb_or_empty_is_checked(missing: list[str]) -> None:
    missing.append("libxcb-xkb.so.1")
    for qpa in ("xcb", "", "xcb:nograb"):
        assert "libxcb-xkb1" in (preflight.problem({"QT_QPA_PLATFORM": qpa, "DISPLAY": ":0"}, "linux") or ""), qpa
    assert "QT_QPA_PLATFORM is xcb" in (preflight.problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") or "")


# --- asking the loader -----------------------------------------------------------------------


@LINUX_ONLY
def test_ldd_reports_what_a_fake_plugin_lacks(tmp_path: Path) -> None:
    folder = fake_plugin(tmp_path)
    found = preflight.missing_by_ldd(folder / preflight.PLUGIN, tool("ldd", "libc-bin"))
    assert found is not None
    assert GONE in found
    assert not [name for name in found if name.startswith("libQt6")]  # Qt itself is found through Qt/lib
    assert preflight.plugin_path({"QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)}) == folder / preflight.PLUGIN


@LINUX_ONLY
def test_without_ldd_each_library_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert preflight.missing_by_loading(["libc.so.6", GONE]) == [GONE]
    monkeypatch.setattr(preflight.shutil, "which", lambda _name: None)
    monkeypatch.setattr(preflight, "missing_by_loading", lambda names: [n for n in names if "icccm" in n])
    assert preflight.missing_libraries({}) == ["libxcb-icccm.so.4"]


def test_ldd_that_cannot_read_the_file_falls_back(tmp_path: Path) -> None:
    not_elf = tmp_path / preflight.PLUGIN
    not_elf.write_text("not a library")
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\necho '\tnot a dynamic executable' >&2\nexit 1\n")
    fake_ldd.chmod(0o755)
    assert preflight.missing_by_ldd(not_elf, str(fake_ldd)) is None


# --- the entry point: the window checks, the command line does not ---------------------------


@pytest.mark.parametrize(
    ("argv", "window"),
    [([], True), (["bounce.eml"], True), (["-"], True), (["explain", "x.eml"], False), (["headers", "x"], False),
     (["codes", "550"], False), (["--help"], False), (["--bogus"], False)],
)
def test_opens_window_agrees_with_the_command_line(argv: list[str], window: bool) -> None:
    assert entry.opens_window(argv) is window


def test_subcommands_never_run_the_check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(preflight, "check", _refuse)
    assert entry.main(["codes", "550"]) == 0
    assert "550" in capsys.readouterr().out


def test_a_failed_check_stops_before_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preflight, "check", lambda: preflight.EXIT_CANNOT_OPEN)
    monkeypatch.setattr(cli, "main", _refuse)
    assert entry.main([str(SAMPLES / "wrong-address.eml")]) == preflight.EXIT_CANNOT_OPEN


def _window_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    return {**env, **extra}


@LINUX_ONLY
def test_python_m_bounce_doctor_with_a_plugin_missing_a_library(tmp_path: Path) -> None:
    tool("ldd", "libc-bin")
    env = _window_env(DISPLAY=":4711", QT_QPA_PLATFORM_PLUGIN_PATH=str(fake_plugin(tmp_path)))
    out = subprocess.run([sys.executable, "-m", "bounce_doctor", str(SAMPLES / "wrong-address.eml")],
                         env=env, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == preflight.EXIT_CANNOT_OPEN, out.stderr
    assert GONE in out.stderr
    for distro in ("Debian/Ubuntu:", "Fedora:", "Arch:"):
        assert distro in out.stderr
    assert "Traceback" not in out.stderr
    assert "qt.qpa" not in out.stderr  # Qt never started


@LINUX_ONLY
def test_python_m_bounce_doctor_without_a_display() -> None:
    out = subprocess.run([sys.executable, "-m", "bounce_doctor"], env=_window_env(), capture_output=True, text=True,
                         timeout=60, check=False)
    assert out.returncode == preflight.EXIT_CANNOT_OPEN, out.stderr
    assert "no display" in out.stderr
    assert "Traceback" not in out.stderr


@LINUX_ONLY
@pytest.mark.gui
def test_under_xvfb_the_check_passes_and_the_window_opens() -> None:
    xvfb_run = tool("xvfb-run", "xvfb xauth")
    env = _window_env(**{cli.QUIT_AFTER_ENV: "1000"})
    out = subprocess.run([xvfb_run, "-a", sys.executable, "-m", "bounce_doctor", str(SAMPLES / "wrong-address.eml")],
                         env=env, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert "bounce-doctor:" not in out.stderr
    assert "Traceback" not in out.stderr
