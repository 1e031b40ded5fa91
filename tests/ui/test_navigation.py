"""Navigation: a finding selected in the bounce, a code opened in the reference, F1 and Ctrl+F, the tabs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from bounce_doctor.engine import Catalog, default_catalog
from bounce_doctor.ui.bounce_view import BounceView
from bounce_doctor.ui.headers_view import HeadersView
from bounce_doctor.ui.mainwindow import Action, MainWindow
from bounce_doctor.ui.navigation import Navigation
from bounce_doctor.ui.reference_model import ReferenceModel
from bounce_doctor.ui.reference_view import ReferenceView

from ..conftest import SAMPLES

pytestmark = pytest.mark.gui


def make_navigation(qtbot: QtBot, catalogs: list[Catalog]) -> Navigation:
    """Navigation over its own tabs (diagnosis, headers, reference); the catalog is the last of ``catalogs``."""
    catalog = default_catalog()
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    reference = ReferenceView(ReferenceModel(catalog.codes))
    headers = HeadersView()
    tabs.addTab(QWidget(), "diagnosis")
    tabs.addTab(headers, "headers")
    tabs.addTab(reference, "reference")
    catalogs.append(catalog)
    return Navigation(tabs, BounceView(), headers, reference, lambda: catalogs[-1])


def test_the_tabs(qtbot: QtBot) -> None:
    nav = make_navigation(qtbot, [])
    nav.show_headers()
    assert nav.tabs.currentWidget() is nav.headers_view
    nav.show_diagnosis()
    assert nav.tabs.currentIndex() == 0
    nav.find_code()  # Ctrl+F
    assert nav.tabs.currentWidget() is nav.reference_view


def test_a_reply_code_and_an_unknown_code(qtbot: QtBot) -> None:
    catalogs: list[Catalog] = []
    nav = make_navigation(qtbot, catalogs)
    nav.show_code("550")  # no dot: a reply code
    assert nav.tabs.currentWidget() is nav.reference_view
    assert nav.reference_view.current_key() == "reply:550"
    nav.show_diagnosis()
    nav.show_code("9.9.9")  # nothing explains it: the window stays where it was
    nav.show_code("999")
    assert nav.tabs.currentIndex() == 0


def test_the_catalog_is_asked_for_each_code(qtbot: QtBot) -> None:
    catalogs: list[Catalog] = []
    nav = make_navigation(qtbot, catalogs)
    real = catalogs[-1]
    asked: list[tuple[str | None, str | None]] = []

    class Spy:
        """The catalog of the moment (the window's changes with the language)."""

        def explain(self, status: str | None, reply: str | None):
            asked.append((status, reply))
            return real.explain(status, reply)

    catalogs.append(Spy())  # type: ignore[arg-type]
    nav.show_code("5.1.1")
    assert asked == [("5.1.1", None)]
    assert nav.reference_view.current_key() == "enhanced:5.1.1"


def test_the_window_keeps_its_calls(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.show_reference_entry("enhanced:5.1.1")
    assert window.reference_view.current_key() == "enhanced:5.1.1"
    window.actions_by_name[Action.SHOW_DIAGNOSIS].trigger()
    assert window.tabs.currentIndex() == 0
    window.actions_by_name[Action.SHOW_HEADERS].trigger()
    assert window.tabs.currentWidget() is window.headers_view
    window.show_code("5.1.1")
    assert window.tabs.currentWidget() is window.reference_view
    window.select_finding(0, 4)
    assert window.tabs.currentIndex() == 0
    assert window.bounce_view.selected_range() == (0, 4)
    window.find_code()
    assert window.tabs.currentWidget() is window.reference_view


def test_clicking_a_finding_selects_its_span(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    report = window.current_report()
    href = next(h for text, h in window.diagnosis_panel.links() if text == "5.1.1")
    window.diagnosis_panel.activate(href)
    start, end = window.bounce_view.selected_range()
    assert report.text[start:end] == "5.1.1"


def test_clicking_a_code_opens_the_reference(window: MainWindow) -> None:
    window.open_path(SAMPLES / "wrong-address.eml")
    window.bounce_view.code_activated.emit("5.1.1")
    assert window.tabs.currentWidget() is window.reference_view
    assert window.reference_view.current_key() == "enhanced:5.1.1"


def test_open_in_reference_link(window: MainWindow) -> None:
    window.open_path(SAMPLES / "mailbox-full.eml")
    href = next(h for text, h in window.diagnosis_panel.links() if text == "Open in reference")
    window.diagnosis_panel.activate(href)
    assert window.tabs.currentWidget() is window.reference_view
    assert window.reference_view.current_key() == href.removeprefix("ref:")


def test_f1_opens_the_reference_with_focus_in_search(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_name[Action.SHOW_REFERENCE].trigger()
    assert window.tabs.currentWidget() is window.reference_view
    assert window.focusWidget() is window.reference_view.search
