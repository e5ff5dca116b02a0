"""Settings: language (switched at once), theme, large text for a projector, the teacher PIN."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.store import pin as pins
from app.ui.retranslate import Retranslating

LANG_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}  # each in its own language


class SettingsDialog(Retranslating, QDialog):
    """Edits a copy of the settings; `applied` carries the new values when the teacher saves."""

    applied = Signal(dict)

    def __init__(self, values: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._values = dict(values)
        self.language = QComboBox(objectName="language")
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language", "en"))))
        self.theme = QComboBox(objectName="theme")
        self.theme.addItem("", "light")
        self.theme.addItem("", "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(values.get("theme", "light"))))
        self.large = QCheckBox(objectName="large_text")
        self.large.setChecked(bool(values.get("large_text")))
        self.pin = QLineEdit(objectName="pin", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.pin_again = QLineEdit(objectName="pin_again", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.remove_pin = QCheckBox(objectName="remove_pin")
        self.remove_pin.setVisible(bool(values.get("pin_hash")))
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._labels, (self.language, self.theme, self.large, self.pin, self.pin_again),
                                strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        self._form.addRow("", self.remove_pin)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._retranslate()

    def _save(self) -> None:
        values = dict(self._values)
        values.update(language=self.language.currentData(), theme=self.theme.currentData(),
                      large_text=self.large.isChecked())
        new, again = self.pin.text(), self.pin_again.text()
        if self.remove_pin.isChecked():
            values.pop("pin_hash", None)
        elif new or again:
            if new != again:
                return self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            if not pins.valid_pin(new):
                return self._say(self.tr("A PIN is 4 to 12 digits."))
            values["pin_hash"] = pins.hash_pin(new)
        self.applied.emit(values)
        self.accept()
        return None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Language:"), self.tr("&Theme:"), self.tr("Projector &mode:"), self.tr("Teacher &PIN:"),
                 self.tr("PIN &again:"))
        names = (self.tr("Language"), self.tr("Theme"), self.tr("Large text for a projector"),
                 self.tr("Teacher PIN"), self.tr("Teacher PIN again"))
        for label, text, field, name in zip(self._labels, texts,
                                            (self.language, self.theme, self.large, self.pin, self.pin_again),
                                            names, strict=True):
            label.setText(text)
            field.setAccessibleName(name)
        self.theme.setItemText(0, self.tr("Light"))
        self.theme.setItemText(1, self.tr("Dark"))
        self.large.setText(self.tr("Large text (at least 24 pt)"))
        has_pin = "pin_hash" in self._values
        self.pin.setPlaceholderText(self.tr("Type a new PIN to change it") if has_pin else self.tr("4 to 12 digits"))
        self.remove_pin.setText(self.tr("Remove the PIN"))
        self.remove_pin.setAccessibleName(self.tr("Remove the PIN"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))

