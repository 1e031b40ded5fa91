"""Every input the tests have: the shared corpus (all of it, mbox files split), the samples and
the test data, each read once per test session."""

from __future__ import annotations

import functools
from pathlib import Path

from bounce_doctor.engine import NotEmailError, Report, diagnose
from bounce_doctor.engine.errors import InputTooLargeError
from bounce_doctor.engine.inputs import read_path

from .conftest import CORPUS, SAMPLES

DATA = Path(__file__).resolve().parent / "engine" / "data"


@functools.cache
def messages() -> tuple[tuple[str, bytes], ...]:
    out: list[tuple[str, bytes]] = []
    for root in (CORPUS, SAMPLES, DATA):
        if not root.is_dir():
            continue
        for item in read_path(root):
            if item.data is not None and not item.name.endswith((".json", ".md", ".py", ".pl")):
                out.append((item.name, item.data))
    return tuple(out)


@functools.cache
def reports() -> tuple[Report, ...]:
    out = []
    for name, data in messages():
        try:
            out.append(diagnose(data, name))
        except (NotEmailError, InputTooLargeError):
            continue
    return tuple(out)
