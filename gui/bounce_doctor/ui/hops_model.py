"""The delivery path as a table: one row per hop (Received header), oldest first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..engine.headers import Hop
from ..output.text import QT_TRANSLATE_NOOP
from .theme import Role

HOP_ROLE = Qt.ItemDataRole.UserRole + 1  # the Hop
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end) of its Received header in Report.text
SHARE_ROLE = Qt.ItemDataRole.UserRole + 3  # its part of the total delay, 0.0 to 1.0, or None

NUMBER, FROM, BY, WITH, TIME, DELAY, SHARE = range(7)
_COLUMNS = (
    QT_TRANSLATE_NOOP("HopsModel", "Hop"),
    QT_TRANSLATE_NOOP("HopsModel", "From"),
    QT_TRANSLATE_NOOP("HopsModel", "By"),
    QT_TRANSLATE_NOOP("HopsModel", "With"),
    QT_TRANSLATE_NOOP("HopsModel", "Time"),
    QT_TRANSLATE_NOOP("HopsModel", "Delay"),
    QT_TRANSLATE_NOOP("HopsModel", "Share of the delay"),
)
_AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("HopsModel", "...")


def _tr(text: str) -> str:
    """A string marked elsewhere (the column titles)."""
    return translate("HopsModel", text)


def duration(seconds: float) -> str:
    """A delay in words short enough for a table cell: 3 s, 2 min 5 s, 1 h 4 min, 2 d 3 h."""
    s = round(seconds)
    if s < 60:
        return translate("HopsModel", "%1 s").replace("%1", str(s))
    if s < 3600:
        if s % 60:
            return translate("HopsModel", "%1 min %2 s").replace("%1", str(s // 60)).replace("%2", str(s % 60))
        return translate("HopsModel", "%1 min").replace("%1", str(s // 60))
    if s < 86400:
        return translate("HopsModel", "%1 h %2 min").replace("%1", str(s // 3600)).replace("%2", str(s % 3600 // 60))
    return translate("HopsModel", "%1 d %2 h").replace("%1", str(s // 86400)).replace("%2", str(s % 86400 // 3600))


def hop_time(hop: Hop) -> str:
    """The hop's time on this computer's clock, or a dash."""
    if hop.time is None:
        return "—"
    return hop.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def delay_text(hop: Hop) -> str:
    """``+5 s``, "clocks disagree" instead of a negative delay, or a dash when unknown."""
    if hop.clock_skew:
        return translate("HopsModel", "⚠ clocks disagree")
    if hop.delay_seconds is None:
        return "—"
    return "+" + duration(hop.delay_seconds)


class HopsModel(QAbstractTableModel):
    """A read-only table over one header block's hops."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hops: tuple[Hop, ...] = ()
        self._colors: Callable[[Role], QColor] | None = None

    def set_hops(self, hops: tuple[Hop, ...]) -> None:
        """Show these hops (oldest first)."""
        self.beginResetModel()
        self._hops = tuple(hops)
        self.endResetModel()

    def set_colors(self, colors: Callable[[Role], QColor] | None) -> None:
        """The theme's colours for the marks (clock skew, the hop where delivery stopped)."""
        self._colors = colors
        if self._hops:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hops) - 1, len(_COLUMNS) - 1))

    def retranslate(self) -> None:
        """The language changed: the column titles and the worded cells (delays, marks) again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        if self._hops:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hops) - 1, len(_COLUMNS) - 1))

    def hop(self, row: int) -> Hop | None:
        """The hop of a row."""
        return self._hops[row] if 0 <= row < len(self._hops) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per hop."""
        return 0 if parent.isValid() else len(self._hops)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Hop, from, by, with, time, delay, share."""
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(_COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == TIME:
                return translate("HopsModel", "On this computer's clock")
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltips, marks and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._hops):
            return None
        h = self._hops[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(h, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(h, col)
        if role == HOP_ROLE:
            return h
        if role == SPAN_ROLE:
            return (h.header.start, h.header.end)
        if role == SHARE_ROLE:
            return h.share
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NUMBER, DELAY, SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and h.stopped_here:
            font = QFont()
            font.setBold(True)
            return font
        if self._colors is not None:
            if role == Qt.ItemDataRole.BackgroundRole and h.stopped_here:
                return self._colors(Role.ERROR_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                if h.stopped_here and col in (NUMBER, BY):
                    return self._colors(Role.ERROR)
                if h.clock_skew and col == DELAY:
                    return self._colors(Role.BADGE_DELAYED)
                if col in (TIME, DELAY) and h.time is None:
                    return self._colors(Role.MUTED)
        return None

    @staticmethod
    def _display(h: Hop, col: int) -> str | None:
        if col == NUMBER:
            return f"✖ {h.index}" if h.stopped_here else str(h.index)
        if col == FROM:
            sender = h.sender or "—"
            return f"{sender} [{h.from_ip}]" if h.from_ip and h.from_ip != sender else sender
        if col == BY:
            receiver = h.receiver or "—"
            return translate("HopsModel", "%1 — delivery stopped here").replace("%1", receiver) if h.stopped_here else receiver
        if col == WITH:
            return h.with_ or ""
        if col == TIME:
            return hop_time(h)
        if col == DELAY:
            return delay_text(h)
        if col == SHARE:
            return f"{h.share:.0%}" if h.share is not None else ""
        return None

    @staticmethod
    def _tooltip(h: Hop, col: int) -> str | None:
        if col == NUMBER and h.stopped_here:
            return translate("HopsModel", "Delivery stopped here: this server refused the message.")
        if col == FROM:
            return h.from_ or None
        if col == BY:
            return h.by or None
        if col == TIME:
            if h.time_text is None:
                return translate("HopsModel", "This Received header has no readable time.")
            tip = translate("HopsModel", "As written: %1").replace("%1", h.time_text)
            if not h.zone_known:
                tip += "\n" + translate("HopsModel", "No known time zone: UTC was assumed.")
            return tip
        if col == DELAY:
            if h.clock_skew:
                return translate("HopsModel", "This server's clock is behind the previous one: it stamped the message earlier "
                           "than the hop before. The delay cannot be known.")
            if h.index == 1 and h.delay_seconds is not None:
                return translate("HopsModel", "Since the message's Date header")
            if h.delay_seconds is None and h.time is not None:
                return translate("HopsModel", "The previous hop has no readable time.")
        return None
