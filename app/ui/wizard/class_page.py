"""Wizard step 3: the class roster, typed, pasted or imported from a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from app import i18n
from app.core import events as ev
from app.core.errors import AlqaError, DataError
from app.core.lang import Msg
from app.core.roster import RosterResult, check_size, read_roster_bytes, read_roster_text
from app.core.state import SessionState
from app.ui.wizard.pages import StepPage

MAX_FILE = 1_000_000


def roster_events(state: SessionState, names: tuple[str, ...]) -> list[ev.Event]:
    """The events that make the session's roster `names`: new names added, missing ones removed."""
    have = {name.casefold(): member for member, name in state.people.names.items()}
    wanted = {name.casefold() for name in names}
    out: list[ev.Event] = [ev.ParticipantRemoved(m) for key, m in have.items() if key not in wanted]
    numbers = [int(m[1:]) for m in state.people.names if m[1:].isdigit()]
    next_no = max(numbers, default=0) + 1
    for name in names:
        if name.casefold() not in have:
            out.append(ev.ParticipantAdded(f"p{next_no}", name))
            next_no += 1
    return out


class ClassPage(StepPage):
    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_class")
        self.names = QPlainTextEdit(objectName="names")
        self.names.setTabChangesFocus(True)
        self._label = QLabel(objectName="names_label")
        self._label.setBuddy(self.names)
        self.import_button = QPushButton(objectName="import_roster")
        self.import_button.clicked.connect(self._import)
        self.count = QLabel(objectName="count")
        self.report = QLabel(objectName="report", wordWrap=True)
        self.names.textChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addWidget(self.names, 1)
        layout.addLayout(row)
        layout.addWidget(self.report)
        layout.addWidget(self.message)
        self._result: RosterResult | None = None
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        names = list(self.state.people.names.values())
        if names:
            self.names.setPlainText("\n".join(names))
        self._changed()

    def _parse(self, quiet: bool = False) -> RosterResult | None:
        try:
            return read_roster_text(self.names.toPlainText())
        except AlqaError as exc:
            if not quiet:
                self.say(i18n.text(exc.msg))
            return None

    def _changed(self) -> None:
        """Count as the teacher types; errors wait for Next (an empty list is no error yet)."""
        self._result = self._parse(quiet=True)
        if self._result is not None:
            self.say("")
        count = len(self._result.names) if self._result else 0
        self.count.setText(self.tr("%n name(s)", "", count))
        self.count.setAccessibleName(self.count.text())
        self.completeChanged.emit()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the class list"), "",
                                              self.tr("Class lists (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read a roster file into the list; a file that is not a roster changes nothing."""
        try:
            if path.stat().st_size > MAX_FILE:
                raise DataError(Msg.of("roster.too_large", limit_mb=MAX_FILE // 1_000_000))
            result = read_roster_bytes(path.read_bytes())
        except OSError as exc:
            self.say(self.tr("The file {file} cannot be read: {reason}").format(file=path.name, reason=exc.strerror))
            return False
        except AlqaError as exc:
            self.say(i18n.text(exc.msg))
            return False
        self.names.setPlainText("\n".join(result.names))
        lines = [i18n.text(n.msg) for n in result.notes]  # each note names its line already
        self.report.setText("\n".join(lines[:12] + (["…"] if len(lines) > 12 else [])))
        self.say(self.tr("Names taken from {file}: {count}.").format(file=path.name, count=len(result.names)))
        return True

    def isComplete(self) -> bool:  # noqa: N802
        return self._result is not None and 3 <= len(self._result.names) <= 60

    def validatePage(self) -> bool:  # noqa: N802
        result = self._parse()
        if result is None:
            return False
        try:
            check_size(result)
        except AlqaError as exc:
            self.say(i18n.text(exc.msg))
            return False
        return self.controller.append_all(roster_events(self.state, result.names))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The class"))
        self.setSubTitle(self.tr("Type or paste the names, one a line (3 to 60), or import a class list."))
        self._label.setText(self.tr("&Names:"))
        self.names.setAccessibleName(self.tr("Names of the class, one a line"))
        self.names.setPlaceholderText(self.tr("Әйгерім Сәтбаева\nНұрсұлтан Жақсылықов\nDina O'Brien"))
        self.import_button.setText(self.tr("&Import from CSV…"))
        self.import_button.setAccessibleName(self.tr("Import from CSV"))
        self._changed()
