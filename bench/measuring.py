"""Running the tools and timing them: each run a whole process (wall, CPU, peak memory), round after round;
diagnose()'s latency in process; the window's Batch tab and its start-up (bench/drivers/)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from common import DRIVERS, OURS_PY, WINDOW_ROWS, WORK, say


@dataclass
class Run:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    output: str = ""

    def med(self, what: str) -> float:
        return statistics.median(getattr(self, what))


def run_process(cmd: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds and peak resident KB of one whole process, and its output (saved to a file)."""
    out_path, res_path = WORK / "out.txt", WORK / "measure.json"
    subprocess.run([sys.executable, "-I", "-S", str(DRIVERS / "measure.py"), str(res_path), str(out_path), *cmd],
                   check=True)
    m = json.loads(res_path.read_text())
    if m["exit"] not in (0, 1):  # 1: bounce-doctor read some input that held no email
        raise RuntimeError(f"{cmd[0]} exited with {m['exit']}")
    return m["wall"], m["cpu"], m["maxrss_kb"], out_path.read_text(encoding="utf-8", errors="replace")


def throughput(cmds: dict[str, list[str]], target: Path, rounds: int) -> dict[str, Run]:
    runs = {k: Run() for k in cmds}
    for r in range(rounds):
        for name, cmd in cmds.items():
            wall, cpu, rss, out = run_process([*cmd, str(target)])
            runs[name].wall.append(wall)
            runs[name].cpu.append(cpu)
            runs[name].rss_kb.append(rss)
            if r == 0:
                runs[name].output = out
        say(f"bench:   {target.name}: round {r + 1}/{rounds}")
    return runs


def latency(rounds: int, paths: list[Path]) -> dict[str, object]:
    r = subprocess.run([str(OURS_PY), str(DRIVERS / "latency.py"), str(rounds), *map(str, paths)],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def window_batch(rounds: int, mbox: Path) -> list[dict[str, float]]:
    """The window's Batch tab on the mbox, round after round (bench/drivers/batch_window.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = []
    for r in range(rounds):
        p = subprocess.run([str(OURS_PY), str(DRIVERS / "batch_window.py"), str(mbox), str(WINDOW_ROWS)],
                           capture_output=True, text=True, check=True, env=env)
        out.append(json.loads(p.stdout.strip().splitlines()[-1]))
        say(f"bench:   the Batch tab on {mbox.name}: round {r + 1}/{rounds}")
    return out


def startup(rounds: int, drop: Path) -> dict[str, list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res: dict[str, list[float]] = {"shown": [], "diagnosed": [], "shown_cpu": [], "diagnosed_cpu": [],
                                   "idle_rss_kb": [], "peak_rss_kb": []}
    for _ in range(rounds):
        t0 = time.perf_counter()
        p = subprocess.Popen([str(OURS_PY), str(DRIVERS / "startup.py"), str(drop)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, text=True)
        assert p.stdout is not None
        for line in p.stdout:
            word, _, value = line.strip().partition(" ")
            if word in ("shown", "diagnosed"):
                res[word].append(time.perf_counter() - t0)
                res[word + "_cpu"].append(float(value))
            elif word == "rss":
                rss, _, hwm = value.partition(" ")
                res["idle_rss_kb"].append(int(rss))
                res["peak_rss_kb"].append(int(hwm))
        p.wait()
    return res
