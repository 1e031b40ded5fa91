"""The twenty localised bounces of the shared corpus (corpus/i18n, README table):
each one's failed recipients and codes, no invented code where the bounce gives
none, and its Russian, Japanese or Chinese shown as readable text."""

from __future__ import annotations

import pytest

from bounce_doctor.engine import MessageKind, diagnose

from ..conftest import corpus_dir

# file: (failed recipients, Status, reply code, a word the display text must show)
# Status and reply None: the bounce gives no code and none may be invented.
EXPECTED: dict[str, tuple[tuple[str, ...], str | None, str | None, str | None]] = {
    "zoonru_fixture_bounce_008.eml": (("platonov.i@example.test",), "5.1.10", "550", "Не удалось выполнить доставку"),
    "zoonru_fixture_bounce_007.eml": (("recipient.bounce7@example.test",), "5.0.0", "550", "сообщение не доставлено"),
    "zoonru_fixture_bounce_005.eml": (("krylovasa@example.test",), "5.1.10", "550", "Отчет за январь"),
    "zoonru_fixture_bounce_003.eml": (("recipient.bounce3@example.test",), "5.2.2", None, "Отчет"),
    "flufl_simple_38.txt": (("foo@mail.ru",), None, None, "Ваше сообщение не доставлено"),
    "flufl_newmailru_01.txt": (("zzzzz@newmail.ru",), None, None, "сообщение"),  # koi8-r
    "flufl_simple_13.txt": (("dycusibreix@ademe.fr",), None, None, "référencée"),
    "flufl_simple_20.txt": (("duke@ald.socgen.com",), None, None, "non remis"),
    "flufl_simple_19.txt": (("mcfall@cepi.com.ar",), "5.1.1", None, "no pudo ser entregado"),
    "flufl_sina_01.txt": (("boboman76@sina.com", "alan_t18@sina.com"), None, None, "邮件传输失败"),  # raw GB2312 subject
    "flufl_simple_25.txt": (("mahau@cnbearing.com",), None, None, "投递失败"),  # GB2312, no charset declared
    "bouncehammer_17-messages_msg05.eml": (("this-user-does-not-exist-on-the-server@ezweb.ne.jp",), "5.0.0", None,
                                           "送信できませんでした"),  # ISO-2022-JP
    "bouncehammer_17-messages_msg08.eml": (("the-recipient-does-not-exist-on-the-host@k.vodafone.ne.jp",), "5.2.0",
                                           None, "お届けできませんでした"),
    "bouncehammer_17-messages_msg10.eml": (("this-destination-mailbox-is-full@d.vodafone.ne.jp",), "4.2.2", None,
                                           "メールボックスが一杯"),
    "bouncehammer_17-messages_msg30.eml": (("this-recipient-address-is-not-mopera-user@mopera.ne.jp",), "5.1.1", None,
                                           "メール送信エラー"),
    "bounceemail_tt_bounce_24.txt": (("customer.testemail@test-receive-domain.se",), "5.1.1", "550",
                                     "Det gick inte att leverera"),
    "crisp_550_5_1_10_no_such_recipient_variant_1.txt": (("r.gelna@socav.nl",), "5.1.10", "550",
                                                         "Uw bericht kan niet worden bezorgd"),
    "crisp_550_5_1_1_no_such_recipient_variant_17.txt": (("matanya@orange.fr",), "5.1.1", "550", None),
    "crisp_550_no_such_recipient_variant_7.txt": (("carol@gnail.com",), None, "550", None),
}

# Exchange 5.5 names the failed recipient only by an X.400 display name
X400_FILE = "bounceemail_tt_bounce_11.txt"
X400_NAME = "Mārtiņš Lukaševičs"


@pytest.fixture(scope="module")
def folder():  # type: ignore[no-untyped-def]
    return corpus_dir("i18n")


def test_every_file_of_the_folder_has_an_answer(folder) -> None:  # type: ignore[no-untyped-def]
    names = {p.name for p in folder.iterdir() if p.suffix in (".eml", ".txt")}
    assert names == set(EXPECTED) | {X400_FILE}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_recipient_and_codes(folder, name: str) -> None:  # type: ignore[no-untyped-def]
    recipients, status, reply, word = EXPECTED[name]
    r = diagnose((folder / name).read_bytes(), name)
    assert r.kind == MessageKind.BOUNCE
    assert [x.address.lower() for x in r.recipients] == [a.lower() for a in recipients]
    for x in r.recipients:
        assert x.status == status, x
        assert x.reply_code == reply, x
        assert x.action == "failed"
    if word:
        assert word.lower() in r.text.lower()
        assert "\ufffd" not in r.text[: r.text.find(word) + len(word)] or name.startswith("crisp")


def test_raw_gb2312_subject_is_read_as_chinese(folder) -> None:  # type: ignore[no-untyped-def]
    r = diagnose((folder / "flufl_sina_01.txt").read_bytes())
    assert r.subject == "邮件传输失败！"


def test_x400_display_name_gets_no_invented_code(folder) -> None:  # type: ignore[no-untyped-def]
    # The Latvian (windows-1257) bounce names its recipient only as "Mārtiņš Lukaševičs": no code, none invented.
    r = diagnose((folder / X400_FILE).read_bytes(), X400_FILE)
    assert r.kind == MessageKind.BOUNCE
    assert X400_NAME in r.text
    assert r.recipients
    for x in r.recipients:
        assert x.status is None
        assert x.reply_code is None


def test_x400_display_name_is_the_recipient(folder) -> None:  # type: ignore[no-untyped-def]
    r = diagnose((folder / X400_FILE).read_bytes(), X400_FILE)
    assert [x.address for x in r.recipients] == [X400_NAME]
