"""Reading off the GUI thread, and turning every input into an outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.errors import Problem
from bounce_doctor.engine.limits import Limits
from bounce_doctor.ui.mime_input import Source
from bounce_doctor.ui.workers import Reader, read_source

from ..conftest import SAMPLES, corpus_dir

pytestmark = pytest.mark.gui


def test_read_a_file_and_bytes() -> None:
    (out,) = read_source(Source("w", path=SAMPLES / "wrong-address.eml"))
    assert out.report is not None
    assert out.error is None
    (out,) = read_source(Source("t", data=b"\x00\x01" * 100))
    assert out.report is None
    assert "binary" in out.error


def test_the_reader_works_out_the_advice() -> None:
    (out,) = read_source(Source("m", path=SAMPLES / "multi-recipient.eml"))
    assert out.advice is not None
    assert out.advice.for_recipient(1).suggested_address == "jake@gmail.com"


def test_an_mbox_gives_one_outcome_per_message(tmp_path: Path) -> None:
    one = (SAMPLES / "wrong-address.eml").read_bytes()
    two = (SAMPLES / "mailbox-full.eml").read_bytes()
    box = tmp_path / "bounces.mbox"
    box.write_bytes(b"From MAILER-DAEMON Tue Mar 11 09:41:10 2025\n" + one + b"\n"
                    + b"From MAILER-DAEMON Tue Mar 11 09:42:10 2025\n" + two + b"\n")
    outs = read_source(Source("bounces.mbox", path=box))
    assert len(outs) == 2
    assert all(o.report is not None for o in outs)


def test_missing_file_is_a_sentence(tmp_path: Path) -> None:
    (out,) = read_source(Source("x", path=tmp_path / "gone.eml"))
    assert out.error == "No such file or folder."


def test_reader_reports_on_the_gui_thread(qtbot: QtBot) -> None:
    pool = QThreadPool()
    reader = Reader(pool)
    busy = []
    reader.busy_changed.connect(busy.append)
    with qtbot.waitSignal(reader.finished, timeout=10000) as blocker:
        job = reader.submit(Source("w", path=SAMPLES / "wrong-address.eml"))
    assert blocker.args[0] == job
    assert blocker.args[1][0].report.recipients[0].address == "bob@example.org"
    assert busy == [True, False]
    assert not reader.busy
    pool.waitForDone()


def test_outcomes_carry_the_problem_as_a_type(tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(b"From: a@example.com\n\n" + b"x" * 5000)
    [out] = read_source(Source("big.eml", path=big), Limits(max_input_bytes=1000))
    assert out.report is None
    assert out.too_large
    assert (out.problem.kind, out.problem.size, out.problem.limit) == (Problem.TOO_LARGE, 5021, 1000)
    [pasted] = read_source(Source("pasted", data=b"\0\0\0binary"))
    assert pasted.problem.kind is Problem.NOT_EMAIL
    assert not pasted.too_large


def test_the_headers_analysis_reads_the_same_text_as_the_diagnosis() -> None:
    msg = next(p for p in sorted(corpus_dir("msg").glob("*.msg")) if p.name.startswith("msgreader_EmailWithMsg"))
    [out] = read_source(Source(msg.name, path=msg))
    assert out.report is not None
    assert out.headers is not None
    text = out.report.text
    refs = [ref for block in out.headers.blocks for ref in block.headers]
    assert refs  # the decoded message's headers, not nothing found in the OLE file
    assert all(text.startswith(ref.name, ref.name_start) for ref in refs)
    assert out.headers.primary is not None
    assert len(out.headers.primary.hops) == 3
