"""Outlook's own non-delivery reports (REPORT.IPM.Note.NDR): the recipient table as a delivery-status report."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

from .props import _fold_safe, _header_value, _prop_int, _prop_str, _safe, _signed, _text


def is_ndr_class(class_type: str) -> bool:
    """True for Outlook's non-delivery report items (REPORT.IPM.Note.NDR and the like)."""
    c = class_type.lower()
    return c.startswith("report.") and c.endswith(".ndr")


# An NDR item (REPORT.IPM.Note.NDR) carries, per recipient row, the properties
# below ([MS-OXOMSG] 2.2.2, [MS-OXCMSG] and [MS-OXPROPS] for the ids).

PID_REPORT_TEXT = 0x1001  # PidTagReportText
PID_NDR_REASON_CODE = 0x0C04  # PidTagNonDeliveryReportReasonCode
PID_NDR_DIAG_CODE = 0x0C05  # PidTagNonDeliveryReportDiagCode
PID_SUPPLEMENTARY_INFO = 0x0C1B  # PidTagSupplementaryInfo
PID_NDR_STATUS_CODE = 0x0C20  # PidTagNonDeliveryReportStatusCode
PID_DISPLAY_NAME = 0x3001  # PidTagDisplayName
PID_ADDRESS_TYPE = 0x3002  # PidTagAddressType
PID_EMAIL_ADDRESS = 0x3003  # PidTagEmailAddress
PID_SMTP_ADDRESS = 0x39FE  # PidTagSmtpAddress
PID_ORIGINAL_SUBJECT = 0x0049  # PidTagOriginalSubject
PID_ORIGINAL_SUBMIT_TIME = 0x004E  # PidTagOriginalSubmitTime
PID_ORIGINAL_DISPLAY_TO = 0x0074  # PidTagOriginalDisplayTo
PID_ORIGINAL_SENDER_NAME = 0x005A  # PidTagOriginalSenderName
PID_REPORT_NAME = 0x003A  # PidTagReportName
PID_SENDER_EMAIL_ADDRESS = 0x0C1F  # PidTagSenderEmailAddress
PID_SENDER_SMTP_ADDRESS = 0x5D01  # PidTagSenderSmtpAddress

# PidTagNonDeliveryReportReasonCode: why the transfer failed (the X.400
# non-delivery reason). Only the values whose meaning names a clear enhanced
# status code (RFC 3463) are mapped; the others give 5.0.0.
NDR_REASONS: dict[int, tuple[str, str]] = {
    0: ("transfer failed", "5.0.0"),
    1: ("transfer impossible", "5.0.0"),
    2: ("conversion not performed", "5.6.3"),
    3: ("physical rendition not performed", "5.6.0"),
    4: ("physical delivery not performed", "5.0.0"),
    5: ("restricted delivery", "5.7.1"),
    6: ("directory operation failed", "5.1.0"),
}

# PidTagNonDeliveryReportDiagCode: the diagnostic (the X.400 non-delivery
# diagnostic code). None where the meaning does not name one enhanced code.
# An NDR item reports a final failure, so every code has the class 5 (a
# "congested" or "time expired" that would be 4.x.x in a delay notice is
# 5.x.x here: the server has given up).
NDR_DIAGNOSTICS: dict[int, tuple[str, str | None]] = {
    -1: ("no diagnostic", None),
    0: ("the recipient's name is not recognised", "5.1.1"),
    1: ("the recipient's name is ambiguous", "5.1.4"),
    2: ("the message transfer system is congested", "5.4.5"),
    3: ("a mail loop was detected", "5.4.6"),
    4: ("the recipient is unavailable", "5.2.1"),
    5: ("the maximum time for delivery expired", "5.4.7"),
    6: ("the encoded information types are not supported", "5.6.1"),
    7: ("the content is too long", "5.3.4"),
    8: ("conversion is impractical", "5.6.3"),
    9: ("conversion is prohibited", "5.6.3"),
    10: ("the recipient does not subscribe to conversion", "5.6.3"),
    11: ("invalid parameters", "5.5.4"),
    12: ("the content has a syntax error", "5.6.0"),
    13: ("a length constraint was violated", "5.6.0"),
    14: ("a number constraint was violated", "5.6.0"),
    15: ("the content type is not supported", "5.6.1"),
    16: ("too many recipients", "5.5.3"),
    17: ("no bilateral agreement", "5.7.0"),
    18: ("a critical function is not supported", "5.3.3"),
    19: ("conversion with loss is prohibited", "5.6.3"),
    20: ("a line is too long", "5.6.0"),
    21: ("a page is too long", "5.6.0"),
    22: ("pictorial symbols would be lost", "5.6.3"),
    23: ("punctuation symbols would be lost", "5.6.3"),
    24: ("alphabetic characters would be lost", "5.6.3"),
    25: ("several kinds of information would be lost", "5.6.3"),
    26: ("reassignment is prohibited", "5.7.1"),
    27: ("a redirection loop was detected", "5.4.6"),
    28: ("distribution list expansion is prohibited", "5.7.2"),
    29: ("submission is prohibited", "5.7.1"),
    30: ("distribution list expansion failed", "5.2.4"),
    31: ("the rendition is not supported", "5.6.1"),
    32: ("the mail address is incorrect", "5.1.3"),
    33: ("the mail office is incorrect or invalid", "5.1.2"),
    34: ("the mail address is incomplete", "5.1.3"),
    35: ("the mail recipient is unknown", "5.1.1"),
    36: ("the mail recipient is deceased", "5.1.6"),
    37: ("the recipient's organisation has expired", "5.1.6"),
    38: ("the recipient refused the mail", "5.7.1"),
    39: ("the mail was not claimed", "5.0.0"),
    40: ("the recipient has moved", "5.1.6"),
    41: ("the recipient is travelling", None),
    42: ("the recipient has departed", "5.1.6"),
    43: ("the recipient's new address is unknown", "5.1.6"),
    44: ("forwarding is unwanted", "5.7.1"),
    45: ("forwarding is prohibited", "5.7.1"),
    46: ("a secure messaging error occurred", "5.7.0"),
    47: ("downgrading is impossible", "5.6.3"),
}

_STATUS_DIGITS = re.compile(r"^([245])([0-7])(\d{1,3})$")


def status_from_code(value: Any) -> str | None:
    """PidTagNonDeliveryReportStatusCode as an enhanced status code.

    The property holds the value of the DSN Status field for the recipient as
    an integer, i.e. the code's digits without the dots: 511 is 5.1.1, 5726 is
    5.7.26 (a code's subject is always one digit).
    """
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return None
    m = _STATUS_DIGITS.match(str(value))
    if not m:
        return None
    return f"{m.group(1)}.{m.group(2)}.{int(m.group(3))}"



def _recipient_address(rcpt: Any) -> tuple[str, str | None]:
    """The recipient's address and, apart, its display name."""
    smtp = _prop_str(rcpt, PID_SMTP_ADDRESS)
    addr = _prop_str(rcpt, PID_EMAIL_ADDRESS)
    name = _prop_str(rcpt, PID_DISPLAY_NAME)
    for cand in (smtp, addr, name):
        if cand and "@" in cand and not cand.startswith("/"):
            return _fold_safe(cand).strip("<>"), name
    return _fold_safe(addr or name or "unknown recipient"), name


def _recipient_status(rcpt: Any) -> tuple[str, list[str]]:
    """The enhanced status code for an NDR recipient row, and what the codes mean."""
    meanings: list[str] = []
    status = status_from_code(_prop_int(rcpt, PID_NDR_STATUS_CODE))
    diag = _signed(_prop_int(rcpt, PID_NDR_DIAG_CODE))
    reason = _signed(_prop_int(rcpt, PID_NDR_REASON_CODE))
    diag_status = None
    if diag is not None and diag in NDR_DIAGNOSTICS:
        text, diag_status = NDR_DIAGNOSTICS[diag]
        if diag != -1:
            meanings.append(f"Outlook's diagnostic code {diag}: {text}")
    reason_status = None
    if reason is not None and reason in NDR_REASONS:
        text, reason_status = NDR_REASONS[reason]
        meanings.append(f"Outlook's reason code {reason}: {text}")
    return status or diag_status or reason_status or "5.0.0", meanings


def _domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    dom = address.rsplit("@", 1)[1].strip().strip(">").lower()
    return dom if re.fullmatch(r"[a-z0-9.-]+\.[a-z0-9-]+", dom) else None


def ndr_report(msg: Any) -> str:
    """The recipient table of an Outlook NDR item as a message/delivery-status body (RFC 3464)."""
    lines: list[str] = []
    sender = _prop_str(msg, PID_SENDER_SMTP_ADDRESS) or _prop_str(msg, PID_SENDER_EMAIL_ADDRESS)
    if sender is None:
        sender = _text(_safe(lambda: msg.sender))
        m = re.search(r"[\w.+-]+@[\w.-]+", sender or "")
        sender = m.group(0) if m else None
    domain = _domain_of(sender)
    if domain:
        lines.append(f"Reporting-MTA: dns; {domain}")
    lines.append("X-Report-Source: the recipient table of an Outlook non-delivery report item")
    lines.append("")
    for rcpt in list(_safe(lambda: msg.recipients) or ()):
        address, _name = _recipient_address(rcpt)
        status, meanings = _recipient_status(rcpt)
        info = _prop_str(rcpt, PID_SUPPLEMENTARY_INFO) or _prop_str(rcpt, PID_REPORT_TEXT)
        lines.append(f"Final-Recipient: rfc822; {address}")
        lines.append("Action: failed")
        lines.append(f"Status: {status}")
        if info:
            lines.append(f"Diagnostic-Code: smtp; {_fold_safe(info)[:2000]}")
        elif meanings:
            lines.append(f"Diagnostic-Code: x-outlook; {_fold_safe('; '.join(meanings))}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _ndr_human_text(msg: Any) -> str:
    """A readable text for an NDR item without a body, from its recipient rows."""
    out = ["Outlook could not deliver the message to these recipients:", ""]
    for rcpt in list(_safe(lambda: msg.recipients) or ()):
        address, name = _recipient_address(rcpt)
        out.append(f"{name} <{address}>" if name and name != address else address)
        report_text = _prop_str(rcpt, PID_REPORT_TEXT)
        info = _prop_str(rcpt, PID_SUPPLEMENTARY_INFO)
        _status, meanings = _recipient_status(rcpt)
        for x in (report_text, info, *meanings):
            if x:
                out.append("    " + _fold_safe(x))
        out.append("")
    return "\n".join(out) + "\n"


def _original_headers(msg: Any) -> str:
    """The headers of the message that bounced, from the report's Original* properties."""
    fields: list[tuple[str, str]] = []
    subject = _prop_str(msg, PID_ORIGINAL_SUBJECT)
    to = _prop_str(msg, PID_ORIGINAL_DISPLAY_TO)
    sender = _prop_str(msg, PID_ORIGINAL_SENDER_NAME)
    when = _safe(lambda: msg.props.getValue(f"{PID_ORIGINAL_SUBMIT_TIME:04X}"))
    if sender:
        fields.append(("From", sender))
    if to:
        fields.append(("To", to))
    if subject:
        fields.append(("Subject", subject))
    if isinstance(when, dt.datetime):
        fields.append(("Date", email.utils.format_datetime(when if when.tzinfo else when.replace(tzinfo=dt.UTC))))
    return "".join(f"{k}: {_header_value(v)}\n" for k, v in fields)
