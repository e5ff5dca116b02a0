"""The case editor: one language at a time, undo, live checks, pictures and huge pastes, by real keys."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)

from app.core.case import load_case
from app.store import cases
from app.ui.cases.commands import blank_case
from app.ui.cases.editor import CaseEditor

MINI = Path(__file__).parent.parent / "data" / "mini-case.alqa-case.json"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def mini() -> dict:
    return json.loads(MINI.read_text(encoding="utf-8"))


@pytest.fixture
def open_editor(qtbot):
    editors = []

    def make(data: dict, was: str | None = "") -> CaseEditor:
        editor = CaseEditor(data, was=was)
        editors.append(editor)
        editor.show()
        editor.activateWindow()  # shortcuts work in the active window only
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield make
    for editor in editors:
        editor.stack.setClean()  # close without the "save changes?" question
        editor.close()
        editor.deleteLater()


def find(editor, kind, name):
    widget = editor.findChild(kind, name)
    assert widget is not None, name
    return widget


def click(qtbot, editor, name: str) -> None:
    button = find(editor, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_section(qtbot, editor, index: int) -> None:
    tabs = find(editor, QTabWidget, "sections")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def own_files() -> dict[str, bytes]:
    folder = cases.own_cases_dir()
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def test_clearing_the_title_names_the_field_and_nothing_is_saved(qtbot, open_editor):
    path = cases.save_own_case(mini())
    before = path.read_bytes()
    editor = open_editor(mini(), was="mini")
    title = find(editor, QLineEdit, "title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert find(editor, QLabel, "message").text() == "⚠ \"Title\" needs a text in kk, ru or en."
    assert not find(editor, QPushButton, "save").isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    assert find(editor, QLabel, "notice").text().startswith("The case was not saved: \"Title\" needs a text")
    assert path.read_bytes() == before and list(own_files()) == ["mini.alqa-case.json"]
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert title.text() == "The missing bicycle"
    assert find(editor, QPushButton, "save").isEnabled()


def test_problems_in_lists_name_the_item(qtbot, open_editor):
    editor = open_editor(blank_case("new", "en"))
    assert find(editor, QLabel, "message").text() == "⚠ \"Text of charge 1\" needs a text in kk, ru or en."


def test_other_languages_are_kept_when_switching(qtbot, open_editor):
    data = cases.find_case("phone").to_dict()
    data["id"] = "phone-copy"
    editor = open_editor(data)
    language, title = find(editor, QComboBox, "language"), find(editor, QLineEdit, "title")
    assert language.currentText() == "English"
    qtbot.keyClick(language, Qt.Key.Key_Up)  # English -> Русский
    assert title.text() == "Телефон на соревнованиях"
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "!")
    qtbot.keyClick(language, Qt.Key.Key_Up)  # -> Қазақша
    assert title.text() == "Жарыстағы телефон"
    qtbot.keyClick(language, Qt.Key.Key_Down)
    qtbot.keyClick(language, Qt.Key.Key_Down)
    assert title.text() == "The phone at the match"
    click(qtbot, editor, "save")
    saved = load_case(cases.own_cases_dir() / "phone-copy.alqa-case.json")
    assert saved.title["ru"] == "Телефон на соревнованиях!" and saved.title["kk"] == "Жарыстағы телефон"
    assert saved.languages == ("kk", "ru", "en")
    assert saved.summary == cases.find_case("phone").summary


def test_undo_switches_back_to_where_the_change_was(qtbot, open_editor):
    editor = open_editor(mini())
    show_section(qtbot, editor, 3)  # witnesses
    statement = find(editor, QPlainTextEdit, "witness_statement")
    qtbot.mouseClick(statement.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(statement, " Twice.")
    show_section(qtbot, editor, 0)
    click(qtbot, editor, "undo")
    assert find(editor, QTabWidget, "sections").currentIndex() == 3
    assert statement.toPlainText() == "I saw a red jacket."
    click(qtbot, editor, "redo")
    assert statement.toPlainText() == "I saw a red jacket. Twice."


def test_add_and_remove_items_with_undo(qtbot, open_editor):
    editor = open_editor(mini())
    show_section(qtbot, editor, 2)  # evidence
    items = find(editor, QListWidget, "evidence_list")
    click(qtbot, editor, "evidence_add")
    assert items.count() == 3 and items.currentRow() == 2
    title = find(editor, QLineEdit, "evidence_title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(title, "Lock receipt")
    assert items.item(2).text() == "3. Lock receipt"
    leans = find(editor, QComboBox, "evidence_leans")
    assert leans.currentText() == "Points both ways"
    qtbot.keyClick(leans, Qt.Key.Key_Up)
    assert editor.case["evidence"][2]["leans"] == "innocence"
    items.setCurrentRow(0)
    click(qtbot, editor, "evidence_remove")
    assert [items.item(r).text() for r in range(items.count())] == ["1. Receipt", "2. Lock receipt"]
    qtbot.keyClick(items, Qt.Key.Key_Z, CTRL)
    assert items.count() == 3 and items.item(0).text() == "1. Camera still"


def test_new_charge_gets_questions_and_standard_questions_fill_empty_ones(qtbot, open_editor):
    editor = open_editor(mini())
    show_section(qtbot, editor, 1)
    click(qtbot, editor, "charges_add")
    text = find(editor, QPlainTextEdit, "charge_text")
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(text, "Damage to the bicycle rack")
    show_section(qtbot, editor, 5)
    charge = find(editor, QComboBox, "question_charge")
    assert [charge.itemText(i) for i in range(charge.count())] == ["1. Theft of a bicycle",
                                                                   "2. Damage to the bicycle rack"]
    assert find(editor, QLabel, "message").text() == ("⚠ Charge 2 has no “Act” question. Write it under "
                                                      "Questions, or fill in the standard questions.")
    click(qtbot, editor, "fill_questions")
    qtbot.keyClick(charge, Qt.Key.Key_Down)
    assert find(editor, QPlainTextEdit, "question_act").toPlainText().startswith("Is it proven that the act")
    assert find(editor, QLabel, "message").text() == "✓ The case is complete and can be saved."
    assert editor.case["questions"][0]["text"]["en"] == "Is it proven that the bicycle was stolen?"  # kept
    click(qtbot, editor, "undo")  # the whole fill is one step
    assert find(editor, QPlainTextEdit, "question_act").toPlainText() == ""


def test_picture_choose_show_and_remove(qtbot, open_editor, monkeypatch, tmp_path):
    picture = tmp_path / "still.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    assert image.save(str(picture))
    huge = tmp_path / "huge.png"
    huge.write_bytes(picture.read_bytes() + b"\0" * 1_100_000)
    chosen = [str(huge)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen[0], "")))
    editor = open_editor(mini())
    show_section(qtbot, editor, 2)
    click(qtbot, editor, "picture_choose")
    assert "larger than 1 MB" in find(editor, QLabel, "notice").text()
    chosen[0] = str(picture)
    click(qtbot, editor, "picture_choose")
    preview = find(editor, QLabel, "picture_preview")
    assert not preview.pixmap().isNull() and preview.accessibleName() == "Picture of the evidence item"
    click(qtbot, editor, "save")
    saved = load_case(cases.own_cases_dir() / "mini.alqa-case.json")
    assert saved.evidence[0].picture.startswith("data:image/png;base64,")
    click(qtbot, editor, "picture_remove")
    assert preview.text() == "No picture"


def test_a_huge_paste_is_cut_with_a_message_and_the_editor_stays_responsive(qtbot, open_editor):
    editor = open_editor(mini())
    summary = find(editor, QPlainTextEdit, "summary")
    QApplication.clipboard().setText("x" * 1_000_000)
    started = time.monotonic()
    qtbot.mouseClick(summary.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(summary, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(summary, Qt.Key.Key_V, CTRL)
    assert len(summary.toPlainText()) == 50_000
    assert find(editor, QLabel, "notice").text() == (f"“Summary” holds at most {QLocale().toString(50_000)} "
                                                     "characters; the rest was left out.")
    title = find(editor, QLineEdit, "title")
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClick(title, Qt.Key.Key_V, CTRL)
    assert len(title.text()) == 20_000
    assert find(editor, QLabel, "notice").text().startswith(f"“Title” holds at most {QLocale().toString(20_000)} ")
    qtbot.keyClicks(find(editor, QLineEdit, "defendant"), "!")
    assert time.monotonic() - started < 5
    assert len(editor.case["summary"]["en"]) == 50_000


def test_closing_with_unsaved_changes_asks(qtbot, open_editor):
    editor = open_editor(mini())
    defendant = find(editor, QLineEdit, "defendant")
    qtbot.keyClick(defendant, Qt.Key.Key_End)
    qtbot.keyClicks(defendant, "?")

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == text), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer("Cancel"))
    click(qtbot, editor, "close")
    assert editor.isVisible()
    QTimer.singleShot(0, lambda: answer("Save"))
    click(qtbot, editor, "close")
    assert not editor.isVisible()
    assert load_case(cases.own_cases_dir() / "mini.alqa-case.json").defendant["en"] == "Dana T., 15?"


def test_keyboard_only(qtbot, open_editor):
    editor = open_editor(mini())
    find(editor, QComboBox, "language").setFocus()
    order = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["qt_tabwidget_tabbar", "case_id", "title", "summary", "defendant", "victim", "save", "close"]
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # the &Witnesses tab
    assert find(editor, QTabWidget, "sections").currentIndex() == 3
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Na&me:
    assert QApplication.focusWidget() is find(editor, QLineEdit, "witness_name")
    qtbot.keyClicks(QApplication.focusWidget(), "Mr ")
    assert editor.case["witnesses"][0]["name"]["en"] == "Mr "  # a mnemonic selects the text: typing replaces it
