"""Opening an Outlook .msg file (an OLE compound file) with extract-msg, quietly, in the right code page."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Any

from ..errors import NotEmailError
from .message import convert
from .props import _text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
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
