"""engine/maildir.py: what makes a folder a Maildir, and its messages in order (new/, cur/, then subfolders)."""

from __future__ import annotations

from pathlib import Path

from bounce_doctor.engine.maildir import is_maildir, message_paths


def _maildir(root: Path) -> Path:
    for part in ("cur", "new", "tmp"):
        (root / part).mkdir(parents=True)
    return root


def test_a_maildir_has_cur_new_and_tmp(tmp_path: Path) -> None:
    md = _maildir(tmp_path / "Maildir")
    assert is_maildir(md)
    assert not is_maildir(md / "cur")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "cur").mkdir()
    assert not is_maildir(tmp_path / "half")
    assert not is_maildir(tmp_path / "missing")


def test_messages_new_then_cur_then_the_subfolders_and_never_tmp(tmp_path: Path) -> None:
    md = _maildir(tmp_path / "Maildir")
    for name in ("cur/2.host:2,S", "cur/1.host:2,S", "new/3.host", "tmp/4.host", "cur/.hidden"):
        (md / name).write_bytes(b"x")
    sub = _maildir(md / ".Archive")
    (sub / "cur" / "5.host:2,").write_bytes(b"x")
    (md / ".not-a-maildir").mkdir()
    found = [p.relative_to(md).as_posix() for p in message_paths(md)]
    assert found == ["new/3.host", "cur/1.host:2,S", "cur/2.host:2,S", ".Archive/cur/5.host:2,"]
