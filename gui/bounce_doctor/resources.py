"""Where the app's resources are: a checkout, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder that holds catalog/, samples/, icons/ and translations/."""
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",  # installed wheel (resources/ is mapped into the package)
        here.parent.parent / "resources",  # a checkout: gui/bounce_doctor -> resources
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for c in candidates:
        if (c / "catalog").is_dir():
            return c
    raise FileNotFoundError("Bounce Doctor's resources (the catalog) are missing from this installation.")


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_files() -> list[Path]:
    """The app icon's PNGs, smallest first (made from icons/bounce-doctor.svg by `make icons`)."""
    theme = resources_dir() / "icons" / "hicolor"
    return [theme / f"{n}x{n}" / "apps" / "io.github.bounce_doctor.BounceDoctor.png" for n in ICON_SIZES]
