"""Outlook .msg files: the corpus, damaged files, and Outlook's own NDR report items."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bounce_doctor.engine import MessageKind, NotEmailError, diagnose
from bounce_doctor.engine.outlook import convert, is_ndr_class, msg_to_message, status_from_code

from ..conftest import corpus_dir

BOUNCE = "aspose_failed1.msg"


def _msg_dir() -> Path:
    return corpus_dir("msg")


def test_the_bounce_msg() -> None:
    """An Exchange NDR saved as an ordinary note, with a message/delivery-status attachment."""
    report = diagnose((_msg_dir() / BOUNCE).read_bytes(), BOUNCE)
    assert report.kind == MessageKind.BOUNCE
    [r] = report.failed
    assert r.address == "mmmmm@aspose.com"
    assert r.reply_code == "550"
    assert r.status == "5.1.1"
    assert r.reason == "userunknown"
    assert r.hard_bounce
    assert report.subject == "Undeliverable: test subj"
    assert report.reporting_mta  # from the kept delivery-status part


def test_every_ordinary_msg_is_not_a_bounce(capfd: pytest.CaptureFixture[str]) -> None:
    files = sorted(p for p in _msg_dir().glob("*.msg") if p.name != BOUNCE)
    assert len(files) == 11
    for path in files:
        report = diagnose(path.read_bytes(), path.name)
        assert report.kind in (MessageKind.NOT_BOUNCE, MessageKind.AUTOREPLY), path.name
        assert not report.failed, path.name
    out, err = capfd.readouterr()
    assert out == ""
    assert err == ""


def test_msg_conversion_keeps_text_and_lists_attachments() -> None:
    d = _msg_dir()
    html = msg_to_message((d / "msgreader_HtmlSampleEmail.msg").read_bytes()).decode()
    assert "<html" not in html.lower()
    assert "CHAPTER I" in html
    tif = msg_to_message((d / "msgx_unicode.msg").read_bytes())
    assert len(tif) < 100_000  # 2 MB of TIF files: listed, not copied
    assert b"import OleFileIO.tif (image/tiff, " in tif
    inner = diagnose((d / "hht_msgInMsg.msg").read_bytes(), "x")
    assert "green.png (134 bytes)" in inner.text
    assert "Microsoft Outlook" in inner.text  # the embedded .msg, converted as message/rfc822
    cp932 = diagnose((d / "hht_nonUnicodeCP932.msg").read_bytes(), "x")  # 8-bit strings, no code page named
    assert cp932.subject is not None
    assert cp932.subject.startswith("日本語 Non Unicode")
    assert "日本語 Non Unicode 本文" in cp932.text
    rtf = diagnose((d / "msgreader_RtfWithShortRussianString.msg").read_bytes(), "x")
    assert "Имя пользователя" in rtf.text
    # the same file gives the same bytes (no random boundary)
    assert msg_to_message((d / BOUNCE).read_bytes()) == msg_to_message((d / BOUNCE).read_bytes())


def test_the_msg_reader_is_imported_only_when_needed() -> None:
    code = "import sys, bounce_doctor.cli, bounce_doctor.engine; print('extract_msg' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("cut", [8, 100, 512, 1500, 4096, 20000])
def test_a_truncated_msg_is_refused_with_a_sentence(cut: int) -> None:
    data = (_msg_dir() / BOUNCE).read_bytes()[:cut]
    with pytest.raises(NotEmailError, match=r"damaged|not an email"):
        diagnose(data, "cut.msg")


def test_random_bytes_with_the_ole_magic() -> None:
    rng = random.Random(8)
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(30000))
    with pytest.raises(NotEmailError, match="damaged"):
        diagnose(data, "random.msg")


def test_corrupted_msg_files_never_raise_anything_else() -> None:
    rng = random.Random(3)
    files = sorted(_msg_dir().glob("*.msg"))
    for _ in range(40):
        data = bytearray(rng.choice(files).read_bytes())
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(512, len(data))] = rng.randrange(256)
        with contextlib.suppress(NotEmailError):  # anything else fails the test
            diagnose(bytes(data), "corrupt.msg")


# --- Outlook NDR report items, from the specification --------------------------------


class FakeProps:
    """extract-msg's PropertiesStore.getValue: fixed-length properties by 4-digit hex id."""

    def __init__(self, values: dict[int, Any]) -> None:
        self.values = values

    def getValue(self, name: str, default: Any = None) -> Any:  # noqa: N802 - extract-msg's name
        return self.values.get(int(name[:4], 16), default)


class FakeEntry:
    """A recipient row or a message: string properties as streams, the others in ``props``."""

    def __init__(self, strings: dict[int, str], ints: dict[int, Any] | None = None) -> None:
        self.strings = strings
        self.props = FakeProps(ints or {})

    def getStringStream(self, name: str) -> str | None:  # noqa: N802 - extract-msg's name
        assert name.startswith("__substg1.0_")
        assert len(name) == 16
        return self.strings.get(int(name[-4:], 16))


class FakeReport(FakeEntry):
    """The attributes of extract-msg's Message that the conversion reads."""

    def __init__(self, recipients: list[FakeEntry], strings: dict[int, str], ints: dict[int, Any],
                 class_type: str = "REPORT.IPM.Note.NDR") -> None:
        super().__init__(strings, ints)
        self.classType = class_type
        self.recipients = recipients
        self.attachments: list[Any] = []
        self.headerText = None
        self.body = None
        self.htmlBody = None
        self.rtfBody = None
        self.sender = "Microsoft Outlook <postmaster@contoso.example>"
        self.to = "Ann Sender <ann@fabrikam.example>"
        self.cc = None
        self.subject = "Undeliverable: quarterly figures"
        self.date = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
        self.messageId = "<ndr-1@contoso.example>"


def _spec_report() -> FakeReport:
    rows = [
        # PR_SMTP_ADDRESS given; status 511 (the DSN Status 5.1.1 without the dots); diagnostic 0
        # (MAPI_DIAG_OR_NAME_UNRECOGNIZED); reason 1 (MAPI_REASON_TRANSFER_IMPOSSIBLE); the supplementary
        # info holds the remote server's reply
        FakeEntry(
            {0x3001: "Bob Receiver", 0x3002: "SMTP", 0x3003: "bob@contoso.example", 0x39FE: "bob@contoso.example",
             0x0C1B: "< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>",
             0x1001: "The email address you entered couldn't be found."},
            {0x0C20: 511, 0x0C05: 0, 0x0C04: 1, 0x0C15: 1},
        ),
        # an Exchange (X.500) address with its SMTP address apart; no status code and no supplementary
        # info: the code comes from the diagnostic code 7 (MAPI_DIAG_CONTENT_TOO_LONG)
        FakeEntry(
            {0x3001: "Carol Big", 0x3002: "EX", 0x3003: "/O=CONTOSO/OU=EXCHANGE/CN=RECIPIENTS/CN=CAROL",
             0x39FE: "carol@contoso.example"},
            {0x0C05: 7, 0x0C04: 0},
        ),
        # only a reason code, and the diagnostic code -1 (MAPI_DIAG_NO_DIAGNOSTIC) stored unsigned
        FakeEntry({0x3001: "dave@contoso.example", 0x3003: "dave@contoso.example"}, {0x0C05: 0xFFFFFFFF, 0x0C04: 0}),
    ]
    report_props = {
        0x0049: "Quarterly figures",  # PidTagOriginalSubject
        0x0074: "Bob Receiver; Carol Big; dave@contoso.example",  # PidTagOriginalDisplayTo
        0x005A: "Ann Sender",  # PidTagOriginalSenderName
        0x0C1F: "postmaster@contoso.example",  # PidTagSenderEmailAddress
    }
    return FakeReport(rows, report_props, {0x004E: dt.datetime(2024, 5, 6, 7, 0, tzinfo=dt.UTC)})


def test_outlook_ndr_report_item_from_the_specification() -> None:
    """An Outlook NDR report item (REPORT.IPM.Note.NDR).

    No public sample of such an item exists, and extract-msg cannot write .msg
    files, so this case is built from Microsoft's documentation of the format,
    not from a real sample: [MS-OXOMSG] 2.2.2 (PidTagNonDeliveryReportReasonCode,
    PidTagNonDeliveryReportDiagCode, PidTagNonDeliveryReportStatusCode,
    PidTagSupplementaryInfo, PidTagReportText, PidTagOriginal*) and the
    [MS-OXCMSG] property descriptions (PidTagDisplayName, PidTagEmailAddress,
    PidTagSmtpAddress). The fake objects mimic the part of extract-msg's API the
    conversion uses: ``getStringStream("__substg1.0_XXXX")`` and
    ``props.getValue("XXXX")``.
    """
    data = convert(_spec_report())
    assert b"multipart/report; report-type=delivery-status" in data
    report = diagnose(data, "ndr.msg")
    assert report.kind == MessageKind.BOUNCE
    assert report.reporting_mta == "contoso.example"
    by = {r.address: r for r in report.recipients}
    assert set(by) == {"bob@contoso.example", "carol@contoso.example", "dave@contoso.example"}
    bob = by["bob@contoso.example"]
    assert (bob.action, bob.status, bob.reply_code, bob.reason) == ("failed", "5.1.1", "550", "userunknown")
    assert "RESOLVER.ADR.RecipNotFound" in (bob.diagnostic or "")
    assert bob.hard_bounce
    assert bob.permanent
    carol = by["carol@contoso.example"]
    assert carol.status == "5.3.4"
    assert carol.permanent
    assert "content is too long" in (carol.diagnostic or "")
    dave = by["dave@contoso.example"]
    assert dave.status == "5.0.0"
    assert dave.action == "failed"
    assert report.original is not None
    assert report.original.subject == "Quarterly figures"
    assert "The email address you entered couldn't be found." in report.text  # the human part from PidTagReportText


def test_ndr_without_sender_domain_and_bad_values() -> None:
    rows = [FakeEntry({0x3003: "/O=X/CN=NOBODY"}, {0x0C20: "nonsense", 0x0C05: 999, 0x0C04: True})]
    rep = FakeReport(rows, {}, {})
    rep.sender = None
    text = convert(rep).decode()
    assert "Reporting-MTA" not in text
    assert "Status: 5.0.0" in text


def test_status_codes_and_class_names() -> None:
    assert status_from_code(511) == "5.1.1"
    assert status_from_code(5726) == "5.7.26"
    assert status_from_code(4470) == "4.4.70"
    assert status_from_code(447) == "4.4.7"
    assert status_from_code(0) is None
    assert status_from_code(999) is None
    assert status_from_code(True) is None
    assert is_ndr_class("REPORT.IPM.Note.NDR")
    assert is_ndr_class("Report.IPM.Note.NDR")
    assert not is_ndr_class("REPORT.IPM.Note.DR")
    assert not is_ndr_class("IPM.Note")


def test_properties_cannot_add_header_fields() -> None:
    rep = FakeReport([], {}, {}, class_type="IPM.Note")
    rep.subject = "hello\r\nBcc: evil@example.org\r\n\r\nbody"
    rep.body = "text"
    data = convert(rep)
    head = data.split(b"\n\n", 1)[0]
    assert b"\nBcc:" not in head
    assert b"Subject: hello Bcc: evil@example.org body" in head


class FakeEmbedded:
    """An embedded-message attachment: extract-msg gives the inner message as ``data``."""

    def __init__(self, inner: Any) -> None:
        self.data = inner
        self.longFilename = None
        self.shortFilename = None
        self.mimetype = None


def test_embedded_messages_are_depth_limited() -> None:
    inner: Any = FakeReport([], {}, {}, class_type="IPM.Note")
    inner.body = "the innermost message"
    inner.subject = "level 9"
    for level in range(8, -1, -1):
        outer = FakeReport([], {}, {}, class_type="IPM.Note")
        outer.body = f"level {level}"
        outer.subject = f"level {level}"
        outer.attachments = [FakeEmbedded(inner)]
        inner = outer
    text = convert(inner).decode()
    assert "level 3" in text
    assert "the innermost message" not in text
    assert "nested more than 3 deep, not opened" in text
