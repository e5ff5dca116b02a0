"""Ballot mode on the shared laptop: one voter at a time, one question at a time, nothing left behind.

Pass the laptop -> "I am ..." -> each question (keys 1, 2, 3 answer) -> review -> cast ->
"recorded, pass the laptop to ...". A one-question ballot takes three key presses: Enter, 1,
Enter. No screen keeps an earlier voter's answer: the answers live only until they are cast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app import i18n
from app.core.state import SessionState
from app.ui.controller import SessionController
from app.ui.pin import PinGate, teacher_allows
from app.ui.retranslate import Retranslating

BIG = 22


def voting_order(state: SessionState) -> list[tuple[str, str]]:
    """(seat, member) of those still to vote, in seat order: judges first, then jurors.

    Where the foreperson votes last (Russia, art. 342), juror 1 is the foreperson: the teacher
    seats the jury's choice there before the vote.
    """
    vote = state.vote
    done = set(vote.voters) if vote else set()
    order = [(seat, m) for seat, m in state.panel().items() if m not in done]
    if state.meta.model.order == "seat_foreperson_last":
        order.sort(key=lambda pair: pair[0] == "juror-1")
    return order


def _big(widget: QWidget, size: int = BIG) -> QWidget:
    font = widget.font()
    font.setPointSize(size)
    widget.setFont(font)
    return widget


class BallotWindow(Retranslating, QDialog):
    """Full-screen ballot mode over the main window."""

    def __init__(self, controller: SessionController, gate: PinGate, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ballot_window")
        self.controller, self.gate = controller, gate
        self._voter: tuple[str, str] | None = None
        self._answers: list[tuple[str, str]] = []
        self.pages = QStackedWidget(self)
        self.banner = _big(QLabel(objectName="open_banner", wordWrap=True), 14)
        self.prompt = _big(QLabel(objectName="prompt", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter), 28)
        self.i_am = _big(QPushButton(objectName="i_am"))
        self.code = _big(QLineEdit(objectName="voter_code", maxLength=4, echoMode=QLineEdit.EchoMode.Password))
        self.question = _big(QLabel(objectName="question", wordWrap=True), 24)
        self.answer_buttons = [_big(QPushButton(objectName=f"answer_{i}")) for i in (1, 2, 3)]
        self.review = _big(QLabel(objectName="review", wordWrap=True), 20)
        self.cast_button = _big(QPushButton(objectName="cast"))
        self.change = _big(QPushButton(objectName="change"), 16)
        self.recorded = _big(QLabel(objectName="recorded", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter), 28)
        self.next_button = _big(QPushButton(objectName="next_voter"))
        self.leave = QPushButton(objectName="leave_ballot")
        self.message = QLabel(objectName="ballot_message", wordWrap=True)
        self._build()
        self.i_am.clicked.connect(self._begin)
        for i, button in enumerate(self.answer_buttons):
            button.clicked.connect(lambda _=False, i=i: self._answer(i))
        self.cast_button.clicked.connect(self._cast)
        self.change.clicked.connect(self._restart)
        self.next_button.clicked.connect(self._next_voter)
        self.leave.clicked.connect(self.reject)
        self._retranslate()
        self._next_voter()

    def _build(self) -> None:
        for widgets in ((self.prompt, self.code, self.i_am), (self.question, *self.answer_buttons),
                        (self.review, self.cast_button, self.change), (self.recorded, self.next_button)):
            page = QWidget(self.pages)
            column = QVBoxLayout(page)
            column.addStretch(1)
            for widget in widgets:
                column.addWidget(widget)
            column.addStretch(1)
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.leave, 0, Qt.AlignmentFlag.AlignRight)

    # --- the flow ------------------------------------------------------------------------

    def _state(self) -> SessionState:
        return self.controller.state

    def _next_voter(self) -> None:
        order = voting_order(self._state())
        self._voter, self._answers = (order[0] if order else None), []
        self.message.setText("")
        if self._voter is None:
            self.recorded.setText(self.tr("Everyone has voted. Give the laptop back to the teacher."))
            self.recorded.setAccessibleName(self.recorded.text())
            self.next_button.hide()
            self.pages.setCurrentIndex(3)
            return
        seat, member = self._voter
        name = self._state().people.names[member]
        self.prompt.setText(self.tr("Pass the laptop to {seat}, {name}.").format(seat=self.seat_title(seat), name=name))
        self.prompt.setAccessibleName(self.prompt.text())
        self.i_am.setText(self.tr("I am {name}").format(name=name))
        self.i_am.setAccessibleName(self.i_am.text())
        self.code.clear()
        self.code.setVisible(self._state().meta.voter_codes)
        self.pages.setCurrentIndex(0)
        (self.code if self.code.isVisible() else self.i_am).setFocus()

    def _begin(self) -> None:
        """The voter says who they are (with their code, where the session uses codes)."""
        if self.code.isVisible():
            from app.core.codes import check_code

            stored = self._state().meta.voter_codes_issued.get(self._voter[1], "")
            typed, _ = self.code.text(), self.code.clear()
            if not stored:
                self.message.setText(self.tr("No ballot card was printed for this voter. Ask the teacher."))
                return
            if not check_code(typed, self._voter[1], stored):
                self.message.setText(self.tr("That is not the code on your ballot card. Try again."))
                return
        self.message.setText("")
        self._answers = []
        self._show_question()

    def _questions(self):
        state = self._state()
        by_id = {q.id: q for q in state.meta.case.questions}
        return [by_id[q] for q in state.vote.questions]

    def _show_question(self) -> None:
        questions = self._questions()
        if len(self._answers) == len(questions):
            return self._show_review()
        q = questions[len(self._answers)]
        self.question.setText(self.tr("Question {n} of {total}: {text}").format(
            n=len(self._answers) + 1, total=len(questions), text=q.text.pick(i18n.current())))
        self.question.setAccessibleName(self.question.text())
        labels = self.answer_labels(q.kind)
        for i, button in enumerate(self.answer_buttons):
            button.setVisible(i < len(labels))
            if i < len(labels):
                button.setText(f"{i + 1}  {labels[i][1]}")
                button.setAccessibleName(labels[i][1])
        self.pages.setCurrentIndex(1)
        self.answer_buttons[0].setFocus()
        return None

    def answer_labels(self, kind: str) -> list[tuple[str, str]]:
        """(answer, words) this court allows on a question of this kind."""
        yes, no = {"act": (self.tr("Yes, it is proven"), self.tr("No, it is not proven")),
                   "did": (self.tr("Yes, it is proven"), self.tr("No, it is not proven")),
                   "leniency": (self.tr("Yes, deserves leniency"), self.tr("No"))}.get(
            kind, (self.tr("Yes, guilty"), self.tr("No, not guilty")))
        labels = [("yes", yes), ("no", no)]
        if self._state().meta.model.blank != "refused":
            labels.append(("blank", self.tr("Blank ballot")))
        return labels

    def _answer(self, index: int) -> None:
        questions = self._questions()
        if self.pages.currentIndex() != 1 or len(self._answers) >= len(questions):
            return
        labels = self.answer_labels(questions[len(self._answers)].kind)
        if index < len(labels):
            self._answers.append((questions[len(self._answers)].id, labels[index][0]))
            self._show_question()

    def _show_review(self) -> None:
        lines = []
        for i, (q, (_qid, answer)) in enumerate(zip(self._questions(), self._answers, strict=True), 1):
            words = dict(self.answer_labels(q.kind))
            lines.append(self.tr("Question {n}: {answer}").format(n=i, answer=words[answer]))
        self.review.setText("\n".join(lines))
        self.review.setAccessibleName(self.review.text())
        self.pages.setCurrentIndex(2)
        self.cast_button.setFocus()

    def _restart(self) -> None:
        self._answers = []
        self._show_question()

    def _cast(self) -> None:
        seat, member = self._voter
        answers, self._answers = tuple(self._answers), []
        self._forget()  # nothing of this ballot stays on any screen
        if not self.controller.cast(self._state().vote.no, member, answers):
            self.message.setText(self.tr("The vote was not recorded. Vote again."))
            self._begin()
            return
        order = voting_order(self._state())
        if order:
            nxt_seat, nxt = order[0]
            self.recorded.setText(self.tr("Your vote is recorded. Pass the laptop to {seat}, {name}.").format(
                seat=self.seat_title(nxt_seat), name=self._state().people.names[nxt]))
        else:
            self.recorded.setText(self.tr("Your vote is recorded."))
        self.recorded.setAccessibleName(self.recorded.text())
        self.pages.setCurrentIndex(3)
        self.next_button.setFocus()

    def _forget(self) -> None:
        self.review.clear()
        self.review.setAccessibleName("")
        self.question.clear()
        self.question.setAccessibleName("")

    def seat_title(self, seat: str) -> str:
        role, _, n = seat.partition("-")
        return self.tr("Judge {n}").format(n=n) if role == "judge" else self.tr("Juror {n}").format(n=n)

    # --- keys and leaving ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        digit = event.text()
        if self.pages.currentIndex() == 1 and digit in ("1", "2", "3"):
            self._answer(int(digit) - 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            return  # a voter cannot leave ballot mode by accident; the teacher uses the button
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            step = {0: self._begin, 2: self._cast, 3: self._next_voter}.get(self.pages.currentIndex())
            if step and (self.pages.currentIndex() != 3 or self.next_button.isVisible()):
                step()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        why = self.tr("Leaving ballot mode needs the teacher PIN.")
        if teacher_allows(self.gate, self._state().meta.pin_hash, why, self):
            super().reject()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ballot"))
        open_vote = self._state().meta.ballot == "open"
        self.banner.setText(self.tr("Open vote: your name is recorded with your ballot.") if open_vote else
                            self.tr("Secret ballot: nobody can see how you vote."))
        self.banner.setAccessibleName(self.banner.text())
        for button, text in ((self.cast_button, self.tr("Cast my vote")), (self.change, self.tr("Change my answers")),
                             (self.next_button, self.tr("Continue")), (self.leave, self.tr("Leave ballot mode…"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.code.setPlaceholderText(self.tr("Your voter code"))
        self.code.setAccessibleName(self.tr("Your voter code"))

