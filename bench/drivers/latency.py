"""In-process timing of diagnose() for `make bench`; prints one JSON object.

    python latency.py ROUNDS FILE_OR_FOLDER...

Each file is read into memory first; the first diagnose() (which loads the
catalog) is timed apart. Then every message is diagnosed ROUNDS times; a
message's time is the median of its rounds.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

t_import = time.perf_counter()
from bounce_doctor.engine import diagnose  # noqa: E402

t_import = time.perf_counter() - t_import


def files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    return out


def main(argv: list[str]) -> int:
    rounds = int(argv[0])
    items = [(f.name, f.read_bytes()) for f in files(argv[1:])]
    t = time.perf_counter()
    diagnose(items[0][1], items[0][0])
    first = time.perf_counter() - t
    per: dict[str, list[float]] = {name: [] for name, _ in items}
    per_cpu: dict[str, list[float]] = {name: [] for name, _ in items}
    clock, cpu_clock = time.perf_counter, time.thread_time
    for _ in range(rounds):
        for name, data in items:
            t, c = clock(), cpu_clock()
            diagnose(data, name)
            per_cpu[name].append(cpu_clock() - c)
            per[name].append(clock() - t)
    out: dict[str, object] = {"messages": len(items), "import_s": t_import, "first_s": first}
    for suffix, samples in (("", per), ("_cpu", per_cpu)):
        medians = sorted((statistics.median(v), k) for k, v in samples.items())
        times = [m for m, _ in medians]
        out["median_s" + suffix] = statistics.median(times)
        out["p99_s" + suffix] = times[min(len(times) - 1, max(0, round(0.99 * len(times)) - 1))]
        out["max_s" + suffix] = times[-1]
        out["slowest" + suffix] = [[k, m] for m, k in medians[-3:][::-1]]
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
