"""The live checks' data: what would be queried, and what was answered. No network, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Planned:
    """One look-up that would be made."""

    kind: str  # mx | a | blocklist | spf | dmarc | dkim
    name: str  # the DNS name to query
    why: str  # an English sentence: why this name


@dataclass(frozen=True)
class Check:
    """One look-up made, and what its answer means."""

    kind: str
    name: str  # the DNS name queried
    answer: str  # the answer as received (records, NXDOMAIN, a timeout)
    code: str  # a stable key for the window's translated sentence, e.g. "mx.nxdomain"
    params: tuple[tuple[str, str], ...]  # the values that sentence needs (domain, ip, list, policy, ...)
    meaning: str  # the English sentence (command line, JSON)
    status: str  # ok | problem | unknown

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)


@dataclass(frozen=True)
class LiveResult:
    checked_at: datetime
    checks: tuple[Check, ...]
    network_error: str | None  # None when the network answered
