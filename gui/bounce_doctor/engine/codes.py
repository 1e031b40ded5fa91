"""Find SMTP reply codes and enhanced status codes in text.

A reply code counts only where a server's reply stands: at the start of a
line, after ``smtp;``, ``said:``, ``#`` and the like, or right before an
enhanced status code. IP addresses, dates, times, sizes, port numbers and
version numbers are never taken for codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# class.subject.detail (RFC 3463): class 2, 4 or 5, subject 0-7 here (the
# registry's subjects), detail one to three digits. Not part of a longer
# dotted number (IP addresses, versions such as 8.14.4.1). The look-behinds
# come after the class digit and take it in: a pattern that starts with a
# character set lets the regex engine skip straight to the 2s, 4s and 5s.
ENHANCED = re.compile(r"([245])(?:(?<=\d\d\d-.)|(?<![\w.\-/].))\.([0-7])\.(\d{1,3})(?![\w\-/]|\.\d)")

# a reply code followed by a space, a dash (multi-line reply) or the end (the
# look-behind after the first digit, as above)
_REPLY = re.compile(r"([2-5](?<![\w.\-:/+$=,].)[0-5]\d)(?=[ \t]|-(?=\S)|$)", re.M)

# what may stand before a reply code on its line
_REPLY_PREFIX = re.compile(
    r"""(?:^[\s>|*"'(\[<#]*$)                               # the line's start
    |(?:(?:smtp|x-\w+)\s*;\s*[#"'(\[<]*\s*$)                # Diagnostic-Code: smtp; 550
    |(?:(?:said|says|replied|reply|response|answer|answered|error|responded|
        returned|message|text|code|status|diagnostic|failed|failure|rejected|
        reason|result)\s*[:=]\s*[#"'(\[<]*\s*$)                   # ... said: 550
    |(?:refused\s+to\s+talk\s+to\s+me\s*:\s*$)                # Postfix: refused to talk to me: 421
    |(?:returned\s+['"]\s*$)                                  # Exchange: returned '550
    |(?:(?:\#|\(|\[|<|\bSMTP\s)\s*$)                         # #550 (550 [550 SMTP 550
    |(?:(?:>|\]|\))\s*[:.]?\s+$)                              # <rcpt>: 550  / host [ip]: 550
    """,
    re.I | re.X,
)

_NOT_AFTER = re.compile(
    r"(?<![ \t])[ \t]+(?:bytes?|kb|mb|gb|octets|seconds?|secs?|ms|minutes?|mins?|hours?|days?|"
    r"years?|times|messages|recipients|characters|chars|lines|%|st\b|nd\b|rd\b|th\b)",
    re.I,
)
_VERSION_BEFORE = re.compile(
    r"(?:version|ver|v|release|rev|build|postfix|exim|sendmail|qmail|courier|openssl|"
    r"tls|python|perl|php|http|ssl)[\s/:-]*$",
    re.I,
)
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s,]*$", re.I)


# each starts only where a run of blanks and dashes starts, so a long run is scanned once
_STATUS_AFTER = re.compile(r"(?<![ \t-])[ \t-]++[245]\.\d{1,3}\.\d{1,3}\b")
_CLASS_AFTER = re.compile(r"(?<![ \t-])[ \t-]++([245])")


@dataclass(frozen=True, slots=True)
class Found:
    """A code found in text, with its offsets."""

    code: str
    start: int
    end: int


def find_enhanced(text: str, offset: int = 0) -> list[Found]:
    """Every enhanced status code in ``text``."""
    out = []
    for m in ENHANCED.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        if _VERSION_BEFORE.search(before):
            continue
        code = m.group(0)
        if len(m.group(3)) > 1 and m.group(3).startswith("0") and m.group(3) != "0":
            continue  # 5.1.01 is a date or version
        out.append(Found(code, offset + m.start(), offset + m.end()))
    return out


def find_reply(text: str, offset: int = 0) -> list[Found]:
    """Every SMTP reply code in ``text`` that stands where a server's reply does."""
    out = []
    for m in _REPLY.finditer(text):
        s = m.start()
        line_start = text.rfind("\n", 0, s) + 1
        before = text[max(line_start, s - 80) : s]
        after = text[m.end() : m.end() + 24]
        followed_by_status = bool(_STATUS_AFTER.match(after))
        # Amazon SES quotes the remote reply as 550-'Unknown user ...' after its own summary
        if not followed_by_status and not after.startswith("-'"):
            if _NOT_AFTER.match(after):
                continue
            if _MONTHS.search(before):
                continue
            if not _REPLY_PREFIX.search(before):
                continue
        if followed_by_status:
            nxt = _CLASS_AFTER.match(after)
            # "550 4.2.2", a class mismatch, counts only where a reply may stand
            if nxt and nxt.group(1) != m.group(1)[0] and before.strip() and not _REPLY_PREFIX.search(before):
                continue
        out.append(Found(m.group(1), offset + s, offset + m.end()))
    return out


def first_enhanced(text: str | None) -> str | None:
    """The first enhanced status code in ``text``."""
    if not text:
        return None
    found = find_enhanced(text)
    return found[0].code if found else None


def first_reply(text: str | None) -> str | None:
    """The first reply code in ``text`` (failure classes preferred)."""
    if not text:
        return None
    found = find_reply(text)
    if not found:
        return None
    for f in found:
        if f.code[0] in "45":
            return f.code
    return found[0].code


STATUS_FIELD = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")


def normalise_status(value: str | None) -> str | None:
    """The code of a DSN Status field (``5.1.1 (user unknown)`` gives ``5.1.1``)."""
    if not value:
        return None
    m = STATUS_FIELD.match(value)
    if not m:
        return None
    return f"{int(m.group(1))}.{int(m.group(2))}.{int(m.group(3))}"
