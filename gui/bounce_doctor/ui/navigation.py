"""Moving about the window: to a finding in the bounce, to the code reference (at an entry or ready to search), between tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from ..engine import Catalog
from .bounce_view import BounceView
from .headers_view import HeadersView
from .reference_view import ReferenceView


class Navigation:
    """Shows the tab and the place asked for: a finding's span, a code's reference entry, the reference's search."""

    def __init__(
        self,
        tabs: QTabWidget,
        bounce_view: BounceView,
        headers_view: HeadersView,
        reference_view: ReferenceView,
        catalog: Callable[[], Catalog],
    ) -> None:
        self.tabs = tabs
        self.bounce_view = bounce_view
        self.headers_view = headers_view
        self.reference_view = reference_view
        self._catalog = catalog

    def show_diagnosis(self) -> None:
        """View > Diagnosis (Ctrl+1)."""
        self.tabs.setCurrentIndex(0)

    def show_headers(self) -> None:
        """View > Headers (Ctrl+3)."""
        self.tabs.setCurrentWidget(self.headers_view)

    def select_finding(self, start: int, end: int) -> None:
        """Select a finding in the bounce and scroll to it."""
        self.tabs.setCurrentIndex(0)
        self.bounce_view.select_span(start, end)
        self.bounce_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_code(self, code: str) -> None:
        """Open the entry that explains a code found in the bounce."""
        status = code if "." in code else None
        reply = None if status else code
        best = self._catalog().explain(status, reply).best
        if best is not None:
            self.show_reference_entry(best.key)

    def show_reference_entry(self, key: str) -> None:
        """Open the code reference at one entry."""
        self.tabs.setCurrentWidget(self.reference_view)
        self.reference_view.show_entry(key)

    def show_reference(self) -> None:
        """F1: the code reference, ready to search."""
        self.tabs.setCurrentWidget(self.reference_view)
        self.reference_view.focus_search()

    def find_code(self) -> None:
        """Ctrl+F: search the code reference."""
        self.show_reference()
