"""Our own localised Exchange Online reports (resources/samples/ndr-*.eml): each is
diagnosed with its recipient, codes and reason, from the whole message and from
its pasted text alone; and the answer does not depend on the bounce's language."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest

from bounce_doctor.engine import MessageKind, diagnose, phrases
from bounce_doctor.engine.mime import parse
from bounce_doctor.engine.readers import localized, pick
from bounce_doctor.engine.readers.base import Context

from ..conftest import ROOT, SAMPLES

ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")

# language: (recipient, Status, reply, reason, a word of the language the display text shows)
CASES = {
    "de": ("jonas.keller@contoso.example", "5.1.1", "550", "userunknown", "Diagnoseinformationen für Administratoren"),
    "fr": ("luc.bernard@contoso.example", "5.2.2", "552", "mailboxfull", "Votre message n'a pas pu être remis"),
    "es": ("pablo.ruiz@contoso.example", "5.1.1", "550", "userunknown", "No se pudo entregar el mensaje"),
    "it": ("marco.bianchi@contoso.example", "5.1.10", "550", "userunknown", "Il messaggio non è stato recapitato"),
    "pt": ("pedro.lima@contoso.example", "5.3.4", "552", "emailtoolarge", "A mensagem não pôde ser entregue"),
    "nl": ("daan.jansen@contoso.example", "5.1.1", "550", "userunknown", "Uw bericht kan niet worden bezorgd"),
    "pl": ("piotr.wisniewski@contoso.example", "5.2.2", "552", "mailboxfull", "Nie można dostarczyć wiadomości"),
    "ru": ("sergei.petrov@contoso.example", "5.1.1", "550", "userunknown", "Не удалось доставить сообщение"),
    "ja": ("tanaka.ken@contoso.example", "5.1.10", "550", "userunknown", "メッセージを配信できませんでした"),
    "zh": ("li.wei@contoso.example", "5.2.2", "552", "mailboxfull", "邮件无法送达"),
}
EN_TWIN = ROOT / "tests" / "engine" / "data" / "i18n" / "ndr-en-twin-of-de.eml"


def _sample(lang: str) -> Path:
    return SAMPLES / f"ndr-{lang}.eml"


def _text_part(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
    return part.get_content()  # type: ignore[no-any-return, attr-defined]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_sample_is_diagnosed(lang: str) -> None:
    address, status, reply, reason, word = CASES[lang]
    r = diagnose(_sample(lang).read_bytes(), f"ndr-{lang}.eml")
    assert r.kind == MessageKind.BOUNCE
    assert [(x.address, x.status, x.reply_code, x.reason, x.permanent) for x in r.recipients] == [
        (address, status, reply, reason, True)
    ]
    assert r.recipients[0].remote_mta == "mx1.contoso.example"
    assert word in r.text
    assert phrases.LOCAL_SUBJECT.search(r.subject or "")
    assert lang in phrases.languages_of(r.subject or "", r.text)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_pasted_text_alone_is_diagnosed(lang: str) -> None:
    """No headers, no delivery report: the localised phrases and the Exchange lines carry it."""
    address, status, reply, reason, _ = CASES[lang]
    text = _text_part(_sample(lang))
    parsed = parse(text.encode("utf-8"))
    assert pick(Context(parsed, parsed.text)) is localized
    r = diagnose(text)
    assert r.kind == MessageKind.BOUNCE
    assert [(x.address, x.status, x.reply_code, x.reason, x.remote_mta) for x in r.recipients] == [
        (address, status, reply, reason, "mx1.contoso.example")
    ]


def _fields(report):  # type: ignore[no-untyped-def]
    return (
        report.kind,
        report.reporting_mta,
        [
            (x.address, x.action, x.status, x.reply_code, x.status_inferred, x.diagnostic, x.remote_mta, x.command,
             x.reason, x.permanent, x.retrying, x.hard_bounce, [e.key for e in x.explanation.entries])
            for x in report.recipients
        ],
    )


def test_german_report_gives_the_same_answer_as_the_english_one() -> None:
    """The engine gives codes and reasons; the words come from the window in the user's language."""
    de = diagnose(_sample("de").read_bytes())
    en = diagnose(EN_TWIN.read_bytes())
    assert de.subject != en.subject
    assert _fields(de) == _fields(en)
    # and the same from the pasted text alone
    assert _fields(diagnose(_text_part(_sample("de")))) == _fields(diagnose(_text_part(EN_TWIN)))


def test_samples_use_reserved_names_only() -> None:
    for lang in CASES:
        text = diagnose(_sample(lang).read_bytes()).text
        for domain in ADDRESS.findall(text):
            assert domain.lower().endswith((".example", "example.com", "example.org", "example.net")), (lang, domain)


def test_ordinary_letter_with_the_phrase_is_no_bounce() -> None:
    letter = (
        "From: Jonas Keller <jonas.keller@contoso.example>\nTo: Anna Weber <anna.weber@fabrikam.example>\n"
        "Subject: Paket\nDate: Tue, 13 May 2025 10:00:00 +0200\n\n"
        "Hallo Anna,\nmein Paket konnte nicht zugestellt werden, ich hole es morgen ab.\nGruß, Jonas\n"
    )
    assert diagnose(letter).kind == MessageKind.NOT_BOUNCE


def test_reply_about_an_undeliverable_subject_from_a_person_is_no_bounce() -> None:
    letter = (
        "From: Jonas Keller <jonas.keller@contoso.example>\nTo: Anna Weber <anna.weber@fabrikam.example>\n"
        "Subject: Unzustellbar: was heißt das?\nDate: Tue, 13 May 2025 10:00:00 +0200\n\n"
        "Hallo Anna,\nich habe diese Meldung bekommen, weißt du warum?\nGruß, Jonas\n"
    )
    assert diagnose(letter).kind == MessageKind.NOT_BOUNCE
