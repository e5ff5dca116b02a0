"""The case editor: every field of a case, one language at a time, with undo and live checks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRegularExpression, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
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
from app.ui.settings import LANG_NAMES

LIMIT_LINE = 20_000  # characters in a one-line field or a short text
LIMIT_LONG = 50_000  # the summary, a statement, a description, the judge's charge
MAXIMUM = {"charges": 10, "evidence": 30, "witnesses": 20}  # as docs/formats/case.md allows
SECTION_OF = {"id": 0, "title": 0, "summary": 0, "defendant": 0, "victim": 0, "charges": 1, "evidence": 2,
              "witnesses": 3, "judge_charge": 4, "questions": 5}


class TextBox(QPlainTextEdit):
    """A plain-text field that takes at most `limit` characters: a huge paste is cut, and says so."""

    overflowed = Signal()

    def __init__(self, object_name: str, limit: int = LIMIT_LONG, lines: int = 6, grow: bool = True):
        super().__init__(objectName=object_name)
        self.limit = limit
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setUndoRedoEnabled(False)  # the editor's undo stack does it
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        if not grow:  # a short text: a charge, a question
            self.setMaximumHeight(self.fontMetrics().lineSpacing() * lines * 2 + 12)
        self.textChanged.connect(self._enforce)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        text = source.text() if source.hasText() else ""
        room = self.limit - len(self.toPlainText()) + len(self.textCursor().selectedText())
        if len(text) > room:
            self.textCursor().insertText(text[:max(room, 0)])  # never lays out the whole paste
            self.overflowed.emit()
            return
        super().insertFromMimeData(source)

    def _enforce(self) -> None:
        if len(self.toPlainText()) > self.limit:  # typed or dropped past the limit
            with QSignalBlocker(self):
                self.setPlainText(self.toPlainText()[:self.limit])
            self.overflowed.emit()


class ItemsSection(QWidget):
    """Charges, evidence or witnesses: the list, Add and Remove, and the chosen item's form."""

    def __init__(self, editor: CaseEditor, key: str, form: QWidget):
        super().__init__()
        self.key = key
        self.label = QLabel(objectName=f"{key}_label")
        self.list = QListWidget(objectName=f"{key}_list")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long rows are elided
        self.label.setBuddy(self.list)
        self.add = QPushButton(objectName=f"{key}_add")
        self.remove = QPushButton(objectName=f"{key}_remove")
        self.list.currentRowChanged.connect(lambda _row: editor.render())
        self.add.clicked.connect(lambda: editor.add_item(key))
        self.remove.clicked.connect(lambda: editor.remove_item(key))
        left = QVBoxLayout()
        left.addWidget(self.label)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(form, 3)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, item_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)

    def render(self, rows: list[tuple[str, str]]) -> None:
        current = self.current_id()
        ids = [item_id for item_id, _ in rows]
        with QSignalBlocker(self.list):
            if [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())] != ids:
                self.list.clear()
                for item_id, text in rows:
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, item_id)
                    self.list.addItem(item)
            for row, (_, text) in enumerate(rows):
                if self.list.item(row).text() != text:
                    self.list.item(row).setText(text)
                    self.list.item(row).setToolTip(text)
            self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self.add.setEnabled(len(ids) < MAXIMUM[self.key])
        self.remove.setEnabled(bool(ids))


class CaseEditor(QDialog):
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
        self._bindings: list[tuple[QWidget, object, str | None]] = []
        self._labels: dict[str, QLabel] = {}
        self._w: dict[str, QWidget] = {}
        self._problem: str | None = None
        self._build()
        self.stack.cleanChanged.connect(self._stack_changed)
        self.stack.canUndoChanged.connect(self._stack_changed)
        self.stack.canRedoChanged.connect(self._stack_changed)
        self._retranslate()  # shows the case and checks it
        self.resize(980, 720)

    # --- building -------------------------------------------------------------------------

    def _make(self, name: str, widget: QWidget, label: bool = True) -> QWidget:
        widget.setObjectName(name)
        self._w[name] = widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.installEventFilter(self._undo_keys)
        if label:
            self._labels[name] = QLabel(objectName=f"{name}_label")
            self._labels[name].setBuddy(widget)
        return widget

    def _form(self, *names: str) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            form.addRow(self._labels[name], self._w[name])
        return form

    def _line(self, name: str, path, limit: int = LIMIT_LINE) -> QLineEdit:
        edit = self._make(name, QLineEdit(maxLength=limit))
        self._bindings.append((edit, path, None))
        edit.textEdited.connect(lambda text: self._typed(edit, path(), text))
        return edit

    def _box(self, name: str, path, limit: int = LIMIT_LONG, lines: int = 6) -> TextBox:
        box = self._make(name, TextBox(name, limit, lines, grow=limit == LIMIT_LONG))
        self._bindings.append((box, path, None))
        box.overflowed.connect(lambda: self._overflow(box))
        box.textChanged.connect(lambda: self.edit(path(), box.toPlainText(), typing=True))
        return box

    def _choice(self, name: str, path, values: tuple[str, ...]) -> QComboBox:
        combo = self._make(name, QComboBox())
        for value in values:
            combo.addItem("", value)
        self._bindings.append((combo, path, values[-1] if name == "evidence_leans" else values[0]))
        combo.activated.connect(lambda index: self.edit(path(), combo.itemData(index)))
        return combo

    def _text_path(self, key: str):
        return lambda: (key, self.lang)

    def _item_path(self, key: str, field: str, lang: bool = True):
        def path():
            item_id = self.sections[key].current_id()
            if item_id is None:
                return None
            return (key, item_id, field, self.lang) if lang else (key, item_id, field)
        return path

    def _question_path(self, kind: str):
        def path():
            qid = cmd.question_id(self.case, self._w["question_charge"].currentData(), kind)
            return None if qid is None else ("questions", qid, "text", self.lang)
        return path

    def _build(self) -> None:
        self._hint = QLabel(objectName="language_hint", wordWrap=True)
        self.tabs = self._make("sections", QTabWidget(), label=False)
        self.sections: dict[str, ItemsSection] = {}
        for page in (self._case_page(), self._items_page("charges"), self._items_page("evidence"),
                     self._items_page("witnesses"), self._judge_page(), self._questions_page()):
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
            scroll.setWidget(page)
            self.tabs.addTab(scroll, "")  # a small screen or large text scrolls instead of clipping
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
        language = self._make(name, QComboBox())
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
            button = self._make(name, QPushButton(autoDefault=False), label=False)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def _case_page(self) -> QWidget:
        page = QWidget(objectName="case_page")
        case_id = self._line("case_id", lambda: ("id",), 64)
        case_id.setValidator(QRegularExpressionValidator(QRegularExpression(cases.OWN_ID.pattern), case_id))
        self._line("title", self._text_path("title"))
        self._box("summary", self._text_path("summary"), lines=6)
        self._line("defendant", self._text_path("defendant"))
        self._line("victim", self._text_path("victim"))
        page.setLayout(self._form("case_id", "title", "summary", "defendant", "victim"))
        return page

    def _items_page(self, key: str) -> QWidget:
        form = QWidget(objectName=f"{key}_form")
        if key == "charges":
            self._box("charge_text", self._item_path(key, "text"), LIMIT_LINE, lines=4)
            self._line("charge_article", self._item_path(key, "article"))
            layout = self._form("charge_text", "charge_article")
        elif key == "evidence":
            self._line("evidence_title", self._item_path(key, "title"))
            self._box("evidence_text", self._item_path(key, "text"), lines=6)
            self._choice("evidence_leans", self._item_path(key, "leans", lang=False), ("guilt", "innocence", "both"))
            layout = self._form("evidence_title", "evidence_text", "evidence_leans")
            row = self._picture_row()
            layout.addRow(self._labels["picture_choose"], row)
        else:
            self._line("witness_name", self._item_path(key, "name"))
            self._choice("witness_called_by", self._item_path(key, "called_by", lang=False),
                         ("prosecution", "defence"))
            self._box("witness_statement", self._item_path(key, "statement"), lines=6)
            layout = self._form("witness_name", "witness_called_by", "witness_statement")
        outer = QVBoxLayout(form)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        if key == "charges":
            outer.addStretch(1)  # no field here grows: keep them at the top
        page = ItemsSection(self, key, form)
        page.setObjectName(f"{key}_page")
        self.sections[key] = page
        self._w.update({f"{key}_list": page.list, f"{key}_add": page.add, f"{key}_remove": page.remove})
        return page

    def _picture_row(self) -> QWidget:
        row = QWidget(objectName="picture_row")
        self.picture = QLabel(objectName="picture_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(cmd.THUMB)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        buttons = QVBoxLayout()
        for name, slot in (("picture_choose", self._choose_picture), ("picture_remove", self._remove_picture)):
            button = self._make(name, QPushButton(autoDefault=False), label=name == "picture_choose")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return row

    def _judge_page(self) -> QWidget:
        page = QWidget(objectName="judge_page")
        self._box("judge_charge", self._text_path("judge_charge"), lines=8)
        self._judge_hint = QLabel(objectName="judge_hint", wordWrap=True)
        layout = QVBoxLayout(page)
        layout.addWidget(self._judge_hint)
        layout.addWidget(self._labels["judge_charge"])
        layout.addWidget(self._w["judge_charge"], 1)
        return page

    def _questions_page(self) -> QWidget:
        page = QWidget(objectName="questions_page")
        charge = self._make("question_charge", QComboBox())
        charge.activated.connect(lambda _index: self.render())
        self._questions_hint = QLabel(objectName="questions_hint", wordWrap=True)
        for kind in QUESTION_KINDS:
            self._box(f"question_{kind}", self._question_path(kind), LIMIT_LINE, lines=2)
        fill = self._make("fill_questions", QPushButton(autoDefault=False), label=False)
        fill.clicked.connect(self._fill_questions)
        layout = QVBoxLayout(page)
        layout.addWidget(self._questions_hint)
        layout.addLayout(self._form("question_charge", *(f"question_{k}" for k in QUESTION_KINDS)))
        layout.addWidget(fill, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

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
        for widget, path, default in self._bindings:
            self._show_value(widget, path(), default)
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

    def _show_value(self, widget: QWidget, path, default) -> None:
        value = cmd.lookup(self.case, path) if path else None
        widget.setEnabled(path is not None)
        with QSignalBlocker(widget):
            if isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                    widget.setCursorPosition(0)  # show the start of a long text
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            else:
                widget.setCurrentIndex(max(0, widget.findData(value or default)))

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

    def _choose_picture(self) -> None:
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

    def _remove_picture(self) -> None:
        item_id = self.sections["evidence"].current_id()
        if item_id is not None:
            self.edit(("evidence", item_id, "picture"), None)

    def _fill_questions(self) -> None:
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
