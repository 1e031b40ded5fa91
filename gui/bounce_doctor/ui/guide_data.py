"""The guide "How do I get my bounce in?": its steps per mail program and its pictures, Qt-free.

The steps are in ``resources/guide/guide.toml`` (English) with ``resources/guide/<lang>/guide.toml``
over it, as the catalog does; the pictures are SVGs beside them, drawn in the theme's light colours
and tinted here for the dark theme.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path

from ..resources import resource
from .theme import Role, color

# the roles whose light colours the pictures are drawn in ("white" is the text on a highlight, in both)
PICTURE_ROLES = (
    Role.WINDOW, Role.BASE, Role.BUTTON, Role.ALT_BASE, Role.DROP_BORDER, Role.WINDOW_TEXT,
    Role.MUTED, Role.HIGHLIGHT, Role.ERROR, Role.LINK,
)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_BOLD = re.compile(r"\*([^*]+)\*")


@dataclass(frozen=True)
class Client:
    """One mail program and how to get a bounce out of it."""

    id: str
    name: str
    intro: str
    steps: tuple[str, ...]
    alt: str  # what the picture shows, for screen readers
    picture: Path


def guide_dir() -> Path:
    """The folder with guide.toml, its translations and the pictures."""
    return resource("guide")


@cache
def clients(lang: str = "en") -> tuple[Client, ...]:
    """Every mail program of the guide, in order, in ``lang`` (English where a text has no translation)."""
    folder = guide_dir()
    base = tomllib.loads((folder / "guide.toml").read_text(encoding="utf-8"))["client"]
    local: dict[str, dict] = {}
    overlay = folder / lang / "guide.toml"
    if lang != "en" and overlay.is_file():
        local = tomllib.loads(overlay.read_text(encoding="utf-8"))
    out = []
    for entry in base:
        texts = {**entry, **local.get(entry["id"], {})}
        out.append(Client(
            id=entry["id"], name=texts["name"], intro=texts.get("intro", ""), steps=tuple(texts["steps"]),
            alt=texts["alt"], picture=folder / entry["picture"],
        ))
    return tuple(out)


def markup(text: str) -> str:
    """One text of the guide as rich text: escaped, with *menu names* in bold."""
    return _BOLD.sub(r"<b>\1</b>", escape(text, quote=False))


def plain(text: str) -> str:
    """One text of the guide without its bold marks."""
    return _BOLD.sub(r"\1", text)


def steps_html(client: Client) -> str:
    """The numbered steps of one mail program."""
    items = "".join(f'<li style="margin-bottom: 6px">{markup(s)}</li>' for s in client.steps)
    return f'<ol style="margin-left: 0px; -qt-list-indent: 1">{items}</ol>'


def tinted_svg(path: Path, dark: bool) -> bytes:
    """A picture's SVG in the light or dark variant of the theme."""
    data = path.read_text(encoding="utf-8")
    if not dark:
        return data.encode("utf-8")
    swap = {color(r, False).name(): color(r, True).name() for r in PICTURE_ROLES}
    return _HEX.sub(lambda m: swap.get(m[0].lower(), m[0]), data).encode("utf-8")


def picture_colors(path: Path) -> set[str]:
    """The colours a picture is drawn in (for the test that every one has a dark variant)."""
    data = path.read_text(encoding="utf-8")
    named = set(re.findall(r'(?:fill|stroke)="([a-z]+)"', data)) - {"none"}
    return {m.lower() for m in _HEX.findall(data)} | named
