"""Scene items of the influence network: a member (shape by role, fill and symbol by stance) and an arrow."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from app.ui.theme import GUILTY, NOT_GUILTY, UNDECIDED

FILL = {"guilty": GUILTY, "not_guilty": NOT_GUILTY, "undecided": UNDECIDED, "": "#ffffff"}
DIRECTION = {"guilty": GUILTY, "not_guilty": NOT_GUILTY, "mixed": "#6b6b6b"}
INK = QColor("#1a1a1a")
LABEL_W = 150


class NodeItem(QGraphicsItem):
    """One member: judge a double-outlined square, juror a circle, reserve a dotted circle, others a diamond."""

    def __init__(self, member_id: str, on_click):
        super().__init__()
        self.member_id = member_id
        self._on_click = on_click
        self.role, self.stance, self.title, self.name = "juror", "", "", ""
        self.radius = 18.0
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    def set_look(self, role: str, stance: str, title: str, name: str) -> None:
        self.role, self.stance, self.title, self.name = role, stance, title, name
        self.update()

    def set_radius(self, radius: float) -> None:
        self.prepareGeometryChange()
        self.radius = radius

    def boundingRect(self) -> QRectF:
        r = self.radius + 4
        return QRectF(-max(r, LABEL_W / 2), -r, max(2 * r, LABEL_W), 2 * r + 40)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 2, self.radius + 2)
        return path

    def outline(self) -> QPainterPath:
        r, path = self.radius, QPainterPath()
        if self.role == "judge":
            path.addRect(QRectF(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8))
        elif self.role in ("juror", "reserve"):
            path.addEllipse(QPointF(0, 0), r, r)
        else:
            path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0), QPointF(0, -r)]))
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        thin = self.role not in ("judge", "juror", "reserve")
        pen = QPen(INK, 1.0 if thin else 2.0)
        if self.role == "reserve":
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QColor(FILL.get(self.stance, "#ffffff")))
        path = self.outline()
        painter.drawPath(path)
        if self.role == "judge":  # the double outline
            r = self.radius * 0.9 + 4
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(-r, -r, 2 * r, 2 * r))
        self._paint_symbol(painter)
        self._paint_label(painter)

    def _paint_symbol(self, painter: QPainter) -> None:
        """■ guilty, ● not guilty, ○ undecided, ? none: colour is never alone."""
        s = max(5.0, self.radius * 0.35)
        painter.setPen(QPen(QColor("#ffffff"), 2.5))
        painter.setBrush(QColor("#ffffff"))
        if self.stance == "guilty":
            painter.drawRect(QRectF(-s, -s, 2 * s, 2 * s))
        elif self.stance == "not_guilty":
            painter.drawEllipse(QPointF(0, 0), s, s)
        elif self.stance == "undecided":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), s, s)
        else:
            font = QFont(painter.font())
            font.setPixelSize(int(max(12, self.radius)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius),
                             Qt.AlignmentFlag.AlignCenter, "?")

    def _paint_label(self, painter: QPainter) -> None:
        font = QFont(painter.font())
        font.setPixelSize(12)
        font.setBold(False)
        painter.setFont(font)
        top = self.radius + 5
        box = QRectF(-LABEL_W / 2, top, LABEL_W, 34)
        metrics = painter.fontMetrics()
        shown = self.name if self.name != self.title else ""  # an anonymised picture: the seat says it all
        name = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, LABEL_W - 6)
        width = max(metrics.horizontalAdvance(self.title), metrics.horizontalAdvance(name)) + 8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(QRectF(-width / 2, top, width, 32 if name else 17), 3, 3)
        painter.setPen(INK)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(box.adjusted(0, 0, 0, -17), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self.title)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(box.adjusted(0, 16, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._on_click(self.member_id)
            event.accept()
        else:
            super().mousePressEvent(event)


class EdgeItem(QGraphicsPathItem):
    """An arrow influencer -> influenced: width by weight, colour by direction, reported solid, inferred dashed."""

    def __init__(self, source: NodeItem, target: NodeItem, kind: str, toward: str, width: float):
        super().__init__()
        self.source, self.target, self.kind, self.toward = source, target, kind, toward
        pen = QPen(QColor(DIRECTION[toward]), width)
        pen.setStyle(Qt.PenStyle.SolidLine if kind == "reported" else Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(1)
        self.head = QGraphicsPathItem(self)
        self.head.setPen(Qt.PenStyle.NoPen)
        self.head.setBrush(QBrush(QColor(DIRECTION[toward])))
        self.adjust()

    def adjust(self) -> None:
        """Follow the two nodes: a line between their rims, offset sideways so both directions and kinds show."""
        a, b = self.source.pos(), self.target.pos()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        if length < 1:
            self.setPath(QPainterPath())
            self.head.setPath(QPainterPath())
            return
        ux, uy = dx / length, dy / length
        nx_, ny_ = -uy, ux
        off = 4.0 if self.kind == "reported" else 9.0
        start = QPointF(a.x() + ux * (self.source.radius + 3) + nx_ * off, a.y() + uy * (self.source.radius + 3) + ny_ * off)
        tip = QPointF(b.x() - ux * (self.target.radius + 5) + nx_ * off, b.y() - uy * (self.target.radius + 5) + ny_ * off)
        size = 7 + self.pen().widthF() * 1.5
        base = QPointF(tip.x() - ux * size, tip.y() - uy * size)
        path = QPainterPath(start)
        path.lineTo(base)
        self.setPath(path)
        head = QPainterPath()
        half = size * 0.5
        head.addPolygon(QPolygonF([tip, QPointF(base.x() + nx_ * half, base.y() + ny_ * half),
                                   QPointF(base.x() - nx_ * half, base.y() - ny_ * half), tip]))
        self.head.setPath(head)
