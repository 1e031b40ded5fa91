"""What the header analysis returns: the hops of a delivery path, the authentication results,
the spam filters' verdicts, and the header blocks of one message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..model import Phrase
from .blocks import HeaderRef


@dataclass(frozen=True, slots=True)
class Hop:
    """One Received header: one server handing the message to the next.

    Hop 1 is the first server the message passed through (the lowest Received header).
    """

    index: int
    from_: str | None  # the from clause as written (whitespace collapsed)
    from_host: str | None
    from_ip: str | None
    by: str | None  # the by clause as written
    by_host: str | None
    by_ip: str | None
    with_: str | None  # the protocol: SMTP, ESMTPS, ...
    id: str | None
    for_: str | None  # the recipient address named
    via: str | None
    time: datetime | None  # timezone-aware; None when the header has no readable date
    time_text: str | None  # the date as written
    zone_known: bool  # False when the date named no zone we know (UTC was assumed)
    delay_seconds: float | None  # since the previous hop with a time; None when unknown or backwards
    share: float | None  # this hop's part of the total delay, 0.0 to 1.0
    clock_skew: bool  # the time is earlier than the previous hop's: the clocks disagree
    stopped_here: bool  # the server that refused the message (the bounce names it)
    header: HeaderRef  # offsets of the whole header in the display text
    time_start: int  # offsets of the date in the display text, -1 when none
    time_end: int

    @property
    def sender(self) -> str | None:
        """A short name for the sending side: host, else IP."""
        return self.from_host or self.from_ip or self.from_

    @property
    def receiver(self) -> str | None:
        """A short name for the receiving server: host, else IP."""
        return self.by_host or self.by_ip or self.by


@dataclass(frozen=True, slots=True)
class AuthCheck:
    """One authentication result (spf, dkim, dmarc, arc, compauth, ...) as a server recorded it."""

    method: str
    result: str  # pass, fail, softfail, neutral, none, temperror, permerror, ...
    domain: str | None  # SPF: the mail-from domain; DKIM: d=; DMARC: the From domain
    selector: str | None  # DKIM's s=, when recorded
    aligned: bool | None  # with the From domain (relaxed); None when not applicable or unknown
    checked_by: str | None  # the server that checked (authserv-id or Received-SPF's host)
    hop: int | None  # the hop of the server that checked, when known
    reason: str | None
    comment: str | None
    source: str  # the header's name: Authentication-Results, ARC-Authentication-Results, Received-SPF
    header: HeaderRef
    parser: str  # authres | tolerant | received-spf

    @property
    def failed(self) -> bool:
        return self.result in ("fail", "softfail", "permerror", "hardfail")


@dataclass(frozen=True, slots=True)
class DkimSignatureRef:
    """A DKIM-Signature header: who signed (d=) and with which key (s=)."""

    domain: str | None
    selector: str | None
    algorithm: str | None
    aligned: bool | None
    header: HeaderRef


@dataclass(frozen=True, slots=True)
class SpamVerdict:
    """A decoded spam-filter value, with its header."""

    key: str
    value: str
    meaning: str
    severity: str  # info | warning | problem
    header: HeaderRef


@dataclass(frozen=True, slots=True)
class Authentication:
    """What the servers recorded about SPF, DKIM, DMARC and ARC, and the spam filters' verdicts."""

    from_domain: str | None
    spf: AuthCheck | None  # the verdict of the server closest to the recipient
    dkim: tuple[AuthCheck, ...]  # one per signature checked by that server
    dmarc: AuthCheck | None
    arc: AuthCheck | None
    checks: tuple[AuthCheck, ...]  # every result read, in header order
    signatures: tuple[DkimSignatureRef, ...]
    spf_aligned: bool | None
    dkim_aligned: bool | None  # True when a passing (or any, if none passed) DKIM domain aligns
    spam: tuple[SpamVerdict, ...]
    notes: tuple[str, ...]

    @property
    def dmarc_alignment_ok(self) -> bool | None:
        """True when SPF or DKIM passed with a domain aligned to From (what DMARC needs)."""
        spf_ok = bool(self.spf and self.spf.result == "pass" and self.spf.aligned)
        dkim_ok = any(d.result == "pass" and d.aligned for d in self.dkim)
        if spf_ok or dkim_ok:
            return True
        if self.spf is None and not self.dkim:
            return None
        return False


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """The headers of one message found in the input, with its path and authentication."""

    source: str  # top | attached | headers-part | quoted
    label: str  # plain words: "the returned message (attached)"
    start: int  # range of the block in the display text
    end: int
    headers: tuple[HeaderRef, ...]
    hops: tuple[Hop, ...]
    total_seconds: float | None  # first known time (Date or hop 1) to the last hop's time
    date: datetime | None  # the Date header, read
    authentication: Authentication
    notes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeaderAnalysis:
    """All header blocks of one message; ``primary`` is the one to show first."""

    blocks: tuple[HeaderBlock, ...]
    primary_index: int  # -1 when the input has no headers at all
    stopped_host: str | None  # the server the bounce says refused the message
    sentence: Phrase | None  # links an authentication failure to the bounce, when it is one (str(): English)
    notes: tuple[str, ...]

    @property
    def primary(self) -> HeaderBlock | None:
        return self.blocks[self.primary_index] if 0 <= self.primary_index < len(self.blocks) else None

    @property
    def hops(self) -> tuple[Hop, ...]:
        p = self.primary
        return p.hops if p else ()

    @property
    def authentication(self) -> Authentication | None:
        p = self.primary
        return p.authentication if p else None
