"""Before the window opens: can Qt's X11 (xcb) platform plugin load on this machine?

Without some system libraries, Qt prints "no Qt platform plugin could be initialized" and aborts
with a core dump. This check runs first and, when a library is missing, prints which ones and the
command that installs them on Debian/Ubuntu, Fedora and Arch, then exits with ``EXIT_CANNOT_OPEN``.
It imports no Qt: it finds PySide6's ``plugins/platforms/libqxcb.so`` on disk (or in the folder
``QT_QPA_PLATFORM_PLUGIN_PATH`` names, as Qt itself does) and asks the dynamic loader with one
``ldd`` call which of its libraries cannot be found (without ldd, it tries to load each library
the plugin is known to need). It stores nothing; when everything is there it costs one ldd run.

Only the window runs it (``bounce_doctor.__main__.main``, which the ``bounce-doctor`` command and
the PyInstaller bundle start); ``explain``, ``headers`` and ``codes`` never need a display.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

EXIT_CANNOT_OPEN = 3
PLUGIN = "libqxcb.so"

# The system libraries the xcb plugin and libQt6XcbQpa link to, and the package that has each, as
# (soname, Debian/Ubuntu, Fedora, Arch). Qt's own libraries come with PySide6 and are not listed.
PACKAGES: tuple[tuple[str, str, str, str], ...] = (
    ("libxcb.so.1", "libxcb1", "libxcb", "libxcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    ("libX11.so.6", "libx11-6", "libX11", "libx11"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11"),
    ("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd"),
    ("libGLX.so.0", "libglx0", "libglvnd-glx", "libglvnd"),
    ("libGLdispatch.so.0", "libglvnd0", "libglvnd", "libglvnd"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig", "fontconfig"),
    ("libfreetype.so.6", "libfreetype6", "freetype", "freetype2"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "dbus"),
    ("libglib-2.0.so.0", "libglib2.0-0", "glib2", "glib2"),
    ("libgthread-2.0.so.0", "libglib2.0-0", "glib2", "glib2"),
    ("libpng16.so.16", "libpng16-16", "libpng", "libpng"),
    ("libz.so.1", "zlib1g", "zlib", "zlib"),
    ("libzstd.so.1", "libzstd1", "libzstd", "zstd"),
    ("libexpat.so.1", "libexpat1", "expat", "expat"),
    ("libXau.so.6", "libxau6", "libXau", "libxau"),
    ("libXdmcp.so.6", "libxdmcp6", "libXdmcp", "libxdmcp"),
)
DISTROS = (
    ("Debian/Ubuntu", "sudo apt-get install"),
    ("Fedora", "sudo dnf install"),
    ("Arch", "sudo pacman -S"),
)
# How to find the package of a library the table does not know, in the same order.
SEARCH = ("apt-file search {}", "dnf provides '*/{}'", "pacman -F {}")
BUNDLED = ("libQt6", "libicu", "libpyside6", "libshiboken6")  # they come with PySide6 (or the bundle)


def first_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt tries first: QT_QPA_PLATFORM's first name, else what the session says."""
    names = [name.split(":")[0].strip() for name in environ.get("QT_QPA_PLATFORM", "").split(";")]
    names = [name for name in names if name]
    if names:
        return names[0]
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def plugin_path(environ: Mapping[str, str]) -> Path | None:
    """Where Qt will find libqxcb.so, found without importing any of PySide6's Qt modules."""
    folders = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    if hasattr(sys, "_MEIPASS"):  # a PyInstaller bundle
        folders.append(Path(sys._MEIPASS) / "PySide6" / "Qt" / "plugins" / "platforms")
    return next((folder / PLUGIN for folder in folders if (folder / PLUGIN).is_file()), None)


def x_server_answers(display: str) -> bool:
    """Whether a local X display (":0", "unix:0.0") has a server listening; remote ones count as yes."""
    m = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if m is None:  # host:N, ssh's localhost:10, a launchd path: let Qt try
        return True
    import socket

    path = f"/tmp/.X11-unix/X{m.group(1)}"
    for address in (path, "\0" + path):  # the socket file, then Linux's abstract socket of the same name
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(1)
            try:
                s.connect(address)
            except OSError:
                continue
            return True
    return False


def missing_by_ldd(plugin: Path, ldd: str) -> list[str] | None:
    """The libraries ldd reports as "not found" for the plugin (None when ldd cannot read it)."""
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    missing = [line.split("=>")[0].strip() for line in out.stdout.splitlines() if "=> not found" in line]
    if out.returncode != 0 and not missing:
        return None
    return list(dict.fromkeys(missing))


def missing_by_loading(sonames: Iterable[str]) -> list[str]:
    """The libraries the dynamic loader cannot open, tried one by one."""
    import ctypes

    missing = []
    for soname in sonames:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_libraries(environ: Mapping[str, str]) -> list[str]:
    plugin = plugin_path(environ)
    ldd = shutil.which("ldd")
    if plugin is not None and ldd is not None:
        found = missing_by_ldd(plugin, ldd)
        if found is not None:
            return found
    return missing_by_loading(row[0] for row in PACKAGES)


def install_message(missing: list[str]) -> str:
    """One short message: what is missing and the command that installs it on each distribution."""
    known = {row[0]: row[1:] for row in PACKAGES}
    ours = [name for name in missing if name.startswith(BUNDLED)]
    system = [name for name in missing if name not in ours]
    lines = [f"bounce-doctor: the window cannot open: Qt's X11 plugin needs {', '.join(missing)}, not found here."]
    if system:
        unknown = [name for name in system if name not in known]
        if not unknown:
            lines.append("Install them, then start it again:")
        elif len(unknown) == len(system):
            lines.append("Find the package that has each, install it, then start it again:")
        else:
            lines.append("Install them (and find the package of the last ones), then start it again:")
        for i, (distro, install) in enumerate(DISTROS):
            packages = dict.fromkeys(known[name][i] for name in system if name in known)
            commands = [f"{install} {' '.join(packages)}"] if packages else []
            commands += [SEARCH[i].format(name) for name in unknown]
            lines.append(f"  {distro + ':':15}{'; '.join(commands)}")
    if ours:
        lines.append("Qt's own libraries are incomplete: reinstall Bounce Doctor (from source: make clean && make run).")
    lines.append("Without a window: bounce-doctor explain FILE (bounce-doctor --help).")
    return "\n".join(lines)


NO_DISPLAY = (
    "bounce-doctor: no display to open the window on ({which}). Start it in a desktop session, or use "
    "the command line: bounce-doctor explain FILE (bounce-doctor --help)."
)


def problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, as the message to print, or None when Qt can try."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    qpa = first_platform(environ)
    if qpa != "xcb":  # offscreen, wayland, vnc...: not the plugin this checks
        return None
    display, wayland = environ.get("DISPLAY"), environ.get("WAYLAND_DISPLAY")
    if not display:
        if not environ.get("QT_QPA_PLATFORM", "").strip() and wayland:
            return None  # a Wayland session without X: Qt says itself what it needs
        which = "QT_QPA_PLATFORM is xcb and DISPLAY is not set" if wayland else "neither DISPLAY nor WAYLAND_DISPLAY is set"
        return NO_DISPLAY.format(which=which)
    missing = missing_libraries(environ)
    if missing:
        return install_message(missing)
    if not x_server_answers(display):
        return NO_DISPLAY.format(which=f"no X server answers at DISPLAY={display}")
    return None


def check(environ: Mapping[str, str] | None = None) -> int:
    """Print why the window cannot open and return EXIT_CANNOT_OPEN, or return 0."""
    message = problem(environ)
    if message is None:
        return 0
    print(message, file=sys.stderr)
    return EXIT_CANNOT_OPEN
