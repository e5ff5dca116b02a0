"""Three charts of the deliberation: each member's opinion over rounds, the tallies, and talk time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QTabWidget, QVBoxLayout, QWidget

from app.core.influence import Network
from app.store.files import write_through
from app.ui.retranslate import Retranslating

# Okabe-Ito, as UX.md "Visual language": colour and a shape, never colour alone
GUILTY, NOT_GUILTY, UNDECIDED = QColor("#D55E00"), QColor("#0072B2"), QColor("#8C8C8C")
# members' lines: a qualitative palette (stance lives on the y axis, not in these colours)
MEMBER_COLOURS = ("#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#AA4499", "#882255",
                  "#999933", "#661100", "#6699CC", "#AA4466", "#4477AA", "#228833", "#CCBB44", "#EE6677")
CHARTS = ("opinion", "tally", "talk")
LINE_WIDTH, SELECTED_WIDTH = 2.0, 5.0


SMOOTH_UP_TO = 5000  # opinion points drawn antialiased in a picture; more are drawn plain


@dataclass(frozen=True)
class ChartData:
    """What the charts show, read from the state (only revealed rounds' stances when asked)."""
    members: tuple[tuple[str, str], ...]  # (member id, name): the deliberating panel
    points: dict[str, tuple[tuple[int, float], ...]]  # member -> (round no, opinion y)
    tallies: tuple[tuple[int, int, int, int], ...]  # (round no, guilty, not guilty, undecided), rounds with stances
    talk: dict[str, float]  # member -> minutes spoken

    @classmethod
    def of(cls, state, *, revealed_only: bool) -> ChartData:
        net = Network.of(state, revealed_only=revealed_only)
        names = state.people.names
        members = tuple((m, names.get(m, m)) for m in net.panel)
        col = {m: net.members.index(m) for m, _ in members}
        points = {m: tuple((no, float(net.y[r, k])) for r, no in enumerate(net.round_nos)
                           if not np.isnan(net.y[r, k])) for m, k in col.items()}
        tallies = []
        for r, no in enumerate(net.round_nos):
            cat = net.cat[r][~np.isnan(net.cat[r])]
            if cat.size:
                tallies.append((no, int((cat == 1).sum()), int((cat == -1).sum()), int((cat == 0).sum())))
        talk = {m: float(net.talk[:, k].sum()) / 60 for m, k in col.items()}
        return cls(members, points, tuple(tallies), talk)


class InfluenceCharts(Retranslating, QWidget):
    """The deliberation in three charts, in tabs; a member picked here can be shown elsewhere."""
    member_selected = Signal(str)

    def __init__(self, controller, parent=None, *, revealed_only: bool = True):
        super().__init__(parent)
        self._controller, self._revealed_only = controller, revealed_only
        self._selected: str | None = None
        self._data = ChartData((), {}, (), {})
        self._tabs = QTabWidget(objectName="chart_tabs")
        self._views = []
        for name in CHARTS:
            view = QChartView(QChart(), objectName=f"{name}_chart")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._views.append(view)
            self._tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tabs)
        controller.state_changed.connect(self.render)
        self._retranslate()

    def _retranslate(self) -> None:
        titles = (self.tr("Opinions"), self.tr("Tallies"), self.tr("Talk time"))
        for i, title in enumerate(titles):
            self._tabs.setTabText(i, title)
        self._tabs.setAccessibleName(self.tr("Deliberation charts"))
        self._tabs.tabBar().setAccessibleName(self.tr("Choose a chart"))
        for view, name in zip(self._views, self.chart_titles(), strict=True):
            view.setAccessibleName(name)
            view.viewport().setAccessibleName(name)
        self.render(self._controller.state)

    def chart_titles(self) -> tuple[str, str, str]:
        return (self.tr("Each member's opinion after each round"), self.tr("Stances per round"),
                self.tr("Talk time per member (minutes)"))

    def view(self, chart_index: int) -> QChartView:
        return self._views[chart_index]

    def render(self, state, _event=None) -> None:
        """Show `state`: rebuilds the series; never writes."""
        self._data = ChartData.of(state, revealed_only=self._revealed_only)
        for i, view in enumerate(self._views):
            self._fill(i, view.chart(), live=True)

    def select_member(self, member_id: str | None) -> None:
        """Highlight one member (thicker line, others dimmed); None clears the highlight."""
        self._selected = member_id
        self._style_lines(self._views[0].chart())
        self._style_talk(self._views[2].chart())

    # --- building the charts ----------------------------------------------------------------

    def _fill(self, index: int, chart: QChart, *, live: bool) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.chart_titles()[index])
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight if index == 0 else Qt.AlignmentFlag.AlignBottom)
        (self._fill_opinion, self._fill_tally, self._fill_talk)[index](chart, live)

    def _round_axis(self) -> QValueAxis:
        nos = [no for no, *_ in self._data.tallies] or [1]
        axis = QValueAxis()
        axis.setRange(min(nos) - 0.25, max(nos) + 0.25)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(1)
        axis.setTickInterval(1)
        axis.setLabelFormat("%d")
        axis.setTitleText(self.tr("Round"))
        return axis

    def _fill_opinion(self, chart: QChart, live: bool) -> None:
        x_axis, y_axis = self._round_axis(), QCategoryAxis()
        y_axis.setRange(-1.1, 1.1)
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y_axis.append(self.tr("● not guilty"), -1)
        y_axis.append(self.tr("○ undecided"), 0)
        y_axis.append(self.tr("■ guilty"), 1)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for k, (m, name) in enumerate(self._data.members):
            series = QLineSeries(name=name)
            series.setObjectName(m)
            series.append([QPointF(no, y) for no, y in self._data.points[m]])
            series.setPointsVisible(True)
            series.setMarkerSize(9)
            series.setColor(QColor(MEMBER_COLOURS[k % len(MEMBER_COLOURS)]))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            if live:
                series.clicked.connect(lambda _p, m=m: self._picked(m))
                series.hovered.connect(lambda _p, on, m=m: on and self._picked(m))
        if live:
            for marker in chart.legend().markers():
                member = marker.series().objectName()
                marker.clicked.connect(lambda m=member: self._picked(m))
        self._style_lines(chart)

    def _style_lines(self, chart: QChart) -> None:
        for k, series in enumerate(chart.series()):
            colour = QColor(MEMBER_COLOURS[k % len(MEMBER_COLOURS)])
            chosen = series.objectName() == self._selected
            if self._selected and not chosen:
                colour.setAlpha(70)
            pen = QPen(colour, SELECTED_WIDTH if chosen else LINE_WIDTH)
            series.setPen(pen)

    def _fill_tally(self, chart: QChart, live: bool) -> None:
        series = QStackedBarSeries()
        for label, colour, col in ((self.tr("■ guilty"), GUILTY, 1), (self.tr("● not guilty"), NOT_GUILTY, 2),
                                   (self.tr("○ undecided"), UNDECIDED, 3)):
            bars = QBarSet(label)
            bars.setColor(colour)
            bars.setBorderColor(QColor("white"))
            bars.append([float(t[col]) for t in self._data.tallies])
            series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        rounds = QBarCategoryAxis()
        rounds.append([self.tr("Round {no}").format(no=t[0]) for t in self._data.tallies])
        rounds.setTitleText(self.tr("Round"))
        counts = QValueAxis()
        top = max((sum(t[1:]) for t in self._data.tallies), default=1)
        counts.setRange(0, top)
        counts.setTickType(QValueAxis.TickType.TicksDynamic)  # whole members only: a fixed tick count cuts 11 into 1.1s
        counts.setTickAnchor(0)
        counts.setTickInterval(max(1, -(-top // 10)))
        counts.setLabelFormat("%d")
        counts.setTitleText(self.tr("Members"))
        chart.addAxis(rounds, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(rounds)
        series.attachAxis(counts)

    def _fill_talk(self, chart: QChart, live: bool) -> None:
        members = list(reversed(self._data.members))  # the first seat at the top
        bars = QBarSet(self.tr("Minutes spoken"))
        bars.append([round(self._data.talk[m], 2) for m, _ in members])
        bars.setColor(QColor("#555555"))
        bars.setSelectedColor(QColor("#000000"))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([name for _, name in members])
        minutes = QValueAxis()
        top = max(1, math.ceil(max(self._data.talk.values(), default=0) * 1.05))
        minutes.setRange(0, top)  # ticks on whole (or half) minutes: labels must sit where they say
        minutes.setTickType(QValueAxis.TickType.TicksDynamic)
        minutes.setTickAnchor(0)
        minutes.setTickInterval(0.5 if top <= 2 else max(1, math.ceil(top / 10)))
        minutes.setLabelFormat("%.1f" if top <= 2 else "%d")
        minutes.setTitleText(self.tr("Minutes"))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(minutes, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(minutes)
        chart.legend().setVisible(False)
        if live:
            bars.clicked.connect(lambda i: self._picked(members[i][0]))
        self._style_talk(chart)

    def _style_talk(self, chart: QChart) -> None:
        for series in chart.series():
            members = [m for m, _ in reversed(self._data.members)]
            for bars in series.barSets():
                bars.deselectAllBars()
                if self._selected in members:
                    bars.selectBar(members.index(self._selected))

    def _picked(self, member_id: str) -> None:
        self.select_member(member_id)
        self.member_selected.emit(member_id)

    # --- export ------------------------------------------------------------------------------

    def _painted(self, chart_index: int, width: int, height: int, paint) -> None:
        """Build a fresh copy of one chart at width x height and hand it to `paint(scene, rect)`."""
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        font = QFont(chart.titleFont())
        font.setPointSizeF(max(font.pointSizeF(), 10) * max(1.0, height / 600))
        chart.setTitleFont(font)
        self._fill(chart_index, chart, live=False)
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.setGeometry(QRectF(0, 0, width, height))
        scene.setSceneRect(0, 0, width, height)
        paint(scene, QRectF(0, 0, width, height))
        scene.removeItem(chart)
        chart.deleteLater()

    def current_chart(self) -> int:
        return self._tabs.currentIndex()

    def render_image(self, chart_index: int, width: int = 1200, height: int = 800) -> QImage:
        """One chart drawn on a white picture of width x height pixels (for files and the report)."""
        image = QImage(width, height, QImage.Format.Format_RGB32)  # white ground: no alpha to carry
        image.fill(QColor("white"))

        points = sum(len(p) for p in self._data.points.values())
        smooth = points <= SMOOTH_UP_TO  # a thousand rounds of forty lines: plain lines draw 5x faster

        def paint(scene, rect):
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
            scene.render(painter, rect, rect)
            painter.end()

        self._painted(chart_index, width, height, paint)
        return image

    def export_png(self, chart_index: int, path, width: int = 1200, height: int = 800) -> Path:
        """Save one chart as a PNG of width x height; the file appears whole or not at all."""
        image = self.render_image(chart_index, width, height)
        return write_through(path, lambda tmp: image.save(tmp, "PNG"))

    def export_svg(self, chart_index: int, path, width: int = 1200, height: int = 800) -> Path:
        """Save one chart as an SVG; the file appears whole or not at all."""
        def write(tmp: str) -> bool:
            generator = QSvgGenerator()
            generator.setFileName(tmp)
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(self.chart_titles()[chart_index])

            def paint(scene, rect):
                painter = QPainter(generator)
                scene.render(painter, rect, rect)
                painter.end()

            self._painted(chart_index, width, height, paint)
            return True

        return write_through(path, write)
