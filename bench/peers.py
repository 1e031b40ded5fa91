"""The tools the bench compares: installing the peers (sisimai, flufl.bounce) and the command of each tool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from common import BENCH, DRIVERS, OURS, OURS_CLI, OURS_ONE, PEERS_VENV, ROOT, say


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
