"""Bytes to text: charset names to Python codecs, decode_bytes, and fix_text for raw bytes left in compat32 strings."""

from __future__ import annotations

import codecs
import re

from ..charset_guess import guess_gb2312

_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
}


# Python codecs that are no charset of mail: they turn bytes into escapes or
# domain names, and punycode takes quadratic time on long input
_NOT_CHARSETS = frozenset({"punycode", "idna", "unicode_escape", "raw_unicode_escape", "undefined", "mbcs", "oem"})


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    cs = charset.strip().strip('"').lower()[:60]
    cs = _CHARSET_ALIASES.get(cs, cs)
    try:
        info = codecs.lookup(cs)
        if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
            return None
        "".encode(cs)
        b"".decode(cs)
    except (LookupError, ValueError, TypeError):
        return None
    return cs


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode bytes to text: the declared charset, then UTF-8, then guesses."""
    codec = _codec(charset)
    if codec and codec != "utf-8":
        try:
            text = data.decode(codec)
            if not _LONE_SURROGATE.search(text):
                return text
        except (UnicodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    if codec:
        try:
            return _LONE_SURROGATE.sub("\ufffd", data.decode(codec, errors="replace"))
        except (UnicodeError, LookupError):
            pass
    chinese = guess_gb2312(data)  # undeclared GB2312 (old Chinese mail systems)
    if chinese is not None:
        return chinese
    return data.decode("cp1252", errors="replace")


_SURROGATE = re.compile("[\udc80-\udcff]")


def fix_text(value: str, charset: str | None = None) -> str:
    """Turn surrogate-escaped raw bytes (from compat32) back into text."""
    if _SURROGATE.search(value):
        raw = value.encode("ascii", "surrogateescape") if value.isascii() else value.encode(
            "utf-8", "surrogateescape"
        )
        return decode_bytes(raw, charset)
    return value
