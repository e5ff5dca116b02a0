"""The case library: lists, previews, duplicates, imports, exports and deletes cases, by real clicks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QMessageBox, QPushButton, QWidget

from app import i18n
from app.core.case import load_case
from app.store import cases
from app.ui.cases.editor import CaseEditor
from app.ui.cases.library import CaseLibraryPage

MINI = Path(__file__).parent.parent / "data" / "mini-case.alqa-case.json"
TITLES_EN = {"Pipes on paper", "The night outside the Akbota café", "The phone at the match"}
TITLES_KK = {"Қағаз жүзіндегі құбырлар", "«Ақбота» кафесінің жанындағы түн", "Жарыстағы телефон"}


@pytest.fixture
def page(qtbot):
    widget = CaseLibraryPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, root: QWidget, name: str) -> None:
    button = root.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def titles(page) -> list[str]:
    view = page.findChild(QListView, "cases")
    return [view.model().index(row).data().split("\n")[0] for row in range(view.model().rowCount())]


def choose(qtbot, page, title: str) -> None:
    view = page.findChild(QListView, "cases")
    row = titles(page).index(title)
    rect = view.visualRect(view.model().index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex().row() == row


def plain(text: str) -> str:
    return text.replace("\xa0", " ")  # a text view shows a no-break space as a space


def message(page) -> str:
    return page.findChild(QLabel, "message").text()


def own_files() -> dict[str, bytes]:
    folder = cases.own_cases_dir()
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def open_file_dialog(monkeypatch, path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_lists_built_in_cases_in_the_ui_language(qtbot, page, qtmodeltester):
    assert set(titles(page)) == TITLES_EN
    qtmodeltester.check(page.model)
    first = page.findChild(QListView, "cases").model().index(0).data()
    assert "Built-in case · charges: 1" in first
    i18n.install("kk")
    try:
        qtbot.waitUntil(lambda: set(titles(page)) == TITLES_KK)
        choose(qtbot, page, "Жарыстағы телефон")
        assert plain(cases.find_case("phone").summary["kk"][:80]) in page.findChild(QWidget, "preview").toPlainText()
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: set(titles(page)) == TITLES_EN)


def test_preview_shows_the_selected_case(qtbot, page):
    phone = cases.find_case("phone")
    choose(qtbot, page, "The phone at the match")
    text = page.findChild(QWidget, "preview").toPlainText()
    assert plain(phone.summary.pick("en")[:80]) in text
    assert "Rinat Kaliyev, coach of the school-lyceum No. 3 team, called by the defence" in text
    assert all(e.title.pick("en") in text for e in phone.evidence)
    choose(qtbot, page, "Pipes on paper")
    assert plain(cases.find_case("embezzlement").summary.pick("en")[:80]) in page.findChild(QWidget, "preview").toPlainText()


def test_duplicate_edit_undo_redo_save(qtbot, page):
    choose(qtbot, page, "The phone at the match")
    assert page.findChild(QPushButton, "edit").text() == "&Duplicate and edit…"
    click(qtbot, page, "edit")
    editor = page.findChild(CaseEditor)
    qtbot.waitExposed(editor)
    title = editor.findChild(QLineEdit, "title")
    assert editor.findChild(QLineEdit, "case_id").text() == "phone-2"
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (our class)")
    new = "The phone at the match (our class)"
    assert title.text() == new
    redo = editor.findChild(QPushButton, "redo")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "The phone at the match" and redo.isEnabled()  # the editor's undo, not the field's
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == new and not redo.isEnabled()
    click(qtbot, editor, "save")
    saved = load_case(cases.own_cases_dir() / "phone-2.alqa-case.json")
    assert saved.title == {"kk": "Жарыстағы телефон", "ru": "Телефон на соревнованиях", "en": new}
    assert saved.questions == cases.find_case("phone").questions
    assert new in titles(page) and len(titles(page)) == 4
    assert page.findChild(QPushButton, "edit").text() == "&Edit…"  # the saved copy is selected


def test_an_own_case_is_edited_in_place_and_renamed(qtbot, page):
    cases.save_own_case(json.loads(MINI.read_text(encoding="utf-8")))
    page.refresh(select="mini")
    click(qtbot, page, "edit")
    editor = page.findChild(CaseEditor)
    qtbot.waitExposed(editor)
    case_id = editor.findChild(QLineEdit, "case_id")
    qtbot.mouseClick(case_id, Qt.MouseButton.LeftButton)
    qtbot.keyClick(case_id, Qt.Key.Key_End)
    qtbot.keyClicks(case_id, "-bike")
    click(qtbot, editor, "save")
    assert sorted(own_files()) == ["mini-bike.alqa-case.json"]


def test_import_a_valid_case(qtbot, page, monkeypatch):
    open_file_dialog(monkeypatch, MINI)
    click(qtbot, page, "import")
    assert message(page) == "Imported “The missing bicycle” with the id “mini”."
    assert "The missing bicycle" in titles(page)
    assert load_case(cases.own_cases_dir() / "mini.alqa-case.json").raw == load_case(MINI).raw
    click(qtbot, page, "import")  # the same file again: a copy under a free id, nothing replaced
    assert message(page) == "Imported “The missing bicycle” with the id “mini-2”."
    assert sorted(own_files()) == ["mini-2.alqa-case.json", "mini.alqa-case.json"]


@pytest.mark.parametrize(("content", "words"), [
    (b'{"format": 1, "id": "x", "title": ', "is not a case file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "is not a case file"),
    (b'{"format": 1}' + b" " * 6_000_000, "is larger than 5 MB"),
    (json.dumps({"format": 1, "id": "ew", "names": {"en": "A court"}}).encode(), "This is not an Alqa case file."),
])
def test_import_refuses_broken_foreign_and_huge_files(qtbot, page, monkeypatch, tmp_path, content, words):
    source = tmp_path / "input.alqa-case.json"
    source.write_bytes(content)
    cases.save_own_case(json.loads(MINI.read_text(encoding="utf-8")))
    page.refresh()
    before, rows = own_files(), titles(page)
    open_file_dialog(monkeypatch, source)
    click(qtbot, page, "import")
    assert words in message(page) and message(page).endswith("Nothing was imported.")
    assert source.read_bytes() == content
    assert own_files() == before and titles(page) == rows


def test_export_writes_atomically_and_loads_back_equal(qtbot, page, monkeypatch, tmp_path):
    target = tmp_path / "out" / "night"
    target.parent.mkdir()
    choose(qtbot, page, "The night outside the Akbota café")
    open_file_dialog(monkeypatch, target)
    click(qtbot, page, "export")
    written = target.parent / "night.alqa-case.json"
    assert load_case(written).raw == cases.find_case("night-assault").raw
    assert [p.name for p in target.parent.iterdir()] == ["night.alqa-case.json"]  # no temporary file left
    assert str(written) in message(page)


def test_delete_asks_first(qtbot, page):
    cases.save_own_case(json.loads(MINI.read_text(encoding="utf-8")))
    page.refresh(select="mini")

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "The missing bicycle" in box.text()
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer("Cancel"))
    click(qtbot, page, "delete")
    assert "mini.alqa-case.json" in own_files()
    QTimer.singleShot(0, lambda: answer("Delete"))
    click(qtbot, page, "delete")
    assert own_files() == {} and "The missing bicycle" not in titles(page)
    choose(qtbot, page, "Pipes on paper")
    assert not page.findChild(QPushButton, "delete").isEnabled()  # built-in cases cannot be deleted


def test_choosing_mode_emits_the_case(qtbot):
    page = CaseLibraryPage(choosing=True)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.findChild(QPushButton, "delete").isVisible()
    choose(qtbot, page, "The phone at the match")
    with qtbot.waitSignal(page.case_chosen) as signal:
        click(qtbot, page, "use")
    assert signal.args[0].id == "phone"
    view = page.findChild(QListView, "cases")
    with qtbot.waitSignal(page.case_chosen) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args[0].id == "phone"


def test_back_and_broken_own_files(qtbot, page):
    folder = cases.own_cases_dir()
    folder.mkdir(parents=True)
    (folder / "broken.alqa-case.json").write_text("{", encoding="utf-8")
    page.refresh()
    assert "broken.alqa-case.json could not be opened" in message(page)
    with qtbot.waitSignal(page.back_requested):
        click(qtbot, page, "back")


def test_every_focusable_widget_has_an_accessible_name(qtbot, page):
    def unnamed(root):
        return [w.objectName() or type(w).__name__ for w in root.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root and not w.accessibleName()]

    assert unnamed(page) == []
    click(qtbot, page, "new")
    editor = page.findChild(CaseEditor)
    qtbot.waitExposed(editor)
    assert unnamed(editor) == []
    page.changeEvent(QEvent(QEvent.Type.LanguageChange))
    assert unnamed(page) == []


def test_keyboard_only(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = page.findChild(QListView, "cases")
    view.setFocus()
    order = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order == ["preview", "new", "edit", "import", "export", "back", "cases"]  # Delete is off: built-in
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "The night outside" in page.findChild(QWidget, "preview").toPlainText()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the &Preview label's buddy
    assert QApplication.focusWidget().objectName() == "preview"
