"""The wording rules: what mail servers and providers say, and what it means.

The knowledge lives in TOML files under ``resources/rules`` (see its README):
each rule has a pattern, the reason (or signal) it gives, the source of the
wording and example lines. This module is the one loader that validates them
and the one matcher that runs them: every reason's rules are joined into one
pattern, compiled once.

Patterns are matched against the text lower-cased with runs of white space
folded to one space (``fold``), so they are written in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .nocase import AnyCase, needles

# what a rule may give besides a reason: facts the decision uses
SIGNALS = frozenset({
    "dns-trouble",      # a lookup failed this time: the DNS, not the domain
    "policy",           # a policy or security rule is named; outranks the block and sender readings
    "unauthenticated",  # the client was asked to log in
    "rcpt-stage",       # the reply answers RCPT TO
    "mail-refused",     # refusal wording, read as a sender refusal when it answers MAIL FROM
    "lda",              # a local delivery agent speaks
    # the verdict's (engine/verdict.py), from rules/verdict.toml
    "blocklist",        # a DNS blocklist is named (the rule's label is its name)
    "public-resolver",  # a blocklist refused the receiver's query (its DNS set-up is wrong)
    "misuse",           # the provider stopped the sender's account from sending
    "auth-required",    # the server wants the mail program to log in
    "relay-denied",     # the server refused to pass the message on
    "sending-quota",    # the sender's account reached its sending limit
    "warning-only",     # the server says it is still trying
    "no-retry",         # the server says resending unchanged will fail
    "mailbox-gone",     # an auto-reply that says the mailbox is no longer in use (rules/autoreplies.toml)
})

# the readers (engine/readers) whose format a rule may be limited to
READERS = frozenset({"exchange2003", "exim", "fml", "gmail", "googlegroups", "imailserver", "lotus", "trendmicro"})

_SPACES = re.compile(r"\s+")
_FILE_NAME = re.compile(r"\.(?:eml|msg|txt|mbox)\b|lhost-|rfc3464-|corpus", re.IGNORECASE)


class RuleError(ValueError):
    """A rule file that does not follow the schema (names the file and the rule)."""


def fold(text: str | None) -> str:
    """The form every pattern is matched against."""
    return _SPACES.sub(" ", (text or "").lower())


@dataclass(frozen=True)
class Rule:
    id: str
    match: str
    source: str
    examples: tuple[str, ...]
    file: str
    reason: str | None = None
    signal: str | None = None
    provider: str | None = None  # only where this provider answered
    command: str | None = None   # only for a refusal of this SMTP command
    reader: str | None = None    # only in the format of this reader (engine/readers/<name>.py)
    label: str | None = None     # a blocklist rule: the list's name
    weak: bool = False           # no primary text was found: the wording is attributed, not verified

    @property
    def gives(self) -> str:
        return self.reason or f"signal:{self.signal}"


@dataclass(frozen=True)
class ProviderDef:
    name: str
    hosts: tuple[str, ...]
    domains: tuple[str, ...]
    signature: re.Pattern[str] | None
    source: str


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    providers: tuple[ProviderDef, ...]
    disabled: frozenset[str] = frozenset()
    _words: Mapping[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    _signals: Mapping[str, re.Pattern[str]] = field(default_factory=dict, repr=False)
    # per signal: its enabled rules in file order, and (made on first use) their pattern for raw text
    _by_signal: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)
    _in_text: dict[str, AnyCase] = field(default_factory=dict, repr=False, compare=False)
    _of: dict[tuple[str, str], tuple[Rule, ...]] = field(default_factory=dict, repr=False, compare=False)

    def _enabled(self, key: str, value: str) -> tuple[Rule, ...]:
        """The enabled rules whose ``key`` (provider, reader) is ``value``, in file order (kept)."""
        found = self._of.get((key, value))
        if found is None:
            found = self._of[key, value] = tuple(r for r in self.rules
                                                if getattr(r, key) == value and r.id not in self.disabled)
        return found

    def words(self, reason: str, text: str) -> bool:
        """Whether the folded ``text`` holds wording for ``reason`` (generic rules only)."""
        return _holds(self._words.get(reason), text)

    def signal(self, name: str, text: str) -> bool:
        return _holds(self._signals.get(name), text)

    def signal_rules(self, name: str) -> tuple[Rule, ...]:
        """A signal's enabled rules, in file order."""
        return self._by_signal.get(name, ())

    def in_text(self, name: str) -> AnyCase:
        """A signal's rules as one pattern for the bounce's own text (any case, any white space),
        to find the line to show as evidence; a pattern that matches nothing when none is on."""
        rx = self._in_text.get(name)
        if rx is None:
            rx = self._in_text[name] = in_text(tuple(r.match for r in self.signal_rules(name)))
        return rx

    def provider_rules(self, provider: str, command: str | None) -> list[Rule]:
        """A provider's rules in file order, those for ``command`` first."""
        mine = self._enabled("provider", provider)
        return [r for r in mine if r.command and r.command == command] + [r for r in mine if not r.command]

    def reader_reason(self, reader: str, text: str | None) -> str | None:
        """The reason the first rule for this reader's format gives the folded ``text``, or None."""
        if not text:
            return None
        t = fold(text)
        for r in self._enabled("reader", reader):
            if r.reason and compiled(r.match).search(t):
                return r.reason
        return None

    def matching(self, text: str) -> list[Rule]:
        """Every enabled rule whose pattern the folded ``text`` holds (for traces and measurement)."""
        return [r for r in self.rules if r.id not in self.disabled and compiled(r.match).search(text)]

    def without(self, ids: Iterable[str]) -> RuleSet:
        """The same rules with ``ids`` switched off (leave-one-family-out measurement)."""
        return build(self.rules, self.providers, self.disabled | frozenset(ids))


@cache
def _needles_of(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    return needles(rx.pattern)


def _holds(rx: re.Pattern[str] | None, text: str) -> bool:
    """Whether ``rx`` matches ``text``. A text without any of the strings that every match holds
    (nocase.needles) is answered without the regex engine: most replies name few of the causes."""
    if rx is None:
        return False
    found = _needles_of(rx)
    if found is not None and not any(n in text for n in found):
        return False
    return rx.search(text) is not None


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def in_text(patterns: tuple[str, ...]) -> AnyCase:
    """Folded-text patterns for raw text: each space outside a character class stands for any run of
    white space, and case is ignored (searched on the lower-cased text: see nocase.AnyCase)."""
    if not patterns:
        return AnyCase(r"(?!)")
    return AnyCase("|".join(f"(?:{_spaces_for_runs(p)})" for p in patterns))


def _spaces_for_runs(pattern: str) -> str:
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


def build(rules: tuple[Rule, ...], providers: tuple[ProviderDef, ...],
          disabled: frozenset[str] = frozenset()) -> RuleSet:
    words: dict[str, list[str]] = {}
    signals: dict[str, list[str]] = {}
    by_signal: dict[str, list[Rule]] = {}
    for r in rules:
        if r.signal and r.id not in disabled:
            by_signal.setdefault(r.signal, []).append(r)
        if r.id in disabled or r.provider or r.command or r.reader:
            continue
        if r.reason:
            words.setdefault(r.reason, []).append(r.match)
        else:
            signals.setdefault(r.signal or "", []).append(r.match)

    def join(parts: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
        return {k: re.compile("|".join(f"(?:{p})" for p in v)) for k, v in parts.items()}

    return RuleSet(rules, providers, disabled, join(words), join(signals),
                   {k: tuple(v) for k, v in by_signal.items()})


def _rule(raw: dict, file: str, reasons: frozenset[str], providers: frozenset[str]) -> Rule:
    where = f"{file}: rule {raw.get('id', '?')!r}"
    known = {"id", "match", "source", "examples", "reason", "signal", "provider", "command", "reader", "label", "weak"}
    extra = set(raw) - known
    if extra:
        raise RuleError(f"{where}: unknown keys {sorted(extra)}")
    for key in ("id", "match", "source", "examples"):
        if not raw.get(key):
            raise RuleError(f"{where}: '{key}' is required")
    if bool(raw.get("reason")) == bool(raw.get("signal")):
        raise RuleError(f"{where}: give exactly one of 'reason' and 'signal'")
    if raw.get("reason") and raw["reason"] not in reasons:
        raise RuleError(f"{where}: unknown reason {raw['reason']!r}")
    if raw.get("signal") and raw["signal"] not in SIGNALS:
        raise RuleError(f"{where}: unknown signal {raw['signal']!r}")
    if raw.get("provider") and raw["provider"] not in providers:
        raise RuleError(f"{where}: unknown provider {raw['provider']!r}")
    if bool(raw.get("label")) != (raw.get("signal") == "blocklist"):
        raise RuleError(f"{where}: a blocklist rule, and only one, has a label (the list's name)")
    if raw.get("reader") and raw["reader"] not in READERS:
        raise RuleError(f"{where}: unknown reader {raw['reader']!r}")
    if _FILE_NAME.search(raw["source"]):
        raise RuleError(f"{where}: the source must be a mail server or provider, not a sample file")
    pattern = raw["match"]
    if re.sub(r"\\[A-Z]", "", pattern) != re.sub(r"\\[A-Z]", "", pattern).lower():  # \S, \W, \D are classes
        raise RuleError(f"{where}: the pattern is matched against lower-cased text: write it in lower case")
    try:
        rx = re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"{where}: the pattern does not compile: {exc}") from None
    examples = raw["examples"]
    if isinstance(examples, str) or not all(isinstance(e, str) for e in examples):
        raise RuleError(f"{where}: 'examples' is a list of lines")
    for e in examples:
        if not rx.search(fold(e)):
            raise RuleError(f"{where}: the pattern does not match its example {e!r}")
    return Rule(id=raw["id"], match=pattern, source=raw["source"], examples=tuple(examples), file=file,
                reason=raw.get("reason"), signal=raw.get("signal"), provider=raw.get("provider"),
                command=(raw.get("command") or None) and raw["command"].upper(), reader=raw.get("reader"),
                label=raw.get("label"), weak=bool(raw.get("weak", False)))


def _provider(raw: dict, file: str) -> ProviderDef:
    where = f"{file}: provider {raw.get('name', '?')!r}"
    for key in ("name", "source"):
        if not raw.get(key):
            raise RuleError(f"{where}: '{key}' is required")
    sig = raw.get("signature")
    if sig and sig != sig.lower():
        raise RuleError(f"{where}: write the signature in lower case")
    return ProviderDef(raw["name"], tuple(raw.get("hosts", ())), tuple(raw.get("domains", ())),
                       re.compile(sig) if sig else None, raw["source"])


def rule_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.toml"))


def load_files(paths: Iterable[Path], folder: Path) -> RuleSet:
    import tomllib

    from .reasons import REASONS

    parsed = []
    for path in paths:
        name = path.relative_to(folder).as_posix()
        try:
            parsed.append((name, tomllib.loads(path.read_text(encoding="utf-8"))))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{name}: {exc}") from None
    providers = tuple(_provider(p, name) for name, data in parsed for p in data.get("provider", ()))
    names = frozenset(p.name for p in providers)
    rules = tuple(_rule(r, name, frozenset(REASONS), names) for name, data in parsed for r in data.get("rule", ()))
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RuleError(f"{r.file}: rule id {r.id!r} is used twice")
        seen.add(r.id)
    return build(rules, providers)


@cache
def default_rules() -> RuleSet:
    """The rules shipped with the app."""
    from ..resources import resource

    folder = resource("rules")
    return load_files(rule_files(folder), folder)


@cache
def reason_table() -> dict[str, dict]:
    """resources/rules/reasons.toml: per reason, who acts, whether it is a hard bounce, the resend rule
    and the code it reads like."""
    import tomllib

    from ..resources import resource

    return tomllib.loads(resource("rules", "reasons.toml").read_text(encoding="utf-8"))["reason"]


_active: list[RuleSet] = []


def active() -> RuleSet:
    """The rules in force: the shipped ones, unless a measurement swapped in others."""
    return _active[-1] if _active else default_rules()


@contextmanager
def using(ruleset: RuleSet) -> Iterator[RuleSet]:
    """``with rules.using(ruleset):`` run the engine with other rules (measurement only)."""
    _active.append(ruleset)
    try:
        yield ruleset
    finally:
        _active.pop()
