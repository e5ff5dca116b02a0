"""The case editor's tabs: the case's details, the charges, evidence and witnesses, the judge's charge, the questions.

`CasePages` builds them with the editor's `Fields`; the words on them are set by the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, QSignalBlocker, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.case import QUESTION_KINDS
from app.store import cases
from app.ui.cases import commands as cmd
from app.ui.cases.fields import LIMIT_LINE, Fields

if TYPE_CHECKING:
    from app.ui.cases.editor import CaseEditor

MAXIMUM = {"charges": 10, "evidence": 30, "witnesses": 20}  # as docs/formats/case.md allows
SECTION_OF = {"id": 0, "title": 0, "summary": 0, "defendant": 0, "victim": 0, "charges": 1, "evidence": 2,
              "witnesses": 3, "judge_charge": 4, "questions": 5}  # the tab (CasePages.build's order) of each key


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


class CasePages:
    """Builds the editor's six pages, their fields bound to the case in the editor's language.

    Keeps what the editor shows on them: `sections` (the ItemsSection of each list), `picture`
    (the evidence item's picture), `judge_hint` and `questions_hint`.
    """

    def __init__(self, editor: CaseEditor, fields: Fields):
        self._editor, self._fields = editor, fields
        self.sections: dict[str, ItemsSection] = {}

    def build(self) -> tuple[QWidget, ...]:
        """The pages in the order of the tabs (SECTION_OF)."""
        return (self._case_page(), self._items_page("charges"), self._items_page("evidence"),
                self._items_page("witnesses"), self._judge_page(), self._questions_page())

    # --- paths: where a field edits the case now ------------------------------------------

    def _text_path(self, key: str):
        return lambda: (key, self._editor.lang)

    def _item_path(self, key: str, field: str, lang: bool = True):
        def path():
            item_id = self.sections[key].current_id()
            if item_id is None:
                return None
            return (key, item_id, field, self._editor.lang) if lang else (key, item_id, field)
        return path

    def _question_path(self, kind: str):
        def path():
            qid = cmd.question_id(self._editor.case, self._fields.widgets["question_charge"].currentData(), kind)
            return None if qid is None else ("questions", qid, "text", self._editor.lang)
        return path

    # --- the pages ------------------------------------------------------------------------

    def _case_page(self) -> QWidget:
        fields = self._fields
        page = QWidget(objectName="case_page")
        case_id = fields.line("case_id", lambda: ("id",), 64)
        case_id.setValidator(QRegularExpressionValidator(QRegularExpression(cases.OWN_ID.pattern), case_id))
        fields.line("title", self._text_path("title"))
        fields.box("summary", self._text_path("summary"), lines=6)
        fields.line("defendant", self._text_path("defendant"))
        fields.line("victim", self._text_path("victim"))
        page.setLayout(fields.form("case_id", "title", "summary", "defendant", "victim"))
        return page

    def _items_page(self, key: str) -> QWidget:
        form = QWidget(objectName=f"{key}_form")
        layout = self._items_form(key)
        outer = QVBoxLayout(form)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        if key == "charges":
            outer.addStretch(1)  # no field here grows: keep them at the top
        page = ItemsSection(self._editor, key, form)
        page.setObjectName(f"{key}_page")
        self.sections[key] = page
        self._fields.widgets.update({f"{key}_list": page.list, f"{key}_add": page.add,
                                     f"{key}_remove": page.remove})
        return page

    def _items_form(self, key: str) -> QFormLayout:
        fields = self._fields
        if key == "charges":
            fields.box("charge_text", self._item_path(key, "text"), LIMIT_LINE, lines=4)
            fields.line("charge_article", self._item_path(key, "article"))
            return fields.form("charge_text", "charge_article")
        if key == "evidence":
            fields.line("evidence_title", self._item_path(key, "title"))
            fields.box("evidence_text", self._item_path(key, "text"), lines=6)
            fields.choice("evidence_leans", self._item_path(key, "leans", lang=False), ("guilt", "innocence", "both"))
            layout = fields.form("evidence_title", "evidence_text", "evidence_leans")
            row = self._picture_row()
            layout.addRow(fields.labels["picture_choose"], row)
            return layout
        fields.line("witness_name", self._item_path(key, "name"))
        fields.choice("witness_called_by", self._item_path(key, "called_by", lang=False), ("prosecution", "defence"))
        fields.box("witness_statement", self._item_path(key, "statement"), lines=6)
        return fields.form("witness_name", "witness_called_by", "witness_statement")

    def _picture_row(self) -> QWidget:
        row = QWidget(objectName="picture_row")
        self.picture = QLabel(objectName="picture_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedSize(cmd.THUMB)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        buttons = QVBoxLayout()
        for name, slot in (("picture_choose", self._editor.choose_picture),
                           ("picture_remove", self._editor.remove_picture)):
            button = self._fields.make(name, QPushButton(autoDefault=False), label=name == "picture_choose")
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
        fields = self._fields
        page = QWidget(objectName="judge_page")
        fields.box("judge_charge", self._text_path("judge_charge"), lines=8)
        self.judge_hint = QLabel(objectName="judge_hint", wordWrap=True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.judge_hint)
        layout.addWidget(fields.labels["judge_charge"])
        layout.addWidget(fields.widgets["judge_charge"], 1)
        return page

    def _questions_page(self) -> QWidget:
        fields = self._fields
        page = QWidget(objectName="questions_page")
        charge = fields.make("question_charge", QComboBox())
        charge.activated.connect(lambda _index: self._editor.render())
        self.questions_hint = QLabel(objectName="questions_hint", wordWrap=True)
        for kind in QUESTION_KINDS:
            fields.box(f"question_{kind}", self._question_path(kind), LIMIT_LINE, lines=2)
        fill = fields.make("fill_questions", QPushButton(autoDefault=False), label=False)
        fill.clicked.connect(self._editor.fill_questions)
        layout = QVBoxLayout(page)
        layout.addWidget(self.questions_hint)
        layout.addLayout(fields.form("question_charge", *(f"question_{k}" for k in QUESTION_KINDS)))
        layout.addWidget(fill, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page
