"""The influence network as a picture: members by role and stance, arrows from influencer to influenced.

`revealed_only=True` (the courtroom and the projector) asks the core for what the class has seen:
an unrevealed round shows no stances ("?") and no reports, so nothing private leaks onto the wall.
The teacher's debrief may pass False to see every stance as given.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMarginsF, QRectF, QSignalBlocker, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.core import influence
from app.store.files import write_through
from app.ui.courtroom.stance_check import seat_title, stance_words
from app.ui.network import layout
from app.ui.network.items import EdgeItem, NodeItem
from app.ui.retranslate import Retranslating

STEP_MS = 1000  # Play: one round a second
ANIMATION_MS = 300  # under 400 ms (UX.md)
MIN_R, MAX_R = 16.0, 34.0


class _Canvas(QGraphicsView):
    """The scene's window: Ctrl+wheel and +/- zoom, drag pans."""

    def __init__(self, scene: QGraphicsScene, parent=None):
        super().__init__(scene, parent, objectName="canvas")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QColor("#ffffff"))

    def zoom(self, factor: float) -> None:
        if 0.1 < self.transform().m11() * factor < 8:
            self.scale(factor, factor)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / 1.25)
        else:
            super().keyPressEvent(event)


class GraphView(Retranslating, QWidget):
    """Who moved whom: one round or all rounds, courtroom seating or force-directed, with Play."""

    member_selected = Signal(str)  # a member id, when the user clicks a node

    def __init__(self, controller, parent=None, *, revealed_only: bool = True):
        super().__init__(parent)
        self._controller, self._revealed_only = controller, revealed_only
        self._state = None
        self._drawn = None  # what the scene shows, to skip redraws when nothing changed
        self._nodes: dict[str, NodeItem] = {}
        self._edges: list[EdgeItem] = []
        self._selected: str | None = None
        self._force: tuple[object, dict] | None = None  # (session, positions): computed once per session
        self._moves: dict[str, tuple] = {}
        self.animated = True  # False: jump, no transition (a teacher can turn it off)
        self._build()
        controller.state_changed.connect(self.render)
        self._retranslate()
        self.render(controller.state)

    def _build(self) -> None:
        self.scene = QGraphicsScene(self)
        self.canvas = _Canvas(self.scene, self)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="round_slider", minimum=0, maximum=0)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.round_label = QLabel(objectName="round_label")
        self.play = QPushButton(objectName="play", checkable=True)
        self.reported = QCheckBox(objectName="reported", checked=True)
        self.inferred = QCheckBox(objectName="inferred", checked=True)
        self.layout_combo = QComboBox(objectName="layout")
        self.layout_combo.addItems(["", ""])
        self.animate = QCheckBox(objectName="animate", checked=True)
        self.fit = QPushButton(objectName="fit")
        self.export = QPushButton(objectName="export")
        self.layout_label = QLabel(objectName="layout_label")
        self.layout_label.setBuddy(self.layout_combo)
        self._timer = QTimer(self, interval=STEP_MS)
        self._anim = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=ANIMATION_MS)
        top = QHBoxLayout()
        for w in (self.reported, self.inferred, self.layout_label, self.layout_combo, self.animate):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.fit)
        top.addWidget(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.play)
        bottom.addWidget(self.slider, 1)
        bottom.addWidget(self.round_label)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.canvas, 1)
        box.addLayout(bottom)
        self.slider.valueChanged.connect(lambda _v: self._redraw())
        self.reported.toggled.connect(lambda _c: self._redraw())
        self.inferred.toggled.connect(lambda _c: self._redraw())
        self.layout_combo.currentIndexChanged.connect(lambda _i: (self._redraw(), self.fit_to_window()))
        self.animate.toggled.connect(lambda on: setattr(self, "animated", on))
        self.fit.clicked.connect(self.fit_to_window)
        self.export.clicked.connect(self._on_export_clicked)
        self.play.toggled.connect(self._on_play_toggled)
        self._timer.timeout.connect(self._step)
        self._anim.valueChanged.connect(self._tween)

    # --- words --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        for widget, text in ((self.reported, self.tr("&Reported")), (self.inferred, self.tr("&Inferred")),
                             (self.animate, self.tr("&Animate")), (self.fit, self.tr("&Fit to window")),
                             (self.export, self.tr("&Export picture…")), (self.layout_label, self.tr("&Layout:"))):
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.layout_combo.setItemText(0, self.tr("Courtroom seating"))
        self.layout_combo.setItemText(1, self.tr("Force-directed"))
        self.layout_combo.setAccessibleName(self.tr("Layout"))
        self.slider.setAccessibleName(self.tr("Round shown"))
        self.canvas.setAccessibleName(self.tr("Influence network"))
        self.canvas.viewport().setAccessibleName(self.tr("Influence network"))
        self.canvas.setAccessibleDescription(self.tr("Ctrl+wheel or + and - zoom; drag to move."))
        self._retranslate_play()
        self._drawn = None
        self._redraw()

    def _retranslate_play(self) -> None:
        text = self.tr("&Pause") if self.play.isChecked() else self.tr("&Play")
        self.play.setText(text)
        self.play.setAccessibleName(text.replace("&", ""))

    # --- state --------------------------------------------------------------------------

    def render(self, state, _event=None) -> None:
        """Show `state`: cheap when the shown graph did not change."""
        if state is self._state:
            return
        self._state = state
        rounds = len(self._network().round_nos) if state is not None else 0
        with QSignalBlocker(self.slider):
            at_end = self.slider.value() == self.slider.maximum() and self.slider.value() > 0
            self.slider.setMaximum(rounds)
            if at_end:
                self.slider.setValue(rounds)
        self._redraw()

    def _network(self) -> influence.Network:
        return influence.Network.of(self._state, revealed_only=self._revealed_only)

    def round_no(self) -> int | None:
        """The shown round's number, or None for all rounds."""
        v = self.slider.value()
        return self._network().round_nos[v - 1] if v else None

    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k, box in (("reported", self.reported), ("inferred", self.inferred)) if box.isChecked())

    def _redraw(self) -> None:
        total = self.slider.maximum()
        v = self.slider.value()
        self.round_label.setText(self.tr("Round {n} of {total}").format(n=v, total=total) if v
                                 else self.tr("All rounds"))
        if self._state is None or not self._state.rounds:
            self.scene.clear()
            self._nodes, self._edges, self._drawn = {}, [], None
            return
        r = self.round_no()
        graphs = {k: influence.influence_graph(self._state, r, (k,), revealed_only=self._revealed_only)
                  for k in self.kinds()}
        nodes = dict(influence.influence_graph(self._state, r, (), revealed_only=self._revealed_only).nodes(data=True))
        key = (self._state.people, r, self.kinds(), self.layout_combo.currentIndex(), tuple(nodes.items()),
               tuple((k, tuple(g.edges(data="weight"))) for k, g in graphs.items()))
        if key == self._drawn:
            return
        self._drawn = key
        self._draw(nodes, graphs)

    def _draw(self, nodes: dict[str, dict], graphs: dict) -> None:
        for m in [m for m in self._nodes if m not in nodes]:
            self.scene.removeItem(self._nodes.pop(m))
        for e in self._edges:
            self.scene.removeItem(e)
        self._edges = []
        out = {m: sum(w for g in graphs.values() for _, _, w in g.out_edges(m, data="weight")) for m in nodes}
        top = max(out.values(), default=0) or 1.0
        pos = self._positions(nodes)
        words, net = stance_words(), self._network()
        targets = {}
        for m, attrs in nodes.items():
            item = self._nodes.get(m)
            if item is None:
                item = self._nodes[m] = NodeItem(m, self._on_node_clicked)
                item.setPos(*pos[m])
                self.scene.addItem(item)
            title = seat_title(self._state, attrs["seat"]) if attrs["seat"] else self.tr("Reserve")
            item.set_look(attrs["role"], attrs.get("stance", ""), title, attrs["name"])
            item.setToolTip(self._trajectory(net, m, title, attrs["name"], words))
            targets[m] = (pos[m], MIN_R + (MAX_R - MIN_R) * math.sqrt(out[m] / top))
        self._move(targets)
        heaviest = max((w for g in graphs.values() for _, _, w in g.edges(data="weight")), default=1.0)
        for kind, g in graphs.items():
            for u, v, attrs in g.edges(data=True):
                edge = EdgeItem(self._nodes[u], self._nodes[v], kind, attrs["toward"],
                                1.0 + 5.0 * attrs["weight"] / heaviest)
                self.scene.addItem(edge)
                self._edges.append(edge)
        self._highlight()
        self.scene.setSceneRect(self.scene.itemsBoundingRect().marginsAdded(QMarginsF(60, 60, 60, 60)))

    def _positions(self, nodes: dict[str, dict]) -> dict[str, tuple[float, float]]:
        if self.layout_combo.currentIndex() == 0:
            return layout.courtroom(nodes)
        session = (self._controller.path, self._revealed_only)
        if self._force is None or self._force[0] != session or not set(nodes) <= set(self._force[1]):
            whole = influence.influence_graph(self._state, None, revealed_only=self._revealed_only)
            known = self._force[1] if self._force and self._force[0] == session else None
            self._force = (session, layout.force(whole, known))
        return self._force[1]

    def _trajectory(self, net, member: str, title: str, name: str, words: dict[str, str]) -> str:
        """'Round 1: Guilty (70) → Round 2: Undecided (20)': only what this view may show."""
        k = net.members.index(member)
        steps = [self.tr("Round {n}: {stance} ({confidence})").format(
                     n=no, stance=words[{1.0: "guilty", -1.0: "not_guilty", 0.0: "undecided"}[float(net.cat[ri, k])]],
                     confidence=int(net.confidence[ri, k]))
                 for ri, no in enumerate(net.round_nos) if not np.isnan(net.cat[ri, k])]
        head = self.tr("{seat}, {name}").format(seat=title, name=name)
        return head + "\n" + (" → ".join(steps) if steps else self.tr("No stance shown yet."))

    # --- motion -------------------------------------------------------------------------

    def _move(self, targets: dict[str, tuple]) -> None:
        self._anim.stop()
        self._moves = {m: (self._nodes[m].pos(), self._nodes[m].radius, QRectF(0, 0, *p).bottomRight(), r)
                       for m, (p, r) in targets.items()}
        if self.animated and self.isVisible():
            self._anim.start()
        else:
            self._tween(1.0)

    def _tween(self, t) -> None:
        t = float(t)
        for m, (p0, r0, p1, r1) in self._moves.items():
            item = self._nodes.get(m)
            if item is not None:
                item.setPos(p0 + (p1 - p0) * t)
                item.set_radius(r0 + (r1 - r0) * t)
        for e in self._edges:
            e.adjust()

    def _on_play_toggled(self, playing: bool) -> None:
        self._retranslate_play()
        if playing:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(min(1, self.slider.maximum()))
            self._timer.start()
        else:
            self._timer.stop()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play.setChecked(False)
        else:
            self.slider.setValue(self.slider.value() + 1)

    # --- selection ----------------------------------------------------------------------

    def _on_node_clicked(self, member_id: str) -> None:
        self.select_member(member_id)
        self.member_selected.emit(member_id)

    def select_member(self, member_id: str | None) -> None:
        """Highlight a member's edges and dim the rest (None or the same member again: clear)."""
        self._selected = None if member_id == self._selected or member_id not in self._nodes else member_id
        self._highlight()

    def selected_member(self) -> str | None:
        return self._selected

    def _highlight(self) -> None:
        m = self._selected
        near = {m} | {x for e in self._edges if m in (e.source.member_id, e.target.member_id)
                      for x in (e.source.member_id, e.target.member_id)} if m else set()
        for e in self._edges:
            e.setOpacity(1.0 if not m or m in (e.source.member_id, e.target.member_id) else 0.12)
        for x, item in self._nodes.items():
            item.setOpacity(1.0 if not m or x in near else 0.35)

    # --- view and export ----------------------------------------------------------------

    def fit_to_window(self) -> None:
        self.canvas.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def render_image(self, width: int, height: int) -> QImage:
        """The network as it stands, drawn on a white picture of width x height pixels."""
        image = QImage(QSize(width, height), QImage.Format.Format_RGB32)  # white ground: no alpha to carry
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        self._paint_scene(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    def round_frames(self, width: int, height: int) -> list[QImage]:
        """One picture per round this view may show, for the animation; the view is left as it was."""
        was, animated = self.slider.value(), self.animated
        self.animated = False
        try:
            frames = []
            for round_no in range(1, self.slider.maximum() + 1):
                self.slider.setValue(round_no)
                frames.append(self.render_image(width, height))
            return frames
        finally:
            self.slider.setValue(was)
            self.animated = animated

    def export_png(self, path: str | Path, width: int, height: int) -> None:
        """The whole network as a PNG of width x height pixels, written atomically."""
        image = self.render_image(width, height)
        write_through(path, lambda tmp: image.save(str(tmp), "PNG"))

    def export_svg(self, path: str | Path) -> None:
        """The whole network as an SVG drawing, written atomically."""
        rect = self.scene.sceneRect()

        def write(tmp: Path) -> bool:
            svg = QSvgGenerator()
            svg.setFileName(str(tmp))
            svg.setSize(rect.size().toSize())
            svg.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            svg.setTitle(self.tr("Influence network"))
            painter = QPainter(svg)
            self._paint_scene(painter, QRectF(0, 0, rect.width(), rect.height()))
            return painter.end()

        write_through(path, write)

    def _paint_scene(self, painter: QPainter, target: QRectF) -> None:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._tween(1.0)  # the picture shows where the nodes are going, not mid-flight
        self.scene.render(painter, target, self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export picture"), "",
                                              self.tr("PNG picture (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if path.lower().endswith(".svg"):
            self.export_svg(path)
            return
        width, ok = QInputDialog.getInt(self, self.tr("Export picture"), self.tr("Width in pixels (the height follows):"),
                                        1600, 200, 10000, 100)
        if ok:
            self.export_png(path if path.lower().endswith(".png") else path + ".png", width, width * 3 // 4)
