"""The exports controller: exporting the diagnosis and the batch, the size limit, and the drafts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSaveFile, QStandardPaths
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.advice import advise
from bounce_doctor.engine.limits import MB
from bounce_doctor.ui import saving
from bounce_doctor.ui.actions import DRAFT_ACTIONS, Action, build_actions
from bounce_doctor.ui.exports_controller import ExportsController
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.settings import Settings

from ..conftest import SAMPLES
from .test_batch_view import BOUNCES, row

pytestmark = pytest.mark.gui


class StubDraftDialog:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def set_draft(self, _report, _advice, kind: str, recipient: int | None) -> None:
        self.calls.append(f"{kind}:{recipient}")

    def show(self) -> None:
        self.calls.append("show")

    def hide(self) -> None:
        self.calls.append("hide")

    def raise_(self) -> None:
        pass

    def activateWindow(self) -> None:  # noqa: N802 (the Qt name)
        pass


class Harness:
    """An exports controller on a bare window, with every dialog and callback recorded."""

    def __init__(self, qtbot: QtBot, settings: Settings) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.actions = build_actions(self.window)
        self.reader = SimpleNamespace(limits=None)
        self.shown: tuple = (None, None)
        self.rows: list = []
        self.asked: list[tuple[str, str, str]] = []
        self.answer = ("", "")
        self.said: list[str] = []
        self.limits_asked: list[tuple[int, int | None]] = []
        self.accept = False
        self.read_again: list[bool] = []
        self.dialogs: list[StubDraftDialog] = []
        self.exports = ExportsController(
            self.window, settings, self.reader, self.actions,  # type: ignore[arg-type]
            shown=lambda: self.shown, batch_rows=lambda: self.rows,
            ask_save_path=lambda *args: self.asked.append(args) or self.answer,
            show_message=lambda text, _ms: self.said.append(text),
            make_draft_dialog=lambda: self.dialogs.append(StubDraftDialog()) or self.dialogs[-1],  # type: ignore
            make_limits_dialog=lambda mb, refused: self.limits_asked.append((mb, refused)) or SimpleNamespace(
                size_mb=lambda: 120),  # type: ignore[arg-type, return-value]
            exec_dialog=lambda _dialog: self.accept,
            refused_sizes=lambda: [60 * MB, 70 * MB + 5],
            read_again_if_refused=lambda: self.read_again.append(True),
        )


@pytest.fixture
def harness(qtbot: QtBot, settings: Settings) -> Harness:
    return Harness(qtbot, settings)


def shown(name: str = "wrong-address.eml") -> tuple:
    report = diagnose((SAMPLES / name).read_bytes(), name)
    return report, advise(report)


def test_nothing_to_export_asks_nothing(harness: Harness) -> None:
    harness.exports.export_diagnosis()
    harness.exports.export_batch()
    assert harness.asked == []


def test_the_batch_rows_shown_go_to_csv_and_the_folder_is_remembered(harness: Harness, tmp_path: Path) -> None:
    harness.rows = [row("a@example.org"), row("b@example.org")]
    harness.answer = (str(tmp_path / "rows"), "CSV for spreadsheets (*.csv)")
    harness.exports.export_batch()
    title, filters, _start = harness.asked[0]
    assert title == "Export the batch"
    assert filters == "CSV for spreadsheets (*.csv);;JSON (*.json)"
    rows = list(csv.DictReader(io.StringIO((tmp_path / "rows.csv").read_text(encoding="utf-8"), newline="")))
    assert [r["recipient"] for r in rows] == ["a@example.org", "b@example.org"]
    assert harness.exports.settings.value("export/folder") == str(tmp_path)
    assert harness.said == [f"Saved {tmp_path / 'rows.csv'}"]


def test_a_cancelled_export_writes_nothing(harness: Harness, tmp_path: Path) -> None:
    harness.shown = shown()
    harness.exports.export_diagnosis()
    assert len(harness.asked) == 1
    assert harness.said == []
    assert harness.exports.settings.value("export/folder") == ""


def test_the_size_limit_asks_with_what_was_refused_and_stores_only_when_accepted(harness: Harness) -> None:
    harness.exports.ask_size_limit()
    assert harness.limits_asked == [(50, 70 * MB + 5)]  # the largest refused
    assert harness.read_again == []
    harness.accept = True
    harness.exports.ask_size_limit()
    assert harness.exports.settings.value("limits/max_size_mb") == 120
    assert harness.reader.limits.max_input_bytes == 120 * MB
    assert harness.read_again == [True]
    assert harness.exports.limits().max_input_bytes == 120 * MB


def test_drafts_follow_the_bounce_shown(harness: Harness) -> None:
    harness.exports.enable_drafts()
    assert not any(harness.actions[a].isEnabled() for a in DRAFT_ACTIONS.values())
    harness.exports.show_draft("recipient")
    assert harness.dialogs == []  # no bounce, no draft
    harness.shown = shown()
    harness.exports.enable_drafts()
    assert harness.actions[Action.DRAFT_RECIPIENT].isEnabled()
    harness.exports.show_draft("delisting")
    assert harness.dialogs == []  # not worth writing for a wrong address
    harness.exports.show_draft("recipient")
    harness.exports.show_draft("recipient", 0)
    harness.exports.hide_draft()
    assert len(harness.dialogs) == 1  # made once, then reused
    assert harness.dialogs[0].calls == ["recipient:None", "show", "recipient:0", "show", "hide"]


def test_export_batch_csv_and_json(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    window.open_paths([SAMPLES / n for n in BOUNCES])
    window.batch_view.permanence.setCurrentIndex(1)  # permanent only: the export follows the filters
    shown = window.batch_view.proxy.rowCount()
    assert 0 < shown < window.batch_model.rowCount()
    target = tmp_path / "rows"
    monkeypatch.setattr(window, "_ask_save_path", lambda *_a: (str(target), "CSV for spreadsheets (*.csv)"))
    window.actions_by_name[Action.EXPORT_BATCH].trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "rows.csv").read_text(encoding="utf-8"), newline="")))
    assert len(rows) == shown
    assert {r["permanent"] for r in rows} == {"true"}
    assert rows[0]["recipient"] == "bob@example.org"
    assert rows[0]["status"] == "5.1.1"
    monkeypatch.setattr(window, "_ask_save_path", lambda *_a: (str(tmp_path / "rows.json"), ""))
    window.actions_by_name[Action.EXPORT_BATCH].trigger()
    assert len(json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))) == shown


def test_a_failed_export_leaves_the_old_file_whole(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    old = tmp_path / "report.html"
    old.write_text("the old report", encoding="utf-8")

    class FailingCommit(QSaveFile):
        def commit(self) -> bool:
            self.cancelWriting()  # as when the disk fills up at the last moment
            return super().commit()

    monkeypatch.setattr(saving, "QSaveFile", FailingCommit)
    monkeypatch.setattr(window, "_ask_save_path", lambda *_a: (str(old), ""))
    window.actions_by_name[Action.EXPORT_DIAGNOSIS].trigger()
    assert old.read_text(encoding="utf-8") == "the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "settings.ini"] or \
        [p.name for p in tmp_path.iterdir() if p.name.startswith("report")] == ["report.html"]
    box = window.findChild(object, "exportFailed")
    assert box is not None
    assert "unchanged" in box.text()
    box.close()


def test_the_export_dialog_starts_with_the_suggestion_and_remembers_the_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    target = tmp_path / "exports"
    target.mkdir()

    def ask(_title: str, _filters: str, start: str = "") -> tuple[str, str]:
        asked.append(start)
        return str(target / Path(start).name), "Web page (*.html)"

    monkeypatch.setattr(window, "_ask_save_path", ask)
    window.open_path(SAMPLES / "mailbox-full.eml")
    subject = window.current_report().original.subject
    window.export_diagnosis()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [str(Path(documents) / f"{subject} – diagnosis.html")]
    assert (target / f"{subject} – diagnosis.html").is_file()
    assert window.settings.value("export/folder") == str(target)
    window.export_diagnosis()
    assert asked[-1] == str(target / f"{subject} – diagnosis.html")


@pytest.mark.parametrize("suffix", ["html", "md", "txt", "json", "pdf"])
def test_export_diagnosis(window: MainWindow, monkeypatch, tmp_path: Path, suffix: str) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    target = tmp_path / f"out.{suffix}"
    monkeypatch.setattr(window, "_ask_save_path", lambda *_a: (str(target), ""))
    window.actions_by_name[Action.EXPORT_DIAGNOSIS].trigger()
    data = target.read_bytes()
    if suffix == "pdf":
        assert data.startswith(b"%PDF")
        assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>") >= 1
        assert data.rstrip().endswith(b"%%EOF")
        return
    text = data.decode("utf-8")
    if suffix == "json":
        assert json.loads(text)["recipients"][0]["address"] == "bob@example.org"
    else:
        assert "bob@example.org" in text
        assert "5.1.1" in text
    if suffix == "md":
        assert text.startswith("# wrong-address.eml")
        assert "\n## Recipient 1" in text
