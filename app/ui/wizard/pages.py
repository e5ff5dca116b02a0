"""What every wizard page shares: the controller, a message line, retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWizardPage

from app import i18n
from app.core.errors import AlqaError
from app.core.state import SessionState
from app.ui.controller import SessionController


class StepPage(QWizardPage):
    """A wizard step that renders the session state and appends through the controller."""

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("QLabel { color: palette(link); font-weight: bold; }")
        controller.state_changed.connect(self._on_state)
        controller.rejected.connect(self._on_rejected)

    @property
    def state(self) -> SessionState:
        return self.controller.state

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _on_state(self, state: SessionState, _event=None) -> None:
        if self.isVisible() or self.wizard() is None:
            self.render(state)
            self.completeChanged.emit()

    def _on_rejected(self, error: AlqaError) -> None:
        if self.isVisible():
            self.say(i18n.text(error.msg))

    def render(self, state: SessionState) -> None:
        """Show the state; runs any number of times, never appends."""

    def initializePage(self) -> None:  # noqa: N802
        self.say("")
        self.render(self.state)

    def retranslate(self) -> None:
        """Set every text of the page (from __init__ and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.render(self.state)
        super().changeEvent(event)
