"""The main window: home and the courtroom in one stack, menus, settings applied at run time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget

from app import i18n
from app.core.errors import AlqaError
from app.store import settings as stored
from app.ui import theme
from app.ui.about import app_icon
from app.ui.controller import SessionController
from app.ui.home import HomePage
from app.ui.retranslate import Retranslating
from app.ui.settings import SettingsDialog

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: dict | None = None):
        super().__init__()
        self.setObjectName("main_window")
        QApplication.setWindowIcon(app_icon())  # every window and dialog of the app, and the task bar
        self.setWindowIcon(app_icon())
        self.settings = dict(settings if settings is not None else stored.load())
        self.controller = SessionController(self)
        self.home = HomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._courtroom = None  # built when the first session opens: start-up shows home sooner
        self.projector = None
        self.wizard = None
        self.home.new_requested.connect(self.new_session)
        self.home.open_requested.connect(self.open_session)
        self.home.demo_requested.connect(self.open_demo)
        self.home.library_requested.connect(self.show_library)
        self._library = None
        self.home.settings_requested.connect(self.show_settings)
        self.home.replay_requested.connect(self.open_replay)
        self.home.plan_requested.connect(self.show_plan)
        self._replay = None  # the replay page, built the first time a session is replayed
        self.plan = None  # the planning dialog, while open
        self._make_actions()
        self._retranslate()
        self.resize(1200, 800)

    # --- menus ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.act_new = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_session)
        self.act_home = QAction(self, shortcut=QKeySequence("Ctrl+Home"), triggered=self.show_home)
        self.act_library = QAction(self, triggered=self.show_library)
        self.act_demo = QAction(self, triggered=self.open_demo)
        self.act_replay = QAction(self, triggered=lambda: self.home.choose_replay())
        self.act_plan = QAction(self, triggered=self.show_plan)
        self.act_settings = QAction(self, shortcut=QKeySequence.StandardKey.Preferences, triggered=self.show_settings)
        self.act_quit = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.act_projector = QAction(self, shortcut=QKeySequence("F5"), triggered=self.show_projector)
        self.act_large = QAction(self, checkable=True, shortcut=QKeySequence("Ctrl+L"), triggered=self._toggle_large)
        self.act_large.setChecked(bool(self.settings.get("large_text")))
        self.act_about = QAction(self, triggered=self.show_about)
        self.menu_file = self.menuBar().addMenu("")
        for action in (self.act_new, self.act_home, self.act_library, self.act_demo, self.act_replay, self.act_plan,
                       self.act_settings, self.act_quit):
            self.menu_file.addAction(action)
        self.menu_view = self.menuBar().addMenu("")
        self.menu_view.addAction(self.act_projector)
        self.menu_view.addAction(self.act_large)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.act_about)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alqa"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New session…"))
        self.act_home.setText(self.tr("&Home"))
        self.act_library.setText(self.tr("Case &library"))
        self.act_demo.setText(self.tr("Open the &demo session"))
        self.act_replay.setText(self.tr("&Replay a session…"))
        self.act_plan.setText(self.tr("Plan a less&on…"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_projector.setText(self.tr("&Projector window"))
        self.act_large.setText(self.tr("Projector &mode (large text)"))
        self.act_about.setText(self.tr("&About Alqa"))

    # --- sessions ------------------------------------------------------------------------

    @property
    def courtroom(self):
        if self._courtroom is None:
            from app.ui.courtroom.page import CourtroomPage

            self._courtroom = CourtroomPage(self.controller, self)
            self._courtroom.home_requested.connect(self.show_home)
            self._courtroom.projector_requested.connect(self.show_projector)
            self._courtroom.evidence_requested.connect(self.show_evidence)
            self._courtroom.network_on_projector.connect(self.show_network)
            self.stack.addWidget(self._courtroom)
        return self._courtroom

    def open_session(self, path: Path) -> bool:
        from app.store.live import LiveSession
        from app.store.session import SessionBusy

        try:
            live = LiveSession.open(path)
        except SessionBusy as exc:
            self._notice(exc.msg)
            try:
                live = LiveSession.open(path, readonly=True)
            except AlqaError as again:
                return self._failed(again)
        except AlqaError as exc:
            return self._failed(exc)
        for notice in live.store.notices:
            self._notice(notice)
        self.controller.open(live)
        state = live.state
        courtroom = self.courtroom  # built before the state arrives, so it renders it
        courtroom.render(state)
        if state.phase == "setup" and not state.meta.privacy_set and not live.store.readonly:
            self._run_wizard()  # an unfinished set-up goes on where it stopped
        else:
            self.stack.setCurrentWidget(self.courtroom)
        return True

    def new_session(self) -> None:
        self.controller.close()
        self.courtroom  # noqa: B018 (the courtroom listens to the session the wizard creates)
        self._run_wizard()

    def _run_wizard(self) -> None:
        from app.ui.wizard.wizard import NewSessionWizard

        self.wizard = NewSessionWizard(self.controller, self.settings, self)
        self.wizard.session_ready.connect(lambda: self.stack.setCurrentWidget(self.courtroom))
        self.wizard.rejected.connect(self.show_home)
        self.wizard.open()

    def open_demo(self) -> bool:
        from app.ui.demo import make_demo

        try:
            path = make_demo()
        except AlqaError as exc:
            return self._failed(exc)
        return self.open_session(path)

    def open_replay(self, path: Path) -> bool:
        """Replay a session file or session JSON, read-only; a file that cannot be read is explained on home."""
        from app.ui.replay import ReplayPage

        if self._replay is None:
            self._replay = ReplayPage(self)
            self._replay.home_requested.connect(self.show_home)
            self.stack.addWidget(self._replay)
        try:
            self._replay.load(Path(path))
        except AlqaError as exc:
            words = i18n.text(exc.msg)
            self.home.say(words)
            if self.stack.currentWidget() is not self.home:  # asked from the menu elsewhere: say it here too
                self.statusBar().showMessage(words)
            return False
        self.controller.close()  # a replay is not the open session: nothing can be recorded
        self.stack.setCurrentWidget(self._replay)
        self._replay.slider.setFocus()
        return True

    def show_home(self) -> None:
        if self._replay is not None:
            self._replay.close_replay()
        self.controller.close()
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)

    def show_evidence(self, evidence_id: str) -> None:
        self.show_projector()
        self.projector.show_evidence(evidence_id)

    def show_network(self, on: bool) -> None:
        self.show_projector()
        self.projector.show_network(on)

    def show_library(self) -> None:
        if self._library is None:
            from app.ui.cases.library import CaseLibraryPage

            self._library = CaseLibraryPage(self)
            self._library.back_requested.connect(self.show_home)
            self.stack.addWidget(self._library)
        self.stack.setCurrentWidget(self._library)

    def show_projector(self) -> None:
        from app.ui.projector import ProjectorWindow

        if self.projector is None:
            self.projector = ProjectorWindow(self.controller)
        self.projector.place()
        self.projector.raise_()

    def _failed(self, error: AlqaError) -> bool:
        QMessageBox.warning(self, self.tr("Could not open the session"), i18n.text(error.msg))
        return False

    def _notice(self, msg) -> None:
        self.statusBar().showMessage(i18n.text(msg))

    # --- settings ------------------------------------------------------------------------

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.applied.connect(self.apply_settings)
        dialog.open()

    def apply_settings(self, values: dict) -> None:
        """Switch language, theme and text size now, and keep them for next time."""
        self.settings = dict(values)
        try:
            stored.save(self.settings)
        except AlqaError as exc:
            self._notice(exc.msg)
        i18n.install(self.settings.get("language", "en"))  # every widget gets a LanguageChange
        theme.apply(QApplication.instance(), self.settings.get("theme", "light"), bool(self.settings.get("large_text")))
        self.act_large.setChecked(bool(self.settings.get("large_text")))

    def _toggle_large(self, on: bool) -> None:
        self.apply_settings({**self.settings, "large_text": on})

    def show_plan(self) -> None:
        """What would a made-up class decide under each court? (app/ui/lab/plan.py)"""
        from app.ui.lab.plan import PlanDialog

        self.plan = PlanDialog(self)
        self.plan.show()

    def show_about(self) -> None:
        """The version and the licences of everything Alqa is built with (app/ui/about.py)."""
        from app.ui.about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.controller.close()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
