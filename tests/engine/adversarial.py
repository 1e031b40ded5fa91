"""Every regular expression of the engine against adversarial input.

``collect()`` finds each compiled pattern at module level in every module of
``bounce_doctor.engine`` and its subpackages (also inside module-level lists,
tuples and dicts), plus the catalog's vendor ``match`` patterns, so patterns
added later are covered without a change here. ``run()`` times ``search`` and
``finditer`` over adversarial inputs; ``python -m tests.engine.adversarial``
(or ``make bench-patterns``) prints the slowest patterns.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from bounce_doctor.engine.nocase import NoCase

SIZE = 1_000_000  # characters of each adversarial input


@dataclass(frozen=True)
class Found:
    name: str  # module.NAME[index] or catalog:key
    pattern: re.Pattern[str]


def _walk(value: object, name: str, depth: int = 0) -> Iterator[Found]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield Found(name, value)
    elif isinstance(value, NoCase):  # both of its patterns run on the text
        low, ci = value.compiled()
        yield Found(name, low)
        yield Found(name + " (ignoring case)", ci)
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            yield from _walk(v, f"{name}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, f"{name}[{k!r}]", depth + 1)


def collect() -> list[Found]:
    """Every module-level pattern of the engine, every vendor pattern of the catalog and every rule."""
    import bounce_doctor.engine as engine

    found: list[Found] = []
    seen: set[int] = set()
    modules = [engine.__name__] + [m.name for m in pkgutil.walk_packages(engine.__path__, engine.__name__ + ".")]
    for modname in sorted(modules):
        mod = importlib.import_module(modname)
        for attr, value in vars(mod).items():
            for f in _walk(value, f"{modname.removeprefix('bounce_doctor.')}.{attr}"):
                if id(f.pattern) not in seen:
                    seen.add(id(f.pattern))
                    found.append(f)
    from bounce_doctor.engine.catalog import default_catalog

    for e in default_catalog().entries:
        if e.match:
            found.append(Found(f"catalog:{e.key}", re.compile(e.match, re.I)))
    from bounce_doctor.engine import rules

    shipped = rules.default_rules()
    for r in shipped.rules:
        found.append(Found(f"rules:{r.id}", rules.compiled(r.match)))
    for reason, joined in sorted(shipped._words.items()):  # what the engine runs: one pattern per reason
        found.append(Found(f"rules:joined:{reason}", joined))
    for name in sorted({r.signal for r in shipped.rules if r.signal}):
        found.extend(_walk(shipped.in_text(name), f"rules:in-text:{name}"))
    return found


def _literal_prefix(p: re.Pattern[str]) -> str:
    """The literal characters a pattern starts with (of its first branch), or ''."""
    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    try:
        items = list(sre_parse.parse(p.pattern, p.flags))
    except Exception:
        return ""
    out = []
    while items:
        op, av = items[0]
        name = str(op)
        if name == "LITERAL":
            out.append(chr(av))
            items = items[1:]
        elif name == "BRANCH":
            items = list(av[1][0])
        elif name == "SUBPATTERN":
            items = list(av[-1]) + items[1:]
        elif name in ("AT", "ASSERT_NOT", "ASSERT"):
            items = items[1:]
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            items = list(av[2])
        elif name == "IN":
            ch = next((a for o, a in av if str(o) == "LITERAL"), None)
            if ch is None:
                break
            out.append(chr(ch))
            items = items[1:]
        else:
            break
    return "".join(out)[:40]


GENERIC = {
    "a": "a",
    "space": " ",
    "dot": ".",
    "at": "@",
    "dash": "-",
    "zero": "0",
    "five": "5",
    "dotted": "5.",
    "lt": "<",
    "addr": "a@a.a",
    "newline": "\n",
    "x-space": "x ",
    "tab-space": "\t ",
    "word-dot": "a.",
    "said": "said: ",
}


def inputs(p: re.Pattern[str], size: int = SIZE) -> dict[str, str]:
    out = {k: (v * (size // len(v) + 1))[:size] for k, v in GENERIC.items()}
    prefix = _literal_prefix(p)
    if prefix:
        out["own-prefix"] = (prefix * (size // len(prefix) + 1))[:size]
        out["own-prefix+space"] = prefix + " " * (size - len(prefix))
    return out


class TooSlowError(Exception):
    pass


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt a runaway match (the re engine checks for signals while it works).

    The deadline counts this process's CPU time (ITIMER_PROF), not the wall clock,
    so a machine busy with other work does not make a linear pattern look slow."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise TooSlowError

    old = signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


@dataclass(frozen=True)
class Timing:
    name: str
    input: str
    seconds: float  # CPU seconds for search plus finditer; the bound when it was interrupted
    interrupted: bool


def time_pattern(f: Found, bound: float = 2.0, size: int = SIZE, only: set[str] | None = None) -> list[Timing]:
    """search and finditer over each adversarial input (or ``only`` these), each within ``bound`` seconds."""
    out = []
    for label, text in inputs(f.pattern, size).items():
        if only is not None and label not in only:
            continue
        t0 = time.process_time()
        try:
            with _deadline(bound):
                if f.pattern.search(text) is not None:
                    for _ in f.pattern.finditer(text):
                        pass
        except TooSlowError:
            out.append(Timing(f.name, label, bound, True))
            continue
        out.append(Timing(f.name, label, time.process_time() - t0, False))
    return out


def main(argv: list[str]) -> int:
    size = int(argv[0]) if argv else SIZE
    found = collect()
    timings: list[Timing] = []
    t0 = time.perf_counter()
    for f in found:
        timings.extend(time_pattern(f, size=size))
    timings.sort(key=lambda t: t.seconds, reverse=True)
    print(f"{len(found)} patterns, {len(timings)} runs over {size:,}-character inputs in {time.perf_counter() - t0:.1f} s")
    print("slowest:")
    for t in timings[:10]:
        flag = "  INTERRUPTED (backtracks)" if t.interrupted else ""
        print(f"  {t.seconds * 1000:8.1f} ms  {t.name}  on {t.input!r}{flag}")
    return 1 if any(t.interrupted for t in timings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
