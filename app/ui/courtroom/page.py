"""The courtroom: the case and the court at the top, the phase stepper, the seat map."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core import events as ev
from app.core.describe import summary
from app.core.errors import AlqaError
from app.core.state import SessionState
from app.ui import theme
from app.ui.controller import SessionController
from app.ui.courtroom.seatmap import SeatMap
from app.ui.retranslate import Retranslating

STEPS = ("trial", "charge", "deliberation", "verdict", "debrief")
PANELS = {  # phase -> the work area shown in the courtroom's second tab
    "trial": ("app.ui.courtroom.trial", "TrialPanel"),
    "charge": ("app.ui.courtroom.charge", "ChargePanel"),
    "deliberation": ("app.ui.courtroom.deliberation", "DeliberationPanel"),
    "voting": ("app.ui.ballot.panels", "VotingPanel"),
    "verdict": ("app.ui.ballot.panels", "VerdictPanel"),
    "sentencing": ("app.ui.ballot.sentence", "SentencePanel"),
}
PHASE_STEP = {"setup": -1, "trial": 0, "charge": 1, "deliberation": 2, "voting": 2, "verdict": 3,
              "sentencing": 3, "debrief": 4, "closed": 4}


class PhaseStepper(Retranslating, QWidget):
    """Trial -> Judge's charge -> Deliberation -> Verdict -> Debrief, the current one marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phase_stepper")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._labels = []
        for step in STEPS:
            label = QLabel(objectName=f"step_{step}", alignment=Qt.AlignmentFlag.AlignCenter)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMinimumHeight(36)
            self._labels.append(label)
            row.addWidget(label, 1)
        self._current = -1
        self._retranslate()

    def set_phase(self, phase: str) -> None:
        self._current = PHASE_STEP.get(phase, -1)
        self._retranslate()

    def current_step(self) -> str | None:
        return STEPS[self._current] if self._current >= 0 else None

    def _names(self) -> list[str]:
        return [self.tr("Trial"), self.tr("Judge's charge"), self.tr("Deliberation"), self.tr("Verdict"),
                self.tr("Debrief")]

    def step_name(self, phase: str) -> str:
        if phase == "voting":
            return self.tr("Vote")
        if phase == "sentencing":
            return self.tr("Sentence")
        step = PHASE_STEP.get(phase, -1)
        return self._names()[step] if step >= 0 else ""

    def _retranslate(self) -> None:
        names = self._names()
        for i, (label, name) in enumerate(zip(self._labels, names, strict=True)):
            done, now = i < self._current, i == self._current
            text = f"✓ {name}" if done else (f"▶ {name}" if now else name)
            label.setText(text)
            state = self.tr("done") if done else (self.tr("current step") if now else self.tr("to come"))
            label.setAccessibleName(self.tr("{step}: {state}").format(step=name, state=state))
            weight = "bold" if now else "normal"
            border = "3px solid palette(highlight)" if now else "1px solid palette(mid)"
            label.setStyleSheet(f"QLabel {{ font-weight: {weight}; border: {border}; border-radius: 4px; }}")


class CourtroomPage(Retranslating, QWidget):
    """Everyone seated; the later phases are run from here (issue [4])."""

    home_requested = Signal()
    projector_requested = Signal()
    evidence_requested = Signal(str)  # an exhibit to show on the projector
    network_on_projector = Signal(bool)

    def __init__(self, controller: SessionController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("courtroom")
        self._controller = controller
        self._swapping = False
        self.export_dialog = None
        self._last_phase: str | None = None
        self._title = QLabel(objectName="case_title", wordWrap=True)
        theme.enlarge(self._title, 1.6)
        self._court = QLabel(objectName="court_summary", wordWrap=True)
        self._status = QLabel(objectName="status", wordWrap=True)
        self._status.setAccessibleName("")
        self._home = QPushButton(objectName="home")
        self._projector = QPushButton(objectName="projector")
        self._leaves = QPushButton(objectName="juror_leaves")
        self._leaves.clicked.connect(self._juror_leaves)
        self._cards = QPushButton(objectName="ballot_cards")
        self._cards.clicked.connect(self._print_cards)
        self._export = QPushButton(objectName="export")
        self._export.clicked.connect(self._open_export)
        self._end = QPushButton(objectName="end_session")
        self._end.clicked.connect(self._end_session)
        self._open_vote = QPushButton(objectName="open_vote")
        self._open_vote.clicked.connect(self._vote)
        self._start = QPushButton(objectName="start_trial")
        self._start.clicked.connect(lambda: self._controller.append(ev.PhaseStarted("trial")))
        self._home.clicked.connect(self.home_requested)
        self._projector.clicked.connect(self.projector_requested)
        self.stepper = PhaseStepper(self)
        self.seat_map = SeatMap(self)
        self.seat_map.swap_requested.connect(self._swap)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._title)
        titles.addWidget(self._court)
        header.addLayout(titles, 1)
        header.addWidget(self._start, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._open_vote, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._leaves, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._cards, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._export, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._end, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._projector, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._home, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stepper)
        self._scroll = scroll = QScrollArea(objectName="seat_scroll", widgetResizable=True,
                                            frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.seat_map)  # large text on a small screen scrolls instead of clipping
        self.phase_panels = QStackedWidget(objectName="phase_panels")
        self._panels: dict[str, QWidget] = {}
        self.tabs = QTabWidget(objectName="courtroom_tabs")
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self._scrolled(self.phase_panels, "phase_scroll"), "")
        self.tabs.addTab(QWidget(objectName="network_not_built"), "")  # the network, built when first shown
        self.tabs.addTab(QWidget(objectName="lab_not_built"), "")  # the what-if lab, likewise
        self.network = None
        self.lab = None
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._status)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(self._show_rejection)
        self._retranslate()
        self.render(controller.state)

    @staticmethod
    def _scrolled(widget: QWidget, name: str) -> QScrollArea:
        area = QScrollArea(objectName=name, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def panel(self, phase: str) -> QWidget | None:
        """The work area of a phase (the trial checklist, the judge's charge), built when first needed."""
        if phase not in PANELS:
            return None
        if phase not in self._panels:
            module, name = PANELS[phase]
            cls = getattr(importlib.import_module(module), name)
            widget = cls(self._controller, self.phase_panels)
            if hasattr(widget, "show_on_projector"):
                widget.show_on_projector.connect(self.evidence_requested)
            self._panels[phase] = widget
            self.phase_panels.addWidget(widget)
        return self._panels[phase]

    def _tab_shown(self, index: int) -> None:
        if index == 3 and self.lab is None:
            from app.ui.lab.panel import LabPanel

            self.lab = LabPanel(self._controller)
            with QSignalBlocker(self.tabs):
                self.tabs.removeTab(3)
                self.tabs.insertTab(3, self._scrolled(self.lab, "lab_scroll"), self.tr("&What if?"))
                self.tabs.setCurrentIndex(3)
        if index == 2 and self.network is None:
            from app.ui.network.panel import NetworkPanel

            self.network = NetworkPanel(self._controller)
            self.network.on_projector.connect(self.network_on_projector)
            with QSignalBlocker(self.tabs):
                self.tabs.removeTab(2)
                self.tabs.insertTab(2, self.network, self.tr("&Network"))
                self.tabs.setCurrentIndex(2)

    def _show_phase(self, state: SessionState, event) -> None:
        self.tabs.setTabVisible(2, bool(state.rounds))  # the network, once the panel has deliberated
        self.tabs.setTabVisible(3, bool(state.rounds) and (state.phase in ("verdict", "sentencing", "debrief", "closed")
                                                          or self._controller.readonly))  # after the verdict
        widget = self.panel(state.phase)
        self.tabs.setTabVisible(1, widget is not None)
        if widget is not None:
            self.phase_panels.setCurrentWidget(widget)
            self.tabs.setTabText(1, self.stepper.step_name(state.phase))
        changed = event is not None and state.phase != self._last_phase
        self._last_phase = state.phase
        if changed and state.phase == "debrief" and state.rounds:
            self.tabs.setCurrentIndex(2)  # the debrief opens on the network
        elif changed and widget is not None:
            self.tabs.setCurrentIndex(1)  # a new phase opens on its work area; a reopened session on the seats
        elif widget is None and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)

    def render(self, state: SessionState, event=None) -> None:
        if not state.created:
            return
        lang = i18n.current()
        self._title.setText(state.meta.title or state.meta.case.title.pick(lang))
        self._title.setAccessibleName(self._title.text())
        model = state.meta.model
        rules = " ".join(i18n.text(m) for m in summary(model))
        self._court.setText(self.tr("{court}. {rules}").format(court=model.names.pick(lang), rules=rules))
        self._court.setAccessibleName(self._court.text())
        self.stepper.set_phase(state.phase)
        self._start.setVisible(state.phase == "setup" and not self._controller.readonly)
        live = not self._controller.readonly
        self._leaves.setVisible(live and state.phase in ("trial", "charge", "deliberation"))
        self._end.setVisible(live and state.phase not in ("setup", "closed"))
        self._cards.setVisible(live and state.meta.voter_codes and state.phase not in ("verdict", "sentencing",
                                                                                         "debrief", "closed"))
        self._export.setVisible(state.phase in ("verdict", "sentencing", "debrief", "closed")
                                or (not live and state.phase != "setup"))
        round_open = state.round is not None and state.round.open
        self._open_vote.setVisible(state.phase == "deliberation" and not round_open and not self._controller.readonly)
        self.seat_map.render(state)
        self._show_phase(state, event)
        if event is not None:
            self._status.setText("")

    def _juror_leaves(self) -> None:
        """The juror on the picked seat leaves; the next reserve takes the seat where there is one."""
        seat = self.seat_map.picked()
        if not seat or not seat.startswith("juror-"):
            self._status.setText(self.tr("First choose the juror's seat on the seat map, then press this again."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("A juror leaves"), self.tr("Why does the juror leave?"))
        if ok:
            self._swapping = True  # show a refusal here
            try:
                self._controller.append(ev.JurorDischarged(seat, reason.strip()))
            finally:
                self._swapping = False

    def _print_cards(self) -> None:
        """New personal codes for everyone who may vote, printed on cards; only their hashes are kept."""
        from app.core.codes import hash_code, new_code
        from app.report.cards import card_holders, write_ballot_cards

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the ballot cards"), "ballot-cards.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        state = self._controller.state
        codes = {member: new_code() for _seat, member in card_holders(state)}
        try:
            write_ballot_cards(Path(path), state, codes)
        except AlqaError as exc:
            self._status.setText(i18n.text(exc.msg))
            return
        if self._controller.append(ev.VoterCodesIssued(tuple((m, hash_code(c, m)) for m, c in codes.items()))):
            self._status.setText(self.tr("Ballot cards saved: {file}. Earlier cards no longer work.")
                                 .format(file=path))
        else:
            Path(path).unlink(missing_ok=True)  # codes that were not recorded must not be handed out

    def _open_export(self) -> None:
        from app.ui.export_dialog import ExportDialog

        state = self._controller.state
        self.export_dialog = ExportDialog(self._controller.path, state.meta.anonymous_exports, self)
        self.export_dialog.open()

    def _end_session(self) -> None:
        from app.ui.confirm import confirm
        from app.ui.pin import teacher_allows

        state = self._controller.state
        if not confirm(self, self.tr("End the session"), self.tr("End this session? Nothing more can be recorded."),
                       self.tr("End the session")):
            return
        if teacher_allows(self._controller.pin_gate, state.meta.pin_hash,
                          self.tr("Ending the session needs the teacher PIN."), self):
            self._controller.append(ev.SessionClosed())

    def _vote(self) -> None:
        """Open a vote on every question this court puts, then hand the laptop round."""
        from app.core.rules_trial import allowed_questions

        state = self._controller.state
        if self._controller.append(ev.VotingOpened(len(state.votes) + 1, allowed_questions(state))):
            self.panel("voting")._ballot()

    def _swap(self, seat_a: str, seat_b: str) -> None:
        self._swapping = True
        try:
            self._controller.append(ev.SeatsSwapped(seat_a, seat_b))
        finally:
            self._swapping = False

    def _show_rejection(self, error) -> None:
        if not self._swapping:  # the panels say why their own steps were refused
            return
        self._status.setText(i18n.text(error.msg))
        self._status.setAccessibleName(self._status.text())

    def _retranslate(self) -> None:
        self._home.setText(self.tr("&Home"))
        self._home.setAccessibleName(self.tr("Home"))
        self._scroll.setAccessibleName(self.tr("Seat map"))
        self.tabs.setTabText(0, self.tr("&Courtroom"))
        self.tabs.setTabText(2, self.tr("&Network"))
        self.tabs.setTabText(3, self.tr("&What if?"))
        self.tabs.setAccessibleName(self.tr("Courtroom and the work of the current phase"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views"))
        self.tabs.widget(1).setAccessibleName(self.tr("Work of the current phase"))
        self._leaves.setText(self.tr("A juror &leaves…"))
        self._leaves.setAccessibleName(self.tr("A juror leaves"))
        self._cards.setText(self.tr("Print &ballot cards…"))
        self._cards.setAccessibleName(self.tr("Print ballot cards"))
        self._export.setText(self.tr("E&xport…"))
        self._export.setAccessibleName(self.tr("Export the session: report, data, network"))
        self._end.setText(self.tr("&End the session…"))
        self._end.setAccessibleName(self.tr("End the session"))
        self._open_vote.setText(self.tr("&Vote"))
        self._open_vote.setAccessibleName(self.tr("Open the vote"))
        self._start.setText(self.tr("&Start the trial"))
        self._start.setAccessibleName(self.tr("Start the trial"))
        self._projector.setText(self.tr("&Projector window"))
        self._projector.setAccessibleName(self.tr("Projector window"))
        self.render(self._controller.state)

