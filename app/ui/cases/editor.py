"""The case editor: every field of a case, one language at a time, with undo and live checks.

The fields are made in fields.py and laid out on their tabs in sections.py; the editor keeps the
case, shows it, edits it through the undo stack, and sets every word on the screen (its tr()
context is CaseEditor's).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.case import QUESTION_KINDS, Case
from app.core.errors import AlqaError
from app.core.lang import LANGS, LText
from app.store import cases
from app.ui.cases import commands as cmd
from app.ui.cases.fields import Fields
from app.ui.cases.sections import SECTION_OF, CasePages, ItemsSection
from app.ui.retranslate import Retranslating
from app.ui.settings import LANG_NAMES


class CaseEditor(Retranslating, QDialog):
    """Edits a copy of a case; `saved` carries the Case each time the teacher saves it."""

    saved = Signal(object)

    def __init__(self, case_dict: dict, *, was: str | None = "", parent: QWidget | None = None):
        """`was`: the id the case has in the own cases ("" for a new case or a copy)."""
        super().__init__(parent)
        self.setObjectName("case_editor")
        self.case = cmd.normalize(case_dict)
        self._was = was
        ui = i18n.current()
        self.lang = ui if self.case["title"].get(ui) or not self.case["title"] else next(
            code for code in LANGS if self.case["title"].get(code))
        self.stack = QUndoStack(self)
        self._undo_keys = cmd.UndoKeys(self.stack, self)
        self._fields = Fields(self._undo_keys, edit=self.edit, typed=self._typed, overflow=self._overflow)
        self._w, self._labels = self._fields.widgets, self._fields.labels  # by object name
        self._problem: str | None = None
        self._build()
        self.stack.cleanChanged.connect(self._stack_changed)
        self.stack.canUndoChanged.connect(self._stack_changed)
        self.stack.canRedoChanged.connect(self._stack_changed)
        self._retranslate()  # shows the case and checks it
        self.resize(980, 720)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self._hint = QLabel(objectName="language_hint", wordWrap=True)
        self.tabs = self._fields.make("sections", QTabWidget(), label=False)
        pages = CasePages(self, self._fields)
        self.sections: dict[str, ItemsSection] = pages.sections
        for page in pages.build():
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
            scroll.setWidget(page)
            self.tabs.addTab(scroll, "")  # a small screen or large text scrolls instead of clipping
        self.picture, self._judge_hint, self._questions_hint = pages.picture, pages.judge_hint, pages.questions_hint
        self.message = QLabel(objectName="message", wordWrap=True)
        self.notice = QLabel(objectName="notice", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar(self._labels_and("language"), ("undo", self.stack.undo),
                                   ("redo", self.stack.redo)))
        layout.addWidget(self._hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._bar([self.notice], ("save", self._save), ("close", self.reject)))
        self._w["undo"].setEnabled(False)
        self._w["redo"].setEnabled(False)
        for keys, slot in (("Ctrl+Z", self.stack.undo), ("Ctrl+Shift+Z", self.stack.redo),
                           ("Ctrl+Y", self.stack.redo), ("Ctrl+S", self._save)):
            QShortcut(QKeySequence(keys), self, slot)

    def _labels_and(self, name: str) -> list[QWidget]:
        """The language choice, with its label (made first: it heads the tab order)."""
        language = self._fields.make(name, QComboBox())
        for code in LANGS:
            language.addItem(LANG_NAMES[code], code)
        language.activated.connect(lambda index: self.set_language(language.itemData(index)))
        return [self._labels[name], language]

    def _bar(self, widgets: list[QWidget], *buttons: tuple) -> QHBoxLayout:
        """A row: `widgets` on the left, then buttons on the right; the notice takes the free room."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 1 if widget is self.notice else 0)
        if self.notice not in widgets:
            row.addStretch(1)
        for name, slot in buttons:
            button = self._fields.make(name, QPushButton(autoDefault=False), label=False)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # --- showing the case -----------------------------------------------------------------

    def render(self) -> None:
        """Show the case as it is now; safe to call any number of times."""
        lang = self.lang
        with QSignalBlocker(self._w["language"]):
            self._w["language"].setCurrentIndex(LANGS.index(lang))
        titles = {"charges": "text", "evidence": "title", "witnesses": "name"}
        for key, field in titles.items():
            self.sections[key].render([(item["id"], self._row_text(n, item[field]))
                                       for n, item in enumerate(self.case[key], 1)])
        charge = self._w["question_charge"]
        rows = [(c["id"], self._row_text(n, c["text"])) for n, c in enumerate(self.case["charges"], 1)]
        with QSignalBlocker(charge):
            current = charge.currentData()
            if [charge.itemData(i) for i in range(charge.count())] != [r[0] for r in rows] or any(
                    charge.itemText(i) != r[1] for i, r in enumerate(rows)):
                charge.clear()
                for item_id, text in rows:
                    charge.addItem(text, item_id)
            charge.setCurrentIndex(max(0, charge.findData(current)))
        self._fields.show(self.case)
        self._show_picture()
        title = LText(self.case["title"]).pick(lang)
        self.setWindowTitle((self.tr("Case editor: {title}").format(title=title) if title
                             else self.tr("Case editor: new case")) + "[*]")

    def _stack_changed(self, _value=None) -> None:
        self.setWindowModified(not self.stack.isClean())
        self._w["undo"].setEnabled(self.stack.canUndo())
        self._w["redo"].setEnabled(self.stack.canRedo())

    def _row_text(self, number: int, text: dict) -> str:
        words = " ".join(LText(text).pick(self.lang).split()) or self.tr("(not written yet)")
        return f"{number}. {words[:80]}{'…' if len(words) > 80 else ''}"

    def _show_picture(self) -> None:
        item_id = self.sections["evidence"].current_id()
        uri = cmd.lookup(self.case, ("evidence", item_id, "picture")) if item_id else None
        pixmap = cmd.thumbnail(uri, self.picture.size() - QSize(6, 6)) if uri else None
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
        else:
            self.picture.clear()
            self.picture.setText(self.tr("The picture cannot be shown.") if uri else self.tr("No picture"))
        self.picture.setAccessibleName(self.tr("Picture of the evidence item") if uri else self.tr("No picture"))
        self._w["picture_choose"].setEnabled(item_id is not None)
        self._w["picture_remove"].setEnabled(bool(uri))

    def set_language(self, lang: str) -> None:
        """Edit the texts of another language; the others are kept as they are."""
        self.lang = lang
        self._retranslate()

    def reveal(self, path: tuple) -> None:
        """Show where an undone or redone change happened: its section, item and language."""
        if path[-1] in LANGS and path[-1] != self.lang:
            self.set_language(path[-1])
        self.tabs.setCurrentIndex(SECTION_OF.get(path[0], 0))
        if path[0] in self.sections and len(path) > 1:
            with QSignalBlocker(self.sections[path[0]].list):
                self.sections[path[0]].select(path[1])
        elif path[0] == "questions" and len(path) > 1:
            question = cmd.lookup(self.case, path[:2]) or {}
            combo = self._w["question_charge"]
            combo.setCurrentIndex(max(0, combo.findData(question.get("charge"))))

    # --- editing --------------------------------------------------------------------------

    def edit(self, path, value, *, typing: bool = False) -> None:
        """Change one field through the undo stack."""
        if path is None or (cmd.lookup(self.case, path) or None) == (value or None):
            return
        self.stack.push(cmd.SetField(self, path, value, typing=typing))

    def _typed(self, edit: QLineEdit, path, text: str) -> None:
        if len(text) >= edit.maxLength():
            self._overflow(edit)
        self.edit(path, text, typing=True)

    def _overflow(self, widget: QWidget) -> None:
        limit = widget.maxLength() if isinstance(widget, QLineEdit) else widget.limit
        self.say(self.tr("“{field}” holds at most {limit} characters; the rest was left out.")
                 .format(field=widget.accessibleName(), limit=QLocale().toString(limit)))

    def changed(self, path: tuple, *, reveal: bool) -> None:
        """A command changed the case (cmd.SetField and cmd.ReplaceLists call this)."""
        if reveal:
            self.reveal(path)
        self.render()
        self._validate()

    def add_item(self, key: str) -> None:
        lists, item_id = cmd.added(self.case, key)
        self.stack.push(cmd.ReplaceLists(self, lists, (key, item_id)))
        self.sections[key].select(item_id)

    def remove_item(self, key: str) -> None:
        item_id = self.sections[key].current_id()
        if item_id is not None:
            self.stack.push(cmd.ReplaceLists(self, cmd.removed(self.case, key, item_id), (key,)))

    def choose_picture(self) -> None:
        item_id = self.sections["evidence"].current_id()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not name or item_id is None:
            return
        uri, problem = cmd.picture_uri(name)
        if uri is None:
            self.say({"too_large": self.tr("This picture is larger than 1 MB. Choose a smaller one."),
                      "unreadable": self.tr("This file cannot be read."),
                      "not_a_picture": self.tr("This file is not a PNG or JPEG picture.")}[problem])
            return
        self.edit(("evidence", item_id, "picture"), uri)

    def remove_picture(self) -> None:
        item_id = self.sections["evidence"].current_id()
        if item_id is not None:
            self.edit(("evidence", item_id, "picture"), None)

    def fill_questions(self) -> None:
        words = cmd.standard_questions(self.lang)
        if words is None:
            self.say(self.tr("The standard questions are not yet available in this language ({language}). "
                             "Write the questions yourself.").format(language=LANG_NAMES[self.lang]))
            return
        self.stack.beginMacro(self.tr("Fill in the standard questions"))
        for charge in self.case["charges"]:
            for kind in QUESTION_KINDS:
                qid = cmd.question_id(self.case, charge["id"], kind)
                if qid and not cmd.lookup(self.case, ("questions", qid, "text", self.lang)):
                    self.edit(("questions", qid, "text", self.lang), words[kind])
        self.stack.endMacro()
        self.say(self.tr("Empty questions were filled in. Check that they fit the case."))

    # --- checking and saving --------------------------------------------------------------

    def _validate(self) -> None:
        msg = cmd.problem(self.case, self.lang, self._was)
        self._problem = None if msg is None else i18n.text(msg)
        text = "⚠ " + self._problem if self._problem else self.tr("✓ The case is complete and can be saved.")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._w["save"].setEnabled(self._problem is None)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)

    def _save(self) -> bool:
        self._validate()
        if self._problem is not None:
            self.say(self.tr("The case was not saved: {problem}").format(problem=self._problem))
            return False
        cleaned = cmd.clean(self.case, self.lang)
        try:
            cases.save_own_case(cleaned, was=self._was)
        except AlqaError as exc:
            self.say(self.tr("The case was not saved: {problem}").format(problem=i18n.text(exc.msg)))
            return False
        self._was = cleaned["id"]
        self.stack.setClean()
        self.say(self.tr("Saved."))
        self.saved.emit(Case.from_dict(cleaned))
        return True

    def reject(self) -> None:
        if not self.stack.isClean():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("Save the changes to this case?"), parent=self)
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (save, discard) or (box.clickedButton() is save and not self._save()):
                return
        super().reject()

    # --- words ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._name_fields()
        self._name_buttons()
        self._name_sections()
        self._hint.setText(self.tr("The texts are edited one language at a time; the texts in the other languages "
                                   "are kept. The case is offered in every language that has a title."))
        self._judge_hint.setText(self.tr("What the presiding judge tells the jury before they retire: the charge, "
                                         "the law, the evidence both ways, the presumption of innocence, and who "
                                         "must prove what, in plain words."))
        self._questions_hint.setText(self.tr("Courts in Kazakhstan and Russia ask three questions for each charge: "
                                             "the act, the doer and the guilt. Courts in England and Wales, the "
                                             "United States, France and Japan ask one general question. Russia "
                                             "may add a question on leniency."))
        self.render()
        self._validate()

    def _name_fields(self) -> None:
        labels = {  # object name: (label with its mnemonic, accessible name)
            "language": (self.tr("Editing &language:"), self.tr("Editing language")),
            "case_id": (self.tr("&Id:"), self.tr("Id")),
            "title": (self.tr("&Title:"), self.tr("Title")),
            "summary": (self.tr("Su&mmary:"), self.tr("Summary")),
            "defendant": (self.tr("De&fendant:"), self.tr("Defendant")),
            "victim": (self.tr("&Victim (optional):"), self.tr("Victim")),
            "charge_text": (self.tr("&Text of the charge:"), self.tr("Text of the charge")),
            "charge_article": (self.tr("Article (&optional):"), self.tr("Article")),
            "evidence_title": (self.tr("&Title:"), self.tr("Title of the evidence item")),
            "evidence_text": (self.tr("Descri&ption:"), self.tr("Description of the evidence item")),
            "evidence_leans": (self.tr("Poi&nts to:"), self.tr("Which way the evidence points")),
            "picture_choose": (self.tr("Picture:"), self.tr("Choose a picture")),
            "witness_name": (self.tr("Na&me:"), self.tr("Name of the witness")),
            "witness_called_by": (self.tr("Called &by:"), self.tr("Who calls the witness")),
            "witness_statement": (self.tr("S&tatement:"), self.tr("Statement of the witness")),
            "judge_charge": (self.tr("The judge's &address to the jury:"), self.tr("Judge's charge")),
            "question_charge": (self.tr("Charge &to ask about:"), self.tr("Charge to ask about")),
            "question_act": (self.tr("&Act:"), self.tr("Question: did the act take place?")),
            "question_did": (self.tr("D&oer:"), self.tr("Question: did the defendant do it?")),
            "question_guilt": (self.tr("&Guilt:"), self.tr("Question: is the defendant guilty of it?")),
            "question_general": (self.tr("Ge&neral:"), self.tr("General question: guilty of the charge?")),
            "question_leniency": (self.tr("Len&iency (optional):"), self.tr("Question: leniency")),
        }
        for name, (text, accessible) in labels.items():
            self._labels[name].setText(text)
            self._w[name].setAccessibleName(accessible)
        for combo, texts in ((self._w["evidence_leans"], (self.tr("Points to guilt"), self.tr("Points to innocence"),
                                                          self.tr("Points both ways"))),
                             (self._w["witness_called_by"], (self.tr("The prosecution"), self.tr("The defence")))):
            for index, text in enumerate(texts):
                combo.setItemText(index, text)

    def _name_buttons(self) -> None:
        buttons = {
            "undo": (self.tr("&Undo"), self.tr("Undo the last change")),
            "redo": (self.tr("&Redo"), self.tr("Redo the change")),
            "save": (self.tr("&Save"), self.tr("Save the case")),
            "close": (self.tr("&Close"), self.tr("Close the editor")),
            "charges_add": (self.tr("Add char&ge"), self.tr("Add a charge")),
            "charges_remove": (self.tr("Remo&ve charge"), self.tr("Remove the selected charge")),
            "evidence_add": (self.tr("Add &item"), self.tr("Add an evidence item")),
            "evidence_remove": (self.tr("Remo&ve item"), self.tr("Remove the selected evidence item")),
            "witnesses_add": (self.tr("Add wit&ness"), self.tr("Add a witness")),
            "witnesses_remove": (self.tr("Remo&ve witness"), self.tr("Remove the selected witness")),
            "picture_choose": (self.tr("C&hoose picture…"), self.tr("Choose a picture")),
            "picture_remove": (self.tr("Remove picture"), self.tr("Remove the picture")),
            "fill_questions": (self.tr("&Fill in the standard questions"),
                               self.tr("Fill in the standard questions")),
        }
        for name, (text, accessible) in buttons.items():
            self._w[name].setText(text)
            self._w[name].setAccessibleName(accessible)

    def _name_sections(self) -> None:
        lists = {"charges": (self.tr("&All charges:"), self.tr("Charges")),
                 "evidence": (self.tr("&All evidence:"), self.tr("Evidence")),
                 "witnesses": (self.tr("&All witnesses:"), self.tr("Witnesses"))}
        for key, (text, accessible) in lists.items():
            self.sections[key].label.setText(text)
            self.sections[key].list.setAccessibleName(accessible)
        tabs = (self.tr("Case &details"), self.tr("C&harges"), self.tr("&Evidence"), self.tr("&Witnesses"),
                self.tr("&Judge's charge"), self.tr("&Questions"))
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the case"))

