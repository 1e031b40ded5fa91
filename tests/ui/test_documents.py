"""The document controller: what is opened, read and shown, on its own (a stub reader) and in the window."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QUrl
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.errors import InputProblem, Problem
from bounce_doctor.engine.limits import MB
from bounce_doctor.engine.model import Phrase
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.documents import FILE_LIST_MAX, DocumentController, _too_large_body
from bounce_doctor.ui.file_list import FileList
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.mime_input import Source
from bounce_doctor.ui.settings import Settings
from bounce_doctor.ui.workers import Outcome

from ..conftest import SAMPLES, corpus_dir
from .test_mainwindow import HeldPool, drop_on, panel_text

pytestmark = pytest.mark.gui


class StubReader:
    """Keeps what it is asked to read; a test says when each read starts."""

    busy = False

    def __init__(self) -> None:
        self.submitted: list[Source] = []

    def submit(self, src: Source) -> None:
        self.submitted.append(src)


def controller(qtbot: QtBot, settings: Settings) -> tuple[DocumentController, StubReader, list[list[Path]]]:
    file_list = FileList()
    qtbot.addWidget(file_list)
    view = SimpleNamespace(file_list=file_list)
    reader, batches = StubReader(), []
    docs = DocumentController(view, settings, reader, open_batch=batches.append,  # type: ignore[arg-type]
                              ask_open_paths=list, hide_draft=lambda: None, enable_drafts=lambda: None)
    return docs, reader, batches


def outcome(name: str, error: str = "", problem: InputProblem | None = None) -> Outcome:
    return Outcome(name=name, path=None, report=None, error=error, problem=problem)


def test_a_file_is_read_and_remembered_a_folder_goes_to_the_batch(qtbot: QtBot, settings: Settings,
                                                                   tmp_path: Path) -> None:
    docs, reader, batches = controller(qtbot, settings)
    docs.open_path(SAMPLES / "spam-block.eml")
    assert [s.name for s in reader.submitted] == ["spam-block.eml"]
    assert settings.recent_files() == [str((SAMPLES / "spam-block.eml").resolve())]
    docs.open_path(tmp_path)
    assert batches == [[tmp_path]]
    assert len(reader.submitted) == 1  # a folder is not read here


def test_several_files_fill_the_batch_and_many_only_the_batch(qtbot: QtBot, settings: Settings) -> None:
    docs, reader, batches = controller(qtbot, settings)
    two = [SAMPLES / "spam-block.eml", SAMPLES / "wrong-address.eml"]
    docs.open_paths(two)
    assert batches == [two]
    assert [s.name for s in reader.submitted] == ["spam-block.eml", "wrong-address.eml"]
    docs.open_paths([SAMPLES / "spam-block.eml"] * (FILE_LIST_MAX + 1))
    assert len(batches) == 2
    assert len(reader.submitted) == 2  # too many for the list: only the Batch tab


def test_the_list_names_reads_still_running_and_drops_older_opens(qtbot: QtBot, settings: Settings) -> None:
    docs, _reader, _batches = controller(qtbot, settings)
    docs.jobs, docs.pending = {3, 4}, {4: "late.eml"}
    docs.docs["3:0"] = outcome("first.eml")
    docs.fill_file_list()
    labels = [docs.view.file_list.item(i).text() for i in range(docs.view.file_list.count())]
    assert labels[0].startswith("first.eml")
    assert labels[1] == "late.eml (reading…)"
    docs.read_finished(2, [outcome("old.eml")])  # a job of an earlier open
    assert "2:0" not in docs.docs


def test_what_was_refused_for_its_size_is_read_again(qtbot: QtBot, settings: Settings) -> None:
    docs, reader, _batches = controller(qtbot, settings)
    docs.open_sample(SAMPLES / "spam-block.eml")
    docs.read_again_if_refused()
    assert len(reader.submitted) == 1  # nothing was refused
    docs.docs["1:0"] = outcome("big.eml", "big.eml is 60 MB, larger than the limit",
                               InputProblem(Problem.TOO_LARGE, Phrase("big.eml is 60 MB, larger than the limit"), 60 * MB, 50 * MB))
    docs.docs["2:0"] = outcome("x.eml", "not an email", InputProblem(Problem.NOT_EMAIL, Phrase("not an email")))
    assert docs.refused_sizes() == [60 * MB]
    docs.read_again_if_refused()
    assert [s.name for s in reader.submitted] == ["spam-block.eml", "spam-block.eml"]


def test_a_message_too_large_says_its_size_and_how_to_read_it(qtbot: QtBot) -> None:
    body = _too_large_body(InputProblem(Problem.TOO_LARGE, Phrase("(the command line's words)"), 60 * MB, 50 * MB))
    assert body == ("The message is 60 MB, larger than the limit of 50 MB for one message. "
                    "To read it anyway, raise the limit: the file is then read again.")
    # just over the limit: in bytes, so the two sizes differ
    body = _too_large_body(InputProblem(Problem.TOO_LARGE, Phrase(""), 50 * MB + 1, 50 * MB))
    assert body.startswith("The message is 52,428,801 bytes, larger than the limit of 50 MB for one message.")


def test_close_goes_back_to_the_empty_window_and_forgets_the_messages(window: MainWindow) -> None:
    window.open_paths([SAMPLES / "wrong-address.eml", SAMPLES / "spam-block.eml"])
    assert len(window.documents.docs) == 2
    window.actions_by_name[Action.CLOSE].trigger()
    assert window.documents.docs == {}
    assert window.file_list.isHidden()
    assert not window.actions_by_name[Action.COPY_DIAGNOSIS].isEnabled()


def test_file_open_through_the_seam(window: MainWindow, monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    path = SAMPLES / "exchange-ndr.eml"
    monkeypatch.setattr(window, "_ask_open_paths", lambda: [str(path)])
    window.actions_by_name[Action.OPEN].trigger()
    assert window.current_report().name == "exchange-ndr.eml"
    assert settings.recent_files() == [str(path.resolve())]
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("exchange-ndr.eml" in t for t in texts)


def test_binary_file_gets_a_message_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    window.open_path(bad)
    assert window.stack.currentWidget() is window.empty_state
    text = window.empty_state.message_text()
    assert "photo.png" in text
    assert "PNG image" in text
    assert "paste its text" in text  # what to try
    assert window.current_report() is None


def test_missing_file_and_text_without_email(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(tmp_path / "gone.eml")
    assert "no such file" in window.empty_state.message_text().lower()
    window.open_text("just some words, nothing else")
    assert "holds no email" in window.empty_state.message_text()


def test_a_bad_file_among_several_shows_in_the_panel(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(20))
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(SAMPLES / "wrong-address.eml")), QUrl.fromLocalFile(str(bad))])
    drop_on(window, qtbot, md)
    assert "(not read)" in window.file_list.item(1).text()
    window.file_list.setCurrentRow(1)
    assert "PDF document" in panel_text(window)


def test_progress_shows_when_reading_takes_a_moment(qtbot: QtBot, settings: Settings) -> None:
    pool = HeldPool()
    _app, window = create_app([], settings=settings, pool=pool)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.open_path(SAMPLES / "wrong-address.eml")
    assert window.progress.isHidden()
    qtbot.waitUntil(lambda: not window.progress.isHidden(), timeout=3000)
    assert "wrong-address.eml" in window.progress_label.text()
    pool.pending.pop().run()
    assert window.progress.isHidden()
    assert window.current_report() is not None


def test_list_keeps_the_order_given_when_reads_finish_out_of_order(qtbot: QtBot, settings: Settings, tmp_path) -> None:
    pool = HeldPool()
    _app, window = create_app([], settings=settings, pool=pool)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    bad = tmp_path / "b.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20))
    window.open_paths([SAMPLES / "wrong-address.eml", bad, SAMPLES / "spam-block.eml"])
    for runnable in reversed(pool.pending):
        runnable.run()
    labels = [window.file_list.item(i).text() for i in range(window.file_list.count())]
    assert labels == ["wrong-address.eml", "b.png (not read)", "spam-block.eml"]
    window.file_list.setCurrentRow(1)
    assert window.stack.currentIndex() == 1
    assert "PNG image" in panel_text(window)


def test_close_goes_back_to_the_empty_window(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.actions_by_name[Action.CLOSE].trigger()
    assert window.stack.currentWidget() is window.empty_state
    assert window.current_report() is None


def test_a_dropped_msg_is_parsed_once_and_the_headers_tab_shows_the_decoded_message(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses: list[str] = []
    # the modules (their names are also functions' names, so they are taken from sys.modules)
    modules = [importlib.import_module(f"bounce_doctor.engine.{m}") for m in ("diagnose", "headers.analyse")]
    for module in modules:  # every parse of a whole message the reader could make
        real = module.parse

        def counting(data: bytes, *args: object, _real=real, _at=module.__name__, **kwargs: object):
            parses.append(_at)
            return _real(data, *args, **kwargs)

        monkeypatch.setattr(module, "parse", counting)
    msg = next(p for p in sorted(corpus_dir("msg").glob("*.msg")) if p.name.startswith("msgreader_EmailWithMsg"))
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(msg))])
    drop_on(window, qtbot, md)
    qtbot.waitUntil(lambda: window.current_report() is not None, timeout=10000)
    assert parses == ["bounce_doctor.engine.diagnose"]  # once, for the diagnosis and the headers alike
    text = window.bounce_view.toPlainText()
    assert text == window.current_report().text
    view = window.headers_view
    assert view.hops_model.rowCount() == 3  # the decoded message's Received headers
    refs = [ref for block in window.documents.docs[window._shown].headers.blocks for ref in block.headers]
    assert refs
    assert all(text.startswith(ref.name, ref.name_start) for ref in refs)  # the tab selects in the shown text


def test_what_kept_a_file_from_being_read_is_said_in_the_windows_language(window: MainWindow, tmp_path: Path) -> None:
    png = tmp_path / "picture.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    window.open_path(png)
    assert "This is a PNG image, not an email." in window.empty_state.message_text()
    window.set_language("ru")
    try:
        window.open_path(png)
        said = window.empty_state.message_text()
        assert "Это изображение PNG, а не письмо." in said
        assert "not an email" not in said
    finally:
        window.set_language("en")
