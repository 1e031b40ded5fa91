"""The window in Russian: translations complete and compiled, no untranslated literal, no English left, no clipping."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from bounce_doctor.output import text
from bounce_doctor.ui import i18n
from bounce_doctor.ui.mainwindow import MainWindow
from bounce_doctor.ui.samples import samples

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "bounce_doctor_ru.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
SOURCES = [*sorted((ROOT / "gui" / "bounce_doctor" / "ui").glob("*.py")), ROOT / "gui" / "bounce_doctor" / "output" / "text.py"]
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Words that stay as they are in Russian: the app's name, codes, formats, protocols.
ALLOWED = re.compile(
    r"^(Bounce Doctor|.+\.eml — Bounce Doctor|English|GPL-3\.0-or-later|[\d.X x]+|[-–—\s]*"
    r"|Scroll Left|Scroll Right)$"  # Qt's own tab-bar buttons, named once when the tab bar is built
)


def _unfinished(ts: Path) -> list[str]:
    out = []
    for ctx in ET.parse(ts).getroot():
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if (tr.get("type") in ("unfinished", None) and not (tr.text or "").strip() and not list(tr)) or tr.get("type") == "unfinished":
                out.append(f"{ctx.findtext('name')}: {m.findtext('source')!r}")
    return out


def test_every_tr_string_has_russian(tmp_path: Path) -> None:
    """Extract the strings of the sources now (as `make translations` does): each must have Russian."""
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    subprocess.run(
        [BIN / "pyside6-lupdate", "-locations", "none", "-no-obsolete", *SOURCES, "-ts", ts],
        check=True, capture_output=True,
    )
    missing = _unfinished(ts)
    assert not missing, "run `make translations` and translate in resources/translations/bounce_doctor_ru.ts:\n" + (
        "\n".join(missing))


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / QM.name
    subprocess.run([BIN / "pyside6-lrelease", "-silent", TS, "-qm", qm], check=True, capture_output=True)
    assert qm.read_bytes() == QM.read_bytes(), "the .qm is older than the .ts: run `make translations-compile`"


def test_qt_ships_its_own_russian() -> None:
    assert Path(i18n.qt_translation_file("ru")).is_file()


def test_sample_titles_are_marked_for_translation() -> None:
    assert [t for t, _ in samples()] == list(i18n.SAMPLE_TITLES)


VISIBLE_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "setWhatsThis", "addMenu", "addAction", "addTab", "setTabText",
    "showMessage", "QLabel", "QPushButton", "QAction", "QCheckBox", "QMenu", "QGroupBox", "QRadioButton",
    "QToolButton",
}


def _untranslated_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in VISIBLE_CALLS:
            continue
        for arg in node.args:
            literal = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
            if isinstance(arg, ast.JoinedStr):  # only the literal parts, without HTML markup, count
                parts = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                literal = re.sub(r"<[^>]*>", "", parts)
            if literal and re.search(r"[A-Za-z]{2}", literal) and not ALLOWED.match(literal):
                found.append(f"{path.name}:{node.lineno}: {name}({literal!r})")
    return found


def test_no_visible_string_literal_bypasses_tr() -> None:
    found = [f for p in SOURCES if p.parent.name == "ui" for f in _untranslated_literals(p)]
    assert not found, "wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


def test_the_scan_catches_a_literal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('label.setText("Hello")\nbutton = QPushButton(f"Open {name}")\nok.setText(self.tr("Fine"))\n')
    assert len(_untranslated_literals(bad)) == 2


def _visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    out = [("title", window.windowTitle())]
    for w in window.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton) and w.text():
            out.append((w.objectName() or type(w).__name__, w.text()))
        if w.accessibleName():
            out.append((f"{type(w).__name__}.accessibleName", w.accessibleName()))
    for menu in window.menuBar().actions():
        out.append(("menu", menu.text()))
        for a in menu.menu().actions():
            if a.text():
                out.append(("action", a.text()))
            if a.menu():
                out.extend(("action", s.text()) for s in a.menu().actions() if s.text())
    out.extend(("tab", window.tabs.tabText(i)) for i in range(window.tabs.count()))
    model = window.reference_model
    out.extend(("column", model.headerData(i, Qt_H)) for i in range(model.columnCount()))
    return out


from PySide6.QtCore import Qt  # noqa: E402

Qt_H = Qt.Orientation.Horizontal


def _english_left(window: MainWindow) -> list[str]:
    left = []
    for where, t in _visible_texts(window):
        plain = re.sub(r"<[^>]+>|&", "", t)
        if re.search(r"[A-Za-z]{3}", plain) and not CYRILLIC.search(plain) and not ALLOWED.match(plain):
            left.append(f"{where}: {t!r}")
    return left


@pytest.fixture
def russian(window: MainWindow, qtbot):
    window.set_language("ru")
    QCoreApplication.processEvents()
    yield window
    window.set_language("en")
    QCoreApplication.processEvents()


def test_russian_window_has_no_english_left(russian: MainWindow) -> None:
    russian.open_path(samples()[0][1])
    QCoreApplication.processEvents()
    left = _english_left(russian)
    assert not left, "these texts are still English in the Russian window:\n" + "\n".join(left)
    html = russian.diagnosis_panel.toPlainText()
    assert "не доставлено" in html
    assert "Что делать" in html
    assert "Ещё не переведено" not in html  # the wrong address's codes are all in Russian


def test_switching_language_retranslates_the_open_window(window: MainWindow) -> None:
    window.open_path(samples()[0][1])
    reference = window.tabs.indexOf(window.reference_view)
    headers = window.headers_view
    hops = headers.hops_model
    assert window.tabs.tabText(reference) == "Code &reference"
    assert hops.headerData(0, Qt_H) == "Hop"
    window.show_draft("recipient")
    dialog = window.draft_dialog
    assert dialog is not None
    assert dialog.copy_button.text() == "&Copy"
    changed = []
    hops.headerDataChanged.connect(lambda *args: changed.append(args))
    window.set_language("ru")
    QCoreApplication.processEvents()
    assert window.tabs.tabText(reference) == "&Справочник кодов"
    assert window.tabs.tabText(window.tabs.indexOf(headers)) == "&Заголовки"
    assert window.empty_state.paste_button.text() == "&Вставить"
    assert "Кому действовать" in window.diagnosis_panel.toPlainText()
    assert "Отправить ещё раз?" in window.diagnosis_panel.toPlainText()
    assert changed
    assert hops.headerData(0, Qt_H) == "Шаг"
    assert headers.headers_model.headerData(0, Qt_H) == "Заголовок"
    assert headers.search.placeholderText().startswith("Отбор")
    assert "шаг" in headers.summary.text()
    assert "заголов" in headers.count.text()
    assert "Проверка подлинности" in headers.auth.toPlainText()
    assert dialog.copy_button.text() == "&Копировать"
    assert dialog.windowTitle() == "Письмо получателю — Bounce Doctor"
    assert window.settings.value("view/language") == "ru"
    assert any("qtbase_ru" in f for f in window.language.installed())
    window.set_language("en")
    QCoreApplication.processEvents()
    assert window.tabs.tabText(reference) == "Code &reference"
    assert hops.headerData(0, Qt_H) == "Hop"
    assert dialog.copy_button.text() == "&Copy"
    assert "Who has to act" in window.diagnosis_panel.toPlainText()
    assert text.translate(text.CONTEXT, "Not delivered") == "Not delivered"
    dialog.close()


def test_an_untranslated_entry_says_so(russian: MainWindow) -> None:
    vendor = next(e for e in russian.language.catalog.entries if not e.translated)
    russian.show_reference_entry(vendor.key)
    assert "Ещё не переведено" in russian.reference_view.detail.toPlainText()


class PseudoTranslator(QTranslator):
    """Every string 40% longer, as a long language would make it."""

    def isEmpty(self) -> bool:  # noqa: N802 (Qt skips empty translators)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return ""
        return source + "~" * (len(source) * 2 // 5)


def test_long_strings_are_not_clipped(window: MainWindow, qtbot) -> None:
    pseudo = PseudoTranslator()
    QCoreApplication.installTranslator(pseudo)
    try:
        QCoreApplication.processEvents()
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        for tab in (0, 1):
            window.tabs.setCurrentIndex(tab)
            QCoreApplication.processEvents()
            clipped = []
            for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
                if not w.isVisible() or not w.text():
                    continue
                assert "~" in w.text() or not re.search("[A-Za-z]", w.text()), w.text()
                if isinstance(w, QLabel) and w.wordWrap():
                    continue
                if w.sizeHint().width() > w.width() + 1:
                    clipped.append(f"{w.text()!r}: needs {w.sizeHint().width()} px, has {w.width()}")
            assert not clipped, "\n".join(clipped)
    finally:
        QCoreApplication.removeTranslator(pseudo)
        QCoreApplication.processEvents()


def test_batch_and_safety_widgets_switch_language(window: MainWindow) -> None:
    from bounce_doctor.ui.batch_model import Column
    from bounce_doctor.ui.limits_dialog import LimitsDialog

    window.open_batch([samples()[0][1], samples()[1][1]])
    window.batch_loader.wait(5000)
    QCoreApplication.processEvents()
    window.error_panel.show_error("boom")
    dialog = LimitsDialog(50, window)
    model, view = window.batch_model, window.batch_view
    changed = []
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    window.set_language("ru")
    QCoreApplication.processEvents()
    try:
        assert changed
        assert model.headerData(Column.WHO, Qt_H) == "Кому действовать"
        assert view.cancel_button.text() == "Отмена"
        assert view.reason.itemText(0) == "Все причины"
        assert all(CYRILLIC.search(view.reason.itemText(i)) for i in range(view.reason.count()))
        assert view.search.placeholderText().startswith("Отбор")
        assert window.error_panel.copy_button.text() == "&Копировать подробности"
        assert "пошло не так" in window.error_panel.label.text()
        assert dialog.windowTitle() == "Предел размера"
        assert dialog.spin.suffix() == " МБ"
        assert window.batch_charts.titles()[0].startswith("Недоставленные")
        languages = window.sample_language_menu
        assert languages is not None
        assert languages.title() == "На других &языках"
        assert languages.actions()[0].text() == "Немецкий: адреса не существует"
    finally:
        window.set_language("en")
        QCoreApplication.processEvents()
        dialog.close()
        window.error_panel.dismiss()
    assert view.cancel_button.text() == "Cancel"
    assert model.headerData(Column.WHO, Qt_H) == "Who must act"
