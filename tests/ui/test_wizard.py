"""The new-session wizard, driven with real clicks and keys, for two court models."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gui import click, find, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QPlainTextEdit, QTableWidget, QWidget, QWizard

from app.core import events as ev
from app.store.pin import check_pin
from app.store.session import SessionStore

NAMES = ["Әйгерім Сәтбаева", "Нұрсұлтан Жақсылықов", "Мария Ким", "Ерлан Омаров", "Жанар Қасымова",
         "Тимур Ахметов", "Айгүл Серікова", "Иван Петренко", "Сәуле Бекова", "Бауыржан Нұрланов",
         "Елена Смирнова", "Қанат Әбілов", "Гүлнар Мұратова", "Артём Ли", "Дәурен Исаев", "Жанна Төлеген",
         "Ұлан Рахымжан", "Олжас Байжанов", "Аружан Сейітова", "Мирас Кенжебаев", "Лейла Ғалымова",
         "Руслан Ибраев", "Ақерке Нұрболат", "Кирилл Волков", "Dina O'Brien"]


def choose_row(qtbot, view: QListWidget, text_start: str) -> None:
    for row in range(view.count()):
        if view.item(row).text().startswith(text_start):
            view.scrollToItem(view.item(row))
            rect = view.visualItemRect(view.item(row))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.currentRow() == row
            return
    raise AssertionError(f"no row starting with {text_start}")


def choose_case(qtbot, wizard: QWizard, title_start: str) -> None:
    view = find(wizard, QListView, "cases")
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if str(index.data()).startswith(title_start):
            view.scrollTo(index)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
            assert view.currentIndex().row() == row
            return
    raise AssertionError(f"no case starting with {title_start}")


def next_page(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), "Next is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_names(qtbot, edit: QPlainTextEdit, names: list[str]) -> None:
    edit.setFocus()
    for name in names:
        type_text(edit, name + "\n")


def select_candidate(qtbot, table: QTableWidget, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def run_wizard(qtbot, window, case_title: str, court: str, names: list[str], challenges: list[str], pin: str):
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    qtbot.waitExposed(wizard)
    choose_case(qtbot, wizard, case_title)
    next_page(qtbot, wizard)
    choose_row(qtbot, find(wizard, QListWidget, "models"), court)
    next_page(qtbot, wizard)
    assert window.controller.path is not None  # the session file exists from here on
    type_names(qtbot, find(wizard, QPlainTextEdit, "names"), names)
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    click(qtbot, page, "draw_pool")
    table = find(page, QTableWidget, "candidates")
    for row, button in enumerate(challenges):
        select_candidate(qtbot, table, row)
        click(qtbot, page, button)
    click(qtbot, page, "seat_jury")
    next_page(qtbot, wizard)
    click(qtbot, wizard.currentPage(), "draw_roles")
    next_page(qtbot, wizard)
    privacy = wizard.currentPage()
    for field in ("pin", "pin_again"):
        qtbot.keyClicks(privacy.findChild(type(privacy.pin), field), pin)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.courtroom)
    return window.controller.path


def stored_events(path):
    with SessionStore.open(path, readonly=True) as store:
        return list(store.events())


def test_kazakhstan_2007_through_the_wizard(qtbot, window):
    path = run_wizard(qtbot, window, "Pipes on paper", "Kazakhstan jury court, 2007", NAMES,
                      ["peremptory_prosecution", "peremptory_defence", "peremptory_defence"], "24681357")
    events = stored_events(path)
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "SessionCreated" and events[0].model["id"] == "kz-2007"
    assert [e.name for e in events if isinstance(e, ev.ParticipantAdded)] == NAMES
    challenges = [e for e in events if isinstance(e, ev.ChallengeUsed)]
    assert [(c.side, c.kind) for c in challenges] == [("prosecution", "peremptory"), ("defence", "peremptory"),
                                                      ("defence", "peremptory")]
    jury = next(e for e in events if isinstance(e, ev.JuryEmpanelled))
    assert len(jury.jurors) == 9 and len(jury.reserves) == 2
    assert not {c.member_id for c in challenges} & set(jury.jurors + jury.reserves)
    privacy = next(e for e in events if isinstance(e, ev.PrivacySet))
    assert privacy.ballot == "secret" and check_pin("24681357", privacy.pin_hash) and "24681357" not in str(events)
    data = Path(os.environ["ALQA_DATA_DIR"])
    for file in data.rglob("*"):  # the PIN itself is in no file: session, journal, settings, log
        assert not file.is_file() or b"24681357" not in file.read_bytes(), file
    state = window.controller.state
    assert len(state.people.seated("judge")) == 2
    # the seat map on screen shows the lot's jurors in their seats
    names = dict(zip(state.people.names, NAMES, strict=True))
    for i, member in enumerate(jury.jurors, 1):
        button = window.courtroom.seat_map.findChild(type(window.courtroom._home), f"seat_juror-{i}")
        assert button.text().endswith(names[member]) and button.isVisible()
    assert window.courtroom.seat_map.findChild(type(window.courtroom._home), "seat_juror-10") is None


def test_england_and_wales_through_the_wizard(qtbot, window):
    names = NAMES + ["Amelia Hughes", "Oliver Bennett", "Priya Patel"]
    path = run_wizard(qtbot, window, "The phone at the match", "Crown Court jury", names, [], "1357")
    events = stored_events(path)
    assert events[0].model["id"] == "ew"
    jury = next(e for e in events if isinstance(e, ev.JuryEmpanelled))
    assert len(jury.jurors) == 12 and jury.reserves == ()
    state = window.controller.state
    assert len(state.people.seated("juror")) == 12 and len(state.people.seated("judge")) == 1
    for i in range(1, 13):
        assert window.courtroom.seat_map.findChild(type(window.courtroom._home), f"seat_juror-{i}").isVisible()


def test_england_has_no_peremptory_challenges(qtbot, window):
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    choose_case(qtbot, wizard, "The phone")
    next_page(qtbot, wizard)
    choose_row(qtbot, find(wizard, QListWidget, "models"), "Crown Court jury")
    next_page(qtbot, wizard)
    type_names(qtbot, find(wizard, QPlainTextEdit, "names"), NAMES)
    next_page(qtbot, wizard)
    page = wizard.currentPage()
    click(qtbot, page, "draw_pool")
    select_candidate(qtbot, find(page, QTableWidget, "candidates"), 0)
    click(qtbot, page, "peremptory_defence")
    assert "peremptory" in page.message.text() and window.controller.state.people.challenges == ()


def test_back_and_next_keep_the_roster_and_a_crash_resumes(qtbot, window, tmp_path):
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # the default case and the current Kazakh court
    type_names(qtbot, find(wizard, QPlainTextEdit, "names"), NAMES[:12])
    next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert find(wizard, QPlainTextEdit, "names").toPlainText().split() == " ".join(NAMES[:12]).split()
    path = window.controller.path
    wizard.reject()  # the teacher closes the wizard (or the laptop dies): the file keeps it all
    window.controller.close()
    assert window.open_session(path)
    resumed = window.wizard
    assert resumed.currentId() == 3  # jury selection, where the class had got to
    assert len(window.controller.state.people.names) == 12


@pytest.mark.parametrize("text", ["Әйгерім\nНұрсұлтан", "\n\n\n"])
def test_too_few_names_keep_next_disabled(qtbot, window, text):
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    edit = find(wizard, QPlainTextEdit, "names")
    edit.setFocus()
    type_text(edit, text)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_court_of_the_teachers_own_design(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox

    from app.store import library

    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    next_page(qtbot, wizard)
    click(qtbot, wizard.currentPage(), "custom_model")
    dialog = wizard.findChild(QWidget, "custom_model_dialog")
    qtbot.waitExposed(dialog)
    type_text(find(dialog, QLineEdit, "model_name"), "Our class court")
    jurors = find(dialog, QSpinBox, "jurors")
    jurors.selectAll()
    type_text(jurors, "7")
    need = find(dialog, QSpinBox, "need")
    need.selectAll()
    type_text(need, "9")
    assert need.value() <= need.maximum()
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    saved = library.custom_models()[0]
    assert [m.names.pick("en") for m in saved] == ["Our class court"] and saved[0].seats.lay == 7
    assert find(wizard, QListWidget, "models").currentItem().text().startswith("Our class court")
    next_page(qtbot, wizard)
    assert window.controller.state.meta.model.id == saved[0].id
