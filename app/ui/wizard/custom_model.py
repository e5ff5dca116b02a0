"""The custom-model editor: a court of the teacher's own design, saved like the built-in ones."""

from __future__ import annotations

import re
import secrets

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app import i18n
from app.core.court import CourtModel
from app.core.errors import AlqaError
from app.store import library
from app.ui.retranslate import Retranslating


def model_data(base: CourtModel, name: str, lang: str, values: dict) -> dict:
    """A court-model file's data from the editor's values, on top of the model it started from."""
    judges, lay, vote_judges = values["judges"], values["lay"], values["judges_vote"] and values["judges"] > 0
    need = values["need"]
    favour = "rest" if values["short_acquits"] else {"kind": "at_least", "count": need}
    data = base.to_dict()
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:24] or "court"
    data.update(
        id=f"own-{slug}-{secrets.token_hex(2)}",
        names={lang: name},
        panel="mixed" if vote_judges else "jury",
        seats={"judges": judges, "lay": lay, "reserves": values["reserves"], "lay_min": lay, "below_min": "void"},
        selection={"pool_min": max(lay + values["reserves"], 1), "pool_cut": 0,
                   "peremptory": {"prosecution": values["prosecution"], "defence": values["defence"]}},
        decision={"voters": ["judge", "juror"] if vote_judges else ["juror"],
                  "blank": "favour" if values["blank_favours"] else "refused",
                  "hung": not values["short_acquits"],
                  "stages": [{"from_minutes": 0, "against": {"kind": "at_least", "count": need}, "favour": favour}]},
        sentencing={"by": "judge"},
        rules=[],
    )
    data.pop("variants", None)
    data.pop("in_force", None)
    return data


class CustomModelDialog(Retranslating, QDialog):
    """Seats, who votes, the majority, blanks, challenges: checked by the same loader as the presets."""

    saved = Signal(object)  # the new CourtModel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("custom_model_dialog")
        self.models = library.builtin_models()
        self.base = QComboBox(objectName="base_model")
        self.name = QLineEdit(objectName="model_name", maxLength=80)
        self.judges = QSpinBox(objectName="judges", minimum=0, maximum=5)
        self.lay = QSpinBox(objectName="jurors", minimum=1, maximum=15)
        self.reserves = QSpinBox(objectName="reserves", minimum=0, maximum=6)
        self.judges_vote = QCheckBox(objectName="judges_vote")
        self.need = QSpinBox(objectName="need", minimum=1, maximum=20)
        self.short = QComboBox(objectName="short_of_majority")
        self.short.addItems(["", ""])
        self.blank = QCheckBox(objectName="blank_favours")
        self.prosecution = QSpinBox(objectName="peremptory_prosecution", minimum=0, maximum=10)
        self.defence = QSpinBox(objectName="peremptory_defence", minimum=0, maximum=10)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.fields = (self.base, self.name, self.judges, self.lay, self.reserves, self.judges_vote, self.need,
                       self.short, self.blank, self.prosecution, self.defence)
        self.labels = [QLabel() for _ in self.fields]
        form = QFormLayout()
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.base.currentIndexChanged.connect(self._start_from)
        for spin in (self.judges, self.lay):
            spin.valueChanged.connect(self._limits)
        self.judges_vote.toggled.connect(self._limits)
        self._retranslate()
        self._start_from(0)

    def _start_from(self, index: int) -> None:
        model = self.models[max(index, 0)]
        seats = model.seats
        self.judges.setValue(seats.judges)
        self.lay.setValue(seats.lay)
        self.reserves.setValue(seats.reserves)
        self.judges_vote.setChecked("judge" in model.voters)
        voters = seats.judges * ("judge" in model.voters) + seats.lay
        self.need.setValue(model.stages[-1].against.need(voters) or voters // 2 + 1)
        self.short.setCurrentIndex(1 if model.hung else 0)
        self.blank.setChecked(model.blank == "favour")
        self.prosecution.setValue(model.selection.peremptory.get("prosecution", 0))
        self.defence.setValue(model.selection.peremptory.get("defence", 0))
        self._limits()

    def _limits(self) -> None:
        self.judges_vote.setEnabled(self.judges.value() > 0)
        voters = self.judges.value() * (self.judges_vote.isChecked() and self.judges.value() > 0) + self.lay.value()
        self.need.setMaximum(voters)
        self.need.setSuffix(self.tr(" of {voters}").format(voters=voters))

    def values(self) -> dict:
        return {"judges": self.judges.value(), "lay": self.lay.value(), "reserves": self.reserves.value(),
                "judges_vote": self.judges_vote.isChecked(), "need": self.need.value(),
                "short_acquits": self.short.currentIndex() == 0, "blank_favours": self.blank.isChecked(),
                "prosecution": self.prosecution.value(), "defence": self.defence.value()}

    def _save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._say(self.tr("Give the court a name."))
            return
        base = self.models[max(self.base.currentIndex(), 0)]
        try:
            model = CourtModel.from_dict(model_data(base, name, i18n.current(), self.values()))
            library.save_custom(model)
        except AlqaError as exc:
            self._say(i18n.text(exc.msg))
            return
        self.saved.emit(model)
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your own court"))
        lang, index = i18n.current(), self.base.currentIndex()
        self.base.blockSignals(True)
        self.base.clear()
        self.base.addItems([m.names.pick(lang) for m in self.models])
        self.base.setCurrentIndex(max(index, 0))
        self.base.blockSignals(False)
        texts = (self.tr("&Start from:"), self.tr("&Name:"), self.tr("&Judges:"), self.tr("J&urors:"),
                 self.tr("&Reserves:"), self.tr("Judges &vote:"), self.tr("Votes needed &against the accused:"),
                 self.tr("Short of that &majority:"), self.tr("&Blank ballots:"),
                 self.tr("Peremptory challenges, &prosecution:"), self.tr("Peremptory challenges, &defence:"))
        for label, field, text in zip(self.labels, self.fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.judges_vote.setText(self.tr("with the jurors, one vote each"))
        self.short.setItemText(0, self.tr("the accused is acquitted"))
        self.short.setItemText(1, self.tr("no verdict: deliberate on, or a hung jury"))
        self.blank.setText(self.tr("count for the accused (otherwise the ballot is cast again)"))
        for which in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = self.buttons.button(which)
            button.setAccessibleName(button.text().replace("&", ""))
        self._limits()

