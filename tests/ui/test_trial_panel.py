"""The trial checklist (timed stages, objections that pause the clock, notes) and the judge's charge."""

from __future__ import annotations

import pytest
from gui import click, find, focusable, type_text
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QTableWidget, QTextBrowser

from app.core import events as ev
from app.store.session import SessionStore
from app.ui.courtroom.charge import ChargePanel
from app.ui.courtroom.trial import TrialPanel


def stored(window) -> list:
    with SessionStore.open(window.controller.path, readonly=True) as store:
        return list(store.events())


def make(qtbot, cls, window):
    panel = cls(window.controller)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def trial(qtbot, window):
    assert window.open_demo()
    return make(qtbot, TrialPanel, window)


def row_of(panel, stage_title: str) -> list[str]:
    table = find(panel, QTableWidget, "stages")
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == stage_title:
            return [table.item(row, col).text() for col in range(table.columnCount())]
    raise AssertionError(f"no row {stage_title}")


def test_checklist_is_drawn_from_the_case(trial, window):
    case = window.controller.state.meta.case
    table = find(trial, QTableWidget, "stages")
    titles = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert titles[0] == "Opening statements" and titles[-1] == "Closing arguments"
    assert f"Evidence: {case.evidence[0].title['en']}" in titles
    assert f"Witness: {case.witnesses[0].name['en']}" in titles
    assert len(titles) == 2 + len(case.evidence) + len(case.witnesses)
    assert row_of(trial, "Opening statements")[1:] == ["○ To come", "–"]


def test_objection_pauses_the_clock_and_the_stage_ends_with_its_note(qtbot, trial, window):
    clock = find(trial, QLabel, "clock")
    click(qtbot, trial, "start_stage")  # the opening is selected first
    assert row_of(trial, "Opening statements")[1] == "▶ Running"
    qtbot.waitUntil(lambda: clock.text() == "00:01", timeout=3000)
    click(qtbot, trial, "objection_defence")
    paused = clock.text()
    assert "paused" in find(trial, QLabel, "clock_state").text()
    qtbot.wait(2300)
    assert clock.text() == paused, "the clock ran while the objection waited"
    assert row_of(trial, "Opening statements")[1] == "‖ Paused: objection"
    click(qtbot, trial, "sustained")
    qtbot.waitUntil(lambda: clock.text() != paused, timeout=3000)
    type_text(find(trial, QPlainTextEdit, "stage_notes"), "Әйгерім spoke well")
    click(qtbot, trial, "end_stage")
    events = stored(window)
    assert events[-4:-1] == [ev.StageStarted("opening"), ev.ObjectionRaised("opening", "defence"),
                             ev.ObjectionRuled("opening", "sustained")]
    ended = events[-1]
    assert isinstance(ended, ev.StageEnded) and ended.stage_id == "opening"
    assert ended.note == "Әйгерім spoke well"
    assert 2 <= ended.seconds <= 3, "the paused time was counted"
    assert row_of(trial, "Opening statements")[1:] == ["✓ Done", f"00:0{ended.seconds}"]


def test_end_waits_for_the_ruling(qtbot, trial):
    click(qtbot, trial, "start_stage")
    click(qtbot, trial, "objection_prosecution")
    assert not find(trial, QPushButton, "end_stage").isEnabled()
    assert find(trial, QPushButton, "overruled").isEnabled()


def test_charge_waits_for_the_running_stage(qtbot, trial, window):
    click(qtbot, trial, "start_stage")
    click(qtbot, trial, "go_to_charge")
    message = find(trial, QLabel, "trial_message")
    assert message.isVisible()
    assert message.text() == 'The stage "Opening statements" is still running; end it first.'
    assert window.controller.state.phase == "trial"
    click(qtbot, trial, "end_stage")
    assert not message.isVisible()
    click(qtbot, trial, "go_to_charge")
    assert window.controller.state.phase == "charge"
    assert stored(window)[-1] == ev.PhaseStarted("charge")


def test_evidence_text_is_shown_and_projected(qtbot, trial, window):
    case = window.controller.state.meta.case
    table = find(trial, QTableWidget, "stages")
    table.selectRow(1)
    text = find(trial, QTextBrowser, "stage_text").toPlainText()
    assert case.evidence[0].title["en"] in text and case.evidence[0].text["en"][:60] in text
    with qtbot.waitSignal(trial.show_on_projector) as shown:
        click(qtbot, trial, "show_on_projector")
    assert shown.args == [case.evidence[0].id]
    table.selectRow(1 + len(case.evidence))
    assert case.witnesses[0].statement["en"][:60] in find(trial, QTextBrowser, "stage_text").toPlainText()


def test_a_reopened_session_shows_what_was_done(qtbot, window):
    assert window.open_demo()
    window.controller.append_all([ev.StageStarted("opening"), ev.StageEnded("opening", 125, "Clear.")])
    panel = make(qtbot, TrialPanel, window)
    assert row_of(panel, "Opening statements")[1:] == ["✓ Done", "02:05"]
    table = find(panel, QTableWidget, "stages")
    table.selectRow(0)
    assert find(panel, QPlainTextEdit, "stage_notes").toPlainText() == "Clear."


def test_charge_panel_reads_the_charge_and_the_questions(qtbot, window):
    assert window.open_demo()
    assert window.controller.append(ev.PhaseStarted("charge"))
    panel = make(qtbot, ChargePanel, window)
    case = window.controller.state.meta.case
    text = find(panel, QTextBrowser, "charge_text").toPlainText()
    assert "presumed innocent" in text and "inner conviction" in text
    assert case.judge_charge["en"].split("\n")[0] in text
    questions = [q for q in case.questions if q.charge == case.charges[0].id]
    assert [q.kind for q in questions][:3] == ["act", "did", "guilt"]
    for q in questions[:3]:
        assert q.text["en"] in text
    click(qtbot, panel, "begin_deliberation")
    assert window.controller.state.phase == "deliberation"
    assert stored(window)[-1] == ev.PhaseStarted("deliberation")
    assert not find(panel, QPushButton, "begin_deliberation").isEnabled()


def test_every_control_of_both_panels_is_named(qtbot, window):
    assert window.open_demo()
    trial = make(qtbot, TrialPanel, window)
    charge = make(qtbot, ChargePanel, window)
    window.controller.append(ev.StageStarted("opening"))
    names = {w.objectName() for w in focusable(trial)}
    assert {"stages", "end_stage", "stage_notes", "stage_text", "go_to_charge"} <= names
    assert [w.objectName() for w in focusable(trial) if not w.accessibleName().strip()] == []
    window.controller.append_all([ev.StageEnded("opening", 5), ev.PhaseStarted("charge")])
    assert "begin_deliberation" in {w.objectName() for w in focusable(charge)}
    assert [w.objectName() for w in focusable(charge) if not w.accessibleName().strip()] == []



def test_case_texts_follow_the_ui_language(qtbot, trial, window):
    from app import i18n

    case = window.controller.state.meta.case
    find(trial, QTableWidget, "stages").selectRow(1)
    i18n.install("kk")
    title = case.evidence[0].title["kk"]
    shown = title.replace("\u00a0", " ")  # the text browser's plain text turns no-break spaces into spaces
    qtbot.waitUntil(lambda: shown in find(trial, QTextBrowser, "stage_text").toPlainText())
    assert find(trial, QTableWidget, "stages").item(1, 0).text().endswith(title)
