"""The case editor's undo commands, and the working copy of a case dict they change.

The editor works on a *normalized* copy of the case: every text is a {lang: text} dict, every
charge has one question of each kind (blank ones included). `clean` turns it back into what
the format wants: empty texts and blank questions dropped, `languages` = those with a title.
List items are addressed by their id, not their row, so a path stays right after adds and
removals: ("charges", "c1", "text", "en").

Also here, as they serve the commands: the check that decides whether Save is allowed
(`problem`), the standard question texts, pictures as data: URIs, and the undo keys.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QObject, QSize, Qt, QTranslator
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QUndoCommand, QUndoStack

from app import paths
from app.core.case import FORMAT_VERSION, QUESTION_KINDS, Case
from app.core.errors import AlqaError
from app.core.lang import LANGS, Msg
from app.store import cases

TEXT_KEYS = ("title", "summary", "defendant", "victim", "judge_charge")
ITEM_TEXTS = {"charges": ("text", "article"), "evidence": ("title", "text"), "witnesses": ("name", "statement"),
              "questions": ("text",)}
ID_PREFIX = {"charges": "c", "evidence": "e", "witnesses": "w", "questions": "q"}
OPTIONAL = ("victim",)
TYPING = 1  # the id() of commands that merge while the teacher types in one field
PICTURE_LIMIT = 1_000_000  # bytes of a picture file; a case file stays under 5 MB
THUMB = QSize(220, 160)

# "Fill in the standard questions": written in the language being edited (see standard_questions).
STANDARD_QUESTIONS = {
    "act": QT_TRANSLATE_NOOP("CaseEditor", "Is it proven that the act described in the charge took place?"),
    "did": QT_TRANSLATE_NOOP("CaseEditor", "Is it proven that the defendant committed this act?"),
    "guilt": QT_TRANSLATE_NOOP("CaseEditor", "Is the defendant guilty of committing this act?"),
    "general": QT_TRANSLATE_NOOP("CaseEditor", "Is the defendant guilty of the charge as described?"),
    "leniency": QT_TRANSLATE_NOOP("CaseEditor", "If the defendant is found guilty, do they deserve leniency?"),
}

KIND_LABELS = {"act": QT_TRANSLATE_NOOP("CaseEditor", "Act"), "did": QT_TRANSLATE_NOOP("CaseEditor", "Doer"),
               "guilt": QT_TRANSLATE_NOOP("CaseEditor", "Guilt"), "general": QT_TRANSLATE_NOOP("CaseEditor", "General")}

# What the validator's field names are called on screen ("charges.0.text" -> "Text of charge 1").
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("CaseEditor", "Id"),
    "languages": QT_TRANSLATE_NOOP("CaseEditor", "Languages"),
    "title": QT_TRANSLATE_NOOP("CaseEditor", "Title"),
    "summary": QT_TRANSLATE_NOOP("CaseEditor", "Summary"),
    "defendant": QT_TRANSLATE_NOOP("CaseEditor", "Defendant"),
    "victim": QT_TRANSLATE_NOOP("CaseEditor", "Victim"),
    "judge_charge": QT_TRANSLATE_NOOP("CaseEditor", "Judge's charge"),
    "charges": QT_TRANSLATE_NOOP("CaseEditor", "Charges"),
    "evidence": QT_TRANSLATE_NOOP("CaseEditor", "Evidence"),
    "witnesses": QT_TRANSLATE_NOOP("CaseEditor", "Witnesses"),
    "questions": QT_TRANSLATE_NOOP("CaseEditor", "Questions"),
    "charges.text": QT_TRANSLATE_NOOP("CaseEditor", "Text of charge {number}"),
    "charges.article": QT_TRANSLATE_NOOP("CaseEditor", "Article of charge {number}"),
    "charges.id": QT_TRANSLATE_NOOP("CaseEditor", "Id of charge {number}"),
    "evidence.title": QT_TRANSLATE_NOOP("CaseEditor", "Title of evidence item {number}"),
    "evidence.text": QT_TRANSLATE_NOOP("CaseEditor", "Description of evidence item {number}"),
    "evidence.leans": QT_TRANSLATE_NOOP("CaseEditor", "Which way evidence item {number} points"),
    "evidence.picture": QT_TRANSLATE_NOOP("CaseEditor", "Picture of evidence item {number}"),
    "evidence.id": QT_TRANSLATE_NOOP("CaseEditor", "Id of evidence item {number}"),
    "witnesses.name": QT_TRANSLATE_NOOP("CaseEditor", "Name of witness {number}"),
    "witnesses.statement": QT_TRANSLATE_NOOP("CaseEditor", "Statement of witness {number}"),
    "witnesses.called_by": QT_TRANSLATE_NOOP("CaseEditor", "Who calls witness {number}"),
    "witnesses.id": QT_TRANSLATE_NOOP("CaseEditor", "Id of witness {number}"),
    "questions.text": QT_TRANSLATE_NOOP("CaseEditor", "Question {number}"),
    "questions.charge": QT_TRANSLATE_NOOP("CaseEditor", "Question {number}"),
    "questions.kind": QT_TRANSLATE_NOOP("CaseEditor", "Question {number}"),
    "questions.id": QT_TRANSLATE_NOOP("CaseEditor", "Question {number}"),
}


def lookup(case: dict, path: Iterable) -> Any:
    """The value at `path`, or None; list items are found by their id."""
    node: Any = case
    for key in path:
        if isinstance(node, list):
            node = next((item for item in node if item.get("id") == key), None)
        elif isinstance(node, dict):
            node = node.get(key)
        else:
            return None
        if node is None:
            return None
    return node


def put(case: dict, path: tuple, value: Any) -> None:
    """Set the value at `path`; None or "" removes the key (an empty text, no picture)."""
    parent = lookup(case, path[:-1])
    if value is None or value == "":
        parent.pop(path[-1], None)
    else:
        parent[path[-1]] = value


def new_id(case: dict, key: str) -> str:
    """A free id for a new item of the list `key` (ids are unique across the case's lists)."""
    used = {item.get("id") for name in ITEM_TEXTS for item in case.get(name, [])}
    n = 1
    while f"{ID_PREFIX[key]}{n}" in used:
        n += 1
    return f"{ID_PREFIX[key]}{n}"


def blank_question(case: dict, charge_id: str, kind: str) -> dict:
    return {"id": new_id(case, "questions"), "charge": charge_id, "kind": kind, "text": {}}


def new_item(case: dict, key: str) -> dict:
    item_id = new_id(case, key)
    if key == "charges":
        return {"id": item_id, "text": {}, "article": {}}
    if key == "evidence":
        return {"id": item_id, "title": {}, "text": {}, "leans": "both"}
    return {"id": item_id, "name": {}, "called_by": "prosecution", "statement": {}}


def blank_case(case_id: str, lang: str) -> dict:
    """A new case: one empty charge, nothing else yet."""
    return {"format": FORMAT_VERSION, "id": case_id, "languages": [lang], "title": {}, "summary": {},
            "defendant": {}, "victim": {}, "charges": [{"id": "c1", "text": {}, "article": {}}], "evidence": [],
            "witnesses": [], "judge_charge": {}, "questions": []}


def _as_text(value: Any) -> dict:
    if isinstance(value, str):
        return {"en": value} if value else {}
    return {k: v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}


def normalize(data: dict) -> dict:
    """A copy to edit: all texts as dicts, every charge with a question of each kind."""
    case = copy.deepcopy(dict(data))
    for key in TEXT_KEYS:
        case[key] = _as_text(case.get(key))
    for key, fields in ITEM_TEXTS.items():
        items = [dict(item) for item in case.get(key, []) if isinstance(item, dict)]
        for item in items:
            item.update({name: _as_text(item.get(name)) for name in fields})
        case[key] = items
    for charge in case["charges"]:
        for kind in QUESTION_KINDS:
            if question_id(case, charge.get("id"), kind) is None:
                case["questions"].append(blank_question(case, charge.get("id"), kind))
    order = {c.get("id"): i for i, c in enumerate(case["charges"])}
    case["questions"].sort(key=lambda q: (order.get(q.get("charge"), len(order)),
                                          QUESTION_KINDS.index(q["kind"]) if q.get("kind") in QUESTION_KINDS else 9))
    return case


def question_id(case: dict, charge_id: str | None, kind: str) -> str | None:
    return next((q["id"] for q in case["questions"] if q.get("charge") == charge_id and q.get("kind") == kind), None)


def clean(case: dict, lang: str) -> dict:
    """The case as the format wants it; `languages` lists those with a title (else `lang`)."""
    out = copy.deepcopy(case)
    for key in TEXT_KEYS:
        out[key] = {k: v for k, v in out[key].items() if v.strip()}
    for key, fields in ITEM_TEXTS.items():
        for item in out[key]:
            item.update({name: {k: v for k, v in item[name].items() if v.strip()} for name in fields})
            if not item.get("article", True):
                del item["article"]
            if "picture" in item and not item["picture"]:
                del item["picture"]
    out["questions"] = [q for q in out["questions"] if q["text"]]
    for key in OPTIONAL:
        if not out[key]:
            del out[key]
    out["languages"] = [code for code in LANGS if out["title"].get(code)] or [lang]
    return out


def added(case: dict, key: str) -> tuple[dict[str, list], str]:
    """The lists after adding a blank item to `key` (a charge comes with its blank questions)."""
    item = new_item(case, key)
    lists = {key: [*case[key], item]}
    if key == "charges":
        questions = list(case["questions"])
        for kind in QUESTION_KINDS:
            questions.append(blank_question({**case, **lists, "questions": questions}, item["id"], kind))
        lists["questions"] = questions
    return lists, item["id"]


def removed(case: dict, key: str, item_id: str) -> dict[str, list]:
    """The lists after removing an item (a charge takes its questions with it)."""
    lists = {key: [item for item in case[key] if item["id"] != item_id]}
    if key == "charges":
        lists["questions"] = [q for q in case["questions"] if q.get("charge") != item_id]
    return lists


def problem(case: dict, lang: str, was: str | None) -> Msg | None:
    """What stops the case from being saved, with the field named as on screen; None if nothing."""
    cleaned = clean(case, lang)
    try:
        Case.from_dict(cleaned)
        cases.check_case_id(cleaned["id"], was)
    except AlqaError as exc:
        return with_field_label(exc.msg)
    for number, charge in enumerate(cleaned["charges"], 1):  # docs/formats/case.md: every charge needs these
        for kind in ("act", "did", "guilt", "general"):
            if question_id(cleaned, charge["id"], kind) is None:
                label = QCoreApplication.translate("CaseEditor", KIND_LABELS[kind])
                return Msg.of("case.question_missing", number=number, question=label)
    return None


def standard_questions(lang: str) -> dict[str, str] | None:
    """The standard question texts in `lang`, or None while its catalogue lacks them."""
    if lang == "en":
        return dict(STANDARD_QUESTIONS)
    translator = QTranslator()
    if not translator.load(f"alqa_{lang}", str(paths.translations())):
        return None
    words = {kind: translator.translate("CaseEditor", source) for kind, source in STANDARD_QUESTIONS.items()}
    return words if all(words.values()) else None


def picture_uri(path: str | Path) -> tuple[str | None, str | None]:
    """A PNG or JPEG file as a data: URI, or (None, why not: too_large, unreadable, not_a_picture)."""
    try:
        path = Path(path)
        if path.stat().st_size > PICTURE_LIMIT:
            return None, "too_large"
        raw = path.read_bytes()
    except OSError:
        return None, "unreadable"
    kind = "png" if raw.startswith(b"\x89PNG\r\n\x1a\n") else "jpeg" if raw.startswith(b"\xff\xd8\xff") else None
    if kind is None or QImage.fromData(QByteArray(raw)).isNull():
        return None, "not_a_picture"
    return f"data:image/{kind};base64,{base64.b64encode(raw).decode('ascii')}", None


def thumbnail(uri: str, size: QSize = THUMB) -> QPixmap | None:
    """A data: URI's picture scaled to fit `size`, or None if it cannot be shown."""
    try:
        raw = base64.b64decode(uri.split(",", 1)[1], validate=True)
    except (IndexError, ValueError):
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(raw)):
        return None
    return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def field_label(field: str) -> str:
    """The on-screen name of a validator's field ("evidence.2.title" -> "Title of evidence item 3")."""
    parts = [p for p in str(field).split(".") if p not in LANGS]
    if parts[:1] == ["case"]:
        parts = parts[1:] or ["id"]
    number = int(parts[1]) + 1 if len(parts) > 1 and parts[1].isdigit() else None
    key = f"{parts[0]}.{parts[2]}" if number is not None and len(parts) > 2 else parts[0]
    source = FIELD_LABELS.get(key)
    if source is None:
        return str(field)
    return QCoreApplication.translate("CaseEditor", source).format(number=number)


def with_field_label(msg: Msg) -> Msg:
    if "field" not in msg.params:
        return msg
    return Msg(msg.key, {**msg.params, "field": field_label(msg.params["field"])})


class SetField(QUndoCommand):
    """One field of the case changed: a text in one language, a choice, a picture."""

    def __init__(self, editor, path: tuple, value: Any, *, typing: bool = False):
        super().__init__()
        self._editor, self.path, self._typing = editor, tuple(path), typing
        self._old, self._new = lookup(editor.case, self.path), value
        self._done_once = False

    def id(self) -> int:
        return TYPING if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetField) or other.path != self.path:
            return False
        self._new = other._new
        self.setObsolete((self._new or None) == (self._old or None))
        return True

    def redo(self) -> None:
        put(self._editor.case, self.path, self._new)
        self._editor.changed(self.path, reveal=self._done_once)
        self._done_once = True

    def undo(self) -> None:
        put(self._editor.case, self.path, self._old)
        self._editor.changed(self.path, reveal=True)


class ReplaceLists(QUndoCommand):
    """Items were added to or removed from the case's lists (a charge goes with its questions)."""

    def __init__(self, editor, lists: dict[str, list], where: tuple):
        super().__init__()
        self._editor, self._where = editor, where
        self._new = lists
        self._old = {key: editor.case[key] for key in lists}
        self._done_once = False

    def redo(self) -> None:
        self._editor.case.update(self._new)
        self._editor.changed(self._where, reveal=self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._editor.case.update(self._old)
        self._editor.changed(self._where[:1], reveal=True)


class UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) in a text field undo the case's edits, not the field's own."""

    KEYS = {QKeySequence("Ctrl+Z")[0].toCombined(): "undo", QKeySequence("Ctrl+Shift+Z")[0].toCombined(): "redo",
            QKeySequence("Ctrl+Y")[0].toCombined(): "redo"}

    def __init__(self, stack: QUndoStack, parent: QObject):
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self.KEYS.get(event.keyCombination().toCombined())
        if action is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # delivered as a key press, caught below
        else:
            getattr(self._stack, action)()
        return True
