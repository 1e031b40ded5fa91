"""What a reader finds for one recipient, before codes and reasons are settled."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nocase import NoCase

# starts only where a run of address characters starts (the lookbehind), so a
# long run without "@" is scanned once, not once per character
ADDRESS = re.compile(r"(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]{1,200}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,10}")


@dataclass(slots=True)
class Raw:
    """A recipient as a reader found it."""

    address: str
    action: str = "failed"
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    diagnostic_type: str | None = None
    remote_mta: str | None = None
    original_address: str | None = None
    command: str | None = None
    last_attempt_date: str | None = None
    will_retry_until: str | None = None
    reason: str | None = None
    diagnostic_at: int = -1  # offset of the diagnostic in the display text
    address_at: int = -1  # offset of the address in the display text


def clean_address(value: str | None) -> str:
    """``rfc822; <Bob@Example.org>`` gives ``Bob@Example.org``."""
    if not value:
        return ""
    v = value.strip()
    if ";" in v:
        kind, _, rest = v.partition(";")
        if " " not in kind.strip() and "@" not in kind:
            v = rest.strip()
    m = ADDRESS.search(v)
    if m:
        return m.group(0).strip(".")
    return v.strip("<>\"' ")


def strip_type(value: str | None) -> str | None:
    """``dns; mx.example.org`` gives ``mx.example.org``."""
    if not value:
        return None
    kind, sep, rest = value.partition(";")
    v = rest if sep and " " not in kind.strip() else value
    v = v.strip().strip("[]<>")
    return v or None


# the SMTP command a reply answered, as MTAs word it
_COMMAND = NoCase(
    r"in reply to (?P<a>rcpt to|mail from|data|end of data|helo|ehlo|rset|quit)\b"  # Postfix
    r"|after (?P<b>rcpt to|mail from|end of data|data|helo|ehlo|rcpt|mail)\b"  # Exim, GMX, Zoho
    r"|^[ \t>]*>>> (?P<c>rcpt|mail|data|helo|ehlo)\b"  # Sendmail's transcript
    r"|(?P<d>does not like recipient)"  # qmail
    r"|(?P<e>failed after i sent the message)"  # qmail
    r"|(?P<f>connected to .{1,80} but sender was rejected)"  # qmail
    r"|(?P<g>but my name was rejected)"  # qmail
    r"|step: (?P<h>rcpt to|mail from|data send|data)",
    re.M,
)
_CMD_NAME = {"RCPT TO": "RCPT", "MAIL FROM": "MAIL", "END OF DATA": "DATA", "DATA SEND": "DATA",
             "DOES NOT LIKE RECIPIENT": "RCPT", "FAILED AFTER I SENT THE MESSAGE": "DATA", "BUT MY NAME WAS REJECTED": "HELO"}


def find_command(text: str | None) -> str | None:
    """RCPT, MAIL, DATA, HELO ... where the text says which command failed; the last one named."""
    if not text:
        return None
    found = None
    for m in _COMMAND.finditer(text):
        word = next(v for v in m.groupdict().values() if v).upper()
        if word.startswith("CONNECTED TO"):
            word = "MAIL"
        found = _CMD_NAME.get(word, word.split()[0])
    return found


class Context:
    """What family readers look at, computed once per message."""

    __slots__ = ("body", "parsed", "sender", "subject")

    def __init__(self, parsed: object, body: str) -> None:
        self.parsed = parsed
        self.subject = (parsed.header("subject") or "")  # type: ignore[attr-defined]
        self.sender = (parsed.header("from") or "")  # type: ignore[attr-defined]
        self.body = body  # the bounce's own text, up to the returned message


def paragraph_after(text: str, pos: int, limit: int = 1500) -> tuple[str, int]:
    """From ``pos`` to the next blank line (at most ``limit`` characters), and its start."""
    end = text.find("\n\n", pos)
    if end == -1 or end - pos > limit:
        end = min(len(text), pos + limit)
    return text[pos:end], pos


def fold(text: str) -> str:
    """Lines joined with one space; the continuation prefixes of multi-line replies
    (``550-5.7.26 ``, ``550 5.7.26 `` after the first line) removed."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out: list[str] = []
    prefix = None
    for i, ln in enumerate(lines):
        m = _MULTILINE.match(ln)
        if m:
            if i == 0 or prefix is None:
                prefix = m.group(1)
                out.append(ln[:3] + " " + ln[4:] if ln[3:4] == "-" else ln)
                continue
            if m.group(1)[:3] == prefix[:3]:
                out.append(ln[m.end():])
                continue
        out.append(ln)
    return " ".join(s for s in out if s)


_MULTILINE = re.compile(r"([245]\d\d[- ](?:[245]\.\d{1,3}\.\d{1,3} )?)")
