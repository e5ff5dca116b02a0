"""The projector window: what the whole class may see, in large type, nothing secret."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from app import i18n
from app.core.state import SessionState
from app.ui.controller import SessionController
from app.ui.courtroom.page import PhaseStepper
from app.ui.courtroom.seatmap import SeatMap
from app.ui.retranslate import Retranslating

TITLE_PT, BODY_PT, NAME_PT = 36, 24, 18  # UX.md: body at least 24 pt, names at least 18 pt


class ProjectorWindow(Retranslating, QWidget):
    """A second top-level window, on a second screen when there is one."""

    def __init__(self, controller: SessionController):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector_window")
        self._controller = controller
        self._title = QLabel(objectName="projector_title", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self._phase = QLabel(objectName="projector_phase", alignment=Qt.AlignmentFlag.AlignCenter)
        self._rule = QLabel(objectName="projector_rule", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        for label, size in ((self._title, TITLE_PT), (self._phase, BODY_PT), (self._rule, BODY_PT)):
            font = label.font()
            font.setPointSize(size)
            font.setBold(label is self._title)
            label.setFont(font)
        self.stepper = PhaseStepper(self)
        font = self.stepper.font()
        font.setPointSize(BODY_PT)
        self.stepper.setFont(font)
        self.stepper.hide()  # the phase line below says the same, larger
        self.seat_map = SeatMap(self, interactive=False, name_pt=NAME_PT, jury_columns=4)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._phase)
        layout.addWidget(self._rule)
        scroll = QScrollArea(objectName="projector_scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.seat_map)
        self.evidence = QTextBrowser(objectName="projector_evidence")
        font = self.evidence.font()
        font.setPointSize(BODY_PT)
        self.evidence.setFont(font)
        self.evidence.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.evidence)
        layout.addWidget(self.stack, 1)
        self._evidence_id: str | None = None
        self.network = None  # the influence network, when the teacher puts it on the wall
        controller.state_changed.connect(self.render)
        self.render(controller.state)
        self._retranslate()

    def place(self) -> None:
        """Full screen on a second screen when there is one, else a large window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    def show_network(self, on: bool) -> None:
        """The influence network, live, revealed rounds only (nothing private), or back to the seats."""
        if on and self.network is None:
            from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox

            from app.ui.network.graph_view import GraphView

            self.network = GraphView(self._controller, self, revealed_only=True)
            for control in self.network.findChildren(QAbstractButton) + self.network.findChildren(QComboBox) + \
                    self.network.findChildren(QAbstractSlider):
                control.hide()  # the wall shows the picture; the teacher works the controls on the laptop
            self.stack.addWidget(self.network)
        if on:
            self.stack.setCurrentWidget(self.network)
            self.network.fit_to_window()
        else:
            self.stack.setCurrentIndex(0)

    def show_evidence(self, evidence_id: str | None) -> None:
        """Put an exhibit on the wall for the class (None: back to the seat map)."""
        self._evidence_id = evidence_id
        self.render(self._controller.state)

    def render(self, state: SessionState, _event=None) -> None:
        if not state.created:
            return
        lang = i18n.current()
        item = next((e for e in state.meta.case.evidence if e.id == self._evidence_id), None)
        if item is not None and state.phase == "trial":
            picture = f'<p><img src="{item.picture}" width="600"></p>' if item.picture else ""
            self.evidence.setHtml(f"<h1>{_esc(item.title.pick(lang))}</h1>{picture}"
                                  + "".join(f"<p>{_esc(p)}</p>" for p in item.text.pick(lang).split("\n\n")))
            self.stack.setCurrentWidget(self.evidence)
        elif self.network is None or self.stack.currentWidget() is not self.network:
            self.stack.setCurrentIndex(0)
        self._title.setText(state.meta.case.title.pick(i18n.current()))
        self.stepper.set_phase(state.phase)
        step = self.stepper.current_step()
        names = {None: self.tr("Setting up the court"), "trial": self.tr("Trial"),
                 "charge": self.tr("Judge's charge"), "deliberation": self.tr("Deliberation"),
                 "verdict": self.tr("Verdict"), "debrief": self.tr("Debrief")}
        self._phase.setText(names[step])
        outcome = state.outcome
        if outcome.vote_no is not None and state.phase in ("verdict", "sentencing", "debrief", "closed"):
            words = {"guilty": self.tr("Guilty"), "not_guilty": self.tr("Not guilty")}
            verdict = words.get(outcome.verdict or "", self.tr("The jury could not agree"))
            self._phase.setText(self.tr("Verdict: {verdict}").format(verdict=verdict))
            if outcome.verdict:
                from app.core.counting import vote_outcome

                vote = next(v for v in state.votes if v.no == outcome.vote_no)
                decided = vote_outcome(state, vote)
                words = {"yes": self.tr("Yes"), "no": self.tr("No"), "none": self.tr("No answer")}
                answers = [self.tr("Question {n}: {answer}").format(n=i, answer=words[r.answer])
                           for i, r in enumerate(decided.questions, 1)]
                self._rule.setText("\n".join([" · ".join(answers), i18n.text(decided.rule)]))
        else:
            self._rule.setText("")
        self.seat_map.render(state)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alqa: projector"))
        self.render(self._controller.state)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
