"""What the Export dialogs suggest: the name from the bounce, the folder last used or Documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from bounce_doctor.engine import diagnose
from bounce_doctor.ui.export_names import chosen_format, export_folder, safe_stem, suggested_name, suggested_path

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui

NO_SUBJECT = b"""From: MAILER-DAEMON@mail.example.org
To: ann@example.org
Subject: Undelivered Mail Returned to Sender
Content-Type: text/plain

<kim@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 <kim@example.net>: User unknown
"""
FILTERS = {"html": "Web page (*.html)", "pdf": "PDF (*.pdf)", "md": "Markdown (*.md)"}


def test_a_bounce_with_a_subject_suggests_the_subject() -> None:
    report = diagnose((SAMPLES / "mailbox-full.eml").read_bytes(), "mailbox-full.eml")
    assert report.original is not None
    subject = report.original.subject
    assert subject
    assert suggested_name(report, "html") == f"{subject} – diagnosis.html"
    assert suggested_name(report, "pdf").endswith(" – diagnosis.pdf")


def test_without_a_subject_the_recipient_names_the_file() -> None:
    report = diagnose(NO_SUBJECT)
    assert report.original is None or not report.original.subject
    assert suggested_name(report, "md") == "kim@example.net – diagnosis.md"


@pytest.mark.parametrize(("text", "expected"), [
    ('Re: invoice 4/2025 <urgent> "final"?*|', "Re invoice 4 2025 urgent final"),
    ("line one\r\nline two\ttab", "line one line two tab"),
    ("...hidden. ", "hidden"),
    ("CON", ""),
    ("", ""),
])
def test_odd_characters_never_reach_the_file_name(text: str, expected: str) -> None:
    assert safe_stem(text) == expected


def test_a_long_subject_is_cut_at_a_word() -> None:
    stem = safe_stem("word " * 40)
    assert 30 < len(stem) <= 60
    assert stem.endswith("word")


def test_the_folder_is_the_remembered_one_else_documents(tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents
    assert export_folder("") == documents
    assert export_folder(str(tmp_path / "gone")) == documents  # a folder since removed
    assert export_folder(str(tmp_path)) == str(tmp_path)
    report = diagnose(NO_SUBJECT)
    assert suggested_path(report, str(tmp_path), "pdf") == str(tmp_path / "kim@example.net – diagnosis.pdf")


def test_the_chosen_filter_decides_the_format_of_a_name_left_as_suggested(tmp_path: Path) -> None:
    suggested = str(tmp_path / "Hello – diagnosis.html")
    assert chosen_format(suggested, FILTERS["pdf"], FILTERS, suggested) == (str(tmp_path / "Hello – diagnosis.pdf"), "pdf")
    assert chosen_format(suggested, FILTERS["html"], FILTERS, suggested) == (suggested, "html")
    own = str(tmp_path / "mine.md")
    assert chosen_format(own, FILTERS["pdf"], FILTERS, suggested) == (own, "md")  # the user's own extension
    assert chosen_format(str(tmp_path / "mine"), FILTERS["pdf"], FILTERS) == (str(tmp_path / "mine.pdf"), "pdf")
    assert chosen_format(str(tmp_path / "mine"), "", FILTERS) == (str(tmp_path / "mine.html"), "html")

