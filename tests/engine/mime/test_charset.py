"""engine/mime/charset.py: bytes to text by the declared charset, then UTF-8, then guesses; raw bytes mended."""

from __future__ import annotations

from bounce_doctor.engine.mime.charset import decode_bytes, fix_text

CHINESE = "邮件无法送达，收件人地址不存在"


def test_the_declared_charset_then_utf8_then_windows_1252() -> None:
    assert decode_bytes("Grüße".encode("latin-1"), "iso-8859-1") == "Grüße"
    assert decode_bytes("Grüße".encode()) == "Grüße"
    assert decode_bytes("Grüße".encode("cp1252")) == "Grüße"  # undeclared and not UTF-8
    assert decode_bytes("Grüße".encode(), "x-no-such-charset") == "Grüße"  # an unknown name is no charset


def test_undeclared_chinese_is_guessed() -> None:
    assert decode_bytes(CHINESE.encode("gb2312")) == CHINESE


def test_surrogate_escaped_bytes_are_decoded_again() -> None:
    raw = "Grüße".encode("latin-1").decode("ascii", "surrogateescape")
    assert fix_text(raw, "iso-8859-1") == "Grüße"
    assert fix_text("plain text") == "plain text"
