"""bounce-doctor explain --online: live checks added to the JSON and the text, the offline part unchanged;
without --online, no socket is opened by the engine or the command line."""

from __future__ import annotations

import json
import socket

import pytest

from bounce_doctor import cli
from bounce_doctor.engine import diagnose
from bounce_doctor.output.text import report_dict

from .conftest import SAMPLES
from .live.dnsserver import DnsServer

SPAM = str(SAMPLES / "spam-block.eml")


@pytest.fixture
def server():
    s = DnsServer("45.113.0.203.zen.spamhaus.org. 60 IN A 127.255.255.254\n"
                  "example.net. 60 IN MX 10 mx2.example.net.\n")
    yield s
    s.close()


def _run(capsys, *argv):
    assert cli.main(["explain", "--jobs", "1", *argv]) == cli.EXIT_OK
    return capsys.readouterr().out


def test_online_json_has_live_checks_and_the_same_offline_part(capsys, server):
    offline = _run(capsys, "--json", SPAM)
    online = json.loads(_run(capsys, "--json", "--online", "--resolver", server.address, SPAM))
    checks = online.pop("live_checks")
    assert online.pop("live_network_error") is None
    assert online.pop("live_checked_at")
    assert json.dumps(online, ensure_ascii=False) == offline.strip()  # the offline diagnosis byte for byte
    zen = next(c for c in checks if c["name"] == "45.113.0.203.zen.spamhaus.org")
    assert (zen["kind"], zen["code"], zen["status"]) == ("blocklist", "bl.refused_public_resolver", "unknown")
    assert zen["answer"] == "127.255.255.254"
    assert "could not be done from this network" in zen["meaning"]
    assert any(c["code"] == "mx.present" for c in checks)
    assert ("example.net", "MX") in server.queries


def test_without_online_the_json_is_as_before(capsys):
    data = (SAMPLES / "spam-block.eml").read_bytes()
    out = _run(capsys, "--json", SPAM)
    assert out == json.dumps(report_dict(diagnose(data, SPAM)), ensure_ascii=False) + "\n"
    assert "live_checks" not in out


def test_online_text_adds_a_checked_live_section(capsys, server):
    offline = _run(capsys, "--lang", "en", SPAM)
    online = _run(capsys, "--lang", "en", "--online", "--resolver", server.address, SPAM)
    assert online.startswith(offline.rstrip("\n") + "\n\nChecked live at ")
    section = online[len(offline):]
    assert "[unknown] Spamhaus refused the query" in section
    assert "[ok] example.net receives mail" in section


@pytest.mark.parametrize("argv", [["--resolver", "127.0.0.1"], ["--online", "--csv"]])
def test_online_usage_errors(argv):
    with pytest.raises(SystemExit) as exc:
        cli.main(["explain", *argv, SPAM])
    assert exc.value.code == cli.EXIT_USAGE


OPENED: list[tuple] = []


def _refuse(*a, **k):
    OPENED.append(a)  # recorded, in case the caller swallows the error
    raise OSError(101, "a socket was opened with online checks off")


@pytest.fixture
def no_sockets(monkeypatch):
    OPENED.clear()
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    import dns.query

    monkeypatch.setattr(dns.query, "socket_factory", _refuse)
    return OPENED


def test_refusing_sockets_is_felt_by_online_checks(capsys, no_sockets):
    # the guard works: with it on, --online cannot reach even a local server, and the attempt is recorded
    out = json.loads(_run(capsys, "--json", "--online", "--resolver", "127.0.0.1:9", SPAM))
    assert out["live_checks"] == []
    assert "no DNS server can be reached" in out["live_network_error"]
    assert no_sockets


def test_offline_engine_and_cli_open_no_socket(capsys, no_sockets):
    samples = sorted(SAMPLES.glob("*.eml"))
    assert len(samples) > 10
    for p in samples:
        diagnose(p.read_bytes(), p.name)
    paths = [str(p) for p in samples]
    assert _run(capsys, "--json", *paths).count("\n") == len(samples)
    assert _run(capsys, "--lang", "en", *paths)
    assert cli.main(["headers", "--jobs", "1", "--json", *paths]) == cli.EXIT_OK
    assert cli.main(["codes", "--json", "5.7.1"]) == cli.EXIT_OK
    assert no_sockets == []
