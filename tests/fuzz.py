"""A longer fuzzing campaign on the engine: ``make fuzz`` (FUZZ_SECONDS=300 by default).

Runs the properties of tests/engine/fuzzing.py with Hypothesis in rounds of
fresh random examples until the time is up, then prints how many inputs were
tried. A failure is shrunk by Hypothesis, printed, and ends the run with 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .engine import fuzzing

ROUND = 500  # examples per property and round


def _campaign() -> dict[str, tuple[st.SearchStrategy[object], Callable[[object], None]]]:
    return {
        "random bytes": (st.binary(max_size=20_000), fuzzing.prop_engine),
        "random text": (fuzzing.text_soup, fuzzing.prop_engine),
        "mutated corpus": (fuzzing.mutated_corpus(), fuzzing.prop_engine),
        "MIME soup": (fuzzing.mime_soup(), lambda d: (fuzzing.prop_engine(d), fuzzing.prop_parse(d))),  # type: ignore[arg-type]
        "HTML soup": (fuzzing.html_soup, fuzzing.prop_html),
    }


def _counting(name: str, prop: Callable[[object], None], counts: dict[str, int]) -> Callable[[object], None]:
    def body(data: object) -> None:
        counts[name] = counts.get(name, 0) + 1
        prop(data)

    return body


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="make fuzz")
    ap.add_argument("--seconds", type=float, default=300)
    args = ap.parse_args(argv)
    counts: dict[str, int] = {}
    t0 = time.monotonic()
    rounds = 0
    while time.monotonic() - t0 < args.seconds:
        rounds += 1
        for name, (strategy, prop) in _campaign().items():
            if time.monotonic() - t0 >= args.seconds:
                break

            test = settings(
                max_examples=ROUND, deadline=None, database=None, phases=[Phase.generate, Phase.shrink],
                suppress_health_check=list(HealthCheck),
            )(given(strategy)(_counting(name, prop, counts)))
            try:
                test()
            except Exception:
                traceback.print_exc()
                print(f"\nFAILED: {name}, after {sum(counts.values()):,} inputs", file=sys.stderr)
                return 1
        done = sum(counts.values())
        print(f"round {rounds}: {done:,} inputs in {time.monotonic() - t0:.0f} s", flush=True)
    total = sum(counts.values())
    print(f"\nfuzzing tried {total:,} inputs in {time.monotonic() - t0:.0f} s, no failure:")
    for name, n in counts.items():
        print(f"  {n:>10,}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
