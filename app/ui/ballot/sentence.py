"""The sentence: the panel votes on it where the court says so (kz, fr, jp); elsewhere the judge gives it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core import events as ev
from app.core.errors import AlqaError
from app.core.rules_trial import sentence_ballots
from app.core.sentencing import Penalty, SentencingRules, sentence
from app.core.state import SessionState
from app.ui.controller import SessionController
from app.ui.retranslate import Retranslating


class SentencePanel(Retranslating, QWidget):
    """Round after round of the panel's sentencing vote, counted by the court's own rule."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sentence_panel")
        self.controller = controller
        self.intro = QLabel(objectName="sentence_intro", wordWrap=True)
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.count = QPushButton(objectName="count_sentence", clicked=self._count)
        self.outcome = QLabel(objectName="sentence_outcome", wordWrap=True)
        self.judge_text = QLineEdit(objectName="judge_sentence", maxLength=300)
        self.judge_years = QDoubleSpinBox(objectName="judge_years", minimum=0, maximum=100, decimals=1)
        self.record = QPushButton(objectName="record_sentence", clicked=self._record)
        self.debrief = QPushButton(objectName="to_debrief",
                                   clicked=lambda: controller.append(ev.PhaseStarted("debrief")))
        self._judge_form = QFormLayout()
        self._judge_labels = (QLabel(), QLabel())
        for label, field in zip(self._judge_labels, (self.judge_text, self.judge_years), strict=True):
            label.setBuddy(field)
            self._judge_form.addRow(label, field)
        row = QHBoxLayout()
        for button in (self.count, self.record, self.debrief):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addLayout(self._judge_form)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(lambda error: self.isVisible() and self.outcome.setText(i18n.text(error.msg)))
        self._retranslate()

    def _by_panel(self, state: SessionState) -> bool:
        return SentencingRules.of(state.meta.model).by == "panel"

    def penalties(self, state: SessionState) -> list[tuple[str, Penalty | None]]:
        """The choices on a ballot: no vote, 1 to 30 years, life, and death where the court's rules name it."""
        out: list[tuple[str, Penalty | None]] = [(self.tr("—"), None)]
        out += [(i18n.text(Penalty("prison", y).msg()), Penalty("prison", y)) for y in range(1, 31)]
        out.append((i18n.text(Penalty("life").msg()), Penalty("life")))
        if "death" in str(state.meta.model.sentencing):
            out.append((i18n.text(Penalty("death").msg()), Penalty("death")))
        return out

    def render(self, state: SessionState, _event=None) -> None:
        if not state.created or state.phase not in ("sentencing", "debrief"):
            return
        panel, done = self._by_panel(state), bool(state.outcome.sentence)
        members = state.panel() if panel else {}
        if list(self.combos) != list(members):
            self._build(state, members)
        self.count.setVisible(panel and not done)
        for widget in (self.judge_text, self.judge_years, *self._judge_labels):
            widget.setVisible(not panel and not done)
        self.record.setVisible(not done and (not panel or self._imposed(state) is not None))
        self.debrief.setVisible(state.phase == "sentencing" and done)
        if done:
            self.outcome.setText(self.tr("Sentence: {sentence}").format(sentence=state.outcome.sentence))

    def _build(self, state: SessionState, members: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for seat, member in members.items():
            combo = QComboBox(objectName=f"sentence_{seat}")
            for text, penalty in self.penalties(state):
                combo.addItem(text, penalty)
            name = state.people.names[member]
            combo.setAccessibleName(self.tr("Sentence proposed by {name}").format(name=name))
            self.form.addRow(name, combo)
            self.combos[seat] = combo

    def _ballots(self) -> tuple[tuple[str, str], ...]:
        """This round's show of hands as the log records it: (role, proposal or "")."""
        out = []
        for seat, combo in self.combos.items():
            penalty: Penalty | None = combo.currentData()
            out.append((seat.split("-")[0], str(penalty.to_json()) if penalty else ""))
        return tuple(out)

    def _result(self, state: SessionState):
        if not state.outcome.sentence_rounds:
            return None
        try:
            return sentence(state.meta.model, sentence_ballots(state, state.outcome.sentence_rounds),
                            jurors_sitting=len(state.people.seated("juror")))
        except AlqaError:
            return None

    def _imposed(self, state: SessionState):
        result = self._result(state)
        return result if result is not None and result.status == "imposed" else None

    def _count(self) -> None:
        state = self.controller.state
        if not self.controller.append(ev.SentenceRoundVoted(len(state.outcome.sentence_rounds) + 1,
                                                            self._ballots())):
            return
        state = self.controller.state
        result = self._result(state)
        self.outcome.setText(self.tr("Round {n}: {rule}").format(n=len(state.outcome.sentence_rounds),
                                                                 rule=i18n.text(result.rule)))
        self.outcome.setAccessibleName(self.outcome.text())
        for combo in self.combos.values():
            combo.setCurrentIndex(0)  # the next round starts afresh
        self.render(state)

    def _record(self) -> None:
        state = self.controller.state
        if self._by_panel(state):
            result = self._imposed(state)
            penalty = result.penalty
            years = penalty.years if penalty.kind == "prison" else None
            self.controller.append(ev.SentenceDeclared(i18n.text(penalty.msg()), years, "panel"))
            return
        years = self.judge_years.value() or None
        self.controller.append(ev.SentenceDeclared(self.judge_text.text().strip(), years, "judge"))

    def _retranslate(self) -> None:
        state = self.controller.state
        panel = state.created and self._by_panel(state)
        self.intro.setText(self.tr("In this court the judges and the jurors decide the sentence together. Record "
                                   "each member's proposal, then count the round.") if panel else
                           self.tr("In this court the judge alone gives the sentence."))
        self._judge_labels[0].setText(self.tr("The judge's &sentence:"))
        self._judge_labels[1].setText(self.tr("&Years in prison (0: none):"))
        for button, text in ((self.count, self.tr("&Count the round")), (self.record, self.tr("&Record the sentence")),
                             (self.debrief, self.tr("Go to the &debrief"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.judge_text.setAccessibleName(self.tr("The judge's sentence"))
        self.judge_years.setAccessibleName(self.tr("Years in prison"))
        self.combos = {}
        self.render(state)

