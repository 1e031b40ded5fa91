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

Only :class:`NotEmailError` leaves this package, with a sentence for the user.

The package's modules: ``read`` opens the file (:func:`msg_to_message`), ``message``
writes the MIME message (:func:`convert`), ``ndr`` reads Outlook's own non-delivery
reports, and ``props`` reads property values safely for all of them.
"""

from __future__ import annotations

from .message import KEPT_TYPES, MAX_BODY_CHARS, MAX_DEPTH, MAX_KEPT_PART, convert
from .ndr import NDR_DIAGNOSTICS, NDR_REASONS, is_ndr_class, ndr_report, status_from_code
from .read import OLE_MAGIC, is_msg, msg_to_message

__all__ = [
    "KEPT_TYPES",
    "MAX_BODY_CHARS",
    "MAX_DEPTH",
    "MAX_KEPT_PART",
    "NDR_DIAGNOSTICS",
    "NDR_REASONS",
    "OLE_MAGIC",
    "convert",
    "is_msg",
    "is_ndr_class",
    "msg_to_message",
    "ndr_report",
    "status_from_code",
]
