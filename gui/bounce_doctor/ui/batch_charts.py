"""Three bar charts of a batch: failed recipients by reason, by recipient domain, and over time.

Qt Charts (PySide6-Addons) is imported only when the charts are first shown, so the window starts
as fast as before; where it is missing, the charts say so and the table still works.

The bars' names are elided here, in the middle, to the width the chart gives its labels (Qt's own
truncation cuts at the end, and cuts to "…" alone when it lays out a chart that is not sized yet);
the whole name is in the tooltip of the bar and of its label. Counts are whole numbers, and so are the
ticks. The chart over time has a bin for every day, week, month or year between the first date and the
last, empty ones too, so that the distance between bars is the time between them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import ceil
from typing import Any

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QWidget

from ..output.batch import OTHER, Counts, TimeBins, time_bins
from .batch_model import reason_short, reason_tip
from .theme import Role

LABEL_SHARE = 0.38  # of a chart's width, for the names beside its bars (Qt Charts gives them at most 40%)
MAX_TICKS = 6  # value ticks at most, past ten (up to ten, one tick per whole number)
# how many bins one label of the time axis may stand for, by the bins' unit: whole weeks, quarters, years
_LABEL_STEPS = {"day": (1, 2, 7, 14, 28, 56), "week": (1, 2, 4, 8, 13, 26, 52),
                "month": (1, 2, 3, 6, 12, 24, 60, 120), "year": (1, 2, 5, 10, 20, 50, 100)}


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its whole name, its count and its tooltip."""

    name: str
    count: int
    tip: str


def _charts() -> Any | None:
    """The QtCharts module, or None when PySide6-Addons is not installed."""
    try:
        from PySide6 import QtCharts
    except ImportError:
        return None
    return QtCharts


def int_axis(largest: int) -> tuple[int, int]:
    """The top of a count axis and its number of ticks, so that every tick is a whole number.

    Up to ten, a tick for each number (0, 1, 2 … largest); past that a step of 1, 2 or 5 times a power
    of ten, with at most MAX_TICKS ticks, the top rounded up to a whole step.
    """
    if largest <= 10:
        top = max(largest, 1)
        return top, top + 1
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            steps = ceil(largest / step)
            if steps + 1 <= MAX_TICKS:
                return steps * step, steps + 1
        power *= 10


def elide(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text cut in the middle to fit ``width`` pixels (its start and its end stay readable)."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, max(width, 1))


def time_labels(bins: TimeBins, room: int) -> list[tuple[int, str]]:
    """The bins that get a label on the time axis (at most ``room`` of them), and their labels.

    Labels fall on round dates (a Monday every other week, January, years ending in 0 or 5…).
    """
    n = len(bins.bins)
    if not n:
        return []
    steps = _LABEL_STEPS[bins.unit]
    step = next((s for s in steps if ceil(n / s) <= max(room, 1)), ceil(n / max(room, 1)))

    def on_step(i: int) -> bool:
        start = bins.bins[i][0]
        if bins.unit == "month":
            return (start.year * 12 + start.month - 1) % step == 0
        if bins.unit == "year":
            return start.year % (step * bins.years) == 0
        return i % step == 0

    chosen = [i for i in range(n) if on_step(i)] or [0]
    year_only = bins.unit == "month" and step % 12 == 0
    return [(i, f"{bins.bins[i][0]:%Y}" if year_only else bins.label(i)) for i in chosen]


class BatchCharts(QWidget):
    """Counts by reason, by domain and over time; ``set_counts`` while hidden costs nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchCharts")
        self._counts: Counts | None = None
        self._colors: Callable[[Role], QColor] | None = None
        self._built = False
        self._views: list[Any] = []
        self._parts: list[tuple[Any, Any, Any, Any]] = []  # per chart: its bar set, series, name axis, count axis
        self._bars: list[list[Bar]] = [[], [], []]  # per chart, in the order of the axis (bottom to top)
        self._unit = "day"
        self._missing: QLabel | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(220)

    @property
    def loaded(self) -> bool:
        """Whether the charts have been built (Qt Charts imported)."""
        return self._built

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """The theme's colours (bars and text)."""
        self._colors = colors
        self._refresh()

    def set_counts(self, counts: Counts | None) -> None:
        """New counts; drawn now when shown, else when first shown."""
        if counts == self._counts and self._views:
            return
        self._counts = counts
        self._refresh()

    def titles(self) -> list[str]:
        """The three charts' titles (the third says how wide its bars are)."""
        over_time = {"day": self.tr("Over time (UTC), per day"), "week": self.tr("Over time (UTC), per week"),
                     "month": self.tr("Over time (UTC), per month"), "year": self.tr("Over time (UTC), per year")}
        return [self.tr("Failed recipients by reason"), self.tr("By recipient domain"), over_time[self._unit]]

    def views(self) -> list[Any]:
        """The three QChartViews (none before the charts are first shown, or without Qt Charts)."""
        return list(self._views)

    def names(self, which: int) -> list[str]:
        """The whole names of a chart's bars, in the order of its axis."""
        return [b.name for b in self._bars[which]]

    def tip_at(self, which: int, pos: QPoint) -> str:
        """The tooltip at a point of a chart's view: the bar's (or its label's) whole name and count."""
        bars = self._bars[which]
        if not bars or which >= len(self._views):
            return ""
        view = self._views[which]
        chart = view.chart()
        if not chart.series():
            return ""
        local = chart.mapFromScene(view.mapToScene(pos))
        area = chart.plotArea()
        value = chart.mapToValue(local, chart.series()[0])
        if which < 2:  # bars across: a bar's row, from its label at the left to the plot's right edge
            inside = area.top() <= local.y() <= area.bottom() and 0 <= local.x() <= area.right()
            i = round(value.y())
        else:  # bars upright: a bar's column, from the top of the plot down through its label
            inside = area.left() <= local.x() <= area.right() and area.top() <= local.y()
            i = round(value.x())
        return bars[i].tip if inside and 0 <= i < len(bars) else ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tooltips over the bars and their labels; a chart that changed size is drawn again to fit."""
        for which, view in enumerate(self._views):
            if watched is view.viewport() and event.type() == QEvent.Type.ToolTip:
                assert isinstance(event, QHelpEvent)
                tip = self.tip_at(which, event.pos())
                if tip:
                    QToolTip.showText(event.globalPos(), tip, view)
                else:
                    QToolTip.hideText()
                    event.ignore()
                return True
            if watched is view and event.type() == QEvent.Type.Resize:
                self._refresh_one(which)
        return super().eventFilter(watched, event)

    def _build(self) -> None:
        self._built = True
        qc = _charts()
        if qc is None:
            self._missing = QLabel()
            self._missing.setWordWrap(True)
            self._missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(self._missing)
            self.retranslate()
            return
        for which in range(3):
            chart = qc.QChart()
            chart.legend().hide()
            chart.setBackgroundVisible(False)
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.setAnimationOptions(qc.QChart.AnimationOption.NoAnimation)
            self._parts.append(self._make_parts(qc, chart, across=which < 2))
            view = qc.QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumWidth(200)
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)
            self._layout.addWidget(view, 1)
            self._views.append(view)
        self._set_titles()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on LanguageChange): titles, bars, axes."""
        if self._missing is not None:
            self._missing.setText(
                self.tr("The charts need Qt Charts (the PySide6-Addons package), which is not installed."))
        if self._views:
            self._set_titles()
            self._refresh()  # the axes' words (reasons, "all others") again

    def _set_titles(self) -> None:
        for view, title in zip(self._views, self.titles(), strict=True):
            view.chart().setTitle(title)
            view.setAccessibleName(title)

    def changeEvent(self, event: QEvent) -> None:
        """A new language was installed: say everything again in it."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- drawing

    def _refresh(self) -> None:
        if not self.isVisible():
            return
        if not self._built:
            self._build()
        for which in range(len(self._views)):
            self._refresh_one(which)

    def _refresh_one(self, which: int) -> None:
        if not self.isVisible() or which >= len(self._views):
            return
        counts = self._counts or Counts([], [], [])
        if which == 0:
            self._draw_across(which, [self._reason_bar(k, n) for k, n in counts.by_reason])
        elif which == 1:
            self._draw_across(which, [self._domain_bar(k, n) for k, n in counts.by_domain])
        else:
            bins = time_bins(counts.by_day)
            if bins.unit != self._unit:
                self._unit = bins.unit
                self._set_titles()
            self._draw_time(bins)

    def _count_line(self, n: int) -> str:
        return self.tr("Recipients: %1").replace("%1", f"{n:,}")

    def _reason_bar(self, key: str, n: int) -> Bar:
        if key == OTHER:
            return self._other_bar(n)
        return Bar(reason_short(key), n, f"{reason_short(key)}\n{reason_tip(key)}\n{self._count_line(n)}")

    def _domain_bar(self, key: str, n: int) -> Bar:
        if key == OTHER:
            return self._other_bar(n)
        return Bar(key, n, f"{key}\n{self._count_line(n)}")

    def _other_bar(self, n: int) -> Bar:
        return Bar(self.tr("all others"), n, f"{self.tr('all others')}\n{self._count_line(n)}")

    def _fonts(self) -> tuple[QFont, QFontMetrics]:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        return font, QFontMetrics(font)

    @staticmethod
    def _make_parts(qc: Any, chart: Any, across: bool) -> tuple[Any, Any, Any, Any]:
        """A chart's series and axes, made once and then only updated: an axis taken off a chart leaves its
        labels on screen until the event loop next idles, so none ever is."""
        bar_set = qc.QBarSet("")
        series = qc.QHorizontalBarSeries() if across else qc.QBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        names = qc.QBarCategoryAxis() if across else qc.QCategoryAxis()
        if across:
            names.setTruncateLabels(False)  # cut here, in the middle
        else:
            names.setLabelsPosition(qc.QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            names.setStartValue(-0.5)
        values = qc.QValueAxis()
        values.setLabelFormat("%d")
        names.setGridLineVisible(False)
        name_side, count_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if across
                                 else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(names, name_side)
        chart.addAxis(values, count_side)
        series.attachAxis(names)
        series.attachAxis(values)
        return bar_set, series, names, values

    def _draw_across(self, which: int, bars: list[Bar]) -> None:
        """Bars across, the largest on top, as many as the chart's height gives a label each to."""
        view = self._views[which]
        font, metrics = self._fonts()
        fit = max(2, (view.height() - 70) // (metrics.height() + 3))
        if len(bars) > fit:  # the smallest go into "all others"
            rest = sum(b.count for b in bars[fit - 1:])
            bars = [*bars[: fit - 1], self._other_bar(rest)]
        bars = list(reversed(bars))
        self._bars[which] = bars
        width = int(view.width() * LABEL_SHARE) - 8
        shown: list[str] = []
        for b in bars:
            text = elide(b.name, metrics, width)
            while text in shown:  # the axis takes each name once: two names cut alike stay two bars
                text += "\u200b"
            shown.append(text)
        _set, series, names, _values = self._parts[which]
        names.setCategories(shown or [" "])
        series.setBarWidth(min(0.7, 0.18 * len(bars)))  # one or two bars stay bars, not blocks
        self._update(which, bars, font)

    def _draw_time(self, bins: TimeBins) -> None:
        """A bar per bin, on an axis of bin numbers labelled with the dates of a few round bins."""
        view = self._views[2]
        font, metrics = self._fonts()
        bars = []
        for i, (start, n) in enumerate(bins.bins):
            first, last = bins.label(i), bins.last_day(i).isoformat()
            when = f"{start.isoformat()} – {last}" if bins.unit in ("week", "year") else first
            bars.append(Bar(first, n, f"{when}\n{self._count_line(n)}"))
        self._bars[2] = bars
        _set, series, axis, _values = self._parts[2]
        series.setBarWidth(0.8 if len(bars) < 60 else 1.0)
        for text in axis.categoriesLabels():
            axis.remove(text)
        axis.setRange(-0.5, max(len(bars), 1) - 0.5)
        widest = max([metrics.horizontalAdvance(b.name) for b in bars] or [1])
        room = max(1, (view.width() - 70) // (widest + 14))
        for i, text in time_labels(bins, room):
            axis.append(text, i)
        self._update(2, bars, font)

    def _update(self, which: int, bars: list[Bar], font: QFont) -> None:
        """The bars' counts, colours and the count axis (whole numbers only)."""
        bar_set, _series, names, values = self._parts[which]
        bar_set.setLabel(self.tr("Recipients"))
        if bar_set.count():
            bar_set.remove(0, bar_set.count())
        bar_set.append([float(b.count) for b in bars])
        if self._colors is not None:
            bar_set.setColor(self._colors(Role.RECIPIENT))
            bar_set.setBorderColor(self._colors(Role.RECIPIENT))
        top, ticks = int_axis(max([b.count for b in bars] or [0]))
        values.setRange(0, top)
        values.setTickCount(ticks)
        text = self.palette().windowText().color()
        self._views[which].chart().setTitleBrush(text)
        for axis in (names, values):
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
