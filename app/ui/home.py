"""Home: continue a recent session, open the demo, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import AlqaError
from app.core.lang import Msg
from app.ui import theme
from app.ui.confirm import confirm
from app.ui.retranslate import Retranslating

_ROOT = QModelIndex()


class RecentSessionsModel(QAbstractTableModel):
    """Sessions in the data folder, newest first: title, case, last change, phase."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self.broken: list[tuple[Path, Msg]] = []

    def refresh(self) -> None:
        from app.store import sessions as catalogue  # after the window shows: start-up stays quick

        self.beginResetModel()
        self._rows, self.broken = catalogue.list_sessions()
        self.endResetModel()

    def info(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Session"), self.tr("Case"), self.tr("Last change"), self.tr("Phase"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        s = self._rows[index.row()]
        lang = i18n.current()
        case = s.case_title.get(lang) or s.case_title.get("en") or next(iter(s.case_title.values()), "")
        values = (s.title, case, s.updated_at[:16].replace("T", " "), i18n.text(Msg.of(f"phase.{s.phase}")))
        return values[index.column()]


class HomePage(Retranslating, QWidget):
    new_requested = Signal()
    open_requested = Signal(object)  # a session path
    demo_requested = Signal()
    library_requested = Signal()
    settings_requested = Signal()
    replay_requested = Signal(object)  # a session file or session JSON to replay, read-only
    plan_requested = Signal()  # what would a made-up class decide? (the faction model)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("home")
        self._heading = QLabel(objectName="heading")
        theme.enlarge(self._heading, 2)
        self._intro = QLabel(objectName="intro", wordWrap=True)
        self._new = QPushButton(objectName="new_session")
        self._demo = QPushButton(objectName="demo")
        self._library = QPushButton(objectName="library")
        self._settings = QPushButton(objectName="settings")
        self._replay = QPushButton(objectName="replay")
        self._plan = QPushButton(objectName="plan")
        self._recent_label = QLabel(objectName="recent_label")
        self.model = RecentSessionsModel(self)
        self.table = QTableView(objectName="recent")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self._continue())
        self._recent_label.setBuddy(self.table)
        self._empty = QLabel(objectName="empty", wordWrap=True)
        self._continue_button = QPushButton(objectName="continue")
        self._rename = QPushButton(objectName="rename")
        self._delete = QPushButton(objectName="delete")
        self._message = QLabel(objectName="message", wordWrap=True)
        self._new.clicked.connect(self.new_requested)
        self._demo.clicked.connect(self.demo_requested)
        self._library.clicked.connect(self.library_requested)
        self._settings.clicked.connect(self.settings_requested)
        self._replay.clicked.connect(self.choose_replay)
        self._plan.clicked.connect(self.plan_requested)
        self._continue_button.clicked.connect(self._continue)
        self._rename.clicked.connect(self._rename_selected)
        self._delete.clicked.connect(self._delete_selected)
        actions = QHBoxLayout()
        for button in (self._new, self._library, self._demo, self._replay, self._plan, self._settings):
            actions.addWidget(button)
        self._new.setDefault(True)
        actions.addStretch(1)
        row = QHBoxLayout()
        for button in (self._continue_button, self._rename, self._delete):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(actions)
        layout.addSpacing(12)
        layout.addWidget(self._recent_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._empty)
        layout.addLayout(row)
        layout.addWidget(self._message)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._retranslate(refresh=False)
        QTimer.singleShot(0, self.refresh)  # list the sessions once the window is on screen

    def refresh(self) -> None:
        self.model.refresh()
        has = self.model.rowCount() > 0
        self._recent_label.setText(self.tr("&Recent sessions (%n)", "", self.model.rowCount()))
        self.table.setVisible(has)
        self._empty.setVisible(not has)
        if has:
            self.table.selectRow(0)
        problems = [self.tr("{file} could not be opened: {reason}").format(file=p.name, reason=i18n.text(m))
                    for p, m in self.model.broken]
        self._message.setText("\n".join(problems))
        self._update_buttons()

    def choose_replay(self) -> None:
        """Pick a session file or a session JSON export, and ask for its replay."""
        from PySide6.QtWidgets import QFileDialog

        from app.store import places

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Replay a session"), str(places.sessions_dir()),
            self.tr("Sessions and session exports (*.alqa *.json);;Session files (*.alqa);;Session JSON (*.json)"))
        if path:
            self.replay_requested.emit(Path(path))

    def say(self, words: str) -> None:
        """A message under the list (why a file could not be opened)."""
        self._message.setText(words)
        self._message.setAccessibleName(words)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        for button in (self._continue_button, self._rename, self._delete):
            button.setEnabled(chosen)

    def _continue(self) -> None:
        info = self._selected()
        if info:
            self.open_requested.emit(info.path)

    def _rename_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename session"), self.tr("New title:"), text=info.title)
        if not ok:
            return
        from app.store import sessions as catalogue

        try:
            catalogue.rename(info.path, title)
        except AlqaError as exc:
            self._message.setText(i18n.text(exc.msg))
            return
        self.refresh()

    def _delete_selected(self) -> None:
        info = self._selected()
        if info is None:
            return
        if not confirm(self, self.tr("Delete session"),
                       self.tr("Delete the session \"{title}\" and its backups? This cannot be undone.")
                       .format(title=info.title), self.tr("Delete")):
            return
        from app.store import sessions as catalogue

        try:
            catalogue.delete(info.path)
        except AlqaError as exc:
            self._message.setText(i18n.text(exc.msg))
            return
        self.refresh()

    def _retranslate(self, refresh: bool = True) -> None:
        self._heading.setText(self.tr("Alqa"))
        self._intro.setText(self.tr("Stage a mock trial: seat the court, deliberate, vote by secret ballot on this "
                                    "laptop, and see how opinions moved one another."))
        pairs = ((self._new, self.tr("&New session…"), self.tr("New session")),
                 (self._library, self.tr("Case &library"), self.tr("Case library")),
                 (self._demo, self.tr("Open the &demo session"), self.tr("Open the demo session")),
                 (self._settings, self.tr("&Settings…"), self.tr("Settings")),
                 (self._replay, self.tr("Re&play a session…"), self.tr("Replay a session, read-only")),
                 (self._plan, self.tr("Plan a less&on…"), self.tr("Plan a lesson: what would a class decide?")),
                 (self._continue_button, self.tr("&Continue"), self.tr("Continue the selected session")),
                 (self._rename, self.tr("Ren&ame…"), self.tr("Rename the selected session")),
                 (self._delete, self.tr("Dele&te…"), self.tr("Delete the selected session")))
        for button, text, name in pairs:
            button.setText(text)
            button.setAccessibleName(name)
        self._recent_label.setText(self.tr("&Recent sessions (%n)", "", self.model.rowCount()))
        self.table.setAccessibleName(self.tr("Recent sessions"))
        self._empty.setText(self.tr("No sessions yet. Start a new session, or open the demo session to see a "
                                    "seated courtroom."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if refresh:
            self.model.refresh()

