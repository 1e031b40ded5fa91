"""The bench's inputs, built once in BENCH_DIR: the corpus repeated, an mbox of it, two 20 MB bounces."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

from common import BIG_MB, CORPUS, MANY, WORK


def build_many() -> Path:
    """The corpus repeated to 10,000 messages, as a folder of copies (made once)."""
    folder = WORK / f"many-{MANY}"
    src = sorted(CORPUS.iterdir())
    if folder.is_dir() and len(list(folder.iterdir())) == MANY:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(MANY):
        f = src[i % len(src)]
        (folder / f"{i:05d}-{f.name}").write_bytes(f.read_bytes())
    return folder


def build_mbox(mb: int) -> Path:
    """The corpus repeated into one mbox file of about ``mb`` MB (made once); lines that start with "From "
    are escaped as ">From ", as mail programs write them."""
    path = WORK / f"corpus-{mb}mb.mbox"
    want = mb * 1024 * 1024
    if path.is_file() and path.stat().st_size >= want:
        return path
    src = [f.read_bytes() for f in sorted(CORPUS.iterdir())]
    part = path.with_suffix(".part")
    WORK.mkdir(parents=True, exist_ok=True)
    written = i = 0
    with part.open("wb") as out:
        while written < want:
            lines = [b">" + x if x.startswith(b"From ") else x for x in src[i % len(src)].split(b"\n")]
            chunk = b"From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n"
            out.write(chunk)
            written += len(chunk)
            i += 1
    part.replace(path)
    return path


_DSN_HEAD = """\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 2 Mar 2026 10:00:00 +0100
Message-ID: <bench-big@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.com>: host mx.example.com[192.0.2.25] said: 552 5.2.2
    <bob@example.com>: Mailbox full (in reply to RCPT TO command)

--OUTER
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Mon, 2 Mar 2026 09:59:58 +0100

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <bob@example.com>: Mailbox full

--OUTER
Content-Type: message/rfc822

From: Alice <alice@example.org>
To: Bob <bob@example.com>
Subject: The photos
Date: Mon, 2 Mar 2026 09:59:50 +0100
Message-ID: <photos@example.org>
MIME-Version: 1.0
"""


def build_big() -> dict[str, Path]:
    """Two 20 MB bounces: one returning a message with a 20 MB base64 attachment, one with a long text part."""
    folder = WORK / "big"
    folder.mkdir(parents=True, exist_ok=True)
    size = BIG_MB * 1024 * 1024
    out = {"attachment": folder / "big-attachment.eml", "text": folder / "big-text.eml"}
    if not out["attachment"].exists():
        raw = bytes((i * 7919) % 251 for i in range(size * 3 // 4 + 3))
        b64 = base64.encodebytes(raw).decode("ascii")  # 76-character lines
        body = (
            _DSN_HEAD + 'Content-Type: multipart/mixed; boundary="INNER"\n\n--INNER\n'
            "Content-Type: text/plain; charset=utf-8\n\nHere they are.\n\n--INNER\n"
            'Content-Type: application/zip; name="photos.zip"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment; filename="photos.zip"\n\n' + b64 + "--INNER--\n\n--OUTER--\n"
        )
        out["attachment"].write_text(body, encoding="ascii")
    if not out["text"].exists():
        line = "The quarterly figures, line by line, as promised in the meeting last week. 0123456789\n"
        text = line * (size // len(line))
        body = _DSN_HEAD + "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n--OUTER--\n"
        out["text"].write_text(body, encoding="ascii")
    return out
