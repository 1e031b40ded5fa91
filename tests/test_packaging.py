"""What installs the app: desktop entry, AppStream metainfo, icons, the PyInstaller spec, resources.

The validators (desktop-file-validate, appstreamcli) come from Debian's desktop-file-utils and
appstream packages, which .ci/run installs. Without them these tests skip with a reason, except
under CI (CI=true), where a missing validator is a failure (conftest.tool).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bounce_doctor import __version__
from bounce_doctor.resources import ICON_SIZES, icon_files, resource, resources_dir

from .conftest import ROOT, SAMPLES, tool

APP_ID = "io.github.bounce_doctor.BounceDoctor"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SPEC = ROOT / "packaging" / "pyinstaller" / "bounce-doctor.spec"
SCREENSHOTS = ("empty-window.png", "diagnosis.png", "multi-recipient.png", "code-reference.png", "dark-theme.png")


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


# --- desktop entry and metainfo ----------------------------------------------------------------


def test_desktop_file_validates() -> None:
    out = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert not out.stdout.strip(), out.stdout  # not even hints


def test_metainfo_validates_offline() -> None:
    out = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    problems = [line for line in out.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, out.stdout


def test_desktop_entry_opens_eml_and_msg_with_our_command_and_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "bounce-doctor %F"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert set(entry["MimeType"].rstrip(";").split(";")) == {"message/rfc822", "application/vnd.ms-outlook"}


def test_the_ids_agree_with_the_app() -> None:
    app_py = (ROOT / "gui" / "bounce_doctor" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'"{APP_ID}"' in app_py  # setDesktopFileName must name the desktop file
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"


def test_metainfo_lists_this_version_first() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, "add the new version to <releases> in the metainfo"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))


def test_metainfo_screenshots_are_ours() -> None:
    images = [el.text or "" for el in ET.parse(METAINFO).getroot().iter("image")]
    assert [Path(url).name for url in images] == list(SCREENSHOTS)
    for url in images:
        assert url.startswith("https://")
        assert "/packaging/screenshots/" in url
    shots = ROOT / "packaging" / "screenshots"
    if shots.is_dir():  # `make screenshots` has run: the files the links point to must exist
        for name in SCREENSHOTS:
            assert (shots / name).is_file(), f"{name} is referenced by the metainfo but missing"


# --- icons -------------------------------------------------------------------------------------


def test_icon_pngs_exist_at_every_size_and_load() -> None:
    from PySide6.QtGui import QImage

    assert ICON_SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size, path in zip(ICON_SIZES, icon_files(), strict=True):
        assert path.is_file(), f"{path} is missing: run make icons"
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path
        corner, centre = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 2)
        assert corner.alpha() < 128 < centre.alpha(), f"{path}: expected a transparent corner and a drawn middle"


def test_icon_sources_load() -> None:
    from PySide6.QtSvg import QSvgRenderer

    for name in ("bounce-doctor.svg", "bounce-doctor-small.svg"):
        assert QSvgRenderer(str(resource("icons", name))).isValid(), name


def test_windows_and_macos_icons_exist() -> None:
    ico = (ROOT / "packaging" / "icons" / "bounce-doctor.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"
    assert int.from_bytes(ico[4:6], "little") == 7  # 16, 24, 32, 48, 64, 128, 256
    icns = (ROOT / "packaging" / "icons" / "bounce-doctor.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert int.from_bytes(icns[4:8], "big") == len(icns)


def test_app_icon_has_every_size(qapp: object) -> None:
    from bounce_doctor.appicon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}


# --- resources and the bundle spec -------------------------------------------------------------


def test_resources_dir_finds_the_catalog_and_samples() -> None:
    found = resources_dir()
    assert (found / "catalog" / "reply-codes.toml").is_file()
    assert (found / "samples" / "wrong-address.eml").is_file()
    assert found == SAMPLES.parent


def test_resources_dir_prefers_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "catalog").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources_dir.cache_clear()
    try:
        assert resources_dir() == tmp_path / "resources"
    finally:
        resources_dir.cache_clear()


def _spec_list(name: str) -> list[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC}")


def test_the_bundle_does_not_exclude_a_qt_module_the_app_imports() -> None:
    used = set()
    for path in (ROOT / "gui").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {m.removeprefix("PySide6.") for m in _spec_list("EXCLUDED_MODULES") if m.startswith("PySide6.")}
    assert not used & excluded, f"the spec leaves out Qt modules the app imports: {sorted(used & excluded)}"


def test_the_bundle_keeps_the_plugins_a_desktop_needs() -> None:
    import fnmatch

    patterns = _spec_list("EXCLUDED_FILES")
    for needed in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "resources/catalog/reply-codes.toml",
        "resources/guide/guide.toml",  # Help > How do I get my bounce in?
        "resources/guide/ru/guide.toml",
        "resources/guide/gmail.svg",
    ):
        assert not any(fnmatch.fnmatch(needed, p) for p in patterns), needed


# --- the smoke-test hook used by make package-test ---------------------------------------------


@pytest.mark.gui
def test_quit_after_closes_the_window() -> None:
    """In its own process: quitting the application must not leave a test session's Qt state behind."""
    import os
    import subprocess
    import sys

    from bounce_doctor import cli

    env = {**os.environ, cli.QUIT_AFTER_ENV: "300", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "bounce_doctor", str(SAMPLES / "wrong-address.eml")],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_quit_after_rejects_a_bad_value(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bounce_doctor import cli

    monkeypatch.setenv(cli.QUIT_AFTER_ENV, "soon")
    cli._quit_after([])
    assert "must be a number of milliseconds" in capsys.readouterr().err
