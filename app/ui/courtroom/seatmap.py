"""The courtroom's seat map: bench, jury box with reserves, counsel tables, witness stand, gallery.

Seats are buttons (focusable, named for screen readers). To swap two seats: drag one onto the
other, or activate one (Space, Enter or a click) and then the other; Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.state import SessionState
from app.ui.retranslate import Retranslating

MIME = "application/x-alqa-seat"
ROLE_STYLE = {  # told apart by outline and label, never by colour alone
    "judge": "border: 4px double palette(window-text);",
    "juror": "border: 2px solid palette(window-text);",
    "reserve": "border: 2px dashed palette(window-text);",
}


class SeatButton(QPushButton):
    """One seat: its title and who sits there."""

    dropped_on = Signal(str, str)  # (seat dragged, seat dropped on)

    def __init__(self, seat: str, role: str, movable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.seat, self.role, self.movable = seat, role, movable
        self.setObjectName(f"seat_{seat}")
        self.setCheckable(movable)
        self.setAcceptDrops(movable)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        style = ROLE_STYLE.get(role, "border: 1px solid palette(mid);")
        self.setStyleSheet(f"QPushButton {{ {style} border-radius: 6px; padding: 6px; text-align: center; }}"
                           "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
                           "QPushButton:focus { outline: 2px solid palette(highlight); }")
        self._press: QPoint | None = None

    def show_seat(self, title: str, name: str) -> None:
        self.setText(f"{title}\n{name}")
        self.setAccessibleName(f"{title}: {name}")

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.movable or self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return super().mouseMoveEvent(event)
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return None
        self._press = None
        self.setDown(False)
        mime = QMimeData()
        mime.setData(MIME, self.seat.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        source = bytes(event.mimeData().data(MIME)).decode()
        if source and source != self.seat:
            self.dropped_on.emit(source, self.seat)
            event.acceptProposedAction()


class SeatMap(Retranslating, QWidget):
    """Renders who sits where; asks for swaps through `swap_requested`."""

    swap_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True, name_pt: int | None = None,
                 jury_columns: int = 6):
        super().__init__(parent)
        self.setObjectName("seat_map")
        self._interactive, self._name_pt, self._jury_columns = interactive, name_pt, jury_columns
        if name_pt:  # group titles and the gallery as large as the names
            font = self.font()
            font.setPointSize(name_pt)
            self.setFont(font)
        self._buttons: dict[str, SeatButton] = {}
        self._shape: tuple | None = None
        self._picked: str | None = None
        self._state: SessionState | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._body: QWidget | None = None
        self._layout = QVBoxLayout()
        self._groups: dict[str, QGroupBox] = {}
        self._gallery = QLabel(objectName="gallery", wordWrap=True)

    # --- building ------------------------------------------------------------------------

    def _shape_of(self, state: SessionState) -> tuple:
        model, case = state.meta.model, state.meta.case
        if model is None:
            return ()
        return (model.id, max(model.seats.judges, 1), model.seats.lay, len(state.people.reserves),
                tuple(w.id for w in case.witnesses))

    def _build(self, state: SessionState) -> None:
        """Lay the seats out afresh in a new body widget (the old one goes with all it held)."""
        if self._body is not None:
            self._body.hide()
            self._body.setParent(None)  # out of the widget tree now, not at the next event loop
            self._body.deleteLater()
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self._body)
        self._buttons.clear()
        self._groups.clear()
        model, case = state.meta.model, state.meta.case
        judges = [f"judge-{i}" for i in range(1, max(model.seats.judges, 1) + 1)]
        top = QHBoxLayout()
        top.addWidget(self._group("bench", [*judges], "judge"), 3)
        top.addWidget(self._group("clerk", ["clerk"], "other"), 1)
        self._layout.addLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self._group("prosecution", ["prosecutor", "victim"], "other", columns=1), 1)
        middle.addWidget(self._group("witnesses", [f"witness-{w.id}" for w in case.witnesses], "other", columns=2), 2)
        middle.addWidget(self._group("defence", ["defence", "defendant"], "other", columns=1), 1)
        self._layout.addLayout(middle)
        jury = QHBoxLayout()
        jurors = [f"juror-{i}" for i in range(1, model.seats.lay + 1)]
        jury.addWidget(self._group("jury", jurors, "juror", columns=self._jury_columns), 4)
        reserves = [f"reserve-{i}" for i in range(1, len(state.people.reserves) + 1)]
        if reserves:
            jury.addWidget(self._group("reserves", reserves, "reserve", columns=1), 1)
        self._layout.addLayout(jury)
        gallery = QGroupBox(self._body, objectName="group_gallery")
        box = QVBoxLayout(gallery)
        self._gallery = QLabel(objectName="gallery", wordWrap=True)
        box.addWidget(self._gallery)
        self._groups["gallery"] = gallery
        self._layout.addWidget(gallery)
        self._layout.addStretch(1)

    def _group(self, key: str, seats: list[str], role: str, columns: int = 3) -> QGroupBox:
        group = QGroupBox(self._body, objectName=f"group_{key}")
        grid = QGridLayout(group)
        for i, seat in enumerate(seats):
            seat_role = "reserve" if seat.startswith("reserve") else seat.split("-")[0] if role != "other" else "other"
            movable = self._interactive and not seat.startswith("reserve")
            button = SeatButton(seat, seat_role, movable, group)
            if self._name_pt:
                font = button.font()
                font.setPointSize(self._name_pt)
                button.setFont(font)
            button.clicked.connect(lambda _=False, s=seat: self._activate(s))
            button.dropped_on.connect(self.swap_requested)
            if not self._interactive:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(button, i // columns, i % columns)
            self._buttons[seat] = button
        self._groups[key] = group
        return group

    # --- rendering -----------------------------------------------------------------------

    def render(self, state: SessionState, _event=None) -> None:
        """Show `state`; may run any number of times."""
        self._state = state
        shape = self._shape_of(state)
        if not shape:
            return
        if shape != self._shape:
            self._build(state)
            self._shape = shape
        self._retranslate()

    def _retranslate(self) -> None:
        state = self._state
        if state is None or not self._buttons:
            return
        titles = {"bench": self.tr("Bench"), "clerk": self.tr("Clerk's desk"), "prosecution": self.tr("Prosecution"),
                  "witnesses": self.tr("Witness stand"), "defence": self.tr("Defence"), "jury": self.tr("Jury box"),
                  "reserves": self.tr("Reserves"), "gallery": self.tr("Public gallery")}
        for key, group in self._groups.items():
            group.setTitle(titles[key])
            group.setAccessibleName(titles[key])
        people = state.people
        reserves = dict(enumerate(people.reserves, 1))
        for seat, button in self._buttons.items():
            if seat.startswith("reserve-"):
                member = reserves.get(int(seat.split("-")[1]))
            else:
                member = people.seats.get(seat)
            name = people.names.get(member, "") if member else self.tr("(empty)")
            button.show_seat(self.seat_title(seat), name)
            button.setToolTip(self._describe(seat))
            button.setChecked(seat == self._picked)
        seated = set(people.seats.values()) | set(people.reserves)
        watching = [n for m, n in people.names.items() if m not in seated]
        self._gallery.setText(", ".join(watching) if watching else self.tr("Nobody is watching."))
        self._gallery.setAccessibleName(self.tr("Public gallery: {names}").format(names=self._gallery.text()))

    def _describe(self, seat: str) -> str:
        """The tooltip: who a witness is in the case (the seat title only numbers them)."""
        role, _, rest = seat.partition("-")
        if role != "witness" or self._state is None:
            return ""
        witness = next((w for w in self._state.meta.case.witnesses if w.id == rest), None)
        return witness.name.pick(i18n.current()) if witness else ""

    def seat_title(self, seat: str) -> str:
        role, _, rest = seat.partition("-")
        if role == "witness" and self._state is not None:
            ids = [w.id for w in self._state.meta.case.witnesses]
            return self.tr("Witness {n}").format(n=ids.index(rest) + 1 if rest in ids else rest)
        numbered = {"judge": self.tr("Judge {n}"), "juror": self.tr("Juror {n}"), "reserve": self.tr("Reserve {n}")}
        if role in numbered:
            return numbered[role].format(n=rest)
        return {"prosecutor": self.tr("Prosecutor"), "defence": self.tr("Defence counsel"),
                "defendant": self.tr("Defendant"), "victim": self.tr("Victim"), "clerk": self.tr("Clerk")}[seat]

    # --- swapping ------------------------------------------------------------------------

    def _activate(self, seat: str) -> None:
        button = self._buttons[seat]
        if not button.movable:
            return
        if self._picked is None:
            self._picked = seat
        elif self._picked == seat:
            self._picked = None
        else:
            first, self._picked = self._picked, None
            self.swap_requested.emit(first, seat)
        self._retranslate()

    def picked(self) -> str | None:
        return self._picked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._picked:
            self._picked = None
            self._retranslate()
            return
        super().keyPressEvent(event)

