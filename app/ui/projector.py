"""The projector window: what the whole class may see, in large type, nothing secret."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app import i18n
from app.core.state import SessionState
from app.ui.controller import SessionController
from app.ui.courtroom.page import PhaseStepper
from app.ui.courtroom.seatmap import SeatMap

TITLE_PT, BODY_PT, NAME_PT = 36, 24, 18  # UX.md: body at least 24 pt, names at least 18 pt


class ProjectorWindow(QWidget):
    """A second top-level window, on a second screen when there is one."""

    def __init__(self, controller: SessionController):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("projector_window")
        self._controller = controller
        self._title = QLabel(objectName="projector_title", wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self._phase = QLabel(objectName="projector_phase", alignment=Qt.AlignmentFlag.AlignCenter)
        for label, size in ((self._title, TITLE_PT), (self._phase, BODY_PT)):
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
        scroll = QScrollArea(objectName="projector_scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(self.seat_map)
        layout.addWidget(scroll, 1)
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

    def render(self, state: SessionState, _event=None) -> None:
        if not state.created:
            return
        self._title.setText(state.meta.case.title.pick(i18n.current()))
        self.stepper.set_phase(state.phase)
        step = self.stepper.current_step()
        names = {None: self.tr("Setting up the court"), "trial": self.tr("Trial"),
                 "charge": self.tr("Judge's charge"), "deliberation": self.tr("Deliberation"),
                 "verdict": self.tr("Verdict"), "debrief": self.tr("Debrief")}
        self._phase.setText(names[step])
        self.seat_map.render(state)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alqa: projector"))
        self.render(self._controller.state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
