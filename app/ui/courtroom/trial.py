"""The trial checklist: opening, evidence, witnesses, closing, each timed, with objections and notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QElapsedTimer, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core import events as ev
from app.core.lang import Msg
from app.core.state import SessionState, Stage
from app.ui import theme
from app.ui.refusals import OwnRefusals
from app.ui.retranslate import Retranslating

TICK_MS = 200


def clock_text(seconds: int) -> str:
    """mm:ss (minutes go past 59 rather than adding hours: a lesson is short)."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def waiting_side(stage: Stage | None) -> str | None:
    """The side whose objection waits for the judge's ruling, or None."""
    if stage and stage.objections and stage.objections[-1][1] == "":
        return stage.objections[-1][0]
    return None


class StageClock:
    """The running stage's time, without the time an objection waited for its ruling."""

    def __init__(self) -> None:
        self._stage: str | None = None
        self._banked_ms = 0
        self._timer = QElapsedTimer()

    def follow(self, stage_id: str | None, paused: bool) -> None:
        """Match the clock to the state; safe to call any number of times."""
        if stage_id != self._stage:
            self._stage, self._banked_ms = stage_id, 0
            self._timer.invalidate()
        if stage_id is None:
            return
        if paused and self._timer.isValid():
            self._banked_ms += self._timer.elapsed()
            self._timer.invalidate()
        elif not paused and not self._timer.isValid():
            self._timer.start()

    def seconds(self) -> int:
        running = self._timer.elapsed() if self._timer.isValid() else 0
        return (self._banked_ms + running) // 1000


class TrialPanel(Retranslating, OwnRefusals, QWidget):
    """Step 3, Trial: the teacher runs the stages one by one and reads the exhibits out."""

    show_on_projector = Signal(str)  # an evidence id

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trial_panel")
        self._controller = controller
        self._clock = StageClock()
        self._drafts: dict[str, str] = {}  # half-typed notes of running stages
        self._asking = False
        self._make_widgets()
        self._make_layout()
        self._ticker = QTimer(self, interval=TICK_MS, timeout=self._tick)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(self._on_rejected)
        self._retranslate()

    def _make_widgets(self) -> None:
        self.table = QTableWidget(0, 3, objectName="stages")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(lambda: self._show_selected(self._controller.state))
        self._table_label = QLabel(objectName="stages_label", buddy=self.table)
        self.clock = QLabel(objectName="clock", alignment=Qt.AlignmentFlag.AlignCenter)
        theme.enlarge(self.clock, 2.2)
        self.clock_state = QLabel(objectName="clock_state", wordWrap=True)
        self.start = QPushButton(objectName="start_stage", clicked=self._start)
        self.end = QPushButton(objectName="end_stage", clicked=self._end)
        self.by_prosecution = QPushButton(objectName="objection_prosecution",
                                          clicked=lambda: self._object("prosecution"))
        self.by_defence = QPushButton(objectName="objection_defence", clicked=lambda: self._object("defence"))
        self.sustained = QPushButton(objectName="sustained", clicked=lambda: self._rule("sustained"))
        self.overruled = QPushButton(objectName="overruled", clicked=lambda: self._rule("overruled"))
        self.notes = QPlainTextEdit(objectName="stage_notes", tabChangesFocus=True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4)
        self.notes.textChanged.connect(self._keep_draft)
        self._notes_label = QLabel(objectName="notes_label", buddy=self.notes)
        self.text = QTextBrowser(objectName="stage_text", openLinks=False)
        self._text_label = QLabel(objectName="text_label", buddy=self.text)
        self.project = QPushButton(objectName="show_on_projector", clicked=self._project)
        self.to_charge = QPushButton(objectName="go_to_charge", clicked=self._go_to_charge)
        self.message = QLabel(objectName="trial_message", wordWrap=True, visible=False)

    def _make_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._table_label)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        left.addWidget(self.to_charge)
        buttons = QGridLayout()
        for i, button in enumerate((self.start, self.end, self.by_prosecution, self.by_defence,
                                    self.sustained, self.overruled)):
            buttons.addWidget(button, i // 2, i % 2)
        right = QVBoxLayout()
        right.addWidget(self.clock)
        right.addWidget(self.clock_state)
        right.addLayout(buttons)
        right.addWidget(self._notes_label)
        right.addWidget(self.notes)
        right.addWidget(self._text_label)
        right.addWidget(self.text, 1)
        right.addWidget(self.project, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 1)

    # --- what the case says ----------------------------------------------------------------

    def stage_title(self, state: SessionState, stage_id: str) -> str:
        """How the checklist names a stage, in the UI language."""
        case, lang = state.meta.case, i18n.current()
        if stage_id == "opening":
            return self.tr("Opening statements")
        if stage_id == "closing":
            return self.tr("Closing arguments")
        for item in case.evidence:
            if item.id == stage_id:
                return self.tr("Evidence: {title}").format(title=item.title.pick(lang))
        for witness in case.witnesses:
            if witness.id == stage_id:
                return self.tr("Witness: {name}").format(name=witness.name.pick(lang))
        return stage_id

    def _status_text(self, stage: Stage) -> str:
        if stage.status == "running":
            return self.tr("‖ Paused: objection") if waiting_side(stage) else self.tr("▶ Running")
        return self.tr("✓ Done") if stage.status == "done" else self.tr("○ To come")

    def _stage_html(self, state: SessionState, stage_id: str) -> str:
        case, lang = state.meta.case, i18n.current()
        evidence = {e.id: e for e in case.evidence}
        witnesses = {w.id: w for w in case.witnesses}
        if stage_id in evidence:
            head, body = evidence[stage_id].title.pick(lang), evidence[stage_id].text.pick(lang)
        elif stage_id in witnesses:
            w = witnesses[stage_id]
            side = self.tr("Called by the prosecution.") if w.called_by == "prosecution" \
                else self.tr("Called by the defence.")
            head, body = w.name.pick(lang), f"{side}\n\n{w.statement.pick(lang)}"
        elif stage_id == "opening":
            head = self.tr("Opening statements")
            body = self.tr("The prosecution says what it will prove, then the defence answers.\n\n{summary}").format(
                summary=case.summary.pick(lang))
        else:
            head = self.tr("Closing arguments")
            body = self.tr("The prosecution sums up first; the defence speaks last.")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
        return f"<h3>{html.escape(head)}</h3>{paragraphs}"

    # --- rendering -------------------------------------------------------------------------

    def render(self, state: SessionState, event=None) -> None:
        if not state.created:
            return
        running = next((s for s in state.stages.values() if s.status == "running"), None)
        self._clock.follow(running.id if running else None, bool(waiting_side(running)))
        selected = self._selected_id()
        if isinstance(event, ev.StageStarted):
            selected = event.stage_id
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(state.stages))
            for row, stage in enumerate(state.stages.values()):
                self._set_row(state, row, stage)
            ids = list(state.stages)
            if selected not in ids:
                selected = running.id if running else next(
                    (s.id for s in state.stages.values() if s.status == "pending"), ids[0])
            self.table.selectRow(ids.index(selected))
        if running:
            self._ticker.start()
        else:
            self._ticker.stop()
        if event is not None:  # something happened: an earlier refusal is old news
            self._say("")
        self._show_selected(state)

    def _set_row(self, state: SessionState, row: int, stage: Stage) -> None:
        seconds = stage.seconds + (self._clock.seconds() if stage.status == "running" else 0)
        time = clock_text(seconds) if stage.status != "pending" else "–"
        for col, text in enumerate((self.stage_title(state, stage.id), self._status_text(stage), time)):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setToolTip(text)
            self.table.setItem(row, col, item)

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _show_selected(self, state: SessionState) -> None:
        stage_id = self._selected_id()
        if stage_id is None or not state.created:
            return
        stage = state.stages[stage_id]
        running = any(s.status == "running" for s in state.stages.values())
        can_act = state.phase == "trial" and not self._controller.readonly
        waiting = waiting_side(stage)
        self.start.setEnabled(can_act and not running)
        is_running = can_act and stage.status == "running"
        self.end.setEnabled(is_running and not waiting)
        self.by_prosecution.setEnabled(is_running and not waiting)
        self.by_defence.setEnabled(is_running and not waiting)
        self.sustained.setEnabled(is_running and bool(waiting))
        self.overruled.setEnabled(is_running and bool(waiting))
        self.to_charge.setEnabled(can_act)
        self.project.setEnabled(stage_id in {e.id for e in state.meta.case.evidence})
        with QSignalBlocker(self.notes):
            self.notes.setReadOnly(not is_running)
            text = self._drafts.get(stage_id, "") if stage.status == "running" else stage.note
            if self.notes.toPlainText() != text:
                self.notes.setPlainText(text)
        self.text.setHtml(self._stage_html(state, stage_id))
        self._show_clock(state)

    def _show_clock(self, state: SessionState) -> None:
        running = next((s for s in state.stages.values() if s.status == "running"), None)
        self.clock.setText(clock_text(self._clock.seconds()) if running else clock_text(0))
        if running is None:
            words = self.tr("No stage is running. Choose one in the list and start it.")
        elif waiting_side(running):
            words = (self.tr("Objection by the prosecution: the clock is paused until the judge rules.")
                     if waiting_side(running) == "prosecution"
                     else self.tr("Objection by the defence: the clock is paused until the judge rules."))
        else:
            words = self.tr("Running: {stage}").format(stage=self.stage_title(state, running.id))
        self.clock_state.setText(words)
        self.clock.setAccessibleName(self.tr("Stage time {time}").format(time=self.clock.text()))

    def _tick(self) -> None:
        state = self._controller.state
        for row, stage in enumerate(state.stages.values()):
            if stage.status == "running":
                self._set_row(state, row, stage)
        self._show_clock(state)

    # --- intents ---------------------------------------------------------------------------

    def _start(self) -> None:
        stage_id = self._selected_id()
        if stage_id:
            self._drafts.pop(stage_id, None)
            self._append(ev.StageStarted(stage_id))

    def _end(self) -> None:
        stage_id = self._selected_id()
        if stage_id:
            note = self.notes.toPlainText().strip()
            if self._append(ev.StageEnded(stage_id, self._clock.seconds(), note)):
                self._drafts.pop(stage_id, None)

    def _object(self, side: str) -> None:
        stage_id = self._selected_id()
        if stage_id:
            self._append(ev.ObjectionRaised(stage_id, side))

    def _rule(self, ruling: str) -> None:
        stage_id = self._selected_id()
        if stage_id:
            self._append(ev.ObjectionRuled(stage_id, ruling))

    def _keep_draft(self) -> None:
        stage_id = self._selected_id()
        stage = self._controller.state.stages.get(stage_id) if stage_id else None
        if stage and stage.status == "running":
            self._drafts[stage_id] = self.notes.toPlainText()

    def _project(self) -> None:
        stage_id = self._selected_id()
        if stage_id:
            self.show_on_projector.emit(stage_id)

    def _go_to_charge(self) -> None:
        state = self._controller.state
        running = next((s for s in state.stages.values() if s.status == "running"), None)
        if running is not None:  # the core lets the phase move on; a running stage must end first
            self._say(i18n.text(Msg.of("rule.stage_running", stage=self.stage_title(state, running.id))))
            return
        self._append(ev.PhaseStarted("charge"))

    # --- words -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        pairs = ((self.start, self.tr("&Start the stage")), (self.end, self.tr("&End the stage")),
                 (self.by_prosecution, self.tr("Objection by the p&rosecution")),
                 (self.by_defence, self.tr("Objection by the &defence")),
                 (self.sustained, self.tr("S&ustained")), (self.overruled, self.tr("&Overruled")),
                 (self.project, self.tr("Sho&w on the projector")),
                 (self.to_charge, self.tr("Go to the judge's &charge")))
        for button, text in pairs:
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self._table_label.setText(self.tr("&Trial stages:"))
        self.table.setAccessibleName(self.tr("Trial stages"))
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Status"), self.tr("Time")])
        self._notes_label.setText(self.tr("&Notes on this stage (saved when it ends):"))
        self.notes.setAccessibleName(self.tr("Notes on this stage"))
        self._text_label.setText(self.tr("Te&xt to read out:"))
        self.text.setAccessibleName(self.tr("Text to read out"))
        self.render(self._controller.state)

