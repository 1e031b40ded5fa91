"""Privacy and safety: no network, HTML never rendered, attachments never opened, files only read."""

from __future__ import annotations

import ast
import builtins
import io
import os
import pkgutil
import socket
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest

import bounce_doctor
from bounce_doctor import cli
from bounce_doctor.engine import diagnose
from bounce_doctor.engine.inputs import read_path

from ..conftest import SAMPLES, SISIMAI

HEAD = b"From: MAILER-DAEMON@example.org\nTo: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n"
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "ftplib", "smtplib", "poplib", "imaplib", "telnetlib",
                   "xmlrpc", "requests", "urllib3", "httpx", "aiohttp", "asyncio", "webbrowser")


def _corpus_subset() -> list[Path]:
    files = sorted((SISIMAI / "bounces").glob("*.eml")) if (SISIMAI / "bounces").is_dir() else []
    return files[::8] + sorted(SAMPLES.glob("*.eml"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way to the network raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def f(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network access attempted: {name}")

        return f

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "getfqdn",
                 "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_engine_and_cli_work_with_the_network_blocked(
    no_network: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    files = _corpus_subset()
    for p in files:
        diagnose(p.read_bytes(), p.name)
    assert cli.main(["explain", "--json", *map(str, files)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == len(files)
    assert cli.main(["codes", "5.1.1"]) == 0
    assert no_network == []


def _sources() -> list[Path]:
    root = Path(bounce_doctor.__file__).parent
    engine = root / "engine"
    return [*sorted(engine.rglob("*.py")), *sorted((root / "output").glob("*.py")), root / "cli.py", root / "resources.py"]


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_no_network_module_is_imported(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            names.append("__import__")
    bad = [n for n in names if n == "__import__" or any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES)]
    assert bad == []


def test_every_engine_module_is_scanned() -> None:
    import bounce_doctor.engine as engine

    mods = {m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(engine.__path__, "x.") if not m.ispkg}
    scanned = {p.stem for p in _sources()}
    assert mods <= scanned


def test_html_is_shown_as_text_and_nothing_is_fetched(no_network: list[str]) -> None:
    html = (b"<html><head><style>body{background:url(http://tracker.example/bg.png)}</style>"
            b"<script>fetch('http://tracker.example/x')</script></head><body>"
            b"<p>Delivery to bob@example.net failed: 550 5.1.1 user unknown</p>"
            b"<img src=\"http://tracker.example/pixel.gif\"><iframe src=\"https://tracker.example/\"></iframe>"
            b"<a href=\"http://example.com/help\">help</a></body></html>")
    r = diagnose(HEAD + b"Content-Type: text/html\n\n" + html)
    assert "Delivery to bob@example.net failed: 550 5.1.1 user unknown" in r.text
    for markup in ("<img", "<script", "<style", "<iframe", "fetch(", "pixel.gif", "bg.png"):
        assert markup not in r.text
    assert no_network == []


def test_attachments_are_never_opened_or_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an attachment was opened or run")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(os, "system", refuse)
    monkeypatch.setattr(os, "execv", refuse)
    import zipfile

    monkeypatch.setattr(zipfile, "ZipFile", refuse)
    exe = b"TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAA\n"
    data = (HEAD + b"Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: text/plain\n\n"
            b"bob@example.net: 550 5.1.1 unknown\n--X\nContent-Type: application/x-msdownload; name=run.exe\n"
            b"Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=run.exe\n\n" + exe +
            b"--X\nContent-Type: application/zip; name=a.zip\nContent-Transfer-Encoding: base64\n\nUEsDBAo=\n--X--\n")
    r = diagnose(data)
    assert "attachment run.exe (application/x-msdownload, 42 bytes), not opened" in r.text
    assert "a.zip" in r.text
    assert list(tmp_path.iterdir()) == []


def test_input_files_are_only_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for p in _corpus_subset()[:20]:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "mbox").write_bytes((SISIMAI / "mailbox" / "mbox-0").read_bytes() if (SISIMAI / "mailbox").is_dir()
                                  else b"From a@b Mon\n" + (SAMPLES / "wrong-address.eml").read_bytes())
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()}

    modes: list[str] = []
    flags: list[int] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file: object, mode: str = "r", *a: object, **kw: object):  # type: ignore[no-untyped-def]
        modes.append(mode)
        return real_open(file, mode, *a, **kw)  # type: ignore[call-overload]

    def spy_os_open(path: object, fl: int, *a: object, **kw: object) -> int:
        flags.append(fl)
        return real_os_open(path, fl, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    try:
        items = list(read_path(folder))
        for it in items:
            if it.data:
                diagnose(it.data, it.name)
        assert cli.main(["explain", "--json", str(folder)]) in (0, 1)
    finally:
        monkeypatch.undo()
        folder.chmod(0o755)
    assert items
    assert flags, "input files are opened with os.open"
    write = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    assert all(fl & write == 0 for fl in flags)
    assert all(set(m) <= set("rb") for m in modes), modes
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in folder.iterdir()}
    assert after == before
    assert all(not (mode & stat.S_IWUSR) for _, _, mode in after.values())


def test_no_temporary_files_are_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    files = _corpus_subset()[:30]
    for p in files:
        diagnose(p.read_bytes(), p.name)
    cli.main(["explain", "--json", *map(str, files)])
    out = subprocess.run([*cli_cmd(), "explain", "--json", str(files[0])], capture_output=True, check=False,
                         env={**os.environ, "TMPDIR": str(tmp)}, timeout=120)
    assert out.returncode == 0
    capsys.readouterr()
    assert list(tmp.iterdir()) == []


def cli_cmd() -> list[str]:
    import sys

    return [sys.executable, "-m", "bounce_doctor"]
