"""bounce-doctor explain and headers on several processes: the same output, in the same order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bounce_doctor import cli
from bounce_doctor.engine.inputs import Item
from bounce_doctor.engine.limits import Limits
from bounce_doctor.engine.model import Report

from .conftest import SAMPLES, corpus_dir

CLI = [sys.executable, "-m", "bounce_doctor"]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], capture_output=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The corpus, our samples (a README and an index among them: no email) and inputs that fail."""
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.eml").write_bytes(b"")
    (bad / "binary.eml").write_bytes(bytes(range(256)) * 40)
    return [str(corpus_dir("sisimai") / "bounces"), str(SAMPLES), str(bad), str(bad / "missing.eml")]


@pytest.mark.parametrize(
    "args",
    [("explain", "--json"), ("explain",), ("explain", "--csv"), ("explain", "--draft", "recipient"),
     ("headers", "--json"), ("headers",)],
    ids=["json", "text", "csv", "draft", "headers-json", "headers-text"],
)
def test_two_processes_print_what_one_prints(mixed: list[str], args: tuple[str, ...]) -> None:
    one = run(*args, "--jobs", "1", *mixed)
    two = run(*args, "--jobs", "2", *mixed)
    assert one.returncode == two.returncode == 1  # the bad inputs
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert len(one.stdout) > 100_000  # the corpus was read
    assert b"missing.eml" in one.stderr
    assert b"Traceback" not in two.stderr


def _pid(item: Item, report: Report) -> tuple[str, int]:
    return item.name, os.getpid()


def _items(n: int) -> list[Item]:
    data = (SAMPLES / "wrong-address.eml").read_bytes()
    return [Item(f"m{i:03}", data) for i in range(n)]


@pytest.mark.skipif(not cli._can_fork(), reason="workers are forked on Linux only; elsewhere one process reads")
def test_many_messages_are_read_by_workers_in_order() -> None:
    out = list(cli._results(iter(_items(60)), _pid, Limits(), jobs=2))
    assert [o[1][0] for o in out] == [f"m{i:03}" for i in range(60)]  # the order of the input
    pids = [o[1][1] for o in out]
    first = cli._PARALLEL_AFTER
    assert set(pids[:first]) == {os.getpid()}  # the first ones here, warming up what the workers inherit
    assert os.getpid() not in pids[first:]
    assert len(set(pids[first:])) == 2


def test_a_few_messages_are_read_here() -> None:
    for n in (1, cli._PARALLEL_AFTER):
        out = list(cli._results(iter(_items(n)), _pid, Limits(), jobs=2))
        assert len(out) == n
        assert {o[1][1] for o in out} == {os.getpid()}  # starting workers would cost more than it saves


def test_jobs_must_be_a_positive_number() -> None:
    for bad in ("0", "-1", "two"):
        out = run("explain", "--jobs", bad, str(SAMPLES / "wrong-address.eml"))
        assert out.returncode == 2
        assert b"is not a number of processes" in out.stderr


@pytest.mark.skipif(not cli._can_fork(), reason="workers are forked on Linux only")
def test_ctrl_c_stops_every_process_without_a_traceback(tmp_path: Path) -> None:
    corpus = sorted((corpus_dir("sisimai") / "bounces").iterdir())  # real bounces: the workers are busy
    for i in range(6):
        for f in corpus:
            (tmp_path / f"{i}-{f.name}").write_bytes(f.read_bytes())
    proc = subprocess.Popen(
        [*CLI, "explain", "--json", "--jobs", "2", str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # reading has started
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl+C in a terminal: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err == b""  # no traceback, no "Process ForkPoolWorker-1:" from a worker
    assert group_ends(proc.pid, within=10.0)  # no worker left behind


def group_ends(pgid: int, *, within: float) -> bool:
    """Whether every process of the group ``pgid`` has ended within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False
