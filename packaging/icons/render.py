"""Render the app icon from its SVG source into every file a platform wants.

    python packaging/icons/render.py          (or: make icons)

Reads resources/icons/bounce-doctor.svg and writes
- resources/icons/hicolor/<n>x<n>/apps/<app id>.png for every size in SIZES (Linux icon theme, window icon);
- packaging/icons/bounce-doctor.ico (Windows) and packaging/icons/bounce-doctor.icns (macOS).

Qt (QtSvg, part of PySide6-Essentials) draws the PNGs; Pillow, a build tool pinned in
requirements/tools.txt and never needed by the app, packs them into .ico and .icns.
When resources/icons/bounce-doctor-small.svg exists, it is used for the sizes up to SMALL_MAX,
where the full drawing would turn to mush.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "bounce-doctor.svg"
SMALL_SOURCE = ICONS / "bounce-doctor-small.svg"
SMALL_MAX = 16
APP_ID = "io.github.bounce_doctor.BounceDoctor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # the sizes Pillow's .icns writer knows
OUT = Path(__file__).resolve().parent


def png_path(size: int) -> Path:
    """Where the PNG of one size goes, in the freedesktop icon theme layout."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_pngs() -> list[Path]:
    """Draw the SVG at every size; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written = []
    for size in SIZES:
        source = SMALL_SOURCE if size <= SMALL_MAX and SMALL_SOURCE.exists() else SOURCE
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"{source}: Qt cannot read this SVG")
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not write")
        written.append(path)
    return written


def pack_ico_icns() -> list[Path]:
    """Pack the PNGs into a Windows .ico and a macOS .icns with Pillow."""
    try:
        from PIL import Image
    except ImportError:
        raise SystemExit("Pillow is missing: pip install -r requirements/tools.txt (or run `make icons`)") from None
    images = {size: Image.open(png_path(size)).convert("RGBA") for size in SIZES}
    ico, icns = OUT / "bounce-doctor.ico", OUT / "bounce-doctor.icns"
    biggest = images[max(ICO_SIZES)]
    biggest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return [ico, icns]


def main() -> int:
    for path in [*render_pngs(), *pack_ico_icns()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
