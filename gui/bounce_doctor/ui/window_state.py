"""What the window remembers between runs: its size, its splitters, and the theme and language chosen.

Also View > Theme (the choice remembered, its colours given to every widget) and what closing the window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from .actions import check_choice

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def restore_window(window: MainWindow) -> None:
    """Put back what ``save_window`` stored (a first run gets 1280×800), and the limits of the settings."""
    s = window.settings
    window.reader.limits = window.limits()
    geometry = s.value("window/geometry")
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    state = s.value("window/main_splitter")
    if not state.isEmpty():
        window.main_splitter.restoreState(state)
    window.reference_view.restore_state(s.value("window/reference_splitter"))
    window.headers_view.restore_state(s.value("window/headers_splitter"))
    check_choice(window.theme_actions, s.value("view/theme"))
    check_choice(window.language_actions, s.value("view/language"))
    window.empty_state.set_paste_shortcut(
        QKeySequence(QKeySequence.StandardKey.Paste).toString(QKeySequence.SequenceFormat.NativeText)
    )


def save_window(window: MainWindow) -> None:
    """Remember the window size and the splitters."""
    s = window.settings
    s.set_value("window/geometry", window.saveGeometry())
    s.set_value("window/main_splitter", window.main_splitter.saveState())
    s.set_value("window/reference_splitter", window.reference_view.save_state())
    s.set_value("window/headers_splitter", window.headers_view.save_state())
    s.sync()


def set_theme(window: MainWindow, choice: str) -> None:
    """View > Theme: system, light or dark (remembered)."""
    window.settings.set_value("view/theme", choice)
    check_choice(window.theme_actions, choice)
    window.theme.apply(choice)


def apply_colors(window: MainWindow) -> None:
    """Give the theme's colours to every widget that draws its own (the diagnosis only once it shows a bounce)."""
    colors = window.theme.color
    window.legend.set_colors(colors)
    window.empty_state.set_colors(colors)
    window.error_panel.set_colors(colors)
    window.bounce_view.set_colors(colors)
    window.headers_view.set_colors(colors)
    window.batch_charts.set_colors(colors)
    window.live_panel.set_colors(colors)
    if window.documents.report is not None:
        window.diagnosis_panel.set_colors(colors)


def close_window(window: MainWindow) -> None:
    """Save the settings and let running reads finish."""
    window.save_settings()
    window.batch_loader.cancel()
    window.batch_loader.wait(5000)
    window.reader.wait(5000)
