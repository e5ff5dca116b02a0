"""The judge's charge: the instructions in plain words, the case's own charge, the questions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app import i18n
from app.core import events as ev
from app.core.state import SessionState
from app.ui.refusals import OwnRefusals
from app.ui.retranslate import Retranslating

# Courts whose law has the panel weigh evidence "by inner conviction", with irremovable doubts
# going to the accused: Kazakhstan (Constitution art. 77(3)), Russia (Constitution art. 49;
# CPC RF art. 17), France (CPP art. 304, 353). Others use "beyond reasonable doubt" wording.
INNER_CONVICTION = ("KZ", "RU", "FR")
REASONABLE_DOUBT = ("GB", "US", "JP", "IE", "CA", "AU", "NZ")


def inner_conviction(model) -> bool:
    """Whether this court's standard of proof is worded as inner conviction."""
    country = str(model.raw.get("country", "")).upper()
    if country.startswith(INNER_CONVICTION):
        return True
    if country.startswith(REASONABLE_DOUBT):
        return False
    return model.panel == "mixed"  # a custom court: follow the continental tradition of mixed panels


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


class ChargePanel(Retranslating, OwnRefusals, QWidget):
    """Step 3, Judge's charge: read aloud before deliberation, then deliberation begins."""

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("charge_panel")
        self._controller = controller
        self.text = QTextBrowser(objectName="charge_text", openLinks=False)
        self._text_label = QLabel(objectName="charge_label", buddy=self.text)
        self.begin = QPushButton(objectName="begin_deliberation", clicked=self._begin)
        self.message = QLabel(objectName="charge_message", wordWrap=True, visible=False)
        self._asking = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.begin, 0, Qt.AlignmentFlag.AlignLeft)
        controller.state_changed.connect(self.render)
        controller.rejected.connect(self._on_rejected)
        self._retranslate()

    def instructions(self, state: SessionState) -> list[str]:
        """The judge's general instructions, one paragraph each, to be read aloud."""
        paragraphs = [
            self.tr("The accused is presumed innocent: innocent in the eyes of the law until the court finds "
                    "them guilty in its verdict. Being accused, arrested or brought to court is not a sign of "
                    "guilt."),
            self.tr("The prosecution must prove the charge. The accused does not have to prove their "
                    "innocence and does not have to say anything; choosing to stay silent is not a sign of "
                    "guilt."),
        ]
        if inner_conviction(state.meta.model):
            paragraphs.append(self.tr(
                "You decide by your inner conviction, based only on the evidence examined here in court, "
                "not on rumours, the news or anything heard outside. Weigh each piece of evidence and all of "
                "it together. Doubts that cannot be removed are resolved in favour of the accused: if a doubt "
                "remains after all the evidence, your answer must favour the accused."))
        else:
            paragraphs.append(self.tr(
                "You may find the accused guilty only if the evidence heard in this court has made you sure "
                "of guilt: guilty beyond reasonable doubt. A reasonable doubt is a real doubt that comes from "
                "the evidence or from what is missing in it, not an imagined one. If you have such a doubt, "
                "your answer must be not guilty."))
        return paragraphs

    def render(self, state: SessionState, event=None) -> None:
        if not state.created:
            return
        lang = i18n.current()
        model, case = state.meta.model, state.meta.case
        parts = [_heading(self.tr("The judge's instructions"))]
        parts += [f"<p>{html.escape(p)}</p>" for p in self.instructions(state)]
        parts.append(_heading(self.tr("This case")))
        parts += [f"<p>{html.escape(p)}</p>" for p in case.judge_charge.pick(lang).split("\n") if p.strip()]
        parts.append(_heading(self.tr("The questions you will answer")) + "<ol>")
        parts += [f"<li>{html.escape(q.text.pick(lang))}</li>"
                  for q in case.questions_for(model.question_form, model.leniency)]
        parts.append("</ol>")
        bar = self.text.verticalScrollBar()
        where = bar.value()
        self.text.setHtml("".join(parts))
        bar.setValue(where)  # a re-render does not lose the teacher's place in the text
        self.begin.setEnabled(state.phase == "charge" and not self._controller.readonly)
        if event is not None:  # something happened: an earlier refusal is old news
            self._say("")

    def _begin(self) -> None:
        self._append(ev.PhaseStarted("deliberation"))

    def _retranslate(self) -> None:
        self._text_label.setText(self.tr("&Judge's charge, to read aloud:"))
        self.text.setAccessibleName(self.tr("Judge's charge"))
        self.begin.setText(self.tr("&Begin deliberation"))
        self.begin.setAccessibleName(self.tr("Begin deliberation"))
        self.render(self._controller.state)

