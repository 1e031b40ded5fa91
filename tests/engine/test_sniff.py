"""The input refused before parsing: empty, binary or not an email, each with its sentence."""

from __future__ import annotations

import random

import pytest

from bounce_doctor.engine import NotEmailError, Report, diagnose

from .hostile import check


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t", b"\n" * 1000], ids=["empty", "blank", "newlines"])
def test_empty_input_says_so(data: bytes) -> None:
    err = check(data)
    assert isinstance(err, NotEmailError)
    assert "empty" in str(err)


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "PNG"),
        (b"\x7fELF\x02\x01\x01" + bytes(5000), "program"),
        (b"MZ\x90\x00" + bytes(5000), "Windows program"),
        (b"PK\x03\x04" + bytes(range(256)) * 10, "ZIP"),
        (b"\x1f\x8b\x08\x00" + bytes(200), "gzip"),
        (random.Random(7).randbytes(100_000), ""),
    ],
    ids=["png", "elf", "exe", "zip", "gzip", "random"],
)
def test_binary_files_are_not_email(data: bytes, word: str) -> None:
    err = check(data)
    assert isinstance(err, (NotEmailError, Report))  # random bytes may hold a stray "550"
    if word:
        assert isinstance(err, NotEmailError)
        assert word in str(err)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\n", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, b"PK\x03\x04rest", b"\x7fELF\x02\x01", bytes(range(256)) * 4],
)
def test_bad_input_raises_the_engines_own_error(data: bytes) -> None:
    with pytest.raises(NotEmailError):
        diagnose(data)
