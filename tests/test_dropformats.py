"""Windows file group descriptors and Mozilla drag text, built byte by byte as Microsoft documents them."""

from __future__ import annotations

import random
import struct

from bounce_doctor.dropformats import (
    ANSI_SIZE,
    FD_ATTRIBUTES,
    FD_FILESIZE,
    FILE_ATTRIBUTE_DIRECTORY,
    WIDE_SIZE,
    VirtualFile,
    decode_text,
    describe_formats,
    file_group,
    message_urls,
    safe_name,
)

FD_UNICODE = 0x80000000
FD_WRITESTIME = 0x20


def descriptor(name: str, size: int | None = None, *, folder: bool = False, wide: bool = True) -> bytes:
    """One FILEDESCRIPTORW (or FILEDESCRIPTORA), field by field as shlobj_core.h declares it."""
    flags = FD_WRITESTIME | (FD_UNICODE if wide else 0)
    if size is not None:
        flags |= FD_FILESIZE
    if folder:
        flags |= FD_ATTRIBUTES
    raw = name.encode("utf-16-le" if wide else "cp1252")
    width = 520 if wide else 260
    return b"".join(
        (
            struct.pack("<I", flags),  # dwFlags
            bytes(range(16)),  # CLSID clsid (garbage on purpose: FD_CLSID is not set)
            struct.pack("<ii", 7, 8),  # SIZEL sizel
            struct.pack("<ii", -1, -2),  # POINTL pointl
            struct.pack("<I", FILE_ATTRIBUTE_DIRECTORY if folder else 0x20),  # dwFileAttributes
            struct.pack("<Q", 133_000_000_000_000_000) * 3,  # FILETIME creation, last access, last write
            struct.pack("<II", (size or 0) >> 32, (size or 0) & 0xFFFFFFFF),  # nFileSizeHigh, nFileSizeLow
            raw[:width].ljust(width, b"\0"),  # cFileName[MAX_PATH]
        )
    )


def group(*items: bytes, count: int | None = None) -> bytes:
    """A FILEGROUPDESCRIPTOR: UINT cItems, then the descriptors."""
    return struct.pack("<I", len(items) if count is None else count) + b"".join(items)


def test_the_sizes_are_the_documented_ones() -> None:
    assert WIDE_SIZE == 592
    assert len(descriptor("a")) == 592
    assert ANSI_SIZE == 332
    assert len(descriptor("a", wide=False)) == 332


def test_one_item() -> None:
    assert file_group(group(descriptor("Undeliverable test subj.msg", 17408))) == [
        VirtualFile("Undeliverable test subj.msg", 17408)
    ]


def test_several_items_with_and_without_sizes_and_a_folder() -> None:
    data = group(
        descriptor("one.msg", 5),
        descriptor("two.msg"),
        descriptor("sub", folder=True),
        descriptor("big.msg", 5 << 32 | 7),
    )
    got = file_group(data)
    assert [(f.name, f.size, f.is_folder) for f in got] == [
        ("one.msg", 5, False),
        ("two.msg", None, False),
        ("sub", None, True),
        ("big.msg", 5 << 32 | 7, False),
    ]


def test_non_ascii_names() -> None:
    names = ["Недоставлено: отчёт.msg", "Ünzustellbar – 📨.msg", "退信.msg"]
    assert [f.name for f in file_group(group(*map(descriptor, names)))] == names
    ansi = file_group(group(descriptor("Non remis : café.msg", wide=False)), wide=False)
    assert [f.name for f in ansi] == ["Non remis : café.msg"]


def test_a_name_that_fills_max_path_has_no_nul() -> None:
    (item,) = file_group(group(descriptor("x" * 300)))
    assert item.name == "x" * 260


def test_names_never_name_folders_or_hold_control_characters() -> None:
    names = [
        f.name
        for f in file_group(
            group(descriptor("..\\..\\Windows\\evil.msg"), descriptor("a\x07b\r\n.msg"), descriptor("/etc/passwd"))
        )
    ]
    assert names == ["evil.msg", "ab.msg", "passwd"]
    assert safe_name("...") == ""


def test_truncated_and_hostile_data_never_raise() -> None:
    one = descriptor("first.msg", 3)
    assert file_group(b"") == []
    assert file_group(b"\x01\x00") == []
    assert file_group(group(count=0)) == []
    assert [f.name for f in file_group(group(one, count=3))] == ["first.msg"]  # cItems says more than there is
    assert [f.name for f in file_group(group(one, descriptor("cut.msg")[:300]))] == ["first.msg"]
    assert len(file_group(group(one, count=0xFFFFFFFF))) == 1
    lone = b"\xff\xff" * 300  # a lone surrogate in the name: replaced, not raised
    (odd,) = file_group(struct.pack("<I", 1) + b"\0" * 72 + b"\x00\xd8A\x00" + lone[: 520 - 4])
    assert odd.name.startswith("\ufffdA")
    rng = random.Random(19)
    for _ in range(300):
        blob = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 1400)))
        for wide in (True, False):
            for item in file_group(blob, wide=wide):
                assert "/" not in item.name
                assert "\0" not in item.name


def test_mozilla_text_is_utf16_or_utf8() -> None:
    url = "imap-message://me@imap.example.org/INBOX#42"
    assert decode_text(url.encode("utf-16")) == url
    assert decode_text(url.encode("utf-16-le") + b"\0\0") == url
    assert decode_text(url.encode()) == url
    assert decode_text(b"\xff") == "\ufffd"


def test_message_urls() -> None:
    text = "mailbox-message://nobody@Local%20Folders/Inbox#123\nUndeliverable\nhttps://example.org/\nnews://x/1"
    assert message_urls(text) == ["mailbox-message://nobody@Local%20Folders/Inbox#123", "news://x/1"]
    assert message_urls("message:%3C1@example.org%3E") == ["message:%3C1@example.org%3E"]
    assert message_urls("550 5.1.1 user unknown") == []


def test_describe_formats() -> None:
    assert describe_formats([("text/plain", 12), ("x/%2", 0)]) == "text/plain (12 bytes)\nx/%2 (0 bytes)"
    assert describe_formats([("a", 1)], "%1: %2 o") == "a: 1 o"
