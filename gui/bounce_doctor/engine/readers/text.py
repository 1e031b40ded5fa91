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
from ..nocase import NoCase
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
    r"(?:bounced|returned|rejected) e-?mail:|"
    r"received: from"
    r")",
    re.I | re.M,
)

STRONG_CONTEXT = re.compile(
    r"(?:^[ \t]*[<\"]?{a}[>\"]?[ \t]*:?[ \t]*$)|"  # alone on a line (Exim, Gmail), <a>: (qmail), "a": (GMX)
    r"(?:^[ \t]*<{a}>:)|"
    r"(?:RCPT[ \t]+TO:?[ \t]*<?{a})|"
    r"(?:<?{a}>?\.\.\.)|"  # Sendmail
    r"(?:(?:to|for|recipient|address|user|mailbox)[ \t]*:?[ \t]*<?{a}>?[ \t]*(?:$|[:;,(.]))|"
    r"(?:^[ \t]*<?{a}>?[ \t]+[\[(])",  # address [User unknown]
    re.I | re.M,
)

# the address replaced by NUL: one compiled pattern for every address
STRONG_MARKED = re.compile(STRONG_CONTEXT.pattern.format(a="\x00"), re.I | re.M)
_SENDER_LINE = re.compile(r"MAIL\s+FROM|^\s*(?:from|sender|reply-to|return-path)\s*:", re.I)

ERROR_WORDS = re.compile(
    r"unknown|not (?:found|exist|available|delivered|deliverable)|does ?n[o']t exist|no such|invalid|rejected|"
    r"refused|denied|full|quota|failed|failure|error|unable|could not|couldn't|blocked|disabled|"
    r"undeliverable|unavailable|too large|timed? ?out|expired|not listed",
    re.I,
)

SKIP_LOCAL = re.compile(r"^(?:mailer-daemon|postmaster|noreply|no-reply|bounce[s]?|daemon)$", re.I)


@lru_cache(maxsize=4)  # diagnose() asks for the same part's cut twice: for the readers and the text reader
def original_cut(text: str) -> int:
    """The offset in ``text`` where the returned original message begins."""
    m = ORIGINAL_MARKERS.search(text)
    return m.start() if m else len(text)


_NEXT_RECIPIENT = re.compile(r"\n[ \t]*[\"<]?(?P<a>[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[\w.-]{1,255})[\">]?(?::|[ \t]*$|[ \t]+[\[(])",
                             re.M)


def _block_after(text: str, pos: int, limit: int = 1200, addr: str = "") -> tuple[str, int]:
    """The text from the line of ``pos`` to the next blank line or the next
    recipient's line, and its offset. Every search stays within ``limit``
    characters of ``pos``, so the work per address is bounded."""
    start = text.rfind("\n", max(0, pos - limit), pos) + 1
    if start == 0 and pos > limit:
        start = pos - limit
    stop = min(len(text), start + limit)
    end = text.find("\n\n", pos, stop)
    if end == -1:
        end = stop
    line_end = text.find("\n", pos, end)
    if line_end != -1:
        low = addr.lower()
        for nxt in _NEXT_RECIPIENT.finditer(text, line_end, end):
            if nxt.group("a").lower().rstrip(".") != low:  # the reply quoting the same address goes on
                end = nxt.start()
                break
    return text[start:end], start


# a line that only introduces a list or a reason ("The following recipients were affected:")
_INTRO = re.compile(r"^[^\n]{0,120}:[ \t]*$")
# a label whose reason follows on the same line or in the next paragraph
_LABEL = re.compile(r"^[ \t]*(?:because|reason|for the following reason|the reason|error|diagnostic(?:-code)?)"
                    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:[ \t]*", re.I | re.M)
_BARE = re.compile(r"[\s<>\[\]():;,.\"']+")
_CONTEXT = 600  # how far before and after a bare address its reason is looked for


_ADDRESS_LABEL = re.compile(r"\A(?:[\w-]{1,30} ){0,3}(?:address|recipient|rcpt|to|e-?mail)\s{0,3}:?\Z", re.I)


def _is_bare(diag: str | None, addr: str) -> bool:
    """The diagnostic says nothing but the address itself."""
    if not diag:
        return True
    rest = diag.replace(addr, "")
    # or a label naming it: "target mail address: bob@example.org", "Recipient: <bob@example.org>"
    return not _BARE.sub("", rest).strip() or bool(_ADDRESS_LABEL.fullmatch(rest.strip(" \t<>[]();,.\"'")))


def _context(scan: str, pos: int, addr: str) -> tuple[str, int] | None:
    """For an address standing alone (Domino, Notes, MailMarshal, GMX, au): its reason in the
    paragraph after a label ("because:", "Reason:") that follows it, else the nearest
    paragraph before it that is not a mere introduction; with its offset."""
    line_end = scan.find("\n", pos, pos + _CONTEXT)
    if line_end == -1:
        line_end = min(len(scan), pos + len(addr))
    after_end = min(len(scan), line_end + _CONTEXT)
    for nxt in _NEXT_RECIPIENT.finditer(scan, line_end, after_end):
        if nxt.group("a").lower().rstrip(".") != addr.lower():
            after_end = nxt.start()
            break
    lab = _LABEL.search(scan, line_end, after_end)
    if lab:
        i = lab.end()
        while i < after_end and scan[i] in " \t\n":
            i += 1
        end = scan.find("\n\n", i, after_end)
        seg = scan[i : end if end != -1 else after_end].strip()
        if seg:
            return seg, i
    line_start = scan.rfind("\n", max(0, pos - _CONTEXT), pos) + 1
    lo = max(0, line_start - _CONTEXT)
    chunk = scan[lo:line_start]
    best: tuple[str, int] | None = None
    off = lo + len(chunk)
    for para in reversed(chunk.split("\n\n")):
        off -= len(para)
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        kept = [ln for ln in lines if not _INTRO.match(ln) and not ADDRESS.search(ln) and not ln.startswith(("---", "==="))]
        text = " ".join(kept)
        if text and (ERROR_WORDS.search(text) or find_reply(text) or find_enhanced(text)):
            best = (text[:1000], off + max(0, para.find(kept[0])))
            break
        off -= 2
    return best


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
            line_start = scan.rfind("\n", max(0, m.start() - 1000), m.start()) + 1
            line_end = scan.find("\n", m.end(), m.end() + 1000)
            line = scan[line_start : line_end if line_end != -1 else min(len(scan), m.end() + 1000)]
            if _SENDER_LINE.search(line):
                continue
            # the address stands for itself in STRONG_CONTEXT's pattern as a NUL character
            here = m.start() - line_start
            marked = line[:here] + "\x00" + line[here + len(m.group(0)) :]
            strong = STRONG_MARKED.search(marked) is not None
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
        here_keys: list[str] = []
        for addr, pos, _strong in chosen:
            key = addr.lower()
            old = out.get(key)
            if old is not None and not _is_bare(old.diagnostic, old.address):
                continue
            block, bstart = _block_after(scan, pos, addr=addr)
            raw = Raw(address=addr, address_at=part.start + pos)
            _fill_codes(raw, scan, block, bstart, part.start)
            if old is not None and _is_bare(raw.diagnostic, addr):
                continue  # a later mention that says no more than the first
            if old is not None:
                raw.address_at = old.address_at
            out[key] = raw
            here_keys.append(key)
        for raw in (out[k] for k in here_keys):
            if _is_bare(raw.diagnostic, raw.address) and not raw.status and not raw.reply_code:
                pos = raw.address_at - part.start
                if 0 <= pos < len(scan):
                    found = _context(scan, pos, raw.address)
                    if found:
                        raw.diagnostic, raw.diagnostic_at = found[0], part.start + found[1]
                        raw.reply_code = raw.reply_code or next(
                            (f.code for f in find_reply(found[0]) if f.code[0] in "45"), None)
                        enh = find_enhanced(found[0])
                        raw.status = raw.status or (enh[0].code if enh else None)
    for a in hdr_addrs:
        if a.lower() not in out:
            out[a.lower()] = Raw(address=a)
    return list(out.values())


_HOST = NoCase(r"\bhost\s+([\w.-]{1,253}\.[a-z]{2,63})\b")


def _fill_codes(raw: Raw, scan: str, block: str, bstart: int, base: int) -> None:
    """Take the reply near the address as its diagnostic."""
    lines = [ln for ln in block.split("\n") if ln.strip()]
    reply = find_reply(block)
    enh = find_enhanced(block)
    if not reply and not enh:
        # "The error that the other server returned was:" and the like: look a little further
        nxt_end = scan.find("\n\n", bstart + len(block) + 2, bstart + 2000)
        more = scan[bstart : nxt_end if nxt_end != -1 else bstart + 2000]
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
    host = _HOST.search(block)
    if host:
        raw.remote_mta = host.group(1)
