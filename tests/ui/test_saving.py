"""Writing an export: a path that cannot be written fails with a sentence and changes nothing."""

from __future__ import annotations

from pathlib import Path

from bounce_doctor.ui import saving


def test_an_export_into_a_path_that_cannot_be_a_folder_fails_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    error = saving.save_bytes(blocker / "out.csv", b"data")
    assert error
    assert "could not be written" in error
    assert blocker.read_text(encoding="utf-8") == "x"
    assert [p.name for p in tmp_path.iterdir()] == ["file"]
