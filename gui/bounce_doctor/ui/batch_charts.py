"""Three bar charts of a batch: failed recipients by reason, by recipient domain, and over time.

Qt Charts (PySide6-Addons) is imported only when the charts are first shown, so the window starts
as fast as before; where it is missing, the charts say so and the table still works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..batch import OTHER, Counts, by_period
from .batch_model import reason_label
from .theme import Role

Bars = list[tuple[str, int]]


def _charts() -> Any | None:
    """The QtCharts module, or None when PySide6-Addons is not installed."""
    try:
        from PySide6 import QtCharts
    except ImportError:
        return None
    return QtCharts


class BatchCharts(QWidget):
    """Counts by reason, by domain and over time; ``set_counts`` while hidden costs nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchCharts")
        self._counts: Counts | None = None
        self._colors: Callable[[Role], QColor] | None = None
        self._built = False
        self._views: list[Any] = []
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
        """The three charts' titles."""
        return [self.tr("Failed recipients by reason"), self.tr("By recipient domain"), self.tr("Over time (UTC)")]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

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
        for _title in self.titles():
            chart = qc.QChart()
            chart.legend().hide()
            chart.setBackgroundVisible(False)
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.setAnimationOptions(qc.QChart.AnimationOption.NoAnimation)
            view = qc.QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumWidth(200)
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

    def _refresh(self) -> None:
        if not self.isVisible():
            return
        if not self._built:
            self._build()
        if not self._views:
            return
        counts = self._counts or Counts([], [], [])
        data = [list(reversed(counts.by_reason)), list(reversed(counts.by_domain)), by_period(counts.by_day)]
        names = (lambda k: _short(reason_label(k), 26), _short, str)
        for view, bars, horizontal, name in zip(self._views, data, (True, True, False), names, strict=True):
            self._draw(view.chart(), bars, horizontal, name)

    def _draw(self, chart: Any, bars: Bars, horizontal: bool, name: Callable[[str], str] = str) -> None:
        qc = _charts()
        assert qc is not None
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        text = self.palette().windowText().color()
        chart.setTitleBrush(text)
        bar_set = qc.QBarSet(self.tr("Recipients"))
        bar_set.append([float(n) for _k, n in bars])
        if self._colors is not None:
            bar_set.setColor(self._colors(Role.RECIPIENT))
            bar_set.setBorderColor(self._colors(Role.RECIPIENT))
        series = qc.QHorizontalBarSeries() if horizontal else qc.QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = qc.QBarCategoryAxis()
        categories.append([name(k) if k != OTHER else self.tr("all others") for k, _n in bars] or [" "])
        values = qc.QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([n for _k, n in bars] or [1]))
        values.applyNiceNumbers()
        if not horizontal:
            # dates side by side overlap once there are more than a few: stand them up
            long_labels = sum(len(k) for k, _n in bars) > 40
            categories.setLabelsAngle(-90 if len(bars) > 8 or long_labels else 0)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        for axis in (categories, values):
            axis.setLabelsColor(text)
            axis.setLabelsFont(font)
            axis.setTruncateLabels(horizontal and axis is categories)  # Qt elides what would not fit
            axis.setGridLineVisible(axis is values)
        cat_side, val_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal
                              else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(categories, cat_side)
        chart.addAxis(values, val_side)
        series.attachAxis(categories)
        series.attachAxis(values)


def _short(text: str, width: int = 22) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
