"""engine/charset_guess.py: undeclared 8-bit text read as GB2312 only when it reads as Chinese."""

from __future__ import annotations

from bounce_doctor.engine.charset_guess import guess_gb2312


def test_chinese_in_gb2312_is_read_back() -> None:
    text = "邮件无法送达，收件人地址不存在"
    assert guess_gb2312(("550 " + text + "\r\n").encode("gb2312")) == "550 " + text + "\r\n"


def test_western_russian_and_short_text_are_not_chinese() -> None:
    assert guess_gb2312("Der Empfänger ist unbekannt, bitte prüfen".encode("cp1252")) is None
    assert guess_gb2312("Адресат не найден на сервере".encode("koi8-r")) is None
    assert guess_gb2312("你好".encode("gb2312")) is None  # two pairs: too little to tell
    assert guess_gb2312(b"plain ASCII only") is None
