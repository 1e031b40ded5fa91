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
    for _ in range(rounds):
        for name, data in items:
            t = time.perf_counter()
            diagnose(data, name)
            per[name].append(time.perf_counter() - t)
    medians = sorted((statistics.median(v), k) for k, v in per.items())
    times = [m for m, _ in medians]
    p99 = times[min(len(times) - 1, max(0, round(0.99 * len(times)) - 1))]
    print(json.dumps({
        "messages": len(times),
        "import_s": t_import,
        "first_s": first,
        "median_s": statistics.median(times),
        "p99_s": p99,
        "max_s": times[-1],
        "total_s": sum(times),
        "slowest": [[k, m] for m, k in medians[-3:][::-1]],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
