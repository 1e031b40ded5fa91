"""engine/outlook/ndr.py: Outlook's own NDR report items, status codes and class names."""

from __future__ import annotations

import datetime as dt

from bounce_doctor.engine import MessageKind, diagnose
from bounce_doctor.engine.outlook import convert, is_ndr_class, status_from_code

from .fakes import FakeEntry, FakeReport


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
