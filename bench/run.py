"""`make bench`: Bounce Doctor against sisimai and flufl.bounce on the same bounces.

    python bench/run.py [--rounds N] [--quick] [--no-write]

It installs its peers itself (sisimai from Debian's libsisimai-perl, flufl.bounce
from PyPI into bench/.venv-peers), builds its inputs once outside the repo
(BENCH_DIR, default /tmp/bounce-doctor-bench: the corpus repeated to 10,000
messages, two 20 MB bounces, the corpus as one 100 MB mbox and as a 1 GB one,
BENCH_HUGE_MB=0 to skip that), then runs every tool as a whole process on the
same files, round after round (the tools take turns within a round, so a change
in the machine's load falls on all of them), and prints medians as a table.
Wall time is what a person waits; CPU time (user + system of the process) is
steadier when other work shares the machine, so both are shown. The table also
goes to bench/results.md unless --no-write is given.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
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


# ---- peers


def sisimai_ok() -> bool:
    return subprocess.run(["perl", "-MSisimai", "-e1"], capture_output=True).returncode == 0


def ensure_sisimai() -> str | None:
    """None when sisimai can run, else why not."""
    if shutil.which("perl") is None:
        return "perl is missing"
    if sisimai_ok():
        return None
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return "sisimai is missing: install Debian's libsisimai-perl (as root: apt-get install libsisimai-perl)"
    say("bench: installing sisimai (apt-get install libsisimai-perl)")
    for cmd in (["apt-get", "install", "-y", "-q", "libsisimai-perl"], ["apt-get", "update", "-q"],
                ["apt-get", "install", "-y", "-q", "libsisimai-perl"]):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        if sisimai_ok():
            return None
    return "libsisimai-perl could not be installed with apt-get"


def sisimai_version() -> str:
    r = subprocess.run(["perl", "-MSisimai", "-e", "print $Sisimai::VERSION"], capture_output=True, text=True)
    return r.stdout.strip().lstrip("v")


def ensure_flufl() -> str | None:
    """None when flufl.bounce is installed in bench/.venv-peers, else why not."""
    py = PEERS_VENV / "bin" / "python"
    stamp = PEERS_VENV / ".installed"
    reqs = BENCH / "requirements-peers.txt"
    if stamp.exists() and stamp.read_text() == reqs.read_text():
        return None
    say(f"bench: installing flufl.bounce into {PEERS_VENV.relative_to(ROOT)}")
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    r = subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(reqs)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return "flufl.bounce could not be installed: " + (r.stderr.strip().splitlines() or ["?"])[-1]
    stamp.write_text(reqs.read_text())
    return None


# ---- inputs


def build_many() -> Path:
    """The corpus repeated to 10,000 messages, as a folder of copies (made once)."""
    folder = WORK / f"many-{MANY}"
    src = sorted(CORPUS.iterdir())
    if folder.is_dir() and len(list(folder.iterdir())) == MANY:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for i in range(MANY):
        f = src[i % len(src)]
        (folder / f"{i:05d}-{f.name}").write_bytes(f.read_bytes())
    return folder


def build_mbox(mb: int) -> Path:
    """The corpus repeated into one mbox file of about ``mb`` MB (made once); lines that start with "From "
    are escaped as ">From ", as mail programs write them."""
    path = WORK / f"corpus-{mb}mb.mbox"
    want = mb * 1024 * 1024
    if path.is_file() and path.stat().st_size >= want:
        return path
    src = [f.read_bytes() for f in sorted(CORPUS.iterdir())]
    part = path.with_suffix(".part")
    WORK.mkdir(parents=True, exist_ok=True)
    written = i = 0
    with part.open("wb") as out:
        while written < want:
            lines = [b">" + x if x.startswith(b"From ") else x for x in src[i % len(src)].split(b"\n")]
            chunk = b"From MAILER-DAEMON Mon Mar  2 10:00:00 2026\n" + b"\n".join(lines).rstrip(b"\n") + b"\n\n"
            out.write(chunk)
            written += len(chunk)
            i += 1
    part.replace(path)
    return path


_DSN_HEAD = """\
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 2 Mar 2026 10:00:00 +0100
Message-ID: <bench-big@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.com>: host mx.example.com[192.0.2.25] said: 552 5.2.2
    <bob@example.com>: Mailbox full (in reply to RCPT TO command)

--OUTER
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Mon, 2 Mar 2026 09:59:58 +0100

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <bob@example.com>: Mailbox full

--OUTER
Content-Type: message/rfc822

From: Alice <alice@example.org>
To: Bob <bob@example.com>
Subject: The photos
Date: Mon, 2 Mar 2026 09:59:50 +0100
Message-ID: <photos@example.org>
MIME-Version: 1.0
"""


def build_big() -> dict[str, Path]:
    """Two 20 MB bounces: one returning a message with a 20 MB base64 attachment, one with a long text part."""
    folder = WORK / "big"
    folder.mkdir(parents=True, exist_ok=True)
    size = BIG_MB * 1024 * 1024
    out = {"attachment": folder / "big-attachment.eml", "text": folder / "big-text.eml"}
    if not out["attachment"].exists():
        raw = bytes((i * 7919) % 251 for i in range(size * 3 // 4 + 3))
        b64 = base64.encodebytes(raw).decode("ascii")  # 76-character lines
        body = (
            _DSN_HEAD + 'Content-Type: multipart/mixed; boundary="INNER"\n\n--INNER\n'
            "Content-Type: text/plain; charset=utf-8\n\nHere they are.\n\n--INNER\n"
            'Content-Type: application/zip; name="photos.zip"\nContent-Transfer-Encoding: base64\n'
            'Content-Disposition: attachment; filename="photos.zip"\n\n' + b64 + "--INNER--\n\n--OUTER--\n"
        )
        out["attachment"].write_text(body, encoding="ascii")
    if not out["text"].exists():
        line = "The quarterly figures, line by line, as promised in the meeting last week. 0123456789\n"
        text = line * (size // len(line))
        body = _DSN_HEAD + "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n--OUTER--\n"
        out["text"].write_text(body, encoding="ascii")
    return out


# ---- running


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


def tools(peer_errors: dict[str, str | None]) -> dict[str, list[str]]:
    t: dict[str, list[str]] = {
        OURS: [str(OURS_CLI), "explain", "--json"],  # as a user runs it: one process per core
        OURS_ONE: [str(OURS_CLI), "explain", "--json", "--jobs", "1"],
    }
    if not peer_errors["sisimai"]:
        t["sisimai"] = ["perl", str(DRIVERS / "peer_sisimai.pl")]
    if not peer_errors["flufl.bounce"]:
        t["flufl.bounce"] = [str(PEERS_VENV / "bin" / "python"), str(DRIVERS / "peer_flufl.py")]
    return t


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


# ---- the report


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "5")))
    ap.add_argument("--quick", action="store_true", help="one round, and no 10,000-message run")
    ap.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    args = ap.parse_args()
    rounds = 1 if args.quick else max(1, args.rounds)
    if not CORPUS.is_dir():
        say(f"bench: the corpus is missing: {CORPUS}")
        return 1
    if not OURS_CLI.exists():
        say("bench: .venv is missing; run `make bench` (it creates it)")
        return 1
    if WORK.resolve().is_relative_to(ROOT):
        say(f"bench: BENCH_DIR must be outside the repository: {WORK}")
        return 1
    WORK.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    peer_errors = {"sisimai": ensure_sisimai(), "flufl.bounce": ensure_flufl()}
    for k, v in peer_errors.items():
        if v:
            say(f"bench: {k} left out: {v}")
    versions = {"Bounce Doctor": subprocess.run([str(OURS_PY), "-c", "import bounce_doctor; print(bounce_doctor.__version__)"],
                                                capture_output=True, text=True).stdout.strip()}
    if not peer_errors["sisimai"]:
        versions["sisimai"] = sisimai_version() + " (Debian libsisimai-perl)"
    if not peer_errors["flufl.bounce"]:
        versions["flufl.bounce"] = "6.0.0 (PyPI)"
    cmds = tools(peer_errors)
    n_corpus = len(list(CORPUS.iterdir()))
    say("bench: building the inputs in", WORK)
    many = None if args.quick else build_many()
    big = build_big()

    say(f"bench: throughput on the corpus ({n_corpus} files), {rounds} rounds")
    corpus_runs = throughput(cmds, CORPUS, rounds)
    many_runs = None
    if many is not None:
        say(f"bench: throughput on {MANY:,} messages, {rounds} rounds")
        many_runs = throughput(cmds, many, rounds)
    say("bench: the 20 MB bounces")
    big_runs = {kind: throughput(cmds, path, rounds) for kind, path in big.items()}
    say("bench: diagnose() latency, in process")
    lat = latency(rounds, [CORPUS])
    big_lat = {kind: latency(rounds, [path]) for kind, path in big.items()}
    mbox = build_mbox(MBOX_MB)
    mbox_rounds = min(rounds, 3)  # the slowest rows: fewer rounds keep the bench within minutes
    say(f"bench: the {MBOX_MB} MB mbox, {mbox_rounds} rounds: the command line, then the window's Batch tab")
    mbox_runs = throughput({OURS: cmds[OURS]}, mbox, mbox_rounds)
    win = window_batch(mbox_rounds, mbox)
    huge = None
    if HUGE_MB:
        say(f"bench: the command line's memory on a {HUGE_MB} MB mbox (once)")
        huge_path = build_mbox(HUGE_MB)
        huge = (huge_path, run_process([*cmds[OURS], str(huge_path)]))
    say("bench: start-up of the window (offscreen)")
    drop = CORPUS / "lhost-postfix-01.eml"
    st = startup(rounds, drop)
    load_after = os.getloadavg()

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
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        (BENCH / "results.md").write_text(text, encoding="utf-8")
        say("bench: written to bench/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
