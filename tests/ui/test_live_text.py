"""The sentences of the live checks: each code said with its values, in English and in Russian."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication

from bounce_doctor.ui import live_text
from bounce_doctor.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

CODES = ("mx.nxdomain", "mx.null", "mx.present", "mx.fallback_a", "mx.no_mail", "typo.nxdomain", "typo.null",
         "typo.ok", "typo.fallback_a", "typo.no_mail", "bl.listed", "bl.clean", "bl.timeout", "bl.error",
         "bl.refused_public_resolver", "bl.refused_volume", "bl.refused_typo", "bl.odd", "spf.pass", "spf.fail",
         "spf.softfail", "spf.neutral", "spf.none", "spf.permerror", "spf.permerror_lookups", "spf.temperror",
         "spf.record", "dmarc.present", "dmarc.missing", "dkim.present", "dkim.revoked", "dkim.missing")


def test_every_code_of_the_checks_has_a_sentence() -> None:
    assert set(CODES) <= set(live_text.sentences())
    said = live_text.sentence("dkim.timeout", (("domain", "s._domainkey.example.com"), ("selector", "s")), "x")
    assert said == "No answer about s._domainkey.example.com within the time allowed: it could not be checked now."


def test_a_sentence_gets_its_values() -> None:
    said = live_text.sentence("bl.listed", (("ip", "192.0.2.1"), ("list", "SpamCop"), ("codes", "127.0.0.2")), "x")
    assert said == "192.0.2.1 is listed on SpamCop: 127.0.0.2."
    said = live_text.sentence("dmarc.present", (("domain", "example.com"), ("policy", "reject")), "x")
    assert said.startswith("example.com publishes a DMARC record with the policy p=reject. Receivers are asked to "
                           "refuse")
    assert live_text.sentence("nope", (), "The English.") == "The English."
    assert live_text.sentence("mx.null", (("other", "a"),), "The English.") == "The English."


def test_values_holding_placeholders_stay_as_they_are() -> None:
    assert live_text.fill("%1 and %2", "%2", "b") == "%2 and b"
    assert live_text.sentence("mx.null", (("domain", "{ip}"), ("ip", "1")), "").startswith("{ip} receives no mail")


def test_the_time_is_local() -> None:
    aware = datetime(2025, 1, 1, 9, 30, tzinfo=UTC)
    local = aware.astimezone()
    assert live_text.checked_time(aware) == live_text.checked_time(local.replace(tzinfo=None))


def test_russian_sentences_keep_their_values(window: MainWindow) -> None:
    english = live_text.sentences()
    window.set_language("ru")
    QCoreApplication.processEvents()
    try:
        russian = live_text.sentences()
        for code, text in english.items():
            assert russian[code] != text, code
            assert re.search(r"[А-Яа-я]", russian[code]), code
            assert sorted(re.findall(r"\{\w+\}", russian[code])) == sorted(re.findall(r"\{\w+\}", text)), code
        assert live_text.status_label("problem") != "Problem"
    finally:
        window.set_language("en")
        QCoreApplication.processEvents()
