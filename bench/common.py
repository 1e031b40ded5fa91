"""The bench's places, sizes and targets, shared by its modules, and how it talks (to stderr)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DRIVERS = BENCH / "drivers"
CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai" / "bounces"
WORK = Path(os.environ.get("BENCH_DIR", "/tmp/bounce-doctor-bench"))
PEERS_VENV = BENCH / ".venv-peers"
OURS_PY = ROOT / ".venv" / "bin" / "python"
OURS_CLI = ROOT / ".venv" / "bin" / "bounce-doctor"
MANY = 10_000
OURS = "Bounce Doctor"
OURS_ONE = "Bounce Doctor, one process (--jobs 1)"
BIG_MB = 20
MBOX_MB = 100  # the mbox the window's Batch tab and the command line read
HUGE_MB = int(os.environ.get("BENCH_HUGE_MB", "1024"))  # the command line's memory on a mailbox this big (0: skip)
WINDOW_ROWS = 100_000

# the targets of issue #10
TARGETS = {
    "vs_sisimai": 2.0,  # sisimai's time / ours, at least
    "vs_flufl": 1.0,  # flufl.bounce's time / ours, at least
    "p99_ms": 20.0,
    "big_s": 0.5,
    "shown_s": 0.7,
    "idle_mb": 150.0,
}


def say(*args: object) -> None:
    print(*args, file=sys.stderr, flush=True)
