"""The generic reader: failed recipients and their replies in a bounce's text.

Used when no delivery-status part and no MTA-specific reader has answered.
It reads the human-readable part up to the returned copy of the message and
takes an address as failed when it stands where bounces put one: alone on a
line, as ``<address>:`` (qmail), in ``RCPT TO:<address>``, followed by
``...`` (Sendmail) or next to an error code or phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..codes import find_enhanced, find_reply
from ..mime import Parsed
from .base import ADDRESS, Raw, find_command

# lines after which the returned original message begins
ORIGINAL_MARKERS = re.compile(
    r"^[ \t>]*+(?:-{2,}|={2,}|_{2,}|\*{2,})?[ \t]*(?:"
    r"(?:this is a |a )?copy of (?:the|your) (?:original )?message|"
    r"below this line is a copy|"
    r"original message(?: follows| headers?)?|"
    r"(?:the )?(?:returned|original|undelivered|unsent) (?:mail|message)(?! was received at)(?: follows)?|"
    r"message header follows|"
    r"headers? of (?:the |your )?(?:original|returned) message|"
    r"original message headers:|"
    r"forwarded message|"
    r"start of (?:the )?(?:returned|original) message|"
    r"received: from"
    r")",
    re.I | re.M,
)

STRONG_CONTEXT = re.compile(
    r"(?:^[ \t]*<?{a}>?[ \t]*:?[ \t]*$)|"  # alone on a line (Exim, Gmail), or <a>: (qmail)
    r"(?:^[ \t]*<{a}>:)|"
    r"(?:RCPT[ \t]+TO:?[ \t]*<?{a})|"
    r"(?:<?{a}>?\.\.\.)|"  # Sendmail
    r"(?:(?:to|for|recipient|address|user|mailbox)[ \t]*:?[ \t]*<?{a}>?[ \t]*(?:$|[:;,(.]))|"
    r"(?:^[ \t]*<?{a}>?[ \t]+[\[(])",  # address [User unknown]
    re.I | re.M,
)

ERROR_WORDS = re.compile(
    r"unknown|not (?:found|exist|available|delivered|deliverable)|does ?n[o']t exist|no such|invalid|rejected|"
    r"refused|denied|full|quota|failed|failure|error|unable|could not|couldn't|blocked|disabled|"
    r"undeliverable|unavailable|too large|timed? ?out|expired",
    re.I,
)

# STRONG_CONTEXT with a NUL standing for the address: compiled once, where a
# pattern made for each address cost a compilation per candidate
_STRONG_SLOT = re.compile(STRONG_CONTEXT.pattern.format(a="\x00"), re.I | re.M)


def _in_strong_context(addr: str, line: str) -> bool:
    """Whether ``addr`` stands in ``line`` where STRONG_CONTEXT expects an address.

    The same answer as STRONG_CONTEXT with the address put in: each place where
    the address occurs is replaced in turn by a NUL, which only the address's
    slot of _STRONG_SLOT can match. Text that is not ASCII (where case folding
    goes beyond A-Z) or holds a NUL is left to the pattern made for the address.
    """
    if not (addr.isascii() and line.isascii()) or "\x00" in line:
        return re.search(STRONG_CONTEXT.pattern.format(a=re.escape(addr)), line, re.I | re.M) is not None
    low, a, n = line.lower(), addr.lower(), len(addr)
    i = low.find(a)
    while i != -1:
        if _STRONG_SLOT.search(line[:i] + "\x00" + line[i + n :]):
            return True
        i = low.find(a, i + 1)
    return False


SKIP_LOCAL = re.compile(r"^(?:mailer-daemon|postmaster|noreply|no-reply|bounce[s]?|daemon)$", re.I)


@lru_cache(maxsize=4)  # diagnose() asks for the same part's cut twice: for the readers and the text reader
def original_cut(text: str) -> int:
    """The offset in ``text`` where the returned original message begins."""
    m = ORIGINAL_MARKERS.search(text)
    return m.start() if m else len(text)


_NEXT_RECIPIENT = re.compile(r"\n[ \t]*<?[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w.-]{1,255}>?(?::|[ \t]*$|[ \t]+[\[(])", re.M)


def _block_after(text: str, pos: int, limit: int = 1200) -> tuple[str, int]:
    """The text from the line of ``pos`` to the next blank line or the next
    recipient's line, and its offset."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n\n", pos)
    if end == -1 or end - start > limit:
        end = min(len(text), start + limit)
    line_end = text.find("\n", pos)
    if line_end != -1 and line_end < end:
        nxt = _NEXT_RECIPIENT.search(text, line_end, end)
        if nxt:
            end = nxt.start()
    return text[start:end], start


def _excluded(parsed: Parsed) -> set[str]:
    skip: set[str] = set()
    for name in ("to", "delivered-to", "return-path"):
        v = parsed.header(name)
        if v:
            skip.update(a.lower() for a in ADDRESS.findall(v))
    for name in ("from", "sender", "return-path"):
        v = parsed.original_header(name)
        if v:
            skip.update(a.lower() for a in ADDRESS.findall(v))
    return skip


def read(parsed: Parsed) -> list[Raw]:
    """Failed recipients found in the text of the bounce."""
    out: dict[str, Raw] = {}
    skip = _excluded(parsed)
    failed_hdr = parsed.header("x-failed-recipients")
    hdr_addrs = [a for a in ADDRESS.findall(failed_hdr or "")]
    hdr_lower = {a.lower() for a in hdr_addrs}

    for part in parsed.text_parts:
        body = parsed.text[part.start : part.end]
        cut = original_cut(body)
        scan = body[:cut]
        candidates = []
        for m in ADDRESS.finditer(scan):
            addr = m.group(0).strip(".")
            local = addr.split("@", 1)[0]
            if SKIP_LOCAL.match(local) or (addr.lower() in skip and addr.lower() not in hdr_lower):
                continue
            line_start = scan.rfind("\n", 0, m.start()) + 1
            line_end = scan.find("\n", m.end())
            line = scan[line_start : line_end if line_end != -1 else len(scan)]
            if re.search(r"MAIL\s+FROM|^\s*(?:from|sender|reply-to|return-path)\s*:", line, re.I):
                continue
            strong = _in_strong_context(addr, line)
            candidates.append((addr, m.start(), strong))
        if hdr_addrs:
            wanted = {a.lower() for a in hdr_addrs}
            chosen = [c for c in candidates if c[0].lower() in wanted]
        else:
            chosen = [c for c in candidates if c[2]]
            if not chosen:
                chosen = [
                    c for c in candidates if ERROR_WORDS.search(_block_after(scan, c[1], 400)[0])
                ]
        for addr, pos, _strong in chosen:
            key = addr.lower()
            if key in out:
                continue
            block, bstart = _block_after(scan, pos)
            raw = Raw(address=addr, address_at=part.start + pos)
            _fill_codes(raw, scan, block, bstart, part.start)
            out[key] = raw
    for a in hdr_addrs:
        if a.lower() not in out:
            out[a.lower()] = Raw(address=a)
    return list(out.values())


def _fill_codes(raw: Raw, scan: str, block: str, bstart: int, base: int) -> None:
    """Take the reply near the address as its diagnostic."""
    lines = [ln for ln in block.split("\n") if ln.strip()]
    reply = find_reply(block)
    enh = find_enhanced(block)
    if not reply and not enh:
        # "The error that the other server returned was:" and the like: look a little further
        nxt_end = scan.find("\n\n", bstart + len(block) + 2)
        more = scan[bstart : nxt_end if nxt_end != -1 else len(scan)][:2000]
        reply = find_reply(more)
        enh = find_enhanced(more)
        if reply or enh:
            first = min([f.start for f in reply + enh])
            line_start = more.rfind("\n", 0, first) + 1
            line_end = more.find("\n", first)
            raw.diagnostic = more[line_start : line_end if line_end != -1 else len(more)].strip()
            raw.diagnostic_at = base + bstart + line_start
    if raw.diagnostic is None:
        text = " ".join(ln.strip() for ln in lines)
        raw.diagnostic = text[:1000] if text else None
        raw.diagnostic_at = base + bstart if text else -1
    if reply:
        raw.reply_code = next((f.code for f in reply if f.code[0] in "45"), reply[0].code)
    if enh:
        raw.status = next((f.code for f in enh if f.code[0] in "45"), enh[0].code)
    raw.command = find_command(block)
    host = re.search(r"\bhost\s+([\w.-]+\.[a-z]{2,})\b", block, re.I)
    if host:
        raw.remote_mta = host.group(1)
