"""Maildir folders: a folder with cur/, new/ and tmp/ subfolders.

Each file in cur/ and new/ is one message (names such as
``1700000000.M1P2.host:2,S`` carry flags after the colon); tmp/ holds messages
still being written and is skipped. Maildir++ subfolders (``.Sent``,
``.Archive``, each a Maildir of its own) are read too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

PARTS = ("cur", "new", "tmp")


def is_maildir(path: Path) -> bool:
    """True for a folder that has cur/, new/ and tmp/ subfolders."""
    try:
        return all((path / p).is_dir() for p in PARTS)
    except OSError:
        return False


def _sorted(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir(), key=lambda p: os.fsencode(p.name))
    except OSError:
        return []


def message_paths(path: Path, depth: int = 0) -> Iterator[Path]:
    """The message files of a Maildir: new/ then cur/, then the Maildir++ subfolders."""
    for part in ("new", "cur"):
        for f in _sorted(path / part):
            if not f.name.startswith(".") and f.is_file():
                yield f
    if depth < 8:
        for sub in _sorted(path):
            if sub.name.startswith(".") and sub.name not in (".", "..") and sub.is_dir() and is_maildir(sub):
                yield from message_paths(sub, depth + 1)
