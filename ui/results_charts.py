"""What the results page paints: the P(finalist) bars and badges in the ranking, the scores
of a nomination against the finalist cut, and each juror's leniency with its uncertainty."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jury_app.results.diagnostics import juror_diagnostics
from jury_app.results.service import NominationResult
from jury_app.storage.engine import ContestDB
from ui.results_models import BADGES_ROLE, GREY_ZONE, PROBABILITY_ROLE, in_grey_zone

STATUS_COLOURS = {"winner": "#d97706", "finalist": "#16a34a", "participant": "#9ca3af"}


@dataclass(frozen=True)
class JurorLeniency:
    """A juror's offset on the contest scale (positive = lenient) and its standard error."""

    name: str
    offset: float
    standard_error: float
    flagged: bool = False


def juror_leniency(db: ContestDB) -> list[JurorLeniency]:
    """Each active juror's leniency, from the core diagnostics."""
    return [
        JurorLeniency(d.name, d.offset, d.offset_se, bool(d.flags)) for d in juror_diagnostics(db)
    ]


def _chart(view: QChartView) -> QChart:
    """The view's chart emptied for a new drawing (series and axes are deleted)."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()
    chart.setTitle("")
    chart.legend().setVisible(True)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    title_font = QFont(chart.titleFont())
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    return chart


def _line(
    points: list[tuple[float, float]], colour: str, width: float, dashed: bool
) -> QLineSeries:
    series = QLineSeries()
    for x, y in points:
        series.append(x, y)
    pen = QPen(QColor(colour))
    pen.setWidthF(width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    series.setPen(pen)
    return series


class ScoreChart(QChartView):
    """Scores of one nomination by place, coloured by status, with the finalist cut line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(QChart())

    def show_nomination(self, nomination: NominationResult | None, labels: dict[str, str]) -> None:
        chart = _chart(self)
        if nomination is None:
            return
        scored = [r for r in nomination.ranking if r.score is not None]
        if not scored:
            return
        # The cut is what the commission looks at: show the places around it, not the tail.
        shown = scored[: max(3 * nomination.finalists, 30)]
        if len(shown) < len(scored):
            chart.setTitle(
                self.tr("Scores of the first {0} of {1} places").format(len(shown), len(scored))
            )
        else:
            chart.setTitle(self.tr("Scores by place"))
        groups: dict[str, QScatterSeries] = {}
        for status in ("winner", "finalist", "participant"):
            series = QScatterSeries()
            series.setName(labels.get(status, status))
            series.setMarkerSize(10)
            series.setColor(QColor(STATUS_COLOURS[status]))
            series.setBorderColor(QColor(STATUS_COLOURS[status]).darker(130))
            groups[status] = series
        for position, row in enumerate(shown, start=1):
            groups[row.status].append(QPointF(position, row.score or 0.0))
        axis_x = QValueAxis()
        axis_x.setRange(0, len(shown) + 1)
        axis_x.setLabelFormat("%d")
        axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_x.setTickAnchor(0)
        axis_x.setTickInterval(5 if len(shown) <= 40 else 10)
        axis_x.setTitleText(self.tr("Place"))
        axis_y = QValueAxis()
        values = [r.score or 0.0 for r in shown]
        low, high = min(values), max(values)
        bottom, top = math.floor(low * 2) / 2, math.ceil(high * 2) / 2
        if top - bottom < 1:
            top = bottom + 1
        axis_y.setRange(bottom, top)
        axis_y.setTickCount(min(int((top - bottom) * 2), 10) + 1)
        axis_y.setLabelFormat("%.1f")
        axis_y.setTitleText(self.tr("Score"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        by_score = sorted((r.score or 0.0 for r in scored), reverse=True)
        if 0 < nomination.finalists < len(by_score):
            # The score the quota asks for: between the last place in it and the first out.
            cut = (by_score[nomination.finalists - 1] + by_score[nomination.finalists]) / 2
            line = _line([(0, cut), (len(shown) + 1, cut)], "#dc2626", 1.5, dashed=True)
            line.setName(self.tr("Finalist cut"))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        for series in groups.values():
            if series.count():
                chart.addSeries(series)
                series.attachAxis(axis_x)
                series.attachAxis(axis_y)


class LeniencyChart(QChartView):
    """One row per juror: the offset as a dot and ±2 standard errors as a whisker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(QChart())

    def show_jurors(self, jurors: list[JurorLeniency]) -> None:
        chart = _chart(self)
        if not jurors:
            return
        chart.setTitle(self.tr("Juror leniency in points, ± 2 standard errors; red — flagged"))
        chart.legend().setVisible(False)
        extent = max(max(abs(j.offset) + 2 * j.standard_error for j in jurors), 0.1) * 1.1
        axis_x = QValueAxis()
        axis_x.setRange(-extent, extent)
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%+.1f")
        axis_x.setTitleText(self.tr("← stricter · more lenient →"))
        axis_y = QCategoryAxis()
        axis_y.setRange(0, len(jurors) + 1)
        axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_y.setGridLineVisible(False)
        axis_y.setReverse(True)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self._attach(
            chart, _line([(0, 0), (0, len(jurors) + 1)], "#6b7280", 1, True), axis_x, axis_y
        )
        dots = QScatterSeries()
        dots.setMarkerSize(10)
        dots.setColor(QColor("#2563eb"))
        flagged = QScatterSeries()
        flagged.setMarkerSize(11)
        flagged.setColor(QColor("#dc2626"))
        cap = 0.12
        for position, juror in enumerate(jurors, start=1):
            axis_y.append(juror.name, position)
            low = juror.offset - 2 * juror.standard_error
            high = juror.offset + 2 * juror.standard_error
            colour = "#dc2626" if juror.flagged else "#2563eb"
            whiskers: list[list[tuple[float, float]]] = [
                [(low, position), (high, position)],
                [(low, position - cap), (low, position + cap)],
                [(high, position - cap), (high, position + cap)],
            ]
            for points in whiskers:
                self._attach(chart, _line(points, colour, 2, False), axis_x, axis_y)
            (flagged if juror.flagged else dots).append(QPointF(juror.offset, position))
        for series in (dots, flagged):
            if series.count():
                self._attach(chart, series, axis_x, axis_y)

    @staticmethod
    def _attach(
        chart: QChart,
        series: QLineSeries | QScatterSeries,
        axis_x: QValueAxis,
        axis_y: QCategoryAxis,
    ) -> None:
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)


class ResultsDelegate(QStyledItemDelegate):
    """Paints P(finalist) as a small bar with its percentage, and the tie/decision badges
    after the status; by hand so that it looks the same under every style."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        probability = index.data(PROBABILITY_ROLE)
        badges = index.data(BADGES_ROLE)
        if probability is None and not badges:
            super().paint(painter, option, index)
            return
        self._background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if probability is not None:
            self._bar(painter, option.rect, float(probability))
        else:
            self._status(painter, option, index, badges)
        painter.restore()

    def _background(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
            return
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            painter.fillRect(option.rect, background)

    @staticmethod
    def _bar(painter: QPainter, cell: QRect, probability: float) -> None:
        probability = min(max(probability, 0.0), 1.0)
        text_width = 44
        bar = cell.adjusted(6, 8, -(text_width + 6), -8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(bar, 3, 3)
        if probability > 0:
            filled = QRect(bar)
            filled.setWidth(max(round(bar.width() * probability), 3))
            if in_grey_zone(probability):
                colour = QColor("#f59e0b")
            else:
                colour = QColor("#16a34a") if probability >= GREY_ZONE[1] else QColor("#9ca3af")
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(QColor("#111827"))
        label = QRect(cell.right() - text_width - 4, cell.top(), text_width, cell.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{probability:.0%}"
        )

    @staticmethod
    def _status(
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        badges: list[tuple[str, QColor]],
    ) -> None:
        rect = option.rect.adjusted(4, 0, -4, 0)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        painter.setFont(font)
        selected = option.state & QStyle.StateFlag.State_Selected
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(text_colour)
        text = str(index.data())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x = rect.left() + painter.fontMetrics().horizontalAdvance(text) + 8
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1.5, 7.0))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        for label, colour in badges:
            width = metrics.horizontalAdvance(label) + 12
            pill = QRect(
                x, rect.center().y() - metrics.height() // 2 - 1, width, metrics.height() + 2
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> Any:
        hint = super().sizeHint(option, index)
        badges = index.data(BADGES_ROLE)
        if badges:
            metrics = option.fontMetrics
            extra = sum(metrics.horizontalAdvance(text) + 16 for text, _ in badges)
            hint.setWidth(hint.width() + extra)
        return hint
