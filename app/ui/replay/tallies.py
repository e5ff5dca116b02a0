"""The counts a replay shows at its event: stances of the rounds shown to the class, the vote, the verdict.

Only what the class had seen by then: a round's stances once revealed, a secret vote's ballots once
the box was opened. Built from the state alone (`app.core.counting.vote_outcome` for the vote).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.counting import vote_outcome
from app.core.state import SessionState
from app.ui import theme
from app.ui.network.charts import ChartData
from app.ui.retranslate import Retranslating

GUILTY, NOT_GUILTY, UNDECIDED = "#D55E00", "#0072B2", "#8C8C8C"  # Okabe-Ito, with a shape beside each


def _table(name: str, columns: int, *stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns, objectName=name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)  # one line a row; a long question is cut with "…" and shown whole in its tooltip
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns fit; the panel scrolls
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # these share what is left; the others fit their contents
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    return table


def _fit(table: QTableWidget) -> None:
    """As tall as its rows: the panel scrolls as a whole, not each table."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def _item(text: str, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if colour:
        item.setForeground(QColor(colour))
    return item


class ReplayTallies(Retranslating, QWidget):
    """Stances per round (revealed ones), the latest vote's tally and rule, and the verdict."""

    def __init__(self, source, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("replay_tallies")
        self._source = source
        self.verdict = QLabel(objectName="replay_verdict", wordWrap=True)
        theme.enlarge(self.verdict, 1.5)
        self.stances = _table("replay_stances", 4, 1, 2, 3)
        self.legend = QLabel(objectName="replay_legend", wordWrap=True)
        self.vote_status = QLabel(objectName="replay_vote_status", wordWrap=True)
        self.votes = _table("replay_votes", 4, 0)
        self.rule = QLabel(objectName="replay_rule", wordWrap=True)
        self._stance_box = QGroupBox(objectName="stances_box")
        box = QVBoxLayout(self._stance_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.stances)
        box.addWidget(self.legend)
        self._vote_box = QGroupBox(objectName="vote_box")
        box = QVBoxLayout(self._vote_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.vote_status)
        box.addWidget(self.votes)
        box.addWidget(self.rule)
        inner = QWidget(objectName="replay_tallies_inner")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.verdict)
        layout.addWidget(self._stance_box)
        layout.addWidget(self._vote_box)
        layout.addStretch(1)
        self._scroll = QScrollArea(objectName="replay_tallies_scroll", widgetResizable=True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(inner)  # a narrow panel or large text scrolls instead of pushing the window wider
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        source.state_changed.connect(self.render)
        self._retranslate()

    def _retranslate(self) -> None:
        self._stance_box.setTitle(self.tr("Stances shown to the class"))
        words = (self.tr("Round"), self.tr("■ guilty"), self.tr("● not guilty"), self.tr("○ undecided"))
        for col, (head, word) in enumerate(zip((words[0], "■", "●", "○"), words, strict=True)):
            item = QTableWidgetItem(head)  # a shape on top, its word in the legend below: narrow columns in any language
            item.setToolTip(word)
            self.stances.setHorizontalHeaderItem(col, item)
        self.legend.setText(" · ".join(words[1:]))
        self.stances.setAccessibleName(self.tr("Stances per round"))
        self._vote_box.setTitle(self.tr("The vote"))
        self.votes.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Yes"), self.tr("No"), self.tr("Blank")])
        self.votes.setAccessibleName(self.tr("Tally of the vote"))
        self._scroll.setAccessibleName(self.tr("Tallies and verdict"))
        self.render(self._source.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # large text on or off: the tables take their new height
            self.render(self._source.state)

    def render(self, state: SessionState, _event=None) -> None:
        """Show `state`'s counts; never writes."""
        self._render_stances(state)
        self._render_vote(state)
        self._render_verdict(state)

    def _render_stances(self, state: SessionState) -> None:
        shown = {t[0]: t[1:] for t in ChartData.of(state, revealed_only=True).tallies} if state.created else {}
        rounds, panel = state.rounds, len(state.deliberators())
        self.stances.clearSpans()
        self.stances.setRowCount(len(rounds))
        for row, r in enumerate(rounds):
            self.stances.setItem(row, 0, _item(str(r.no)))  # under the column "Round"
            counts = shown.get(r.no)
            if counts:
                for col, (n, colour) in enumerate(zip(counts, (GUILTY, NOT_GUILTY, UNDECIDED), strict=True), 1):
                    self.stances.setItem(row, col, _item(str(n), colour))
                continue
            hidden = _item(self.tr("not shown: {answered}/{panel} answered").format(answered=len(r.stances),
                                                                                  panel=panel))
            hidden.setToolTip(hidden.text())
            self.stances.setItem(row, 1, hidden)
            self.stances.setSpan(row, 1, 1, 3)  # how many answered, never what
            for col in (2, 3):
                self.stances.setItem(row, col, _item(""))
        _fit(self.stances)

    def _render_vote(self, state: SessionState) -> None:
        vote = state.vote
        outcome = vote_outcome(state, vote) if vote and vote.revealed and not vote.annulled else None
        if vote is None:
            status = self.tr("No vote yet.")
        elif vote.annulled:
            status = self.tr("Vote {no} was annulled.").format(no=vote.no)
        elif not vote.revealed:
            status = self.tr("Vote {no}: {voted} of {total} have voted; the ballots are not revealed yet.").format(
                no=vote.no, voted=len(vote.voters), total=len(state.panel()))
        else:
            status = self.tr("Vote {no}: the ballots are revealed.").format(no=vote.no)
        self.vote_status.setText(status)
        self.vote_status.setAccessibleName(status)
        lang = i18n.current()
        texts = {q.id: q.text.pick(lang) for q in state.meta.case.questions} if state.created else {}
        rows = outcome.questions if outcome else ()
        self.votes.setRowCount(len(rows))
        for row, q in enumerate(rows):
            question = _item(texts.get(q.id, q.id))
            question.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            question.setToolTip(question.text())
            self.votes.setItem(row, 0, question)
            for col, n in enumerate((q.yes, q.no, q.blank), 1):
                self.votes.setItem(row, col, _item(str(n)))
        self.votes.setVisible(bool(rows))
        _fit(self.votes)
        self.rule.setText(i18n.text(outcome.rule) if outcome else "")
        self.rule.setVisible(outcome is not None)

    def _render_verdict(self, state: SessionState) -> None:
        result = state.outcome
        if result.hung:
            text = self.tr("Verdict: the jury could not agree (hung jury)")
        elif result.verdict == "guilty":
            text = self.tr("Verdict: ■ guilty")
        elif result.verdict == "not_guilty":
            text = self.tr("Verdict: ● not guilty")
        else:
            text = self.tr("No verdict yet")
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
