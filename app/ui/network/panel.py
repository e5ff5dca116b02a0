"""The influence network in the courtroom: the graph, the charts and a member's card, linked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import AlqaError
from app.ui.controller import SessionController
from app.ui.network.charts import InfluenceCharts
from app.ui.network.graph_view import GraphView
from app.ui.network.member_card import MemberCard
from app.ui.retranslate import Retranslating


class NetworkPanel(Retranslating, QWidget):
    """Select a member anywhere (a node, a line, a bar) and every view shows that member."""

    on_projector = Signal(bool)  # the teacher puts the network on the wall, or takes it off

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("network_panel")
        self.graph = GraphView(controller, self, revealed_only=True)  # nothing private before the reveal
        self.charts = InfluenceCharts(controller, self, revealed_only=True)
        self.card = MemberCard(controller, self, revealed_only=True)
        self.side = QTabWidget(objectName="network_side")
        self.side.addTab(self.charts, "")
        self.side.addTab(self.card, "")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.graph)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.side.setMinimumWidth(360)  # the charts stay readable beside the graph
        splitter.setSizes([700, 480])
        self.animation = QPushButton(objectName="export_animation", clicked=self._export_animation)
        self.message = QLabel(objectName="network_message", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        self.chart_export = QPushButton(objectName="export_chart", clicked=self._export_chart)
        self.projector = QCheckBox(objectName="network_on_projector")
        self.projector.toggled.connect(self.on_projector)
        row = QHBoxLayout()
        row.addWidget(self.animation)
        row.addWidget(self.chart_export)
        row.addWidget(self.projector)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.graph.member_selected.connect(self._select)
        self.charts.member_selected.connect(self._select)
        self._retranslate()

    def _select(self, member_id: str) -> None:
        self.graph.select_member(member_id)
        self.charts.select_member(member_id)
        self.card.show_member(member_id)

    def export_animation(self, path: Path, width: int = 1280, height: int = 960) -> int:
        """The network round by round as an animated GIF or APNG for a slide; the number of frames."""
        from app.report.animation import write_animation

        frames = self.graph.round_frames(width, height)
        write_animation(Path(path), frames)
        return len(frames)

    def _export_animation(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the animation"), "influence.gif",
                                              self.tr("Animated GIF (*.gif);;Animated PNG (*.png)"))
        if not path:
            return
        try:
            frames = self.export_animation(Path(path))
        except AlqaError as exc:
            self.message.setText(i18n.text(exc.msg))
            return
        self.message.setText(self.tr("Saved {file}: one picture per round (rounds: {rounds}).")
                             .format(file=Path(path).name, rounds=frames))

    def _export_chart(self) -> None:
        """The chart on show, as a PNG (1200 x 800) or an SVG, by the name's ending."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the chart"), "chart.png",
                                              self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        index = self.charts.current_chart()
        try:
            if path.lower().endswith(".svg"):
                self.charts.export_svg(index, path)
            else:
                width, ok = QInputDialog.getInt(self, self.tr("Export the chart"),
                                                self.tr("Width in pixels (the height follows):"), 1200, 200, 10000, 100)
                if not ok:
                    return
                self.charts.export_png(index, path, width, width * 2 // 3)
        except OSError as exc:
            self.message.setText(self.tr("The chart could not be saved: {reason}").format(reason=exc.strerror or exc))
            return
        self.message.setText(self.tr("Saved {file}.").format(file=Path(path).name))

    def _retranslate(self) -> None:
        self.side.setTabText(0, self.tr("Charts"))
        self.side.setTabText(1, self.tr("Member"))
        self.side.setAccessibleName(self.tr("Charts and the selected member"))
        self.animation.setText(self.tr("Export the &animation…"))
        self.animation.setAccessibleName(self.tr("Export the animation"))
        self.chart_export.setText(self.tr("Export the &chart…"))
        self.chart_export.setAccessibleName(self.tr("Export the chart"))
        self.projector.setText(self.tr("Show on the &projector (revealed rounds only)"))
        self.projector.setAccessibleName(self.tr("Show the network on the projector"))

