"""Providers: what a known mail provider's replies mean.

Large providers word their refusals (and sometimes number them) in their own
way; their documented meaning comes before the generic phrases in
``reasons.py``. A provider is recognised by the recipient's domain (suffix),
by the remote host's name (suffix), or, for providers that answer for many
domains, by a signature their replies carry (Google's "gsmtp" and help links).
The providers and their rules are data: ``resources/rules/providers/*.toml``,
each rule with its source; the first matching rule of a provider wins, those
for the refused SMTP command first.
"""

from __future__ import annotations

from functools import cache

from . import rules
from .rules import ProviderDef


def _host(remote_mta: str | None) -> str:
    if not remote_mta:
        return ""
    return remote_mta.strip().split()[0].strip("[]()").rstrip(".").lower() if remote_mta.strip() else ""


@cache
def _suffix_forms(suffixes: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    bare = tuple(s.lstrip(".") for s in suffixes)
    return frozenset(bare), tuple("." + b for b in bare)


def _suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of ``suffixes`` or a host under one."""
    exact, dotted = _suffix_forms(suffixes)
    return name in exact or name.endswith(dotted)


def providers() -> tuple[ProviderDef, ...]:
    return rules.active().providers


def provider_for(remote_mta: str | None, address: str | None, text: str = "",
                 reporting_mta: str | None = None) -> ProviderDef | None:
    """The provider whose table applies: by recipient domain, then remote host, then the
    reporting host (a provider's own gateway that wrote the bounce), then signature."""
    domain = (address or "").rpartition("@")[2].strip(" <>").lower()
    known = providers()
    for p in known:
        if domain and _suffix(domain, p.domains):
            return p
    for host in (_host(remote_mta), _host(reporting_mta)):
        for p in known:
            if host and _suffix(host, p.hosts):
                return p
    t = text.lower()
    for p in known:
        if p.signature is not None and p.signature.search(t):
            return p
    return None


def provider_reason(text: str | None, *, remote_mta: str | None = None, address: str | None = None,
                    command: str | None = None, reporting_mta: str | None = None) -> str | None:
    """The reason a provider's table gives this reply, or None when no table knows it."""
    if not text:
        return None
    t = rules.fold(text)
    p = provider_for(remote_mta, address, t, reporting_mta)
    if p is None:
        return None
    for rule in rules.active().provider_rules(p.name, (command or "").upper() or None):
        if rules.compiled(rule.match).search(t):
            return rule.reason
    return None
