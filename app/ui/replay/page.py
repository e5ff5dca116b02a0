"""Replay: a finished session, read-only, event by event, with the network, charts and tallies following.

Opened from a session file or a session JSON export (home: "Replay a session…"). The scrubber runs
over 0..N events; the views show the state folded from the first k of them, and only what the class
had seen by then (revealed rounds, opened ballot boxes). Nothing here writes to the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.state import SessionState
from app.ui import theme
from app.ui.courtroom.page import PhaseStepper
from app.ui.network.charts import InfluenceCharts
from app.ui.network.graph_view import GraphView
from app.ui.network.member_card import MemberCard
from app.ui.replay.source import ReplaySource
from app.ui.replay.tallies import ReplayTallies
from app.ui.replay.timeline import Timeline
from app.ui.replay.words import EventWords
from app.ui.retranslate import Retranslating

SPEEDS_MS = (1500, 700, 200)  # slow, normal (about one event a second: readable), fast


def _take_out(widget: QWidget) -> None:
    """Take a widget out of the layout (at any depth) of its parent, so that it can sit elsewhere."""
    def walk(layout) -> bool:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget:
                layout.takeAt(i)
                layout.invalidate()
                return True
            if item.layout() is not None and walk(item.layout()):
                return True
        return False

    root = widget.parentWidget().layout()
    walk(root)
    root.invalidate()  # its cached minimum width must forget the widget now, not at the next layout pass


class EventSlider(QSlider):
    """The timeline: arrows step one event, Home/End go to the ends, PageUp/PageDown jump by phase or round."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent, objectName="replay_slider", minimum=0, maximum=0)
        self.milestones: list[int] = []
        self.setSingleStep(1)
        self.setPageStep(10)
        self.setTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def previous_milestone(self) -> int:
        return max((k for k in self.milestones if k < self.value()), default=self.minimum())

    def next_milestone(self) -> int:
        return min((k for k in self.milestones if k > self.value()), default=self.maximum())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_PageUp:
            self.setValue(self.previous_milestone())
        elif event.key() == Qt.Key.Key_PageDown:
            self.setValue(self.next_milestone())
        else:
            super().keyPressEvent(event)


class ReplayPage(Retranslating, QWidget):
    """A session's log replayed: title, scrubber, Previous/Play/Next, and the views at the chosen event."""

    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("replay_page")
        self.source = ReplaySource(self)
        self.words = EventWords(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)
        self._build()
        self.source.state_changed.connect(self.render)
        self._retranslate()

    def _build(self) -> None:
        self.heading = QLabel(objectName="replay_title", wordWrap=True)
        theme.enlarge(self.heading, 1.6)
        self.about = QLabel(objectName="replay_about", wordWrap=True)
        self.event_line = QLabel(objectName="replay_event", wordWrap=True)
        theme.enlarge(self.event_line, 1.2)
        self.event_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline_label = QLabel(objectName="replay_timeline_label")
        self.slider = EventSlider(self)
        self.timeline_label.setBuddy(self.slider)
        self.previous_milestone = QPushButton(objectName="replay_previous_milestone")
        self.previous = QPushButton(objectName="replay_previous")
        self.play = QPushButton(objectName="replay_play", checkable=True)
        self.next = QPushButton(objectName="replay_next")
        self.next_milestone = QPushButton(objectName="replay_next_milestone")
        self.speed_label = QLabel(objectName="replay_speed_label")
        self.speed = QComboBox(objectName="replay_speed")
        self.speed.addItems(["", "", ""])
        self.speed.setCurrentIndex(1)
        self.speed_label.setBuddy(self.speed)
        self.home = QPushButton(objectName="replay_home")
        self.stepper = PhaseStepper(self)
        self.phase = QLabel(objectName="replay_phase", wordWrap=True)
        self.graph = GraphView(self.source, self, revealed_only=True)  # only what the class had seen
        self.graph.play.hide()  # one Play on this page: the replay's own, over the events
        self.tallies = ReplayTallies(self.source, self)
        self.charts = InfluenceCharts(self.source, self, revealed_only=True)
        self.card = MemberCard(self.source, self, revealed_only=True)
        self.side = QTabWidget(objectName="replay_side")
        for page in (self.tallies, self.charts, self.card):
            self.side.addTab(page, "")
        self.side.setMinimumWidth(300)  # its pages scroll: the graph's toolbar keeps its room in kk and ru
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.graph)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 520])
        self._layout(splitter)
        self.slider.valueChanged.connect(self.source.seek)
        self.previous.clicked.connect(lambda: self.slider.setValue(self.slider.value() - 1))
        self.next.clicked.connect(lambda: self.slider.setValue(self.slider.value() + 1))
        self.previous_milestone.clicked.connect(lambda: self.slider.setValue(self.slider.previous_milestone()))
        self.next_milestone.clicked.connect(lambda: self.slider.setValue(self.slider.next_milestone()))
        self.play.toggled.connect(self._on_play_toggled)
        self.speed.currentIndexChanged.connect(lambda i: self._timer.setInterval(SPEEDS_MS[i]))
        self._timer.setInterval(SPEEDS_MS[self.speed.currentIndex()])
        self.home.clicked.connect(self._go_home)
        self.graph.member_selected.connect(self._select)
        self.charts.member_selected.connect(self._select)

    def _layout(self, splitter: QSplitter) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.about)
        top.addLayout(titles, 1)
        top.addWidget(self.home, 0, Qt.AlignmentFlag.AlignTop)
        # the graph's "Fit to window" and "Export picture…" move down beside the timeline: the graph's own
        # toolbar then fits beside the side panel in kk and ru, and on a projector in large text
        for widget in (self.graph.fit, self.graph.export):
            _take_out(widget)
        scrub = QHBoxLayout()
        scrub.addWidget(self.timeline_label)
        scrub.addWidget(self.slider, 1)
        scrub.addSpacing(12)
        for widget in (self.speed_label, self.speed, self.graph.fit, self.graph.export):
            scrub.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (self.previous_milestone, self.previous, self.play, self.next, self.next_milestone):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stepper)
        layout.addWidget(self.phase)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.event_line)
        layout.addLayout(scrub)
        layout.addLayout(buttons)
        order = (self.slider, self.previous_milestone, self.previous, self.play, self.next, self.next_milestone,
                 self.speed, self.graph.fit, self.graph.export, self.home)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- opening ---------------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Replay the session in `path` (*.alqa or *.json) from its end; an AlqaError says why it cannot."""
        timeline = Timeline.load(Path(path))  # raises before anything on screen changes
        self.play.setChecked(False)
        self.slider.milestones = timeline.milestones()
        self.source.open(timeline, len(timeline))
        self.slider.blockSignals(True)
        self.slider.setMaximum(len(timeline))
        self.slider.setValue(len(timeline))
        self.slider.blockSignals(False)
        self._retranslate()
        QTimer.singleShot(0, self.graph.fit_to_window)  # once the page is laid out: the whole class in view
        self.slider.setFocus()

    def close_replay(self) -> None:
        self.play.setChecked(False)
        self.source.close()

    @property
    def state(self) -> SessionState:
        return self.source.state

    def position(self) -> int:
        return self.source.position

    # --- showing ---------------------------------------------------------------------------

    def render(self, state: SessionState, _event=None) -> None:
        """The event line, the phase, and which buttons can be used, at the scrubber's event."""
        timeline, k = self.source.timeline, self.source.position
        total = len(timeline) if timeline else 0
        self.event_line.setText(self._event_text(k, total))
        self.event_line.setAccessibleName(self.event_line.text())
        self.stepper.set_phase(state.phase)
        self.phase.setText(self._phase_text(state))
        self.phase.setAccessibleName(self.phase.text())
        for button, usable in ((self.previous, k > 0), (self.previous_milestone, k > 0),
                               (self.next, k < total), (self.next_milestone, k < total), (self.play, total > 0)):
            button.setEnabled(usable)
        self.slider.setAccessibleDescription(self.event_line.text())

    def _event_text(self, k: int, total: int) -> str:
        timeline = self.source.timeline
        if timeline is None:
            return ""
        if k == 0:
            return self.tr("Before the first event (%n event(s) in all)", "", total)
        what = self.words.describe(self.source.previous_state, self.source.state, timeline.events[k - 1])
        time = timeline.local_time(k)
        if time:
            return self.tr("Event {n} of {total} · {time} · {what}").format(n=k, total=total, time=time, what=what)
        return self.tr("Event {n} of {total} · {what}").format(n=k, total=total, what=what)

    def _phase_text(self, state: SessionState) -> str:
        if not state.created:
            return self.tr("The session has not been created yet.")
        phase = self.words.phase(state.phase)
        r = state.round
        if state.phase == "deliberation" and r is not None:
            if r.open:
                return self.tr("Phase: {phase} · round {round} under way").format(phase=phase, round=r.no)
            return self.tr("Phase: {phase} · round {round} ended").format(phase=phase, round=r.no)
        if state.phase == "voting" and state.vote is not None:
            return self.tr("Phase: {phase} · vote {vote}").format(phase=phase, vote=state.vote.no)
        return self.tr("Phase: {phase}").format(phase=phase)

    def _about_text(self) -> str:
        timeline = self.source.timeline
        if timeline is None:
            return ""
        meta, lang = timeline.final.meta, i18n.current()
        case = meta.case.title.pick(lang) if meta.case else ""
        court = meta.model.names.pick(lang) if meta.model else ""
        return self.tr("{case} · {court} · {date} · read-only replay of {file}: nothing here changes it.").format(
            case=case, court=court, date=timeline.local_date(), file=timeline.path.name)

    def _select(self, member_id: str) -> None:
        self.graph.select_member(member_id)
        self.charts.select_member(member_id)
        self.card.show_member(member_id)

    # --- moving ----------------------------------------------------------------------------

    def _on_play_toggled(self, playing: bool) -> None:
        self._retranslate_play()
        if playing:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)  # Play at the end starts again from the beginning
            self._timer.start()
        else:
            self._timer.stop()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play.setChecked(False)
        else:
            self.slider.setValue(self.slider.value() + 1)

    def _go_home(self) -> None:
        self.close_replay()
        self.home_requested.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override): Play stops when the page goes
        self.play.setChecked(False)
        super().hideEvent(event)

    # --- words -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        state = self.source.state
        final = self.source.timeline.final if self.source.timeline else state
        self.heading.setText(self.tr("Replay: {title}").format(title=final.meta.title) if final.created
                             else self.tr("Replay"))
        self.about.setText(self._about_text())
        self.timeline_label.setText(self.tr("&Timeline:"))
        self.slider.setAccessibleName(self.tr("Timeline: the event shown"))
        self.slider.setToolTip(self.tr("Arrows: one event. Page Up and Page Down: a phase or round. Home and End: "
                                       "the start and the end."))
        for button, text, name in (
                (self.previous_milestone, self.tr("◀◀ Phase or round"), self.tr("Back to the previous phase or round")),
                (self.previous, self.tr("◀ Pre&vious"), self.tr("Previous event")),
                (self.next, self.tr("&Next ▶"), self.tr("Next event")),
                (self.next_milestone, self.tr("Phase or round ▶▶"), self.tr("On to the next phase or round")),
                (self.home, self.tr("&Home"), self.tr("Close the replay and go home"))):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self._retranslate_play()
        self.speed_label.setText(self.tr("&Speed:"))
        for i, text in enumerate((self.tr("Slow"), self.tr("Normal"), self.tr("Fast"))):
            self.speed.setItemText(i, text)
        self.speed.setAccessibleName(self.tr("Speed of Play"))
        self.side.setTabText(0, self.tr("Tallies and verdict"))
        self.side.setTabText(1, self.tr("Charts"))
        self.side.setTabText(2, self.tr("Member"))
        self.side.setAccessibleName(self.tr("Tallies, charts and the selected member"))
        self.side.tabBar().setAccessibleName(self.tr("Choose a view"))
        self.render(state)

    def _retranslate_play(self) -> None:
        text = self.tr("❚❚ Pau&se") if self.play.isChecked() else self.tr("▶ Pla&y")
        self.play.setText(text)
        self.play.setAccessibleName(self.tr("Pause") if self.play.isChecked() else self.tr("Play the events"))
