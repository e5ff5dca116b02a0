"""Whole lessons through the GUI with real clicks and keys (issue [4], "Tests that must exist").

The teacher's and the students' actions are clicks, key presses and typing only; the session's state
and its store are read for the checks (and to know which member's hand button to press).
"""

from __future__ import annotations

import shiboken6
from gui import click, find, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QTabWidget,
)
from test_wizard import NAMES, run_wizard

from app.core import events as ev
from app.store.session import SessionStore
from app.ui.courtroom.stance_check import StanceCheck, pending

PIN = "2468"
KEY_TYPES = {"SessionCreated", "ParticipantAdded", "JuryPoolDrawn", "ChallengeUsed", "JuryEmpanelled", "PrivacySet",
             "PhaseStarted", "StageStarted", "StageEnded", "ObjectionRaised", "ObjectionRuled", "RoundStarted",
             "SpeechTimed", "RoundEnded", "StanceRecorded", "VotingOpened", "VoterMarked", "BallotCast",
             "BallotsRevealed", "VerdictDeclared", "HungJuryDeclared"}


# --- reading the log ------------------------------------------------------------------------

def stored(window) -> list:
    with SessionStore.open(window.controller.path, readonly=True) as store:
        return list(store.events())


def runs(events: list) -> list[tuple[str, int]]:
    """The key events in order, runs of the same kind counted: [("ParticipantAdded", 25), ...]."""
    out: list[tuple[str, int]] = []
    for e in events:
        name = type(e).__name__
        if name not in KEY_TYPES:
            continue
        if isinstance(e, ev.PhaseStarted):
            name = f"{name}:{e.phase}"
        elif isinstance(e, ev.StageStarted | ev.StageEnded | ev.ObjectionRaised | ev.ObjectionRuled):
            name = f"{name}:{e.stage_id}"
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + 1)
        else:
            out.append((name, 1))
    return out


def of(events: list, cls) -> list:
    return [e for e in events if isinstance(e, cls)]


# --- the teacher's desk -----------------------------------------------------------------------

def select_stage(qtbot, panel, stage_id: str) -> None:
    table = find(panel, QTableWidget, "stages")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == stage_id)
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
    assert table.currentRow() == row


def run_stage(qtbot, panel, stage_id: str, objection: tuple[str, str] | None = None, note: str = "") -> None:
    select_stage(qtbot, panel, stage_id)
    click(qtbot, panel, "start_stage")
    if objection:
        side, ruling = objection
        click(qtbot, panel, f"objection_{side}")
        assert not find(panel, QPushButton, "end_stage").isEnabled()  # the judge rules first
        click(qtbot, panel, ruling)
    if note:
        type_text(find(panel, QPlainTextEdit, "stage_notes"), note)
    click(qtbot, panel, "end_stage")


def start_trial(qtbot, page):
    """Start the trial from the courtroom: the tab of the phase's work opens by itself."""
    click(qtbot, page, "start_trial")
    tabs = find(page, QTabWidget, "courtroom_tabs")
    assert tabs.currentIndex() == 1 and tabs.tabText(1) == "Trial"
    panel = page.panel("trial")
    assert page.phase_panels.currentWidget() is panel
    return panel


def charge_then_deliberation(qtbot, page, trial) -> None:
    click(qtbot, trial, "go_to_charge")
    charge = page.panel("charge")
    assert page.phase_panels.currentWidget() is charge
    assert "presumed innocent" in charge.text.toPlainText()
    click(qtbot, charge, "begin_deliberation")
    assert page.phase_panels.currentWidget() is page.panel("deliberation")


def deliberation_round(qtbot, page, speakers: list[str]) -> None:
    """Start a round, raise the speakers' hands, give each the floor in turn, end the round."""
    panel = page.panel("deliberation")
    assert page.phase_panels.currentWidget() is panel
    click(qtbot, panel, "start_round")
    for member in speakers:
        click(qtbot, panel, f"hand_{member}")
    for _ in speakers:
        click(qtbot, panel, "next_speaker")  # the first in the queue speaks; the last speaker's time is saved
    click(qtbot, panel, "done")
    click(qtbot, panel, "end_round")


def stance_check(qtbot, window, page, stances: dict[str, str], moved: dict[str, list[tuple[str, int]]]) -> None:
    """The private check passed round the panel: each member says who they are, a stance, how sure,
    and whose arguments moved them (`moved`: member -> [(source, 1 toward guilty | 2 toward acquittal)])."""
    panel = page.panel("deliberation")
    click(qtbot, panel, "private_check")
    dialogs = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "stance_check_dialog" and w.isVisible()]
    assert len(dialogs) == 1
    dialog: QDialog = dialogs[0]
    qtbot.waitExposed(dialog)
    check = dialog.findChild(StanceCheck)
    names = window.controller.state.people.names
    for sure, (_seat, member) in enumerate(pending(window.controller.state)):
        assert find(check, QLabel, "pass_text").text().endswith(f", {names[member]}.")
        click(qtbot, check, "i_am")
        click(qtbot, check, f"stance_{stances[member]}")
        slider = find(check, QSlider, "confidence")
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_Home)
        for _ in range(sure % 10):
            qtbot.keyClick(slider, Qt.Key.Key_PageUp)  # page step 10
        for source, presses in moved.get(member, []):
            combo = find(check, QComboBox, f"moved_{source}")
            combo.setFocus()
            for _ in range(presses):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
        click(qtbot, check, "save")
    assert find(check, QLabel, "pass_text").text() == "Everyone has answered. Give the laptop back to the teacher."
    click(qtbot, check, "close")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def vote(qtbot, page, yes) -> list[str]:
    """Open the vote and let every voter vote with keys: Enter ("I am ..."), 1 (yes) or 2 (no) on each
    question, Enter to cast, Enter to pass on. `yes(seat)` decides from the seat the screen names.
    Returns the seats in the order the ballot window called them."""
    click(qtbot, page, "open_vote")
    voting = page.panel("voting")
    qtbot.waitUntil(lambda: voting.ballot_window is not None and voting.ballot_window.isVisible())
    ballot = voting.ballot_window
    qtbot.waitExposed(ballot)
    called = []
    while ballot.pages.currentIndex() == 0:
        prompt = ballot.prompt.text()
        assert prompt.startswith("Pass the laptop to "), prompt
        seat = prompt.removeprefix("Pass the laptop to ").split(",")[0]
        called.append(seat)
        qtbot.keyClick(ballot, Qt.Key.Key_Return)
        while ballot.pages.currentIndex() == 1:
            qtbot.keyClick(ballot, "1" if yes(seat) else "2")
        assert ballot.pages.currentIndex() == 2  # review
        qtbot.keyClick(ballot, Qt.Key.Key_Return)  # cast
        assert ballot.pages.currentIndex() == 3 and "recorded" in ballot.recorded.text()
        qtbot.keyClick(ballot, Qt.Key.Key_Return)  # continue: the next voter, or everyone has voted
    assert ballot.recorded.text() == "Everyone has voted. Give the laptop back to the teacher."
    return called


def type_pins_when_asked(qtbot, window, pins: list[str], seen: list) -> None:
    """When the modal PIN dialog runs, type each PIN in turn and press Enter; after each, note in `seen`
    (the dialog still open, its message, the vote revealed, the tally shown)."""
    pins, waited = list(pins), [0]

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "pin_dialog":
            waited[0] += 1
            if waited[0] < 300:
                QTimer.singleShot(10, step)
            return
        try:
            edit = find(dialog, QLineEdit, "pin")
            edit.setFocus()
            type_text(edit, pins.pop(0))
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            vote = window.controller.state.vote
            tally = window.courtroom.panel("voting").result.toPlainText()
            seen.append((dialog.isVisible(), find(dialog, QLabel, "pin_message").text(), vote.revealed, tally))
        finally:
            if pins and dialog.isVisible():
                QTimer.singleShot(0, step)
            elif dialog.isVisible():
                dialog.reject()  # never leave the test waiting on a modal dialog

    QTimer.singleShot(0, step)


def leave_ballot_mode(qtbot, window, pin: str | None) -> None:
    voting = window.courtroom.panel("voting")
    ballot = voting.ballot_window
    seen: list = []
    if pin:
        type_pins_when_asked(qtbot, window, [pin], seen)
    click(qtbot, ballot, "leave_ballot")
    assert not ballot.isVisible()
    if pin:
        assert [s[0] for s in seen] == [False]  # the PIN was asked and accepted


# --- the lessons ------------------------------------------------------------------------------

def test_kazakhstan_2007_lesson(qtbot, window, monkeypatch, tmp_path):
    path = run_wizard(qtbot, window, "Pipes on paper", "Kazakhstan jury court, 2007", NAMES,
                      ["peremptory_prosecution", "peremptory_defence", "peremptory_defence"], PIN)
    page = window.courtroom
    state = window.controller.state
    assert state.meta.model.id == "kz-2007" and state.phase == "setup"
    seats = dict(state.deliberators())  # judge-1, judge-2, juror-1 .. juror-9 -> member
    assert list(seats) == ["judge-1", "judge-2", *(f"juror-{i}" for i in range(1, 10))]

    # the trial: the opening, an exhibit with an objection and a ruling, the closing
    trial = start_trial(qtbot, page)
    exhibit = state.meta.case.evidence[0].id
    run_stage(qtbot, trial, "opening")
    run_stage(qtbot, trial, exhibit, ("defence", "overruled"), note="The invoice has no signature")
    run_stage(qtbot, trial, "closing")
    charge_then_deliberation(qtbot, page, trial)

    # two rounds, each with two speakers and a private stance check with influence reports
    deliberation_round(qtbot, page, [seats["juror-3"], seats["judge-1"]])
    first = {m: ("guilty", "not_guilty", "undecided")[i % 3] for i, m in enumerate(seats.values())}
    stance_check(qtbot, window, page, first, {
        seats["juror-1"]: [(seats["judge-1"], 1)],                           # toward guilty
        seats["juror-5"]: [(seats["juror-3"], 2), (seats["judge-2"], 1)]})  # toward acquittal, toward guilty
    deliberation_round(qtbot, page, [seats["juror-5"], seats["juror-9"]])
    second = {m: "guilty" if seat.startswith("judge") or int(seat[6:]) <= 4 else "not_guilty"
              for seat, m in seats.items()}
    stance_check(qtbot, window, page, second, {
        seats["juror-2"]: [(seats["juror-5"], 2)],
        seats["juror-9"]: [(seats["judge-1"], 1)]})

    # the vote: both judges and jurors 1-4 yes on all three questions, jurors 5-9 no (guilty 6-5)
    called = vote(qtbot, page, lambda seat: seat.startswith("Judge") or int(seat.split()[1]) <= 4)
    assert called == ["Judge 1", "Judge 2", *(f"Juror {i}" for i in range(1, 10))]
    leave_ballot_mode(qtbot, window, PIN)
    voting = page.panel("voting")
    assert page.phase_panels.currentWidget() is voting
    assert voting.status.text() == "Vote 1: 11 of 11 have voted."

    # reveal: a wrong PIN is refused and the box stays shut; then the right PIN opens it
    seen: list = []
    type_pins_when_asked(qtbot, window, ["1357", PIN], seen)
    click(qtbot, voting, "reveal")
    assert seen[0] == (True, "Wrong PIN. Try again.", False, "")
    assert seen[1][0] is False  # the right PIN closed the dialog
    assert window.controller.state.vote.revealed
    assert not find(voting, QPushButton, "back_to_deliberation").isVisible()
    click(qtbot, voting, "announce")

    verdict = page.panel("verdict")
    assert page.phase_panels.currentWidget() is verdict and page.stepper.current_step() == "verdict"
    label = find(verdict, QLabel, "verdict")
    assert label.isVisible() and label.text() == "Verdict: Guilty"

    events = stored(window)
    assert events and window.controller.path == path
    assert runs(events) == [
        ("SessionCreated", 1), ("ParticipantAdded", 25), ("JuryPoolDrawn", 1), ("ChallengeUsed", 3),
        ("JuryEmpanelled", 1), ("PrivacySet", 1), ("PhaseStarted:trial", 1),
        ("StageStarted:opening", 1), ("StageEnded:opening", 1),
        (f"StageStarted:{exhibit}", 1), (f"ObjectionRaised:{exhibit}", 1), (f"ObjectionRuled:{exhibit}", 1),
        (f"StageEnded:{exhibit}", 1),
        ("StageStarted:closing", 1), ("StageEnded:closing", 1),
        ("PhaseStarted:charge", 1), ("PhaseStarted:deliberation", 1),
        ("RoundStarted", 1), ("SpeechTimed", 2), ("RoundEnded", 1), ("StanceRecorded", 11),
        ("RoundStarted", 1), ("SpeechTimed", 2), ("RoundEnded", 1), ("StanceRecorded", 11),
        ("VotingOpened", 1), ("VoterMarked", 11), ("BallotsRevealed", 1), ("VerdictDeclared", 1)]
    assert [e.name for e in of(events, ev.ParticipantAdded)] == NAMES
    assert of(events, ev.ObjectionRaised) == [ev.ObjectionRaised(exhibit, "defence")]
    assert of(events, ev.ObjectionRuled) == [ev.ObjectionRuled(exhibit, "overruled")]
    assert of(events, ev.StageEnded)[1].note == "The invoice has no signature"
    assert [e.round_no for e in of(events, ev.RoundStarted)] == [1, 2]
    assert [(e.round_no, e.member_id) for e in of(events, ev.SpeechTimed)] == [
        (1, seats["juror-3"]), (1, seats["judge-1"]), (2, seats["juror-5"]), (2, seats["juror-9"])]
    stances = of(events, ev.StanceRecorded)
    assert [(s.round_no, s.member_id, s.stance) for s in stances] == (
        [(1, m, first[m]) for m in seats.values()] + [(2, m, second[m]) for m in seats.values()])
    assert not any(s.open for s in stances)
    assert [s.confidence for s in stances[:11]] == [10 * (i % 10) for i in range(11)]
    assert of(events, ev.InfluenceReported) == [
        ev.InfluenceReported(1, seats["juror-1"], seats["judge-1"], "guilty"),
        ev.InfluenceReported(1, seats["juror-5"], seats["judge-2"], "guilty"),
        ev.InfluenceReported(1, seats["juror-5"], seats["juror-3"], "not_guilty"),
        ev.InfluenceReported(2, seats["juror-2"], seats["juror-5"], "not_guilty"),
        ev.InfluenceReported(2, seats["juror-9"], seats["judge-1"], "guilty")]
    opened = of(events, ev.VotingOpened)
    assert len(opened) == 1 and opened[0].vote_no == 1 and len(opened[0].question_ids) == 3
    assert sorted(e.member_id for e in of(events, ev.VoterMarked)) == sorted(seats.values())
    assert not of(events, ev.BallotCast)  # a secret ballot names nobody
    revealed = of(events, ev.BallotsRevealed)[0]
    assert revealed.vote_no == 1 and len(revealed.ballots) == 11
    yes_ballots = [b for b in revealed.ballots if all(a == "yes" for _, a in b[1])]
    no_ballots = [b for b in revealed.ballots if all(a == "no" for _, a in b[1])]
    assert sorted(role for role, _ in yes_ballots) == ["judge", "judge", "juror", "juror", "juror", "juror"]
    assert [role for role, _ in no_ballots] == ["juror"] * 5
    declared = of(events, ev.VerdictDeclared)
    assert declared == [ev.VerdictDeclared(1, "guilty", tuple((q, "yes") for q in opened[0].question_ids))]
    assert PIN not in str(events)

    # the debrief's report, exported from the courtroom: the verdict and its rule, nobody's name,
    # and no private stance (the checks were never shown to the class)
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    click(qtbot, page, "export")
    dialog = page.export_dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report.pdf"), ""))
    click(qtbot, dialog, "export_save")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "report.pdf").pages)
    assert "Verdict: Guilty" in text and "6 of 11 votes" in text
    assert not [name for name in NAMES if name in text]
    assert "No stance check was revealed" in text


def test_england_lesson_with_an_early_majority(qtbot, window):
    run_wizard(qtbot, window, "The phone at the match", "Crown Court jury", NAMES, [], "")
    page = window.courtroom
    state = window.controller.state
    assert state.meta.model.id == "ew" and not state.meta.pin_hash
    jurors = dict(state.deliberators())
    assert list(jurors) == [f"juror-{i}" for i in range(1, 13)]  # the jurors deliberate alone

    trial = start_trial(qtbot, page)
    run_stage(qtbot, trial, "opening")
    charge_then_deliberation(qtbot, page, trial)
    assert "beyond reasonable doubt" in page.panel("charge").text.toPlainText()
    deliberation_round(qtbot, page, [jurors["juror-1"], jurors["juror-12"]])

    # vote 1 after a few real seconds: 10-2 for guilty is no verdict before the majority direction (130 min)
    called = vote(qtbot, page, lambda seat: int(seat.split()[1]) <= 10)
    assert called == [f"Juror {i}" for i in range(1, 13)]
    leave_ballot_mode(qtbot, window, None)
    voting = page.panel("voting")
    click(qtbot, voting, "reveal")  # no PIN was set: no dialog
    assert window.controller.state.vote.revealed
    assert not find(voting, QPushButton, "announce").isVisible()
    assert find(voting, QPushButton, "back_to_deliberation").isVisible()
    assert find(voting, QPushButton, "hung").isVisible()  # England has hung juries
    assert "No verdict yet: until 130 minutes of deliberation only a unanimous answer" in voting.result.toPlainText()
    assert window.controller.state.phase == "voting" and window.controller.state.outcome.vote_no is None

    # back to deliberation, another round, a unanimous vote
    click(qtbot, voting, "back_to_deliberation")
    assert window.controller.state.phase == "deliberation"
    deliberation_round(qtbot, page, [jurors["juror-11"]])
    called = vote(qtbot, page, lambda seat: True)
    assert called == [f"Juror {i}" for i in range(1, 13)]
    leave_ballot_mode(qtbot, window, None)
    voting = page.panel("voting")
    assert voting.status.text() == "Vote 2: 12 of 12 have voted."
    click(qtbot, voting, "reveal")
    assert not find(voting, QPushButton, "back_to_deliberation").isVisible()
    click(qtbot, voting, "announce")
    label = find(page.panel("verdict"), QLabel, "verdict")
    assert label.isVisible() and label.text() == "Verdict: Guilty"

    events = stored(window)
    assert runs(events) == [
        ("SessionCreated", 1), ("ParticipantAdded", 25), ("JuryPoolDrawn", 1), ("JuryEmpanelled", 1),
        ("PrivacySet", 1), ("PhaseStarted:trial", 1), ("StageStarted:opening", 1), ("StageEnded:opening", 1),
        ("PhaseStarted:charge", 1), ("PhaseStarted:deliberation", 1),
        ("RoundStarted", 1), ("SpeechTimed", 2), ("RoundEnded", 1),
        ("VotingOpened", 1), ("VoterMarked", 12), ("BallotsRevealed", 1),
        ("PhaseStarted:deliberation", 1), ("RoundStarted", 1), ("SpeechTimed", 1), ("RoundEnded", 1),
        ("VotingOpened", 1), ("VoterMarked", 12), ("BallotsRevealed", 1), ("VerdictDeclared", 1)]
    assert [e.vote_no for e in of(events, ev.VotingOpened)] == [1, 2]
    first, second = of(events, ev.BallotsRevealed)
    assert (first.vote_no, second.vote_no) == (1, 2)
    assert sorted(a for _, answers in first.ballots for _, a in answers) == ["no"] * 2 + ["yes"] * 10
    assert [a for _, answers in second.ballots for _, a in answers] == ["yes"] * 12
    assert all(role == "juror" for role, _ in first.ballots + second.ballots)
    declared = of(events, ev.VerdictDeclared)
    assert [(d.vote_no, d.verdict) for d in declared] == [(2, "guilty")]
    assert not [d for d in declared if d.vote_no == 1] and not of(events, ev.HungJuryDeclared)
    rounds = of(events, ev.RoundEnded)
    assert [r.round_no for r in rounds] == [1, 2] and sum(r.seconds for r in rounds) < 130 * 60
