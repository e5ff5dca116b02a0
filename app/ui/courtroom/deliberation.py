"""Deliberation in rounds: the round timer, the speaking queue with talk time, the stance checks.

The queue and the running clocks are the only local state: a raised hand is not a fact for the
log until its owner has spoken (SpeechTimed). Stances stay hidden here until StancesRevealed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core import events as ev
from app.core.state import SessionState
from app.ui import theme
from app.ui.courtroom.stance_check import LOOK, OpenCheckDialog, StanceCheck, pending, seat_title, stance_words
from app.ui.retranslate import Retranslating

HAND_STYLE = ("QPushButton { padding: 8px; border: 2px solid palette(mid); border-radius: 6px; }"
              "QPushButton:checked { border: 3px solid palette(highlight); background: palette(base); }")


def mm_ss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class DeliberationPanel(Retranslating, QWidget):
    """The teacher's deliberation desk: start and end rounds, run the queue, run the stance checks."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deliberation")
        self._controller = controller
        self._queue: list[str] = []
        self._speaker: str | None = None
        self._round_clock, self._speaker_clock = QElapsedTimer(), QElapsedTimer()
        self._tick = QTimer(self, interval=250)
        self._tick.timeout.connect(self._show_clocks)
        self._hands: dict[str, QPushButton] = {}
        self._build()
        self._shortcut = QShortcut(QKeySequence(Qt.Key.Key_N), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcut.activated.connect(self._on_next)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(self._on_rejected)
        self._retranslate()

    # --- building ------------------------------------------------------------------------

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(objectName=name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self._title = QLabel(objectName="round_title")
        self._clock = QLabel(objectName="round_time")
        for label, scale in ((self._title, 1.4), (self._clock, 2.0)):
            theme.enlarge(label, scale)
        self._start = self._button("start_round", self._on_start)
        self._end = self._button("end_round", self._on_end)
        top = QHBoxLayout()
        for w, stretch in ((self._title, 1), (self._clock, 0), (self._start, 0), (self._end, 0)):
            top.addWidget(w, stretch)
        self._status = QLabel(objectName="status", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._build_queue(), 1)
        layout.addWidget(self._build_stances())
        layout.addWidget(self._status)

    def _build_queue(self) -> QHBoxLayout:
        """The hands (a grid of members) and the speaking queue with its three buttons."""
        self._members = QGroupBox(objectName="members")
        self._grid = QGridLayout(self._members)
        self._speaker_label = QLabel(objectName="speaker", wordWrap=True)
        self._queue_label = QLabel(objectName="queue_label")
        self._queue_list = QListWidget(objectName="queue")
        self._queue_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._queue_label.setBuddy(self._queue_list)
        self._next = self._button("next_speaker", self._on_next)
        self._next.setDefault(True)
        self._done = self._button("done", self._on_done)
        self._skip = self._button("skip", self._on_skip)
        queue_box = QVBoxLayout()
        for w in (self._speaker_label, self._queue_label, self._queue_list):
            queue_box.addWidget(w)
        row = QHBoxLayout()
        for b in (self._next, self._done, self._skip):
            row.addWidget(b)
        queue_box.addLayout(row)
        middle = QHBoxLayout()
        middle.addWidget(self._members, 3)
        middle.addLayout(queue_box, 2)
        return middle

    def _build_stances(self) -> QGroupBox:
        self._stances = QGroupBox(objectName="stances")
        self._private = self._button("private_check", self._on_private)
        self._open = self._button("open_check", self._on_open)
        self._reveal = self._button("reveal", self._on_reveal)
        self._answered = QLabel(objectName="answered", wordWrap=True)
        self._results = QLabel(objectName="results", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        checks = QHBoxLayout()
        for b in (self._private, self._open, self._reveal):
            checks.addWidget(b)
        checks.addStretch(1)
        box = QVBoxLayout(self._stances)
        box.addLayout(checks)
        box.addWidget(self._answered)
        box.addWidget(self._results)
        return self._stances

    def _build_hands(self, state: SessionState) -> None:
        members = list(state.deliberators().values())
        if members == list(self._hands):
            return
        for button in self._hands.values():
            button.deleteLater()
        self._hands = {}
        for i, member in enumerate(members):
            button = QPushButton(objectName=f"hand_{member}", checkable=True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(HAND_STYLE)
            button.clicked.connect(lambda _=False, m=member: self._on_hand(m))
            self._grid.addWidget(button, i // 4, i % 4)
            self._hands[member] = button
        self._grid.setRowStretch(len(members) // 4 + 1, 1)
        for column in range(4):
            self._grid.setColumnStretch(column, 1)

    # --- rendering -----------------------------------------------------------------------

    def render(self, state: SessionState | None = None, event=None) -> None:
        """Show `state` and the local queue; may run any number of times, never appends."""
        state = state if state is not None else self._controller.state
        if not state.created:
            return
        self._build_hands(state)
        r = state.round
        running = bool(r and r.open)
        active = state.phase == "deliberation" and not self._controller.readonly
        self._follow_round(r, event)
        self._title.setText(self.tr("Deliberation, round {n}").format(n=r.no) if r else self.tr("Deliberation"))
        self._title.setAccessibleName(self._title.text())
        n = len(state.rounds) + (0 if running else 1)
        self._start.setText(self.tr("&Start round {n}").format(n=n))
        self._start.setAccessibleName(self.tr("Start round {n}").format(n=n))
        self._start.setEnabled(active and not running)
        self._end.setEnabled(active and running)
        self._render_hands(state, running and active)
        self._render_queue(state, running and active)
        self._render_stances(state, active and r is not None and not r.open)
        self._show_clocks()

    def _follow_round(self, r, event) -> None:
        if r is None or not r.open:
            self._round_clock.invalidate()
            self._queue, self._speaker = [], None
            self._tick.stop()
            return
        if isinstance(event, ev.RoundStarted) or not self._round_clock.isValid():
            self._round_clock.start()
        self._tick.start()

    def _who(self, state: SessionState, member: str) -> str:
        seat = state.people.seat_of(member) or ""
        return self.tr("{seat}, {name}").format(seat=seat_title(state, seat), name=state.people.names.get(member, ""))

    def _render_hands(self, state: SessionState, enabled: bool) -> None:
        r = state.round
        for member, button in self._hands.items():
            seat = seat_title(state, state.people.seat_of(member) or "")
            spoke = mm_ss(r.talk.get(member, 0) if r else 0)
            answered = bool(r and not r.open and member in r.stances)
            lines = [seat, state.people.names.get(member, ""), self.tr("Talk time {time}").format(time=spoke)]
            spoken = [self.tr("{who}. Talk time {time}.").format(who=self._who(state, member), time=spoke)]
            if member in self._queue:
                lines.append(self.tr("↑ hand raised"))
                spoken.append(self.tr("Hand raised."))
            if member == self._speaker:
                lines.append(self.tr("▶ speaking now"))
                spoken.append(self.tr("Speaking now."))
            if answered:
                lines.append(self.tr("✓ answered"))
                spoken.append(self.tr("Has given a stance."))
            button.setText("\n".join(lines))
            button.setAccessibleName(" ".join(spoken))
            button.setChecked(member in self._queue)
            button.setEnabled(enabled)  # the speaker's own click does nothing

    def _render_queue(self, state: SessionState, enabled: bool) -> None:
        self._queue_list.clear()
        for i, member in enumerate(self._queue, 1):
            self._queue_list.addItem(self.tr("{n}. {who}").format(n=i, who=self._who(state, member)))
        self._next.setEnabled(enabled and bool(self._queue or self._speaker))
        self._done.setEnabled(enabled and self._speaker is not None)
        self._skip.setEnabled(enabled and bool(self._queue))

    def _render_stances(self, state: SessionState, ended: bool) -> None:
        r = state.round
        waiting = pending(state) if ended else []
        self._private.setEnabled(ended and bool(waiting))
        self._open.setEnabled(ended and bool(waiting))
        self._reveal.setEnabled(ended and bool(r.stances) and not r.revealed)
        total = len(state.deliberators())
        if r is None or r.open:
            self._answered.setText(self.tr("The stance check comes after the round ends."))
        elif r.revealed:
            self._answered.setText(self.tr("The stances of round {n} are revealed.").format(n=r.no))
        else:
            self._answered.setText(self.tr("{answered} of {total} have given a stance. Stances stay hidden "
                                           "until you reveal them.").format(answered=total - len(waiting), total=total))
        self._answered.setAccessibleName(self._answered.text())
        self._results.setText(self._results_html(state) if r and r.revealed else "")
        self._results.setAccessibleName(self._results.text() and self.tr("Revealed stances of round {n}").format(n=r.no))

    def _results_html(self, state: SessionState) -> str:
        """Counts, then each member: colour AND shape AND words."""
        r, words = state.round, stance_words()
        counts = []
        for stance, (colour, shape, _) in LOOK.items():
            n = sum(1 for s in r.stances.values() if s.stance == stance)
            counts.append(f'<span style="color:{colour}">{shape}</span> ' +
                          escape(self.tr("{stance}: {n}").format(stance=words[stance], n=n)))
        lines = []
        for member in state.deliberators().values():
            s = r.stances.get(member)
            if s is None:
                continue
            colour, shape, _ = LOOK[s.stance]
            text = self.tr("{who}: {stance}, {sure}% sure").format(who=self._who(state, member),
                                                                   stance=words[s.stance], sure=s.confidence)
            lines.append(f'<span style="color:{colour}">{shape}</span> {escape(text)}')
        return "<p><b>" + " &nbsp; ".join(counts) + "</b></p><p>" + "<br>".join(lines) + "</p>"

    def _show_clocks(self) -> None:
        r = self._controller.state.round
        if self._round_clock.isValid():
            seconds = self._round_clock.elapsed() // 1000
        else:
            seconds = r.seconds if r else 0
        self._clock.setText(mm_ss(seconds))
        self._clock.setAccessibleName(self.tr("Round time {time}").format(time=mm_ss(seconds)))
        if self._speaker is None:
            text = self.tr("Nobody is speaking.")
        else:
            text = self.tr("Speaking now: {who}, {time}").format(
                who=self._who(self._controller.state, self._speaker), time=mm_ss(self._speaker_clock.elapsed() // 1000))
        self._speaker_label.setText(text)
        self._speaker_label.setAccessibleName(text)

    # --- intents -------------------------------------------------------------------------

    def _round_no(self) -> int | None:
        r = self._controller.state.round
        return r.no if r and r.open else None

    def _on_start(self) -> None:
        self._controller.append(ev.RoundStarted(len(self._controller.state.rounds) + 1))

    def _on_end(self) -> None:
        no = self._round_no()
        if no is None:
            return
        self._finish_speaker()
        self._controller.append(ev.RoundEnded(no, self._round_clock.elapsed() // 1000))

    def _on_hand(self, member: str) -> None:
        if member in self._queue:
            self._queue.remove(member)
        elif member != self._speaker:
            self._queue.append(member)
        self.render()

    def _finish_speaker(self) -> None:
        """Record the speaker's time (at least 1 s: the rules count whole seconds from one)."""
        member, self._speaker = self._speaker, None
        no = self._round_no()
        if member is not None and no is not None:
            seconds = max(1, round(self._speaker_clock.elapsed() / 1000))
            self._controller.append(ev.SpeechTimed(no, member, seconds))

    def _on_next(self) -> None:
        if not self._next.isEnabled():
            return
        self._finish_speaker()
        if self._queue:
            self._speaker = self._queue.pop(0)
            self._speaker_clock.start()
        self.render()

    def _on_done(self) -> None:
        self._finish_speaker()
        self.render()

    def _on_skip(self) -> None:
        if self._queue:
            self._queue.pop(0)
        self.render()

    def _on_private(self) -> None:
        dialog = QDialog(self.window(), objectName="stance_check_dialog", modal=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Private stance check"))
        check = StanceCheck(self._controller, dialog)
        check.closed.connect(dialog.accept)
        QVBoxLayout(dialog).addWidget(check)
        check.render()
        dialog.showMaximized()

    def _on_open(self) -> None:
        dialog = OpenCheckDialog(self._controller, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_reveal(self) -> None:
        r = self._controller.state.round
        if r is not None:
            self._controller.append(ev.StancesRevealed(r.no))

    def _on_rejected(self, error) -> None:
        if self.isVisible():
            self._status.setText(i18n.text(error.msg))
            self._status.setAccessibleName(self._status.text())

    def _retranslate(self) -> None:
        texts = {self._end: (self.tr("&End round"), self.tr("End the round")),
                 self._next: (self.tr("&Next speaker"), self.tr("Next speaker (key N)")),
                 self._done: (self.tr("&Done"), self.tr("Done: the speaker has finished")),
                 self._skip: (self.tr("S&kip"), self.tr("Skip the first in the queue")),
                 self._private: (self.tr("&Private stance check"), self.tr("Private stance check")),
                 self._open: (self.tr("Q&uick open stance check"), self.tr("Quick open stance check by a show of hands")),
                 self._reveal: (self.tr("&Reveal stances"), self.tr("Reveal stances"))}
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
        self._next.setToolTip(self.tr("Key N: the next in the queue speaks; the time of the last is saved."))
        self._members.setTitle(self.tr("Raise a hand: click a name"))
        self._members.setAccessibleName(self._members.title())
        self._queue_label.setText(self.tr("Speaking &queue"))
        self._queue_list.setAccessibleName(self.tr("Speaking queue"))
        self._stances.setTitle(self.tr("Stance check"))
        self._stances.setAccessibleName(self._stances.title())
        self.render()

