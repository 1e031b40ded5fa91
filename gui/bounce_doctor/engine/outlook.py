"""Outlook .msg files as RFC 5322 messages the rest of the engine reads.

An Outlook .msg file is an OLE compound file of MAPI properties. It is read
with extract-msg (imported only when a .msg file is read, so start-up stays
fast) and written out again as a MIME message:

- the headers: the transport headers Outlook kept (PR_TRANSPORT_MESSAGE_HEADERS)
  when there are any, else headers built from the properties;
- the body: the plain text, else the HTML body turned into text (never
  rendered), else the text extract-msg gets out of an RTF body;
- attachments: delivery reports and attached messages are kept as MIME parts,
  embedded .msg files become message/rfc822 parts (converted the same way, a
  few levels deep at most); every other attachment is only listed by name and
  size, never opened;
- Outlook's own non-delivery reports (message class ``REPORT.IPM.Note.NDR``)
  keep their diagnostic data in the recipient table: see :func:`ndr_report`.

Only :class:`NotEmailError` leaves this module, with a sentence for the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import re
import warnings
from collections.abc import Iterator
from email.header import Header
from typing import Any

from .errors import NotEmailError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DEPTH = 3  # embedded messages inside embedded messages
MAX_KEPT_PART = 10 * 1024 * 1024  # a delivery report or attached message larger than this is only listed
MAX_BODY_CHARS = 2_000_000

# the attachment types kept as MIME parts; all others are listed, never opened
KEPT_TYPES = frozenset({
    "message/delivery-status",
    "message/global-delivery-status",
    "message/rfc822",
    "message/global",
    "text/rfc822-headers",
    "message/rfc822-headers",
    "message/global-headers",
    "message/feedback-report",
})

# header fields of the transport headers that describe the original MIME
# structure, which this module writes anew
_MIME_FIELDS = re.compile(r"^(?:content-[\w-]*|mime-version)$", re.I)
_LOGGERS = ("extract_msg", "RTFDE", "olefile", "compressed_rtf", "tzlocal")


def is_msg(data: bytes) -> bool:
    """True when the bytes start like an OLE compound file (Outlook .msg)."""
    return data[:8] == OLE_MAGIC


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence extract-msg's warnings and logging for the duration of one read."""
    import logging  # here: only .msg files need it, and importing it slows every start

    saved = []
    for name in _LOGGERS:
        lg = logging.getLogger(name)
        saved.append((lg, lg.level, lg.propagate))
        lg.setLevel(logging.CRITICAL + 1)
        lg.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level, propagate in saved:
            lg.setLevel(level)
            lg.propagate = propagate


def msg_to_message(data: bytes) -> bytes:
    """Convert the bytes of an Outlook .msg file to an RFC 5322 message.

    Raises :class:`NotEmailError` when the file is damaged or is an Office
    file of another kind.
    """
    with _quiet():
        try:
            import extract_msg
        except ImportError:  # pragma: no cover - a broken installation
            raise NotEmailError(
                "This is an Outlook .msg file, but the part of Bounce Doctor that reads them (extract-msg) is "
                "not installed. Save the bounce as .eml from Outlook, or paste its text."
            ) from None
        try:
            msg = extract_msg.openMsg(data, strict=False, delayAttachments=False)
            codepage = _guess_codepage(msg)
            if codepage:  # 8-bit strings without a code page: read them in the locale's one
                msg.close()
                msg = extract_msg.openMsg(data, strict=False, delayAttachments=False, overrideEncoding=codepage)
        except Exception as exc:  # a damaged file can fail anywhere inside the reader
            raise NotEmailError(_damaged(exc)) from None
        try:
            if not hasattr(msg, "recipients") or not hasattr(msg, "attachments"):
                raise NotEmailError(
                    f"This Outlook file is not an email (its class is {_text(getattr(msg, 'classType', '')) or 'unknown'})."
                    " Open it in Outlook and save the bounce as .eml, or paste its text."
                )
            return convert(msg)
        except NotEmailError:
            raise
        except Exception as exc:
            raise NotEmailError(_damaged(exc)) from None
        finally:
            with contextlib.suppress(Exception):
                msg.close()


# the Windows ("ANSI") code page of a locale's primary language (LCID & 0x3FF), for
# 8-bit strings in a file that names no code page (PidTagMessageCodepage)
_ANSI_CODEPAGE = {
    0x11: "cp932", 0x12: "cp949", 0x1E: "cp874", 0x2A: "cp1258",
    0x19: "cp1251", 0x22: "cp1251", 0x23: "cp1251", 0x02: "cp1251", 0x2F: "cp1251",
    0x08: "cp1253", 0x1F: "cp1254", 0x0D: "cp1255", 0x01: "cp1256",
    0x25: "cp1257", 0x26: "cp1257", 0x27: "cp1257",
    0x05: "cp1250", 0x0E: "cp1250", 0x15: "cp1250", 0x18: "cp1250", 0x1B: "cp1250", 0x24: "cp1250",
}


def _guess_codepage(msg: Any) -> str | None:
    """The code page for a non-Unicode file without PidTagMessageCodepage, from PidTagMessageLocaleId."""
    if getattr(msg, "areStringsUnicode", True) or "3FFD0003" in msg.props:
        return None
    lcid = msg.props.getValue("3FF10003")
    if not isinstance(lcid, int):
        return None
    if lcid & 0x3FF == 0x04:  # Chinese: simplified or traditional
        return "cp936" if lcid in (0x0804, 0x1004) else "cp950"
    return _ANSI_CODEPAGE.get(lcid & 0x3FF)


def _damaged(exc: BaseException) -> str:
    what = type(exc).__name__
    if what == "InvalidFileFormatError" or "not an MSG file" in str(exc):
        return ("This is an Office file in the old binary format (such as a .doc or .xls), not an Outlook message. "
                "Save the bounce as .eml or .msg, or paste its text.")
    return ("This Outlook .msg file is damaged and cannot be read (it may be cut short or not a real .msg file). "
            "Open the bounce in Outlook and save it again, or paste its text.")


# --- the conversion ---------------------------------------------------------


def convert(msg: Any, depth: int = 0) -> bytes:
    """An extract-msg message object as the bytes of a MIME message."""
    class_type = _text(getattr(msg, "classType", None)) or ""
    ndr = is_ndr_class(class_type)
    headers = _headers(msg)
    parts: list[bytes] = []
    listed: list[str] = []

    body = _body(msg)
    if body is not None:
        parts.append(_text_part(body))
    elif ndr:
        parts.append(_text_part(_ndr_human_text(msg)))
    else:
        parts.append(_text_part("(This Outlook message has no text body that Bounce Doctor can show.)\n"))

    has_report = False
    if ndr:
        parts.append(_part("message/delivery-status", ndr_report(msg).encode("utf-8")))
        has_report = True
        orig = _original_headers(msg)
        if orig:
            parts.append(_part("text/rfc822-headers", orig.encode("utf-8")))

    for att in list(getattr(msg, "attachments", None) or ()):
        kept = _attachment(att, depth, listed)
        if kept is not None:
            ctype, payload = kept
            if ctype in ("message/delivery-status", "message/global-delivery-status"):
                if has_report:  # the synthetic report already stands for it
                    listed.append(f"{_att_name(att)} ({ctype}, {len(payload):,} bytes)")
                    continue
                has_report = True
            parts.append(_part(ctype, payload))

    if listed:
        lines = ["Attachments of the Outlook message, not opened:"]
        lines += [f"- {x}" for x in listed]
        parts.append(_text_part("\n".join(lines) + "\n", disposition="inline"))

    boundary = _boundary(parts, depth)
    if has_report:
        ctype = f'multipart/report; report-type=delivery-status; boundary="{boundary}"'
    else:
        ctype = f'multipart/mixed; boundary="{boundary}"'
    out = [headers, b"MIME-Version: 1.0\n", b"Content-Type: " + ctype.encode() + b"\n",
           b"X-Bounce-Doctor-Source: " + _fold_safe(f"Outlook .msg file, message class {class_type or 'unknown'}").encode() + b"\n",
           b"\n"]
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    return b"".join(out)


def _boundary(parts: list[bytes], depth: int) -> str:
    """A boundary found in none of the parts (the same for the same file, unlike a random one)."""
    n = 0
    while True:
        boundary = f"=_bounce-doctor-{depth}-{n}"
        if not any(boundary.encode() in p for p in parts):
            return boundary
        n += 1


def is_ndr_class(class_type: str) -> bool:
    """True for Outlook's non-delivery report items (REPORT.IPM.Note.NDR and the like)."""
    c = class_type.lower()
    return c.startswith("report.") and c.endswith(".ndr")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    s = str(value).replace("\x00", "")
    return s if s.strip() else None


def _fold_safe(value: str) -> str:
    """One header line: no line breaks (a property must not add header fields)."""
    return re.sub(r"[\r\n\t]+", " ", value).strip()


def _header_value(value: str) -> str:
    value = _fold_safe(value)
    if value.isascii():
        return value
    return Header(value, "utf-8", maxlinelen=998).encode()


def _headers(msg: Any) -> bytes:
    transport = _text(_safe(lambda: msg.headerText))
    if transport and ":" in transport:
        kept = _transport_fields(transport)
        if kept:
            return kept.encode("utf-8", "replace")
    fields: list[tuple[str, str]] = []
    for name, getter in (
        ("From", lambda: msg.sender),
        ("To", lambda: msg.to),
        ("Cc", lambda: msg.cc),
        ("Subject", lambda: msg.subject),
        ("Date", lambda: msg.date),
        ("Message-ID", lambda: msg.messageId),
    ):
        value = _safe(getter)
        if isinstance(value, dt.datetime):
            value = email.utils.format_datetime(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
        text = _text(value)
        if text:
            fields.append((name, _header_value(text)))
    return "".join(f"{k}: {v}\n" for k, v in fields).encode("ascii", "replace")


def _transport_fields(text: str) -> str:
    """The transport headers less the fields of the original MIME structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    head = text.split("\n\n", 1)[0]  # a body after the headers is not part of them
    out: list[str] = []
    keep = False
    for line in head.split("\n"):
        if not line.strip():
            continue
        if line[0] in " \t":
            if keep:
                out.append(line)
            continue
        name, sep, _ = line.partition(":")
        if not sep or not name.strip() or " " in name.strip():
            keep = False  # not a header line: dropped
            continue
        keep = not _MIME_FIELDS.match(name.strip())
        if keep:
            out.append(line)
    return "".join(x + "\n" for x in out)


def _safe(getter: Any) -> Any:
    try:
        return getter()
    except Exception:  # a damaged property: left out rather than failing the whole file
        return None


def _body(msg: Any) -> str | None:
    body = _text(_safe(lambda: msg.body))
    if body is None:
        html = _safe(lambda: msg.htmlBody)
        if html:
            from .mime import decode_bytes, html_to_text

            raw = html if isinstance(html, bytes) else str(html).encode("utf-8", "replace")
            body = _text(html_to_text(decode_bytes(raw[: MAX_BODY_CHARS * 2])))
    if body is None and _safe(lambda: msg.rtfBody):
        return "(The text of this Outlook message is in RTF only and could not be turned into plain text.)\n"
    if body is None:
        return None
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > MAX_BODY_CHARS:
        body = body[:MAX_BODY_CHARS] + "\n(The rest of the text is not shown.)\n"
    return body


def _text_part(text: str, disposition: str | None = None) -> bytes:
    head = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    return (head + "\n").encode() + text.encode("utf-8", "replace")


def _part(ctype: str, payload: bytes) -> bytes:
    payload = payload.replace(b"\r\n", b"\n")
    return f"Content-Type: {ctype}\n\n".encode() + payload


def _att_name(att: Any) -> str:
    for getter in (lambda: att.longFilename, lambda: att.shortFilename, lambda: att.displayName, lambda: att.name):
        name = _text(_safe(getter))
        if name:
            return _fold_safe(name)[:200]
    return "(no name)"


def _attachment(att: Any, depth: int, listed: list[str]) -> tuple[str, bytes] | None:
    """A kept attachment as (content type, payload); others are added to ``listed``."""
    name = _att_name(att)
    data = _safe(lambda: att.data)
    if data is not None and not isinstance(data, bytes | bytearray | str) and hasattr(data, "attachments"):
        # an embedded Outlook message
        subject = _text(_safe(lambda: data.subject)) or name
        if depth >= MAX_DEPTH:
            listed.append(f"embedded message {subject!r}, nested more than {MAX_DEPTH} deep, not opened")
            return None
        try:
            return "message/rfc822", convert(data, depth + 1)
        except Exception:
            listed.append(f"embedded message {subject!r}, damaged, not opened")
            return None
    ctype = (_text(_safe(lambda: att.mimetype)) or "").split(";")[0].strip().lower()
    if isinstance(data, str):
        data = data.encode("utf-8", "replace")
    size = len(data) if isinstance(data, bytes | bytearray) else 0
    if not ctype and name.lower().endswith(".eml"):
        ctype = "message/rfc822"
    if ctype in KEPT_TYPES and isinstance(data, bytes | bytearray) and 0 < size <= MAX_KEPT_PART:
        return ctype, bytes(data)
    listed.append(f"{name} ({ctype + ', ' if ctype else ''}{size:,} bytes)")
    return None


# --- Outlook's own non-delivery reports ---------------------------------------------
#
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


def _signed(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value - (1 << 32) if value >= 1 << 31 else value


def _prop_str(obj: Any, prop: int) -> str | None:
    getter = getattr(obj, "getStringStream", None)
    if getter is None:
        return None
    return _text(_safe(lambda: getter(f"__substg1.0_{prop:04X}")))


def _prop_int(obj: Any, prop: int) -> int | None:
    props = _safe(lambda: obj.props)
    if props is None:
        return None
    value = _safe(lambda: props.getValue(f"{prop:04X}"))
    return value if isinstance(value, int) and not isinstance(value, bool) else None


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
