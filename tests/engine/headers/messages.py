"""A small message with the given Received headers, for the header tests."""

from __future__ import annotations


def message(received: list[str], extra: str = "", date: str = "Mon, 1 Jan 2024 10:00:00 +0000") -> bytes:
    lines = [f"Received: {r}" for r in received]
    return ("\n".join(lines) + f"\n{extra}From: Alice <alice@example.com>\nTo: bob@example.net\n"
            f"Date: {date}\nSubject: hi\n\nhello\n").encode()
