"""One member's deliberation on one card: talk, stances, who moved them and whom they moved, metrics, votes."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.influence import Network, reported_graph
from app.core.metrics import Metrics, explain
from app.ui import theme
from app.ui.retranslate import Retranslating

GUILTY, NOT_GUILTY, UNDECIDED = "#D55E00", "#0072B2", "#8C8C8C"
_CAT = {1.0: "guilty", -1.0: "not_guilty", 0.0: "undecided"}
_COLOUR = {"guilty": GUILTY, "not_guilty": NOT_GUILTY, "undecided": UNDECIDED}
_SYMBOL = {"guilty": "■", "not_guilty": "●", "undecided": "○"}
SHOWN_METRICS = ("in_strength", "out_strength", "pagerank", "betweenness", "reciprocity", "persuasion",
                 "movement", "flips")


class MemberCard(Retranslating, QWidget):
    """Everything the deliberation says about one member (only what the class has seen, by default)."""

    def __init__(self, controller, parent=None, *, revealed_only: bool = True):
        super().__init__(parent)
        self._controller, self._revealed_only = controller, revealed_only
        self._member_id: str | None = None
        self._title = QLabel(objectName="member_title")
        theme.enlarge(self._title, 1.4)
        self._talk = QLabel(objectName="talk")
        self._stances = QTableWidget(0, 2, objectName="stances")
        self._stances.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._stances.verticalHeader().setVisible(False)
        self._stances.horizontalHeader().setStretchLastSection(True)
        self._moved_by = QLabel(objectName="moved_by", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._moved = QLabel(objectName="moved", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self._metrics = QFormLayout()
        self._metric_labels = {m: (QLabel(objectName=f"metric_{m}_name"), QLabel(objectName=f"metric_{m}"))
                               for m in SHOWN_METRICS}
        for name, value in self._metric_labels.values():
            self._metrics.addRow(name, value)
        self._votes = QLabel(objectName="votes", wordWrap=True)
        self._boxes = {k: QGroupBox(objectName=f"{k}_box") for k in ("stances", "influence", "metrics", "votes")}
        _fill(self._boxes["stances"], self._stances)
        _fill(self._boxes["influence"], self._moved_by, self._moved)
        self._boxes["metrics"].setLayout(self._metrics)
        _fill(self._boxes["votes"], self._votes)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self._title)
        column.addWidget(self._talk)
        for box in self._boxes.values():
            column.addWidget(box)
        column.addStretch(1)
        self._scroll = QScrollArea(objectName="member_scroll", widgetResizable=True)
        self._scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        controller.state_changed.connect(self.render)
        self._retranslate()

    def _retranslate(self) -> None:
        self._boxes["stances"].setTitle(self.tr("Stances, round by round"))
        self._boxes["influence"].setTitle(self.tr("Influence (reported)"))
        self._boxes["metrics"].setTitle(self.tr("Metrics"))
        self._boxes["votes"].setTitle(self.tr("Votes"))
        self._stances.setHorizontalHeaderLabels([self.tr("Round"), self.tr("Stance (confidence)")])
        self._stances.setAccessibleName(self.tr("Stances, round by round"))
        self._scroll.setAccessibleName(self.tr("Member card"))
        names = {
            "in_strength": self.tr("Moved by others"), "out_strength": self.tr("Moved others"),
            "pagerank": self.tr("PageRank"), "betweenness": self.tr("Bridge between camps"),
            "reciprocity": self.tr("Two-way links"), "persuasion": self.tr("Persuasion"),
            "movement": self.tr("Own movement"), "flips": self.tr("Changes of stance"),
        }
        for metric, (name, value) in self._metric_labels.items():
            tip = i18n.text(explain(metric))
            name.setText(names[metric])
            for label in (name, value):
                label.setToolTip(tip)
            value.setAccessibleName(names[metric])
            value.setAccessibleDescription(tip)
        self.render(self._controller.state)

    def show_member(self, member_id: str | None) -> None:
        """Show one member's card (None: nobody chosen yet)."""
        self._member_id = member_id
        self.render(self._controller.state)

    def member_id(self) -> str | None:
        return self._member_id

    def render(self, state, _event=None) -> None:
        """Show the chosen member in `state`; never writes."""
        m = self._member_id
        net = Network.of(state, revealed_only=self._revealed_only)
        if m is None or m not in net.members:
            self._title.setText(self.tr("Choose a member in the network or the charts."))
            self._talk.clear()
            self._stances.setRowCount(0)
            for label in (self._moved_by, self._moved, self._votes):
                label.clear()
            for _, value in self._metric_labels.values():
                value.clear()
            return
        k = net.members.index(m)
        role, seat, name = net.info[m]
        from app.ui.courtroom.stance_check import seat_title

        shown = seat_title(self._controller.state, seat) if seat else ""
        self._title.setText(self.tr("{name}, {seat}").format(name=name, seat=shown) if seat else name)
        seconds, turns = int(net.talk[:, k].sum()), int(net.turns[:, k].sum())
        self._talk.setText(self.tr("Talk time: {minutes}:{seconds:02d} min. Turns taken: {turns}.")
                           .format(minutes=seconds // 60, seconds=seconds % 60, turns=turns))
        self._render_stances(net, k)
        self._render_influence(state, m)
        self._render_metrics(state, m)
        self._render_votes(state, m)

    def _render_stances(self, net: Network, k: int) -> None:
        rows = [(no, _CAT[float(net.cat[r, k])], int(net.confidence[r, k]))
                for r, no in enumerate(net.round_nos) if not np.isnan(net.cat[r, k])]
        self._stances.setRowCount(len(rows))
        for i, (no, stance, confidence) in enumerate(rows):
            words = self.tr("{symbol} {stance} ({confidence}%)").format(
                symbol=_SYMBOL[stance], stance=self._stance_word(stance), confidence=confidence)
            item = QTableWidgetItem(words)
            item.setForeground(QColor(_COLOUR[stance]))
            self._stances.setItem(i, 0, QTableWidgetItem(str(no)))
            self._stances.setItem(i, 1, item)
        if not rows:
            self._stances.setRowCount(1)
            self._stances.setItem(0, 1, QTableWidgetItem(self.tr("No stance shown yet.")))
        self._stances.setFixedHeight(self._stances.horizontalHeader().height() + 4
                                     + sum(self._stances.rowHeight(i) for i in range(self._stances.rowCount())))

    def _stance_word(self, stance: str) -> str:
        return {"guilty": self.tr("guilty"), "not_guilty": self.tr("not guilty"),
                "undecided": self.tr("undecided")}[stance]

    def _render_influence(self, state, m: str) -> None:
        g = reported_graph(state, revealed_only=self._revealed_only)
        names = state.people.names
        came = [self._edge(names.get(src, src), d) for src, _, d in sorted(g.in_edges(m, data=True))]
        went = [self._edge(names.get(dst, dst), d) for _, dst, d in sorted(g.out_edges(m, data=True))]
        none = html.escape(self.tr("nobody reported"))
        self._moved_by.setText("<b>{}</b><br>{}".format(html.escape(self.tr("Moved by (arrows into this member):")),
                                                         "<br>".join(came) or none))
        self._moved.setText("<b>{}</b><br>{}".format(html.escape(self.tr("Moved (arrows from this member):")),
                                                      "<br>".join(went) or none))

    def _edge(self, name: str, data: dict) -> str:
        """One arrow in words: the other member, the direction (colour and symbol) and how many reports."""
        parts = []
        for toward in ("guilty", "not_guilty"):
            n = int(data.get(toward, 0))
            if n:
                word = self.tr("toward {stance} ×{n}").format(stance=self._stance_word(toward), n=n)
                parts.append(f'<span style="color:{_COLOUR[toward]}">{_SYMBOL[toward]}</span> {html.escape(word)}')
        return f"{html.escape(name)}: {', '.join(parts)}"

    def _render_metrics(self, state, m: str) -> None:
        metrics = Metrics.compute(state, ("reported",), revealed_only=self._revealed_only).members.get(m)
        for metric, (_, value) in self._metric_labels.items():
            x = getattr(metrics, metric, None) if metrics else None
            value.setText("—" if x is None else (str(x) if isinstance(x, int) else f"{x:.2f}"))

    def _render_votes(self, state, m: str) -> None:
        if state.meta.ballot != "open":
            self._votes.setText(self.tr("Votes are secret in this session."))
            return
        lines = []
        for vote in state.votes:
            answers = vote.open_ballots.get(m)
            if answers:
                said = ", ".join(f"{q}: {a}" for q, a in answers)
                lines.append(self.tr("Vote {no}: {answers}").format(no=vote.no, answers=said))
        self._votes.setText("\n".join(lines) or self.tr("No votes cast yet."))


def _fill(box: QGroupBox, *widgets: QWidget) -> None:
    layout = QVBoxLayout(box)
    for w in widgets:
        layout.addWidget(w)
