"""The bench's results as a Markdown table (printed, and written to bench/results.md): every measurement,
then the targets of issues #10 and #18, each met or not."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from common import HUGE_MB, MANY, OURS, OURS_ONE, TARGETS, WINDOW_ROWS
from measuring import Run


def found(tool: str, output: str) -> int:
    """Messages in which the tool found a bouncing recipient (a sanity check, not a score)."""
    lines = [x for x in output.splitlines() if x.strip()]
    if tool in (OURS, OURS_ONE):
        n = 0
        for x in lines:
            r = json.loads(x)
            n += any(rc.get("action") in ("failed", "delayed") for rc in r.get("recipients", []))
        return n
    if tool == "sisimai":
        return len({x.split("\t")[0] for x in lines})
    return sum(1 for x in lines if x.split("\t", 1)[1:] and x.split("\t", 1)[1].strip())


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()} {platform.release()}"


def fmt_s(x: float) -> str:
    return f"{x:.3f} s" if x < 10 else f"{x:.1f} s"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


@dataclass
class Measured:
    """Everything one bench run measured, with what it ran on."""

    rounds: int
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    versions: dict[str, str]
    peer_errors: dict[str, str | None]
    n_corpus: int
    corpus_runs: dict[str, Run]
    many_runs: dict[str, Run] | None
    big: dict[str, Path]
    big_runs: dict[str, dict[str, Run]]
    lat: dict
    big_lat: dict[str, dict]
    mbox: Path
    mbox_runs: dict[str, Run]
    win: list[dict[str, float]]
    huge: tuple[Path, tuple[float, float, int, str]] | None
    st: dict[str, list[float]]


def results_text(m: Measured) -> str:
    """The Markdown of the results."""
    rounds, load_before, load_after = m.rounds, m.load_before, m.load_after
    versions, peer_errors, n_corpus = m.versions, m.peer_errors, m.n_corpus
    corpus_runs, many_runs, big, big_runs = m.corpus_runs, m.many_runs, m.big, m.big_runs
    lat, big_lat, mbox, mbox_runs, win, huge, st = m.lat, m.big_lat, m.mbox, m.mbox_runs, m.win, m.huge, m.st
    ours = OURS
    jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    lines: list[str] = []
    w = lines.append
    w("# Bounce Doctor benchmark")
    w("")
    w(f"Run on {time.strftime('%Y-%m-%d %H:%M')}: {machine()}.")
    w(f"Load average (1 min) {load_before[0]:.2f} before, {load_after[0]:.2f} after. "
      f"Medians of {rounds} round(s); every run is a whole process unless it says in-process.")
    w("Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".")
    for k, v in peer_errors.items():
        if v:
            w(f"**{k} left out:** {v}.")
    w("")

    def table(title: str, runs: dict[str, Run], n: int | None) -> None:
        w(f"## {title}")
        w("")
        w("| tool | wall | CPU | peak memory | " + ("messages/s (wall) | CPU per message | " if n else "") +
          "peer's wall / ours | peer's CPU / ours | bounces found |")
        w("|---|---|---|---|" + ("---|---|" if n else "") + "---|---|---|")
        for name, r in runs.items():
            ratio_w = r.med("wall") / runs[ours].med("wall")
            ratio_c = r.med("cpu") / runs[ours].med("cpu")
            rate = f"{n / r.med('wall'):,.0f} | {r.med('cpu') / n * 1000:.3f} ms | " if n else ""
            ratio = "—" if name in (ours, OURS_ONE) else f"{ratio_w:.2f}×"
            ratio_cpu = "—" if name in (ours, OURS_ONE) else f"{ratio_c:.2f}×"
            w(f"| {name} | {fmt_s(r.med('wall'))} | {fmt_s(r.med('cpu'))} | {statistics.median(r.rss_kb) / 1024:.0f} MB "
              f"| {rate}{ratio} | {ratio_cpu} | {found(name, r.output):,} |")
        w("")

    table(f"Throughput: the corpus, {n_corpus} bounces", corpus_runs, n_corpus)
    if many_runs is not None:
        table(f"Throughput: {MANY:,} messages (the corpus repeated)", many_runs, MANY)
    for kind, runs in big_runs.items():
        size = big[kind].stat().st_size / 2**20
        table(f"A {size:.0f} MiB bounce ({'a base64 attachment' if kind == 'attachment' else 'a long text part'}),"
              " the whole process", runs, None)

    n_mbox = win[0]["messages"]
    mb = mbox.stat().st_size / 2**20
    cli_wall, cli_cpu = mbox_runs[OURS].med("wall"), mbox_runs[OURS].med("cpu")
    wmed = {k: statistics.median(x[k] for x in win) for k in win[0]}
    w(f"## A {mb:.0f} MiB mbox ({n_mbox:,} messages, the corpus repeated): the command line and the window")
    w("")
    w("| what | wall | CPU | peak memory | messages/s (wall) |")
    w("|---|---|---|---|---|")
    w(f"| `bounce-doctor explain --json` ({jobs} processes) | {fmt_s(cli_wall)} | {fmt_s(cli_cpu)} "
      f"| {statistics.median(mbox_runs[OURS].rss_kb) / 1024:.0f} MB | {n_mbox / cli_wall:,.0f} |")
    w(f"| the window's Batch tab, until the last row is in the table | {fmt_s(wmed['wall'])} | {fmt_s(wmed['cpu'])} "
      f"(window {fmt_s(wmed['gui_cpu'])}) | window {wmed['peak_rss_kb'] / 1024:.0f} MB, largest worker "
      f"{wmed['worker_peak_rss_kb'] / 1024:.0f} MB | {n_mbox / wmed['wall']:,.0f} |")
    w(f"| reopening the last message in the diagnosis view | {fmt_s(wmed['reopen'])} | | | |")
    w(f"| the window with {WINDOW_ROWS:,} rows in the table | | | {wmed['rss_rows_kb'] / 1024:.0f} MB resident | |")
    if huge is not None:
        hpath, (hwall, hcpu, hrss, _out) = huge
        w(f"| `bounce-doctor explain --json` on a {hpath.stat().st_size / 2**30:.2f} GiB mbox (once) | {fmt_s(hwall)} "
          f"| {fmt_s(hcpu)} | {hrss / 1024:.0f} MB | |")
    w("")
    w(f"Longest event-loop stall while the rows arrived (a 10 ms timer's largest gap): {wmed['max_stall'] * 1000:.0f} ms.")
    w("")
    w("## diagnose(), in process")
    w("")
    w("| what | clock | median | 99th percentile | maximum |")
    w("|---|---|---|---|---|")
    for sfx, clock in (("", "wall"), ("_cpu", "CPU")):
        w(f"| one corpus message ({lat['messages']}) | {clock} | {lat['median_s' + sfx] * 1000:.2f} ms "
          f"| {lat['p99_s' + sfx] * 1000:.2f} ms | {lat['max_s' + sfx] * 1000:.2f} ms |")
    for kind, b in big_lat.items():
        for sfx, clock in (("", "wall"), ("_cpu", "CPU")):
            w(f"| the 20 MiB bounce ({kind}) | {clock} | {b['median_s' + sfx] * 1000:.0f} ms | | |")
    w("")
    w(f"Importing the engine: {lat['import_s'] * 1000:.0f} ms; the first diagnose() (loads the catalog): "
      f"{lat['first_s'] * 1000:.0f} ms. Slowest corpus messages (CPU): "
      + ", ".join(f"{k} ({v * 1000:.1f} ms)" for k, v in lat["slowest_cpu"]) + ".")
    w("")
    w("## The window (offscreen)")
    w("")
    w("| what | wall | CPU |")
    w("|---|---|---|")
    w(f"| process start to the main window shown | {fmt_s(statistics.median(st['shown']))} "
      f"| {fmt_s(statistics.median(st['shown_cpu']))} |")
    w(f"| process start to a dropped file diagnosed and shown | {fmt_s(statistics.median(st['diagnosed']))} "
      f"| {fmt_s(statistics.median(st['diagnosed_cpu']))} |")
    w(f"| resident memory, idle window after the drop | {statistics.median(st['idle_rss_kb']) / 1024:.0f} MB | |")
    w(f"| peak resident memory of the window process | {statistics.median(st['peak_rss_kb']) / 1024:.0f} MB | |")
    w("")

    w("## Targets (issue #10)")
    w("")
    w(f"Judged on wall time, as a person waits. `bounce-doctor explain` reads on one process per core ({jobs} "
      "here); the CPU column adds up the time of all its processes, so it compares the work each tool does, and "
      "the one-process rows compare one core with one core.")
    w("")
    w("| target | wall | | CPU | |")
    w("|---|---|---|---|---|")
    cr = corpus_runs

    def row(name: str, wall: float, cpu: float, ok: Callable[[float], bool], unit: str) -> None:
        w(f"| {name} | {wall:.{2 if unit == '×' else 3}f}{unit} | {verdict(ok(wall))} "
          f"| {cpu:.{2 if unit == '×' else 3}f}{unit} | {verdict(ok(cpu))} |")

    for peer, want in (("sisimai", TARGETS["vs_sisimai"]), ("flufl.bounce", TARGETS["vs_flufl"])):
        for me, how in ((ours, f"{jobs} processes"), (OURS_ONE, "one process")):
            if peer in cr and me in cr:
                row(f"corpus throughput at least {want:g}× {peer}'s ({how})",
                    cr[peer].med("wall") / cr[me].med("wall"), cr[peer].med("cpu") / cr[me].med("cpu"),
                    lambda x, want=want: x >= want, "×")
    row("diagnose() 99th percentile under 20 ms", lat["p99_s"] * 1000, lat["p99_s_cpu"] * 1000,
        lambda x: x < TARGETS["p99_ms"], " ms")
    for kind, b in big_lat.items():
        row(f"20 MiB bounce ({kind}) diagnosed under 0.5 s (in process)", b["median_s"], b["median_s_cpu"],
            lambda x: x < TARGETS["big_s"], " s")
    row("main window shown within 0.7 s of process start", statistics.median(st["shown"]),
        statistics.median(st["shown_cpu"]), lambda x: x < TARGETS["shown_s"], " s")
    idle = statistics.median(st["idle_rss_kb"]) / 1024
    w(f"| idle window under 150 MB resident | {idle:.0f} MB | {verdict(idle < TARGETS['idle_mb'])} | | |")
    w("")
    w("## Targets (issue #18)")
    w("")
    w("| target | measured | |")
    w("|---|---|---|")
    if many_runs is not None and "sisimai" in many_runs:
        one = many_runs["sisimai"].med("cpu") / many_runs[OURS_ONE].med("cpu")
        w(f"| one-process CPU per message on {MANY:,} messages at least sisimai's (sisimai's CPU / ours) "
          f"| {one:.2f}× | {verdict(one >= 1.0)} |")
        both = many_runs["sisimai"].med("wall") / many_runs[OURS].med("wall")
        w(f"| wall time on {MANY:,} messages with every core at least 2× sisimai's | {both:.2f}× | {verdict(both >= 2.0)} |")
    ratio = wmed["wall"] / cli_wall
    w(f"| the Batch tab within 1.2× the command line's wall time on the {mb:.0f} MiB mbox | {ratio:.2f}× "
      f"| {verdict(ratio <= 1.2)} |")
    w(f"| reopening the last message under 0.2 s | {wmed['reopen']:.3f} s | {verdict(wmed['reopen'] < 0.2)} |")
    rows_mb = wmed["rss_rows_kb"] / 1024
    w(f"| the window under 300 MB with {WINDOW_ROWS:,} rows | {rows_mb:.0f} MB | {verdict(rows_mb < 300)} |")
    if huge is not None:
        hmb = huge[1][2] / 1024
        w(f"| the command line under 100 MB resident on the {HUGE_MB} MB mbox | {hmb:.0f} MB | {verdict(hmb < 100)} |")
    w(f"| no event-loop stall over 100 ms while rows arrive | {wmed['max_stall'] * 1000:.0f} ms "
      f"| {verdict(wmed['max_stall'] < 0.1)} |")
    w("")
    return "\n".join(lines)
