"""Grab the README's screenshots offscreen: ``make screenshots`` (writes packaging/screenshots/*.png)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bounce_doctor.resources import resource
from bounce_doctor.ui.app import create_app
from bounce_doctor.ui.settings import Settings

SIZE = (1280, 800)


def settle(app: QApplication, window) -> None:
    window.reader.wait()
    for _ in range(5):
        app.processEvents()


def grab_batch(app: QApplication, window, tmp: Path, grab) -> None:
    """The batch view: our samples, each copied with a few dates, as one folder."""
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    folder = tmp / "bounces"
    folder.mkdir()
    samples = resource("samples")
    names = ["wrong-address.eml", "mailbox-full.eml", "spam-block.eml", "multi-recipient.eml",
             "delay-warning.eml", "auth-failure.eml", "exchange-ndr.eml"]
    start = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    for i in range(60):
        name = names[(i * 7 + i // 5) % len(names)]
        text = (samples / name).read_text(encoding="utf-8")
        when = format_datetime(start + timedelta(days=i // 3, hours=i % 7))
        # a Date header of our choosing, so that the chart over time has something to show
        lines = [f"Date: {when}" if line.startswith("Date:") else line for line in text.split("\n")]
        (folder / f"{i:02d}-{name}").write_text("\n".join(lines), encoding="utf-8")
    done = []
    window.batch_loader.finished.connect(lambda _job, summary: done.append(summary))
    window.open_path(folder)
    while not done:
        app.processEvents()
        window.batch_loader.wait(50)
    window.batch_view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    grab("batch")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    samples = resource("samples")
    with tempfile.TemporaryDirectory() as tmp:
        app, window = create_app([], settings=Settings.from_file(Path(tmp) / "settings.ini"))
        window.resize(*SIZE)
        window.show()
        settle(app, window)

        def grab(name: str) -> None:
            settle(app, window)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)

        grab("empty-window")
        window.open_path(samples / "wrong-address.eml")
        settle(app, window)
        window.diagnosis_panel.set_details_open(0, True)
        grab("diagnosis")
        window.open_path(samples / "multi-recipient.eml")
        grab("multi-recipient")
        # the answers first; "show why" of the mistyped address selects the line that decided it
        why = [h for t, h in window.diagnosis_panel.links() if t == "show why"]
        window.diagnosis_panel.activate(why[2])  # recipient 2's who-acts (jake@gmial.com)
        grab("answers")
        window.open_path(samples / "spam-block.eml")
        settle(app, window)
        window.show_draft("delisting")
        dialog = window.draft_dialog
        dialog.redact_box.setChecked(True)
        settle(app, window)
        path = out / "draft.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
        window.open_path(samples / "auth-failure.eml")
        settle(app, window)
        window.tabs.setCurrentWidget(window.headers_view)
        window.headers_view.hops.selectRow(1)
        grab("headers")
        window.show_reference()
        window.reference_view.search.setText("mailbox full")
        window.reference_view.show_entry("enhanced:5.2.2")
        grab("code-reference")
        window.set_theme("dark")
        window.open_path(samples / "spam-block.eml")
        grab("dark-theme")
        window.set_theme("system")
        grab_batch(app, window, Path(tmp), grab)
        window.set_language("ru")
        window.open_path(samples / "mailbox-full.eml")
        settle(app, window)
        window.diagnosis_panel.set_details_open(0, True)
        grab("russian")
        window.open_path(samples / "ndr-de.eml")  # a German Exchange report, explained in Russian
        settle(app, window)
        grab("russian-german-ndr")
        window.set_language("system")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "packaging/screenshots")))
