"""A guess for undeclared 8-bit text that is not UTF-8: Chinese in GB2312.

Old Chinese mail systems (SinaMail, qmail behind Chinese webmail) sent their
bounces in GB2312 without naming the charset, sometimes even in the subject.
Read as Windows-1252 such text is a row of accented letters; this guess gives
back the Chinese.

GB2312 text is pairs of bytes from 0xA1 to 0xF7 then 0xA1 to 0xFE; most
Chinese text uses the common characters, whose first byte is 0xB0 to 0xD7.
Western text has lone accented letters between ASCII ones and Russian text
(KOI8-R, Windows-1251) has letters that are no GB2312 character, so both fail
the strict decoding below or the share of common characters.
"""

from __future__ import annotations

_MIN_PAIRS = 3  # one or two pairs are too little to tell


_HIGH = bytes(range(0x80, 0x100))


def guess_gb2312(data: bytes) -> str | None:
    """``data`` decoded as GB2312 when it reads as Chinese, else None."""
    high = len(data) - len(data.translate(None, _HIGH))
    if high < 2 * _MIN_PAIRS or high % 2:
        return None
    try:
        text = data.decode("gb2312")
    except UnicodeDecodeError:
        return None
    pairs = high // 2
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    common = 0  # pairs whose first byte is that of a common character
    i, n = 0, len(data)
    while i < n:
        if data[i] >= 0x80:
            common += 0xB0 <= data[i] <= 0xD7
            i += 2
        else:
            i += 1
    if han * 10 < pairs * 6 or common * 2 < pairs:
        return None
    return text
