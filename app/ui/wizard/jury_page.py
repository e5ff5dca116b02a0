"""Wizard step 4: jury selection: the seeded draw, questioning, challenges, the lot with reserves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core import events as ev
from app.core.selection import free_members, lot_for, new_seed, pool_for, pool_size
from app.core.state import SessionState
from app.ui.wizard.pages import StepPage


class JuryPage(StepPage):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_jury")
        self.draw = QPushButton(objectName="draw_pool", clicked=self._draw)
        self.redraw = QPushButton(objectName="draw_again", clicked=self._reset)
        self.pool_info = QLabel(objectName="pool_info", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="candidates")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._table_label = QLabel(objectName="candidates_label")
        self._table_label.setBuddy(self.table)
        self.note = QPushButton(objectName="add_note", clicked=self._note)
        self.by_prosecution = QPushButton(objectName="peremptory_prosecution",
                                          clicked=lambda: self._challenge("prosecution"))
        self.by_defence = QPushButton(objectName="peremptory_defence", clicked=lambda: self._challenge("defence"))
        self.for_cause = QPushButton(objectName="for_cause", clicked=self._for_cause)
        self.withdraw = QPushButton(objectName="withdraw", clicked=self._withdraw)
        self.left = QLabel(objectName="challenges_left", wordWrap=True)
        self.seat = QPushButton(objectName="seat_jury", clicked=self._seat)
        self.result = QLabel(objectName="jury_result", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.draw)
        top.addWidget(self.redraw)
        top.addWidget(self.pool_info, 1)
        buttons = QGridLayout()
        for i, button in enumerate((self.note, self.by_prosecution, self.by_defence, self.for_cause, self.withdraw)):
            buttons.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.left)
        layout.addWidget(self.seat)
        layout.addWidget(self.result)
        layout.addWidget(self.message)
        self.retranslate()

    # --- intents -------------------------------------------------------------------------

    def _draw(self) -> None:
        seed = new_seed()
        self.controller.append(ev.JuryPoolDrawn(seed, pool_for(self.state, seed)))

    def _reset(self) -> None:
        self.controller.append(ev.JuryReset())

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.state.people.pool[rows[0].row()] if rows else None

    def _note(self) -> None:
        member = self._selected()
        if member is None:
            return
        name = self.state.people.names[member]
        text, ok = QInputDialog.getText(self, self.tr("Questioning"),
                                        self.tr("What did questioning bring out about {name}?").format(name=name))
        if ok and text.strip():
            self.controller.append(ev.CandidateQuestioned(member, text.strip()))

    def _challenge(self, side: str) -> None:
        member = self._selected()
        if member:
            self.controller.append(ev.ChallengeUsed(member, side, "peremptory"))

    def _for_cause(self) -> None:
        member = self._selected()
        if member is None:
            return
        name = self.state.people.names[member]
        reason, ok = QInputDialog.getText(self, self.tr("Challenge for cause"),
                                          self.tr("Why can {name} not sit on this jury?").format(name=name))
        if ok:
            self.controller.append(ev.ChallengeUsed(member, "court", "for_cause", reason.strip()))

    def _withdraw(self) -> None:
        member = self._selected()
        if member:
            self.controller.append(ev.ChallengeWithdrawn(member))

    def _seat(self) -> None:
        seed = new_seed()
        jurors, reserves = lot_for(self.state, seed)
        self.controller.append(ev.JuryEmpanelled(seed, jurors, reserves))

    # --- rendering -----------------------------------------------------------------------

    def render(self, state: SessionState) -> None:
        if not state.created:
            return
        people, model = state.people, state.meta.model
        row = self.table.currentRow()
        self.table.setRowCount(len(people.pool))
        challenges = {c.member_id: c for c in people.challenges}
        for i, member in enumerate(people.pool):
            status = self._status(state, member, challenges.get(member))
            notes = "; ".join(people.questioning.get(member, ()))
            for col, text in enumerate((people.names.get(member, member), notes, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                self.table.setItem(i, col, item)
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
        free = len(free_members(state))
        if people.pool:
            self.pool_info.setText(self.tr("The lot drew %n candidate(s) (seed {seed}, kept with the session).", "",
                                           len(people.pool)).format(seed=people.pool_seed))
        else:
            self.pool_info.setText(self.tr("The lot will draw {size} candidates from the {free} students without "
                                           "a seat.").format(size=pool_size(model, free), free=free))
        used = {side: sum(1 for c in people.challenges if c.side == side and c.kind == "peremptory")
                for side in ("prosecution", "defence")}
        limit = {side: model.selection.peremptory_for(side, model.seats.reserves) for side in used}
        self.left.setText(self.tr("Peremptory challenges left: prosecution {p}, defence {d}. Challenges for cause "
                                  "have no limit.").format(p=limit["prosecution"] - used["prosecution"],
                                                           d=limit["defence"] - used["defence"]))
        if people.empanelled:
            jurors = [people.names[m] for m in people.seated("juror").values()]
            reserves = [people.names[m] for m in people.reserves]
            self.result.setText(self.tr("Jurors: {jurors}. Reserves: {reserves}.").format(
                jurors=", ".join(jurors), reserves=", ".join(reserves) or self.tr("none")))
        else:
            self.result.setText("")
        self._update_buttons()

    def _status(self, state: SessionState, member: str, challenge) -> str:
        people = state.people
        if challenge is not None:
            if challenge.kind == "for_cause":
                return self.tr("Challenged for cause: {reason}").format(reason=challenge.reason)
            side = self.tr("prosecution") if challenge.side == "prosecution" else self.tr("defence")
            return self.tr("Peremptory challenge by the {side}").format(side=side)
        if member in people.reserves:
            return self.tr("Reserve {n}").format(n=people.reserves.index(member) + 1)
        seat = people.seat_of(member)
        if seat and seat.startswith("juror-"):
            return self.tr("Juror {n}").format(n=seat.split("-")[1])
        return self.tr("Candidate")

    def _update_buttons(self) -> None:
        people = self.state.people
        drawn, seated = bool(people.pool), people.empanelled
        chosen = self._selected() if drawn else None
        challenged = chosen in people.challenged() if chosen else False
        self.draw.setEnabled(not drawn)
        self.redraw.setEnabled(drawn)
        self.note.setEnabled(bool(chosen) and not seated)
        for button in (self.by_prosecution, self.by_defence, self.for_cause):
            button.setEnabled(bool(chosen) and not challenged and not seated)
        self.withdraw.setEnabled(challenged and not seated)
        self.seat.setEnabled(drawn and not seated)

    def isComplete(self) -> bool:  # noqa: N802
        return self.state.people.empanelled

    def retranslate(self) -> None:
        self.setTitle(self.tr("Jury selection"))
        self.setSubTitle(self.tr("Draw the candidates, question them, use the challenges, then seat the jury by lot."))
        pairs = ((self.draw, self.tr("&Draw the candidates")), (self.redraw, self.tr("Draw &again")),
                 (self.note, self.tr("Add a &note…")),
                 (self.by_prosecution, self.tr("Peremptory challenge by the &prosecution")),
                 (self.by_defence, self.tr("Peremptory challenge by the d&efence")),
                 (self.for_cause, self.tr("Challenge for &cause…")), (self.withdraw, self.tr("&Withdraw the challenge")),
                 (self.seat, self.tr("&Seat the jury by lot")))
        for button, text in pairs:
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").replace("…", ""))
        self._table_label.setText(self.tr("Ca&ndidates:"))
        self.table.setAccessibleName(self.tr("Candidates"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Questioning notes"), self.tr("Status")])
