"""The guide's data: every mail program has steps, a picture and a Russian text with no English left."""

from __future__ import annotations

import re
import tomllib

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from bounce_doctor.ui.guide_data import (
    PICTURE_ROLES,
    clients,
    guide_dir,
    markup,
    picture_colors,
    plain,
    steps_html,
    tinted_svg,
)
from bounce_doctor.ui.theme import color

# the programs the issue asks the guide to cover, each with the menu names its steps must give
REQUIRED = {
    "outlook-classic": ("File > Save As", "Outlook Message Format"),
    "new-outlook": ("More actions", "Download", "Save as"),
    "gmail": ("Show original", "Download original", "Copy to clipboard"),
    "apple-mail": ("File > Save As…", "Raw Message Source"),
    "thunderbird": ("File > Save As > File…",),
    "yahoo": ("View raw message",),
    "phone": ("attachment",),
}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
QUOTED = re.compile(r"«[^»]*»")  # a program's own name for a menu, in quotes
ENGLISH_RUN = re.compile(r"\b[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}")


def english_left(text: str) -> list[str]:
    """Runs of three or more English words outside «quotes»: an untranslated sentence."""
    return ENGLISH_RUN.findall(QUOTED.sub(" ", plain(text)))


def test_every_required_program_is_there_with_its_menu_names() -> None:
    by_id = {c.id: c for c in clients("en")}
    for client_id, names in REQUIRED.items():
        text = " ".join(plain(s) for s in by_id[client_id].steps)
        for name in names:
            assert name in text, (client_id, name)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_program_has_a_name_steps_an_alt_text_and_a_picture(lang: str, qapp) -> None:
    found = clients(lang)
    assert len(found) >= len(REQUIRED)
    assert len({c.id for c in found}) == len(found)
    for c in found:
        assert c.name, c.id
        assert c.alt, c.id
        assert c.steps, c.id
        assert all(s.strip() for s in c.steps), c.id
        for text in (c.name, c.intro, c.alt, *c.steps):
            assert text.count("*") % 2 == 0, (c.id, text)  # every bold mark is closed
        assert QSvgRenderer(str(c.picture)).isValid(), c.picture


def test_the_russian_guide_covers_every_program_with_the_same_keys() -> None:
    english = tomllib.loads((guide_dir() / "guide.toml").read_text(encoding="utf-8"))["client"]
    russian = tomllib.loads((guide_dir() / "ru" / "guide.toml").read_text(encoding="utf-8"))
    assert list(russian) == [c["id"] for c in english]
    for entry in english:
        local = russian[entry["id"]]
        assert set(local) == {"name", "intro", "steps", "alt"}, entry["id"]
        assert len(local["steps"]) == len(entry["steps"]), entry["id"]


def test_the_russian_guide_has_cyrillic_everywhere_and_no_english_sentence() -> None:
    english = {c.id: c for c in clients("en")}
    for c in clients("ru"):
        for text in (c.intro, c.alt, *c.steps):
            assert CYRILLIC.search(text), (c.id, text)
            assert not english_left(text), (c.id, english_left(text))
        for mine, theirs in zip(c.steps, english[c.id].steps, strict=True):
            assert mine != theirs
        # a name may stay the program's own (Gmail, Apple Mail); one that reads as English words is translated
        assert CYRILLIC.search(c.name) or not english_left(c.name), c.id


def test_the_english_check_finds_an_english_sentence() -> None:
    assert english_left("Откройте письмо. Then choose Show original.")
    assert not english_left("Выберите «View raw message» (показать исходный текст) в Yahoo Mail.")
    assert english_left("Нажмите (View raw message) и Select all the text")
    assert english_left("New Outlook, Outlook on the web")
    assert not english_left("Apple Mail")


def test_markup_escapes_text_and_bolds_menu_names() -> None:
    assert markup("Choose *File > Save As* <now>") == "Choose <b>File &gt; Save As</b> &lt;now&gt;"
    html = steps_html(clients("en")[0])
    assert html.count("<li") == len(clients("en")[0].steps)
    assert "*" not in html


def test_every_picture_colour_has_a_dark_variant() -> None:
    light = {color(r, False).name() for r in PICTURE_ROLES}
    for c in clients("en"):
        used = picture_colors(c.picture)
        assert used <= light | {"white"}, (c.picture.name, used - light)
        dark = tinted_svg(c.picture, True).decode("utf-8").lower()
        changed = {color(r, False).name() for r in PICTURE_ROLES if color(r, False) != color(r, True)}
        assert not any(hex_ in dark for hex_ in changed & used), c.picture.name
        assert QSvgRenderer(QByteArray(tinted_svg(c.picture, True))).isValid()
