"""The new-session wizard: case -> court -> class -> jury selection -> other roles -> privacy.

The session file is created when the court is chosen; every later step appends events through
the controller, so Back and Next never lose input and a crash resumes where the class was.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from app import i18n
from app.core.case import Case
from app.core.court import CourtModel
from app.core.state import SessionState
from app.store import places
from app.store.live import LiveSession
from app.ui.controller import SessionController
from app.ui.retranslate import Retranslating
from app.ui.wizard.class_page import ClassPage
from app.ui.wizard.court_pages import CasePage, CourtPage
from app.ui.wizard.final_pages import PrivacyPage, RolesPage
from app.ui.wizard.jury_page import JuryPage

CASE, COURT, CLASS, JURY, ROLES, PRIVACY = range(6)


def resume_page(state: SessionState) -> int:
    """Where an unfinished set-up picks up again."""
    if not state.created:
        return CASE
    people, model = state.people, state.meta.model
    if len(people.names) < 3:
        return CLASS
    if not people.empanelled:
        return JURY
    if len(people.seated("judge")) < model.seats.judges:
        return ROLES
    return PRIVACY


def new_session_path(case: Case, folder: Path | None = None) -> Path:
    folder = folder or places.sessions_dir()
    return folder / f"{date.today().isoformat()}-{case.id}-{secrets.token_hex(3)}.alqa"


class NewSessionWizard(Retranslating, QWizard):
    session_ready = Signal()  # the set-up is finished: the courtroom may show

    def __init__(self, controller: SessionController, settings: dict | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("new_session_wizard")
        self.controller = controller
        self.case_page = CasePage(controller)
        self.court_page = CourtPage(controller, self.case_page, self._create)
        pages = (self.case_page, self.court_page, ClassPage(controller), JuryPage(controller),
                 RolesPage(controller), PrivacyPage(controller, settings or {}))
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setStartId(resume_page(controller.state))
        self.finished.connect(self._done)
        self.resize(1000, 720)
        self._retranslate()

    def _create(self, case: Case, model: CourtModel) -> None:
        live = LiveSession.create(new_session_path(case), case, model, lang=i18n.current())
        self.controller.open(live)

    def _done(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted:
            self.session_ready.emit()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New session"))
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))

