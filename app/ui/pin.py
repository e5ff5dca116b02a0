"""The teacher PIN gate: asked before leaving ballot mode, revealing or annulling a vote.

Five wrong PINs lock the gate for 30 seconds. Only the salted hash is ever stored.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.store.pin import check_pin

MAX_TRIES, LOCK_SECONDS = 5, 30


class PinGate:
    """Counts wrong PINs across the session's dialogs; `clock` is replaceable for tests."""

    def __init__(self, clock=time.monotonic):
        self._clock, self._wrong, self._locked_until = clock, 0, 0.0

    def locked_for(self) -> int:
        return max(0, int(self._locked_until - self._clock() + 0.999))

    def check(self, pin: str, stored: str) -> bool:
        if self.locked_for():
            return False
        if check_pin(pin, stored):
            self._wrong = 0
            return True
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._wrong, self._locked_until = 0, self._clock() + LOCK_SECONDS
        return False


class PinDialog(QDialog):
    """Asks for the teacher PIN; accepted only with the right one."""

    def __init__(self, gate: PinGate, stored: str, why: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pin_dialog")
        self._gate, self._stored = gate, stored
        self.why = QLabel(why, objectName="pin_why", wordWrap=True)
        self.pin = QLineEdit(objectName="pin", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.message = QLabel(objectName="pin_message", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.why, self.pin, self.message, buttons):
            layout.addWidget(widget)
        self.setWindowTitle(self.tr("Teacher PIN"))
        self.pin.setAccessibleName(self.tr("Teacher PIN"))
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            button = buttons.button(which)
            button.setAccessibleName(button.text().replace("&", ""))
        self._refresh_lock()

    def _refresh_lock(self) -> bool:
        seconds = self._gate.locked_for()
        if seconds:
            self.message.setText(self.tr("Too many wrong PINs. Try again in {seconds} s.").format(seconds=seconds))
        return bool(seconds)

    def _try(self) -> None:
        if self._refresh_lock():
            return
        if self._gate.check(self.pin.text(), self._stored):
            self.accept()
            return
        self.pin.clear()
        if not self._refresh_lock():
            self.message.setText(self.tr("Wrong PIN. Try again."))


def teacher_allows(gate: PinGate, stored: str, why: str, parent: QWidget) -> bool:
    """True when no PIN is set, or the teacher typed it."""
    if not stored:
        return True
    return PinDialog(gate, stored, why, parent).exec() == QDialog.DialogCode.Accepted
