"""A small catalog file for the loader's tests: one good reply entry, written where the loader looks."""

from __future__ import annotations

from pathlib import Path

GOOD = '''
[[entry]]
code = "550"
kind = "reply"
title = "Mailbox unavailable"
meaning = "The server would not take the message."
severity = "permanent"
reason = "userunknown"
steps = ["Check the address."]
admin_steps = ["Read the log."]
references = ["RFC 5321 section 4.2.3"]
'''


def write(tmp_path: Path, text: str, name: str = "codes.toml") -> Path:
    p = tmp_path / "catalog" / name
    p.parent.mkdir(exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p
