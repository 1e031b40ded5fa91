"""On real bounces, nearly every recipient is explained by an entry more specific than a class."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.catalog import default_catalog

from ...conftest import corpus_dir


def test_corpus_explained_more_specifically_than_a_class() -> None:
    """Spam complaints carry no code and are left out; everything else counts,
    including recipients whose bounce holds no code at all."""
    cat = default_catalog()
    folder = corpus_dir("sisimai", "bounces")
    total = specific = 0
    for p in sorted(folder.glob("*.eml")):
        r = diagnose(p.read_bytes(), p.name, catalog=cat)
        for rec in r.recipients:
            if rec.action not in ("failed", "delayed") or rec.reason == "feedback":
                continue
            total += 1
            if rec.explanation.best is not None and not rec.explanation.is_fallback:
                specific += 1
    assert total > 400
    assert specific / total >= 0.95, f"{specific}/{total}"
