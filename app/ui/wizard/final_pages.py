"""Wizard steps 5 and 6: the other roles (chosen or drawn), then privacy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app import i18n
from app.core import events as ev
from app.core.selection import new_seed, shuffled
from app.core.state import SessionState
from app.store import pin as pins
from app.ui.wizard.pages import StepPage


def role_seats(state: SessionState) -> list[str]:
    """The seats other than the jury's, in the order a court fills them."""
    model, case = state.meta.model, state.meta.case
    judges = [f"judge-{i}" for i in range(1, max(model.seats.judges, 1) + 1)]
    return [*judges, "prosecutor", "defence", "defendant", "victim", *(f"witness-{w.id}" for w in case.witnesses),
            "clerk"]


class RolesPage(StepPage):
    """Judges, prosecutor, defence, defendant, victim, witnesses, clerk: chosen or drawn."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_roles")
        self.form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.draw = QPushButton(objectName="draw_roles", clicked=self._draw)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.draw)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.retranslate()

    def _title(self, seat: str) -> str:
        role, _, rest = seat.partition("-")
        if role == "witness":
            witness = next(w for w in self.state.meta.case.witnesses if w.id == rest)
            return self.tr("Witness: {name}").format(name=witness.name.pick(i18n.current()).split(",")[0])
        if role == "judge":
            return self.tr("Judge {n}").format(n=rest)
        return {"prosecutor": self.tr("Prosecutor"), "defence": self.tr("Defence counsel"),
                "defendant": self.tr("Defendant"), "victim": self.tr("Victim"), "clerk": self.tr("Clerk")}[seat]

    def _build(self, state: SessionState) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.labels.clear()
        for seat in role_seats(state):
            combo = QComboBox(objectName=f"role_{seat}")
            combo.activated.connect(lambda _i, s=seat: self._chosen(s))
            label = QLabel()
            label.setBuddy(combo)
            self.form.addRow(label, combo)
            self.combos[seat], self.labels[seat] = combo, label

    def render(self, state: SessionState) -> None:
        if not state.created:
            return
        if list(self.combos) != role_seats(state):
            self._build(state)
        people = state.people
        busy = set(people.seats.values()) | set(people.reserves)
        for seat, combo in self.combos.items():
            title = self._title(seat)
            self.labels[seat].setText(title)
            combo.setAccessibleName(title)
            holder = people.seats.get(seat)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(nobody)"), "")
            for member, name in people.names.items():
                if member == holder or member not in busy:
                    combo.addItem(name, member)
            combo.setCurrentIndex(max(0, combo.findData(holder or "")))
            combo.blockSignals(False)

    def _chosen(self, seat: str) -> None:
        member = self.combos[seat].currentData()
        events: list[ev.Event] = []
        if seat in self.state.people.seats:
            events.append(ev.SeatVacated(seat))
        if member:
            events.append(ev.SeatAssigned(seat, member))
        self.controller.append_all(events)

    def _draw(self) -> None:
        """Fill every empty role by lot from those without a seat."""
        people = self.state.people
        busy = set(people.seats.values()) | set(people.reserves)
        free = shuffled([m for m in people.names if m not in busy], new_seed())
        empty = [s for s in self.combos if s not in people.seats]
        self.controller.append_all([ev.SeatAssigned(seat, member) for seat, member in zip(empty, free, strict=False)])

    def isComplete(self) -> bool:  # noqa: N802
        model = self.state.meta.model
        return model is not None and len(self.state.people.seated("judge")) >= model.seats.judges

    def retranslate(self) -> None:
        self.setTitle(self.tr("The other roles"))
        self.setSubTitle(self.tr("Choose who plays each role, or draw them. Everyone else watches from the gallery."))
        self.draw.setText(self.tr("&Draw the empty roles"))
        self.draw.setAccessibleName(self.tr("Draw the empty roles"))
        if self.controller.state.created:
            self.render(self.controller.state)


class PrivacyPage(StepPage):
    """Teacher PIN, secret or open ballot, voter codes, anonymous exports."""

    def __init__(self, controller, settings: dict, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_privacy")
        self._settings = settings
        self.secret = QRadioButton(objectName="ballot_secret")
        self.open = QRadioButton(objectName="ballot_open")
        self.codes = QCheckBox(objectName="voter_codes")
        self.anonymous = QCheckBox(objectName="anonymous_exports", checked=True)
        self.warning = QLabel(objectName="anonymous_warning", wordWrap=True)
        self.anonymous.toggled.connect(self._warn)
        self.pin = QLineEdit(objectName="pin", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.pin_again = QLineEdit(objectName="pin_again", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self._pin_label, self._again_label = QLabel(), QLabel()
        self._pin_label.setBuddy(self.pin)
        self._again_label.setBuddy(self.pin_again)
        form = QFormLayout()
        form.addRow(self._pin_label, self.pin)
        form.addRow(self._again_label, self.pin_again)
        layout = QVBoxLayout(self)
        for widget in (self.secret, self.open, self.codes, self.anonymous, self.warning):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        meta = self.state.meta
        court_way = meta.model.ballot if meta.model else "secret"
        ballot = meta.ballot if meta.privacy_set else ("open" if court_way == "open" else "secret")
        (self.open if ballot == "open" else self.secret).setChecked(True)
        self.codes.setChecked(meta.voter_codes)
        self.anonymous.setChecked(meta.anonymous_exports)

    def _warn(self, on: bool) -> None:
        self.warning.setText("" if on else self.tr("Exports will show the students' names. Share them only where "
                                                   "the students and their parents have agreed."))

    def validatePage(self) -> bool:  # noqa: N802
        new, again = self.pin.text(), self.pin_again.text()
        pin_hash = self.state.meta.pin_hash or self._settings.get("pin_hash", "")
        if new or again:
            if new != again:
                self.say(self.tr("The two PINs differ. Type the same PIN twice."))
                return False
            if not pins.valid_pin(new):
                self.say(self.tr("A PIN is 4 to 12 digits."))
                return False
            pin_hash = pins.hash_pin(new)
        ballot = "open" if self.open.isChecked() else "secret"
        return self.controller.append(ev.PrivacySet(ballot, self.codes.isChecked(), self.anonymous.isChecked(),
                                                    pin_hash))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Privacy"))
        self.setSubTitle(self.tr("How the panel votes, and what leaves this laptop."))
        texts = ((self.secret, self.tr("&Secret ballot: nobody can see who voted how")),
                 (self.open, self.tr("&Open ballot: every ballot names its voter (for teaching)")),
                 (self.codes, self.tr("Personal voter &codes")),
                 (self.anonymous, self.tr("&Anonymous exports (names replaced by seats)")))
        for widget, text in texts:
            widget.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        has = bool(self._settings.get("pin_hash"))
        self._pin_label.setText(self.tr("Teacher &PIN:"))
        self._again_label.setText(self.tr("PIN a&gain:"))
        self.pin.setAccessibleName(self.tr("Teacher PIN"))
        self.pin_again.setAccessibleName(self.tr("Teacher PIN again"))
        self.pin.setPlaceholderText(self.tr("Leave empty to keep your teacher PIN") if has else
                                    self.tr("4 to 12 digits, or leave empty for no PIN"))
        self._warn(self.anonymous.isChecked())
