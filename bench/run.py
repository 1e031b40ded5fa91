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

This file is the entry point; beside it, common.py holds the places, sizes and
targets, peers.py installs the peers and names each tool's command, inputs.py
builds the inputs, measuring.py runs and times the tools, and results.py writes
the table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from common import BENCH, CORPUS, HUGE_MB, MANY, MBOX_MB, OURS, OURS_CLI, OURS_PY, ROOT, WORK, say
from inputs import build_big, build_many, build_mbox
from measuring import latency, run_process, startup, throughput, window_batch
from peers import ensure_flufl, ensure_sisimai, sisimai_version, tools
from results import Measured, results_text


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

    text = results_text(Measured(
        rounds=rounds, load_before=load_before, load_after=load_after, versions=versions, peer_errors=peer_errors,
        n_corpus=n_corpus, corpus_runs=corpus_runs, many_runs=many_runs, big=big, big_runs=big_runs, lat=lat,
        big_lat=big_lat, mbox=mbox, mbox_runs=mbox_runs, win=win, huge=huge, st=st,
    ))
    print(text)
    if not args.no_write:
        (BENCH / "results.md").write_text(text, encoding="utf-8")
        say("bench: written to bench/results.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
