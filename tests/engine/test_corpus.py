"""Every file of the shared corpus goes through the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounce_doctor.engine import MessageKind, diagnose

from ..conftest import SISIMAI, corpus_dir


def _files(folder: str) -> list[Path]:
    path = SISIMAI / folder
    return sorted(path.glob("*.eml")) if path.is_dir() else []


@pytest.fixture(scope="module")
def reports() -> dict[str, object]:
    folder = corpus_dir("sisimai", "bounces")
    return {p.name: diagnose(p.read_bytes(), p.name) for p in sorted(folder.glob("*.eml"))}


def test_corpus_is_there(reports: dict[str, object]) -> None:
    assert len(reports) == 482


def test_every_span_lies_inside_the_text(reports: dict[str, object]) -> None:
    for name, r in reports.items():
        for s in r.spans:  # type: ignore[attr-defined]
            assert 0 <= s.start < s.end <= len(r.text), name  # type: ignore[attr-defined]


def test_recipients_found_in_at_least_90_percent(reports: dict[str, object]) -> None:
    found = sum(1 for r in reports.values() if r.recipients)  # type: ignore[attr-defined]
    assert found / len(reports) >= 0.90, f"{found} of {len(reports)}"


def test_every_recipient_address_is_highlighted(reports: dict[str, object]) -> None:
    missing = []
    for name, r in reports.items():
        for i, rec in enumerate(r.recipients):  # type: ignore[attr-defined]
            if rec.address.lower() in r.text.lower() and not any(  # type: ignore[attr-defined]
                s.kind.value == "recipient" for s in r.spans_for(i)  # type: ignore[attr-defined]
            ):
                missing.append((name, rec.address))
    assert missing == []


# The corpus lists it among the ordinary messages, but it has a bounce's structure: a null envelope
# sender, postmaster as the sender, "an email you sent was rejected", the failed address with its
# reason ("reject reason: Mailbox full") and the quoted original. Read by its structure, it is one.
KEPT_AS_BOUNCE = {"rb-issue-368-bug.eml": ("xxxx@yyyyyy.net", "mailboxfull")}


@pytest.mark.parametrize("path", _files("not-bounces"), ids=lambda p: p.name)
def test_not_bounces_read_as_no_bounce(path: Path) -> None:
    r = diagnose(path.read_bytes(), path.name)
    if path.name in KEPT_AS_BOUNCE:
        assert r.kind == MessageKind.BOUNCE
        assert [(x.address, x.reason) for x in r.failed] == [KEPT_AS_BOUNCE[path.name]]
        return
    assert r.kind in (MessageKind.NOT_BOUNCE, MessageKind.AUTOREPLY)
    assert r.failed == ()


def test_not_bounce_folder_present() -> None:
    corpus_dir("sisimai", "not-bounces")
    assert len(_files("not-bounces")) == 3
