"""Hostile files for the window's tests, written into a folder: each is one way input goes wrong."""

from __future__ import annotations

import base64
import os
import zlib
from pathlib import Path

HEAD = (
    b"From: MAILER-DAEMON@example.org\r\nTo: alice@example.com\r\n"
    b"Subject: Undelivered Mail Returned to Sender\r\n"
)
BODY = b"<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\r\n"


def _nested(depth: int) -> bytes:
    inner = HEAD + b"Content-Type: text/plain\r\n\r\n" + BODY
    for _ in range(depth):
        inner = HEAD + b"Content-Type: message/rfc822\r\n\r\n" + inner
    return inner


def write_hostile_files(folder: Path) -> list[Path]:
    """Write the hostile files into ``folder``; return their paths (some on purpose lead nowhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    def put(name: str | bytes, data: bytes) -> Path:
        path = folder / os.fsdecode(name)  # bytes that are not UTF-8 stay bytes on disk
        path.write_bytes(data)
        made.append(path)
        return path

    put("empty.eml", b"")
    put("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000))
    put("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(os.urandom(3000)))
    put("program.elf", b"\x7fELF\x02\x01\x01\x00" + bytes(8) + os.urandom(3000))
    multipart = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/report; boundary="B"\r\n\r\n--B\r\n'
    put("truncated.eml", multipart + b"Content-Type: text/plain\r\nContent-Transfer-Enc")
    put("no-closing-boundary.eml", multipart + b"Content-Type: text/plain\r\n\r\n" + BODY + b"--B\r\n"
        + b"Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.org\r\n")
    put("long-line.eml", HEAD + b"Content-Type: text/plain\r\n\r\n" + BODY + b"x" * (10 * 1024 * 1024) + b"\r\n")
    put("bad-base64.eml", HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b"!!!!not*base64$$$$\r\n" + base64.b64encode(BODY)[:-3] + b"====\r\n")
    put("lying-charset.eml", HEAD + b"Content-Type: text/plain; charset=utf-16\r\n\r\n" + BODY
        + "Grüße, 拒否".encode("shift_jis", "replace") + b"\r\n")
    put("unknown-charset.eml", HEAD + b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n" + BODY)
    put("nul-bytes.eml", HEAD.replace(b"To:", b"T\x00o:") + b"\r\n" + BODY.replace(b" ", b"\x00 ") * 50)
    put("nested-1000.eml", _nested(1000))
    put("broken.mbox", b"From MAILER-DAEMON Tue Mar 11 09:41:10 2025\n" + HEAD + b"\n" + BODY
        + b"From \nFrom \n>From x\nFrom MAILER-DAEMON\n" + b"\xff\xfe" * 500 + b"\nFrom a@b c d\n")
    put("boundary-flood.eml", multipart + b"\r\n--B\r\n" * 50_000)
    put(b"\xff\xfe-not-utf8-name.eml", HEAD + b"\r\n" + BODY)
    put("html.eml", HEAD + b"Content-Type: text/html\r\n\r\n<html><body><img src=\"http://192.0.2.1/x.png\">"
        + BODY + b"<script>fetch('http://192.0.2.1/')</script></body></html>\r\n")

    gone = folder / "deleted.eml"
    gone.write_bytes(HEAD + b"\r\n" + BODY)
    gone.unlink()
    made.append(gone)
    fifo = folder / "pipe.eml"
    os.mkfifo(fifo)
    made.append(fifo)
    loop_a, loop_b = folder / "loop-a.eml", folder / "loop-b.eml"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    made.append(loop_a)
    return made
