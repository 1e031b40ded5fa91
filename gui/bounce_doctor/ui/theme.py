"""Named colours with light and dark variants, and the light/dark/system choice.

Widgets never hold colour literals: they ask the theme for a role, and redraw
when the theme's ``changed`` signal fires.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Role(StrEnum):
    """A colour's purpose."""

    CODE = "code"  # reply and enhanced status codes
    CODE_BG = "code_bg"
    RECIPIENT = "recipient"
    RECIPIENT_BG = "recipient_bg"
    REPLY = "reply"  # the server's reply
    REPLY_BG = "reply_bg"
    SERVER = "server"  # reporting and remote mail servers
    SERVER_BG = "server_bg"
    HEADER_NAME = "header_name"
    HEADER_VALUE = "header_value"
    EVIDENCE = "evidence"  # the line that decided an answer (who acts, resend)
    EVIDENCE_BG = "evidence_bg"
    ANSWER_BG = "answer_bg"  # the box with the answers at the top of the diagnosis
    WARNING = "warning"  # backscatter and account-misuse warnings
    WARNING_BG = "warning_bg"
    FOCUS_BG = "focus_bg"  # a finding selected from the diagnosis
    BADGE_FAILED = "badge_failed"
    BADGE_DELAYED = "badge_delayed"
    BADGE_OK = "badge_ok"
    BADGE_INFO = "badge_info"
    BADGE_TEXT = "badge_text"
    MUTED = "muted"
    ERROR = "error"
    ERROR_BG = "error_bg"
    DROP_BORDER = "drop_border"
    # the window palette used when the user picks Light or Dark and the platform cannot
    WINDOW = "window"
    WINDOW_TEXT = "window_text"
    BASE = "base"
    ALT_BASE = "alt_base"
    BUTTON = "button"
    HIGHLIGHT = "highlight"
    HIGHLIGHT_TEXT = "highlight_text"
    LINK = "link"


# (light, dark): the only place colour values are written down
_COLORS: dict[Role, tuple[str, str]] = {
    Role.CODE: ("#8a1c00", "#ffb59c"),
    Role.CODE_BG: ("#ffe2d6", "#5a2414"),
    Role.RECIPIENT: ("#00468c", "#a6d1ff"),
    Role.RECIPIENT_BG: ("#dcebff", "#16345a"),
    Role.REPLY: ("#4d3a00", "#f3dc8a"),
    Role.REPLY_BG: ("#fff3c4", "#463a0c"),
    Role.SERVER: ("#1d6b2a", "#8fdc9c"),
    Role.SERVER_BG: ("#dff3e1", "#1b3a21"),
    Role.HEADER_NAME: ("#6a2c91", "#d6a8f5"),
    Role.HEADER_VALUE: ("#444a52", "#b8c0ca"),
    Role.EVIDENCE: ("#5b2a86", "#d9b8ff"),
    Role.EVIDENCE_BG: ("#efe3fb", "#33244a"),
    Role.ANSWER_BG: ("#eaf1fa", "#232c38"),
    Role.WARNING: ("#7a4a00", "#ffd28a"),
    Role.WARNING_BG: ("#fff1d1", "#3d3015"),
    Role.FOCUS_BG: ("#ffd24d", "#8a6a00"),
    Role.BADGE_FAILED: ("#b3261e", "#f2877f"),
    Role.BADGE_DELAYED: ("#8a5a00", "#f0bf5a"),
    Role.BADGE_OK: ("#1d6b2a", "#7fd18c"),
    Role.BADGE_INFO: ("#45505c", "#aab4bf"),
    Role.BADGE_TEXT: ("#ffffff", "#15181c"),
    Role.MUTED: ("#5b6470", "#a3acb7"),
    Role.ERROR: ("#b3261e", "#ff9c94"),
    Role.ERROR_BG: ("#fff1f0", "#3a1f1d"),
    Role.DROP_BORDER: ("#8c96a3", "#66707c"),
    Role.WINDOW: ("#f3f4f6", "#24272b"),
    Role.WINDOW_TEXT: ("#1b1e22", "#e6e8eb"),
    Role.BASE: ("#ffffff", "#1b1d21"),
    Role.ALT_BASE: ("#f0f2f5", "#2a2d32"),
    Role.BUTTON: ("#e8eaee", "#33373d"),
    Role.HIGHLIGHT: ("#2f6fce", "#4d8ee8"),
    Role.HIGHLIGHT_TEXT: ("#ffffff", "#ffffff"),
    Role.LINK: ("#1f5fbf", "#8ab8ff"),
}

CHOICES = ("system", "light", "dark")


def color(role: Role, dark: bool) -> QColor:
    """The colour of a role in the light or the dark variant."""
    light_value, dark_value = _COLORS[role]
    return QColor(dark_value if dark else light_value)


def palette(dark: bool) -> QPalette:
    """A complete window palette built from the named roles."""
    p = QPalette()
    pairs = (
        (QPalette.ColorRole.Window, Role.WINDOW),
        (QPalette.ColorRole.WindowText, Role.WINDOW_TEXT),
        (QPalette.ColorRole.Base, Role.BASE),
        (QPalette.ColorRole.AlternateBase, Role.ALT_BASE),
        (QPalette.ColorRole.Text, Role.WINDOW_TEXT),
        (QPalette.ColorRole.Button, Role.BUTTON),
        (QPalette.ColorRole.ButtonText, Role.WINDOW_TEXT),
        (QPalette.ColorRole.ToolTipBase, Role.BASE),
        (QPalette.ColorRole.ToolTipText, Role.WINDOW_TEXT),
        (QPalette.ColorRole.PlaceholderText, Role.MUTED),
        (QPalette.ColorRole.Highlight, Role.HIGHLIGHT),
        (QPalette.ColorRole.HighlightedText, Role.HIGHLIGHT_TEXT),
        (QPalette.ColorRole.Link, Role.LINK),
        (QPalette.ColorRole.BrightText, Role.ERROR),
    )
    for qt_role, role in pairs:
        p.setColor(qt_role, color(role, dark))
    muted = color(Role.MUTED, dark)
    for qt_role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, qt_role, muted)
    p.setColor(QPalette.ColorRole.Light, color(Role.BUTTON, dark).lighter(130))
    p.setColor(QPalette.ColorRole.Mid, color(Role.DROP_BORDER, dark))
    p.setColor(QPalette.ColorRole.Dark, color(Role.BUTTON, dark).darker(160))
    return p


class Theme(QObject):
    """The current light or dark choice for one application."""

    changed = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._choice = "system"
        self._default_palette = QPalette(app.palette())
        app.styleHints().colorSchemeChanged.connect(self._system_changed)

    @property
    def choice(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return self._choice

    def is_dark(self) -> bool:
        """Whether the dark variants are in use."""
        if self._choice in ("light", "dark"):
            return self._choice == "dark"
        scheme = self._app.styleHints().colorScheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        return self._app.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def color(self, role: Role) -> QColor:
        """The colour of a role in the current variant."""
        return color(role, self.is_dark())

    def apply(self, choice: str) -> None:
        """Switch to ``system``, ``light`` or ``dark`` and tell the widgets."""
        if choice not in CHOICES:
            choice = "system"
        self._choice = choice
        hints = self._app.styleHints()
        if choice == "system":
            hints.unsetColorScheme()
            self._app.setPalette(self._default_palette)
        else:
            want = Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(want)
            # platforms that cannot switch (and the offscreen one) get our own palette
            self._app.setPalette(palette(choice == "dark"))
        self.changed.emit()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self.changed.emit()
