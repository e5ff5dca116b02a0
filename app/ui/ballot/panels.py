"""The vote in the courtroom: who has voted (never how), reveal, then the verdict and the other courts."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app import i18n
from app.core import events as ev
from app.core.counting import verdict_answers, vote_outcome
from app.core.state import SessionState
from app.ui import theme
from app.ui.controller import SessionController
from app.ui.pin import teacher_allows
from app.ui.retranslate import Retranslating


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class VotingPanel(Retranslating, QWidget):
    """During a vote: the count of ballots cast, then the tally and what the court's rule gives."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voting_panel")
        self.controller = controller
        self.status = QLabel(objectName="vote_status", wordWrap=True)
        self.result = QTextBrowser(objectName="vote_result")
        self.message = QLabel(objectName="vote_message", wordWrap=True)
        self.buttons = {name: QPushButton(objectName=name) for name in
                        ("continue_vote", "reveal", "annul", "announce", "back_to_deliberation", "hung")}
        actions = {"continue_vote": self._ballot, "reveal": self._reveal, "annul": self._annul,
                   "announce": self._announce, "back_to_deliberation": self._back, "hung": self._hung}
        row = QHBoxLayout()
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.result, 1)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(lambda error: self.isVisible() and self.message.setText(i18n.text(error.msg)))
        self.ballot_window = None
        self._retranslate()

    def render(self, state: SessionState, _event=None) -> None:
        vote = state.vote
        if not state.created or vote is None or state.phase != "voting":
            return
        total, voted = len(state.panel()), len(vote.voters)
        self.status.setText(self.tr("Vote {no}: {voted} of {total} have voted.").format(
            no=vote.no, voted=voted, total=total))
        self.status.setAccessibleName(self.status.text())
        outcome = vote_outcome(state, vote) if vote.revealed else None
        shown = {"continue_vote": not vote.revealed and voted < total, "reveal": not vote.revealed and voted == total,
                 "annul": not vote.annulled and not vote.revealed, "announce": bool(outcome and outcome.verdict != "none"),
                 "back_to_deliberation": bool(outcome and outcome.verdict == "none"),
                 "hung": bool(outcome and outcome.verdict == "none" and state.meta.model.hung)}
        for name, button in self.buttons.items():
            button.setVisible(shown[name])
        self.result.setHtml(self._tally_html(state, vote, outcome) if outcome else "")

    def _tally_html(self, state: SessionState, vote, outcome) -> str:
        lang = i18n.current()
        texts = {q.id: q.text.pick(lang) for q in state.meta.case.questions}
        rows = "".join(f"<tr><td>{_esc(texts[r.id])}</td><td>{r.yes}</td><td>{r.no}</td><td>{r.blank}</td></tr>"
                       for r in outcome.questions)
        titles = (self.tr("Question"), self.tr("Yes"), self.tr("No"), self.tr("Blank"))
        head = "<tr>" + "".join(f"<th>{_esc(t)}</th>" for t in titles) + "</tr>"
        return f"<table border='1' cellpadding='6'>{head}{rows}</table><p>{_esc(i18n.text(outcome.rule))}</p>"

    # --- intents -------------------------------------------------------------------------

    def _ballot(self) -> None:
        from app.ui.ballot.window import BallotWindow

        self.ballot_window = BallotWindow(self.controller, self.controller.pin_gate, self.window())
        self.ballot_window.showFullScreen()

    def _allowed(self, why: str) -> bool:
        return teacher_allows(self.controller.pin_gate, self.controller.state.meta.pin_hash, why, self)

    def _reveal(self) -> None:
        if self._allowed(self.tr("Revealing the ballots needs the teacher PIN.")):
            self.controller.reveal(self.controller.state.vote.no)

    def _annul(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Annul the vote"),
                                          self.tr("Why is the whole vote annulled? (It is recorded.)"))
        if ok and reason.strip() and self._allowed(self.tr("Annulling a vote needs the teacher PIN.")):
            self.controller.annul(self.controller.state.vote.no, reason.strip())

    def _announce(self) -> None:
        state = self.controller.state
        outcome = vote_outcome(state, state.vote)
        self.controller.append(ev.VerdictDeclared(state.vote.no, outcome.verdict, verdict_answers(outcome)))

    def _back(self) -> None:
        self.controller.append(ev.PhaseStarted("deliberation"))

    def _hung(self) -> None:
        self.controller.append(ev.HungJuryDeclared(self.controller.state.vote.no))

    def _retranslate(self) -> None:
        texts = {"continue_vote": self.tr("Continue the vote"), "reveal": self.tr("Reveal the ballots…"),
                 "annul": self.tr("Annul the vote…"), "announce": self.tr("Announce the verdict"),
                 "back_to_deliberation": self.tr("Back to deliberation"), "hung": self.tr("Declare a hung jury")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text.rstrip("…"))
        self.result.setAccessibleName(self.tr("Tally and the rule that decides"))
        self.render(self.controller.state)


class VerdictPanel(Retranslating, QWidget):
    """The verdict, the rule that decided it, and what the other courts would have decided."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdict_panel")
        self.controller = controller
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        theme.enlarge(self.verdict, 2.2)
        self.details = QTextBrowser(objectName="verdict_details")
        self.to_sentence = QPushButton(objectName="to_sentencing",
                                       clicked=lambda: controller.append(ev.PhaseStarted("sentencing")))
        self.to_debrief = QPushButton(objectName="to_debrief",
                                      clicked=lambda: controller.append(ev.PhaseStarted("debrief")))
        row = QHBoxLayout()
        row.addWidget(self.to_sentence)
        row.addWidget(self.to_debrief)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(row)
        layout.addWidget(self.details, 1)
        controller.state_changed.connect(self.render)
        self._retranslate()

    def render(self, state: SessionState, _event=None) -> None:
        if not state.created or state.phase != "verdict" or state.outcome.vote_no is None:
            return
        outcome = state.outcome
        words = {"guilty": self.tr("Guilty"), "not_guilty": self.tr("Not guilty")}
        self.verdict.setText(self.tr("Verdict: {verdict}").format(
            verdict=words.get(outcome.verdict or "", self.tr("The jury could not agree (hung jury)"))))
        self.verdict.setAccessibleName(self.verdict.text())
        self.to_sentence.setVisible(outcome.verdict == "guilty")
        vote = next(v for v in state.votes if v.no == outcome.vote_no)
        self.details.setHtml(self._details_html(state, vote))

    def _details_html(self, state: SessionState, vote) -> str:
        from app.core.compare import compare_vote
        from app.store.library import with_variants

        decided = vote_outcome(state, vote)
        by_id = {q.id: q for q in state.meta.case.questions}
        others = compare_vote(state, vote, with_variants())
        lang = i18n.current()
        answers = {"yes": self.tr("Yes"), "no": self.tr("No"), "none": self.tr("No answer")}
        per_question = "".join(f"<tr><td>{_esc(by_id[r.id].text.pick(lang))}</td><td><b>{_esc(answers[r.answer])}"
                               f"</b></td></tr>" for r in decided.questions)
        rows = "".join(f"<tr><td>{_esc(c.model.names.pick(lang))}</td><td>{_esc(i18n.text(c.outcome.rule))}</td>"
                       f"<td>{_esc(i18n.text(c.mapping))}</td></tr>" for c in others)
        titles = (self.tr("Court"), self.tr("What it would decide"), self.tr("How the ballots were fitted"))
        head = "<tr>" + "".join(f"<th>{_esc(t)}</th>" for t in titles) + "</tr>"
        others_title = self.tr("Under the other courts")
        return (f"<table border='1' cellpadding='6'>{per_question}</table>"
                f"<p>{_esc(i18n.text(decided.rule))}</p><h3>{_esc(others_title)}</h3>"
                f"<table border='1' cellpadding='6'>{head}{rows}</table>")

    def _retranslate(self) -> None:
        self.details.setAccessibleName(self.tr("The rule that decided, and the other courts"))
        for button, text in ((self.to_sentence, self.tr("Go to the &sentence")),
                             (self.to_debrief, self.tr("Go to the &debrief"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.render(self.controller.state)

