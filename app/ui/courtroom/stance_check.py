"""The private stance check, passed round the panel: one member at a time, nothing left behind.

Screen 1 (and 3) asks to pass the laptop on; screen 2 takes one member's stance, how sure they
are and whose arguments moved them. Before screen 3 shows, screen 2 is reset: no trace of a
choice stays in any text, tooltip, accessible name, checked state, slider or combo.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core import events as ev
from app.core.errors import RuleViolation
from app.core.fold import apply
from app.core.rules import validate
from app.core.state import SessionState
from app.ui import theme
from app.ui.retranslate import Retranslating
from app.ui.theme import GUILTY, NOT_GUILTY, UNDECIDED

# stance -> (colour, shape, text colour on the filled colour): colour AND shape, never colour alone
LOOK = {"guilty": (GUILTY, "■", "#ffffff"), "not_guilty": (NOT_GUILTY, "●", "#ffffff"),
        "undecided": (UNDECIDED, "○", "#000000")}
TOWARD = ("", "guilty", "not_guilty")  # combo index -> InfluenceReported.toward ("" = not named)
MIDDLE = 50
OPEN_CONFIDENCE = 50  # a show of hands says nothing of how sure; the middle of the scale
SEAT_WORDS = {"judge": QT_TRANSLATE_NOOP("SeatMap", "Judge {n}"), "juror": QT_TRANSLATE_NOOP("SeatMap", "Juror {n}"),
              "reserve": QT_TRANSLATE_NOOP("SeatMap", "Reserve {n}"), "witness": QT_TRANSLATE_NOOP("SeatMap", "Witness {n}"),
              "prosecutor": QT_TRANSLATE_NOOP("SeatMap", "Prosecutor"),
              "defence": QT_TRANSLATE_NOOP("SeatMap", "Defence counsel"),
              "defendant": QT_TRANSLATE_NOOP("SeatMap", "Defendant"), "victim": QT_TRANSLATE_NOOP("SeatMap", "Victim"),
              "clerk": QT_TRANSLATE_NOOP("SeatMap", "Clerk")}
STANCE_WORDS = {"guilty": QT_TRANSLATE_NOOP("StanceCheck", "Guilty"),
                "not_guilty": QT_TRANSLATE_NOOP("StanceCheck", "Not guilty"),
                "undecided": QT_TRANSLATE_NOOP("StanceCheck", "Undecided")}


def seat_title(state: SessionState, seat: str) -> str:
    """'Juror 3', 'Judge 1', 'Witness 2', 'Prosecutor': the seat map's words (its catalogue)."""
    role, _, rest = seat.partition("-")
    if role == "witness" and state.meta.case:
        ids = [w.id for w in state.meta.case.witnesses]
        rest = str(ids.index(rest) + 1) if rest in ids else rest
    return QCoreApplication.translate("SeatMap", SEAT_WORDS.get(role, seat)).format(n=rest)


def stance_words() -> dict[str, str]:
    return {k: QCoreApplication.translate("StanceCheck", v) for k, v in STANCE_WORDS.items()}


def refusal(state: SessionState, events: list) -> str | None:
    """Why the rules would refuse this batch (in words), or None: check all before appending any."""
    try:
        for event in events:
            validate(state, event)
            state = apply(state, event)
    except RuleViolation as violation:
        return i18n.text(violation.msg)
    return None


def pending(state: SessionState) -> list[tuple[str, str]]:
    """(seat, member) of the deliberators with no stance yet this round, in seat order."""
    r = state.round
    if r is None:
        return []
    return [(seat, m) for seat, m in state.deliberators().items() if m not in r.stances]


def stance_button_style(stance: str) -> str:
    colour, _, on_colour = LOOK[stance]
    return (f"QPushButton {{ border: 4px solid {colour}; border-radius: 10px; padding: 18px; font-weight: bold; }}"
            f"QPushButton:checked {{ background: {colour}; color: {on_colour}; }}"
            "QPushButton:focus { outline: 3px dashed palette(highlight); }")


class StanceCheck(Retranslating, QWidget):
    """One member after another gives a private stance; `closed` when the teacher takes it back."""

    closed = Signal()

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stance_check")
        self._controller = controller
        self._member: str | None = None  # who is answering now (screen 2), else None
        self._recorded = False  # screen 3: someone has just saved
        self._rows: dict[str, tuple[QLabel, QComboBox]] = {}
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._build_pass_page())
        self._stack.addWidget(self._build_answer_page())
        QVBoxLayout(self).addWidget(self._stack)
        controller.state_changed.connect(self.render)
        self._retranslate()

    # --- building ------------------------------------------------------------------------

    def _big(self, widget: QWidget, scale: float) -> QWidget:
        return theme.enlarge(widget, scale, bold=False)

    def _build_pass_page(self) -> QWidget:
        page = QWidget(objectName="pass_page")
        self._pass_text = self._big(QLabel(objectName="pass_text", wordWrap=True,
                                           alignment=Qt.AlignmentFlag.AlignCenter), 2.0)
        self._i_am = self._big(QPushButton(objectName="i_am", default=True, autoDefault=True), 1.8)
        self._i_am.setMinimumHeight(90)
        self._i_am.setStyleSheet("QPushButton { padding: 12px 48px; }")
        self._i_am.clicked.connect(self._on_i_am)
        self._close = QPushButton(objectName="close", clicked=self._on_close)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._pass_text)
        layout.addSpacing(24)
        layout.addWidget(self._i_am, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_answer_page(self) -> QWidget:
        page = QWidget(objectName="answer_page")
        page.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._who = self._big(QLabel(objectName="who", wordWrap=True), 1.5)
        self._question = self._big(QLabel(objectName="stance_question", wordWrap=True), 1.2)
        row = self._build_stance_row(page)
        self._sure_label = self._big(QLabel(objectName="confidence_label"), 1.2)
        self._sure = QSlider(Qt.Orientation.Horizontal, objectName="confidence", minimum=0, maximum=100)
        self._sure.setValue(MIDDLE)
        self._sure.setPageStep(10)
        self._sure_value = self._big(QLabel(str(MIDDLE), objectName="confidence_value"), 1.2)
        self._sure_value.setMinimumWidth(self._sure_value.fontMetrics().horizontalAdvance("1000"))
        self._sure.valueChanged.connect(lambda v: self._sure_value.setText(str(v)))
        self._sure_label.setBuddy(self._sure)
        sure_row = QHBoxLayout()
        sure_row.addWidget(self._sure, 1)
        sure_row.addWidget(self._sure_value)
        self._moved_label = self._big(QLabel(objectName="moved_label", wordWrap=True), 1.2)
        self._moved_grid = QGridLayout()
        holder = QWidget(objectName="moved_people")
        holder.setLayout(self._moved_grid)
        self._scroll = QScrollArea(objectName="moved_scroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self._scroll.setWidget(holder)
        self._message = QLabel(objectName="message", wordWrap=True)
        self._message.setStyleSheet("QLabel { color: palette(link); font-weight: bold; }")
        self._not_me = QPushButton(objectName="not_me", clicked=self._back_to_pass)
        self._save = self._big(QPushButton(objectName="save", enabled=False, clicked=self._on_save), 1.3)
        buttons = QHBoxLayout()
        buttons.addWidget(self._not_me)
        buttons.addStretch(1)
        buttons.addWidget(self._save)
        layout = QVBoxLayout(page)
        for item in (self._who, self._question, row, self._sure_label, sure_row, self._moved_label, self._scroll,
                     self._message, buttons):
            (layout.addLayout if isinstance(item, QHBoxLayout) else layout.addWidget)(item)
        layout.setStretchFactor(self._scroll, 1)
        return page

    def _build_stance_row(self, page: QWidget) -> QHBoxLayout:
        """Three big toggles: colour AND shape AND words."""
        self._stances = QButtonGroup(page, exclusive=True)
        row = QHBoxLayout()
        for stance in LOOK:
            button = self._big(QPushButton(objectName=f"stance_{stance}", checkable=True), 1.6)
            button.setStyleSheet(stance_button_style(stance))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(90)
            self._stances.addButton(button)
            row.addWidget(button)
        self._stances.buttonClicked.connect(lambda _b: self._save.setEnabled(True))
        return row

    def _build_rows(self, state: SessionState) -> None:
        """A combo for everyone seated (hidden for the member answering); built once per seating."""
        seats = sorted(state.people.seats.items(), key=lambda kv: _order(kv[0]))
        if [m for _, m in seats] == list(self._rows):
            return
        for label, combo in self._rows.values():
            label.deleteLater()
            combo.deleteLater()
        self._rows = {}
        for seat, member in seats:
            label = QLabel(objectName=f"moved_label_{member}")
            combo = QComboBox(objectName=f"moved_{member}")
            combo.addItems(["", "", ""])
            label.setBuddy(combo)
            label.setProperty("seat", seat)
            self._rows[member] = (label, combo)
        self._moved_grid.setColumnStretch(1, 1)
        self._moved_grid.setColumnStretch(3, 1)

    # --- rendering -----------------------------------------------------------------------

    def render(self, state: SessionState | None = None, _event=None) -> None:
        """Show the pass screen for the next member (or the end), or the answer screen's names."""
        state = state if state is not None else self._controller.state
        if state.round is None:
            return
        self._build_rows(state)
        self._retranslate_rows(state)
        names = state.people.names
        if self._member is not None:
            seat = state.people.seat_of(self._member) or ""
            self._who.setText(self.tr("{seat}, {name}").format(seat=seat_title(state, seat),
                                                              name=names.get(self._member, "")))
            self._who.setAccessibleName(self._who.text())
            return
        nxt = pending(state)
        if nxt:
            seat, member = nxt[0]
            who = {"seat": seat_title(state, seat), "name": names.get(member, "")}
            text = (self.tr("Recorded. Pass the laptop to {seat}, {name}.") if self._recorded
                    else self.tr("Pass the laptop to {seat}, {name}.")).format(**who)
            self._i_am.setText(self.tr("I am {name}").format(name=who["name"]))
            self._i_am.setAccessibleName(self._i_am.text())
        else:
            text = self.tr("Everyone has answered. Give the laptop back to the teacher.")
        self._i_am.setVisible(bool(nxt))
        self._pass_text.setText(text)
        self._pass_text.setAccessibleName(text)
        self._i_am.setDefault(bool(nxt))
        self._close.setDefault(not nxt)
        (self._i_am if nxt else self._close).setFocus()

    def _retranslate_rows(self, state: SessionState) -> None:
        words = [self.tr("—"), self.tr("toward guilty"), self.tr("toward acquittal")]
        shown = [m for m in self._rows if m != self._member]  # in two columns, no gap for the member
        half = (len(shown) + 1) // 2
        for member, (label, combo) in self._rows.items():
            who = self.tr("{seat}, {name}").format(seat=seat_title(state, label.property("seat")),
                                                  name=state.people.names.get(member, ""))
            label.setText(who)
            combo.setAccessibleName(self.tr("Did {who} move you?").format(who=who))
            for i, word in enumerate(words):
                combo.setItemText(i, word)
            visible = member != self._member
            label.setVisible(visible)
            combo.setVisible(visible)
            if visible:
                i = shown.index(member)
                self._moved_grid.addWidget(label, i % half, (i // half) * 2)
                self._moved_grid.addWidget(combo, i % half, (i // half) * 2 + 1)

    def _retranslate(self) -> None:
        self._close.setText(self.tr("&Close"))
        self._close.setAccessibleName(self.tr("Close the stance check"))
        self._question.setText(self.tr("What do you think now?"))
        self._question.setAccessibleName(self._question.text())
        words = {"guilty": self.tr("&Guilty"), "not_guilty": self.tr("&Not guilty"),
                 "undecided": self.tr("&Undecided")}
        for button in self._stances.buttons():
            stance = button.objectName().removeprefix("stance_")
            button.setText(f"{LOOK[stance][1]}  {words[stance]}")
            button.setAccessibleName(words[stance].replace("&", ""))
        self._sure_label.setText(self.tr("How &sure are you?"))
        self._sure.setAccessibleName(self.tr("How sure are you?"))
        self._sure_value.setAccessibleName(self.tr("How sure, 0 to 100"))
        self._moved_label.setText(self.tr("Whose arguments moved you? Name only those who did."))
        self._moved_label.setAccessibleName(self._moved_label.text())
        self._scroll.setAccessibleName(self.tr("Whose arguments moved you?"))
        self._not_me.setText(self.tr("&Back: this is not me"))
        self._not_me.setAccessibleName(self.tr("Back: this is not me"))
        self._save.setText(self.tr("&Save"))
        self._save.setAccessibleName(self.tr("Save my answer"))
        self.render()

    # --- intents -------------------------------------------------------------------------

    def _on_i_am(self) -> None:
        nxt = pending(self._controller.state)
        if not nxt:
            return
        self._member, self._recorded = nxt[0][1], False
        self._clear_answer()
        self.render()
        self._stack.setCurrentIndex(1)
        self._stack.currentWidget().setFocus()  # no stance button looks picked; Tab reaches them

    def _on_save(self) -> None:
        state, member = self._controller.state, self._member
        checked = self._stances.checkedButton()
        if member is None or checked is None or state.round is None:
            return
        no = state.round.no
        events = [ev.StanceRecorded(no, member, checked.objectName().removeprefix("stance_"), self._sure.value())]
        events += [ev.InfluenceReported(no, member, source, TOWARD[combo.currentIndex()])
                   for source, (_, combo) in self._rows.items() if combo.currentIndex() and source != member]
        why = refusal(state, events)
        if why is not None or not self._controller.append_all(events):
            self._say(why or self.tr("This answer could not be saved. Ask the teacher."))
            return
        self._recorded = True
        self._back_to_pass()

    def _back_to_pass(self) -> None:
        """Wipe screen 2 first, then show the neutral pass screen."""
        self._member = None
        self._clear_answer()
        self.render()
        self._stack.setCurrentIndex(0)
        self.render()

    def _clear_answer(self) -> None:
        self._stances.setExclusive(False)
        for button in self._stances.buttons():
            button.setChecked(False)
        self._stances.setExclusive(True)
        with QSignalBlocker(self._sure):
            self._sure.setValue(MIDDLE)
        self._sure_value.setText(str(MIDDLE))
        for _, combo in self._rows.values():
            combo.setCurrentIndex(0)
        self._save.setEnabled(False)
        self._who.setText("")
        self._who.setAccessibleName("")
        self._say("")

    def _say(self, text: str) -> None:
        self._message.setText(text)
        self._message.setAccessibleName(text)

    def _on_close(self) -> None:
        self._back_to_pass()
        self.closed.emit()


RANK = {"judge": 0, "juror": 1, "prosecutor": 2, "defence": 3, "defendant": 4, "victim": 5, "witness": 6, "clerk": 7}


def _order(seat: str) -> tuple[int, str, int]:
    """Bench, jury, then the others: deliberators first in the 'who moved you' list."""
    role, _, rest = seat.partition("-")
    return (RANK.get(role, 8), "" if rest.isdigit() else rest, int(rest) if rest.isdigit() else 0)


class OpenCheckDialog(QDialog):
    """The teacher records stances given by a show of hands: one combo per member not yet asked."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent, objectName="open_check_dialog", modal=True)
        self._controller, state, words = controller, controller.state, stance_words()
        self._combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for row, (seat, member) in enumerate(pending(state)):
            who = self.tr("{seat}, {name}").format(seat=seat_title(state, seat), name=state.people.names[member])
            combo = QComboBox(objectName=f"open_{member}")
            combo.addItem(self.tr("—"), "")
            for stance, (_, shape, _) in LOOK.items():
                combo.addItem(f"{shape} {words[stance]}", stance)
            combo.setAccessibleName(self.tr("Stance of {who}").format(who=who))
            label = QLabel(who, buddy=combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self._combos[member] = combo
        self._message = QLabel(objectName="open_message", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("open_save")
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save the stances"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Quick open stance check: stances by a show of hands"))
        layout = QVBoxLayout(self)
        for item in (grid, self._message, buttons):
            (layout.addLayout if isinstance(item, QGridLayout) else layout.addWidget)(item)

    def _on_save(self) -> None:
        state = self._controller.state
        events = [ev.StanceRecorded(state.round.no, member, combo.currentData(), OPEN_CONFIDENCE, open=True)
                  for member, combo in self._combos.items() if combo.currentData()]
        why = refusal(state, events)
        if why is None and self._controller.append_all(events):
            self.accept()
            return
        self._message.setText(why or self.tr("The stances could not be saved."))
        self._message.setAccessibleName(self._message.text())
