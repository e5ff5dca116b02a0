"""The shared-laptop ballot: keys only, nothing of an earlier ballot on screen, reveal, verdict."""

from __future__ import annotations

import json

from gui import click, find, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app import paths
from app.core import events as ev
from app.store.scenario import play, read_scenario, start
from app.store.session import SessionStore
from app.ui.pin import PinDialog, PinGate


def deliberating_demo(qtbot, window):
    click(qtbot, window.home, "demo")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.courtroom)
    assert window.controller.append_all([ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")])
    return window.courtroom


def ballot_window(qtbot, window):
    qtbot.waitUntil(lambda: window.findChild(QWidget, "ballot_window") is not None)
    ballot = window.findChild(QWidget, "ballot_window")
    qtbot.waitExposed(ballot)
    return ballot


def press(qtbot, ballot, key) -> None:
    """A key press where the voter's keyboard goes: the ballot window has the focus."""
    qtbot.keyClick(ballot, key)


def on_screen(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.isVisible():
            out += [getattr(w, "text", lambda: "")(), w.toolTip(), w.accessibleName(), w.accessibleDescription(),
                    w.windowTitle()]
    return [t for t in out if t]


def vote_all(qtbot, window, ballot, choose) -> int:
    """Every voter votes with keys; returns the most key presses one voter needed."""
    most = 0
    while ballot.pages.currentIndex() == 0:
        keys = 0
        press(qtbot, ballot, Qt.Key.Key_Return)  # "I am ..."
        keys += 1
        while ballot.pages.currentIndex() == 1:
            press(qtbot, ballot, choose(ballot))
            keys += 1
        assert ballot.pages.currentIndex() == 2  # review
        press(qtbot, ballot, Qt.Key.Key_Return)  # cast
        keys += 1
        assert ballot.pages.currentIndex() == 3 and "recorded" in ballot.recorded.text()
        texts = [t for top in QApplication.topLevelWidgets() if top.isVisible() for t in on_screen(top)]
        answers = ("Yes, guilty", "No, not guilty", "it is proven", "Blank ballot", "Question")
        assert not any(word in t for t in texts for word in answers), texts  # no earlier answer in any window
        assert ballot.review.text() == "" and ballot.question.text() == ""
        most = max(most, keys)
        if ballot.next_button.isVisible():
            press(qtbot, ballot, Qt.Key.Key_Return)
        else:
            break
    return most


def test_a_whole_secret_vote_by_keyboard_then_reveal_and_verdict(qtbot, window):
    page = deliberating_demo(qtbot, window)
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    assert ballot.banner.text().startswith("Secret ballot")
    assert ballot.prompt.text().startswith("Pass the laptop to Judge 1")
    cast = []

    def choose(b):
        key = "1" if len(cast) % 3 else "2"  # answers vary from voter to voter
        cast.append(key)
        return key

    assert vote_all(qtbot, window, ballot, choose) == 5  # Enter, three answers, Enter
    assert "Everyone has voted" in ballot.recorded.text()
    state = window.controller.state
    assert len(state.vote.voters) == 11 and state.vote.ballots == ()  # still in the box
    with SessionStore.open(window.controller.path, readonly=True) as store:
        marks = [e for e in store.events() if isinstance(e, ev.VoterMarked)]
        assert len(marks) == 11 and len(store.ballot_box(1)) == 11
        assert all(set(json.loads(json.dumps(e.__dict__ if hasattr(e, "__dict__") else {}))) <= {"vote_no", "member_id"}
                   for e in marks)
    ballot.close()
    panel = page.panel("voting")
    click(qtbot, panel, "reveal")
    assert window.controller.state.vote.revealed
    assert "6 of 11" in panel.result.toPlainText() or "of 11" in panel.result.toPlainText()
    announce = find(panel, QPushButton, "announce")
    qtbot.mouseClick(announce, Qt.MouseButton.LeftButton)
    state = window.controller.state
    assert state.phase == "verdict" and state.outcome.verdict in ("guilty", "not_guilty")
    verdict = page.panel("verdict")
    expected = "Guilty" if state.outcome.verdict == "guilty" else "Not guilty"
    assert find(verdict, QLabel, "verdict").text() == f"Verdict: {expected}"
    assert "Crown Court jury" in verdict.details.toPlainText()  # what the other courts would decide


def ew_at_vote(qtbot, window):
    """The England and Wales scenario (one question, q4) up to its first vote, opened in the window."""
    scenario = read_scenario(paths.resources() / "scenarios" / "ew-phone.json")
    events = scenario.events[: next(i for i, e in enumerate(scenario.events) if e["type"] == "VotingOpened")]
    from app.store import places

    path = places.sessions_dir() / "ew.alqa"
    live = start(scenario, path)
    play(live, events)
    live.close()
    assert window.open_session(path)
    return window.courtroom


def test_one_question_ballot_takes_three_key_presses(qtbot, window):
    page = ew_at_vote(qtbot, window)
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    assert ballot.banner.text().startswith("Open vote")  # the scenario votes openly: every screen says so
    assert vote_all(qtbot, window, ballot, lambda b: "1") == 3
    with SessionStore.open(window.controller.path, readonly=True) as store:
        assert len([e for e in store.events() if isinstance(e, ev.BallotCast)]) == 12
    ballot.close()
    click(qtbot, page.panel("voting"), "reveal")
    assert window.controller.state.vote.revealed


def test_escape_does_not_leave_ballot_mode(qtbot, window):
    page = deliberating_demo(qtbot, window)
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    qtbot.keyClick(ballot, Qt.Key.Key_Escape)
    assert ballot.isVisible()


def test_wrong_pins_are_refused_and_five_lock_the_gate(qtbot):
    from app.store.pin import hash_pin

    now = [1000.0]
    gate = PinGate(clock=lambda: now[0])
    stored = hash_pin("2468")
    assert not gate.check("1111", stored)
    for _ in range(4):
        gate.check("0000", stored)
    assert gate.locked_for() == 30
    assert not gate.check("2468", stored)  # even the right PIN waits out the lock
    now[0] += 31
    assert gate.check("2468", stored)
    dialog = PinDialog(gate, stored, "why")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("9999")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Wrong PIN" in dialog.message.text()
    dialog.pin.setText("2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.result() == PinDialog.DialogCode.Accepted


def guilty_verdict(qtbot, window):
    page = deliberating_demo(qtbot, window)
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    vote_all(qtbot, window, ballot, lambda b: "1")
    ballot.close()
    click(qtbot, page.panel("voting"), "reveal")
    click(qtbot, page.panel("voting"), "announce")
    assert window.controller.state.outcome.verdict == "guilty"
    return page


def test_the_panel_votes_the_sentence_in_kazakhstan(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    page = guilty_verdict(qtbot, window)
    click(qtbot, page.panel("verdict"), "to_sentencing")
    panel = page.panel("sentencing")
    combos = [c for c in panel.findChildren(QComboBox) if c.objectName().startswith("sentence_")]
    assert len(combos) == 11
    for i, combo in enumerate(combos):
        combo.setFocus()
        for _ in range(18 if i < 7 else 8):  # 7 votes for 18 years, 4 for 8 years
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, panel, "count_sentence")
    assert "Round 1" in panel.outcome.text()
    assert not find(panel, QPushButton, "record_sentence").isVisible()  # >15 years needs 8 of 11: not imposed
    for combo in combos:  # round 2: 8 years, by everyone
        combo.setFocus()
        for _ in range(8):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, panel, "count_sentence")
    click(qtbot, panel, "record_sentence")
    outcome = window.controller.state.outcome
    assert outcome.sentence_by == "panel" and outcome.sentence_years == 8
    click(qtbot, panel, "to_debrief")
    assert window.controller.state.phase == "debrief"


def test_a_juror_leaves_and_the_reserve_sits(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    click(qtbot, window.home, "demo")
    page = window.courtroom
    state = window.controller.state
    reserve = state.people.reserves[0]
    qtbot.mouseClick(find(page.seat_map, QPushButton, "seat_juror-4"), Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("fell ill", True)))
    click(qtbot, page, "juror_leaves")
    assert window.controller.state.people.seats["juror-4"] == reserve
    assert find(page.seat_map, QPushButton, "seat_juror-4").text().endswith(state.people.names[reserve])


def test_ending_the_session(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    click(qtbot, window.home, "demo")

    def confirm(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    click(qtbot, window.courtroom, "end_session")
    assert window.controller.state.phase == "closed"


def coded_session(qtbot, window, tmp_path):
    """The demo class with personal voter codes on, in deliberation."""
    from app.store import places

    scenario = read_scenario(paths.resources() / "scenarios" / "kz-2007-embezzlement.json")
    cut = next(i for i, e in enumerate(scenario.events) if e["type"] == "RoundStarted")
    events = list(scenario.events[:cut])
    trial = next(i for i, e in enumerate(events) if e["type"] == "PhaseStarted")
    events.insert(trial, {"type": "PrivacySet", "ballot": "secret", "voter_codes": True,
                          "anonymous_exports": True, "pin_hash": ""})
    path = places.sessions_dir() / "coded.alqa"
    live = start(scenario, path)
    play(live, tuple(events))
    live.close()
    assert window.open_session(path)
    return window.courtroom


def test_ballot_cards_and_personal_codes(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.core import codes

    page = coded_session(qtbot, window, tmp_path)
    issued = iter(f"{n:04d}" for n in range(1000, 2000, 7))
    plain: list[str] = []
    monkeypatch.setattr(codes, "new_code", lambda: plain.append(next(issued)) or plain[-1])
    pdf = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    click(qtbot, page, "ballot_cards")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2
    state = window.controller.state
    holders = [*state.panel().values(), *state.people.reserves]
    assert list(state.meta.voter_codes_issued) == holders and len(plain) == 13
    session_bytes = window.controller.path.read_bytes()
    assert all(code.encode() not in session_bytes for code in plain[:3])  # only hashes are kept
    code_of = dict(zip(holders, plain, strict=True))
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    assert ballot.code.isVisible()
    member = voting_order_first(window)
    type_text(ballot.code, "9999")
    press(qtbot, ballot, Qt.Key.Key_Return)
    assert ballot.pages.currentIndex() == 0 and "not the code" in ballot.message.text()
    type_text(ballot.code, code_of[member])
    press(qtbot, ballot, Qt.Key.Key_Return)
    assert ballot.pages.currentIndex() == 1


def voting_order_first(window) -> str:
    from app.ui.ballot.window import voting_order

    return voting_order(window.controller.state)[0][1]


def test_the_projector_shows_nothing_secret_then_the_verdict(qtbot, window):
    page = deliberating_demo(qtbot, window)
    click(qtbot, page, "projector")
    projector = window.projector
    qtbot.waitExposed(projector)
    click(qtbot, page, "open_vote")
    ballot = ballot_window(qtbot, window)
    vote_all(qtbot, window, ballot, lambda b: "1")  # walks every window, the projector too, after each ballot
    ballot.close()
    assert "Guilty" not in " ".join(on_screen(projector))  # not before the reveal...
    click(qtbot, page.panel("voting"), "reveal")
    assert "Guilty" not in " ".join(on_screen(projector))  # ...nor before the verdict is announced
    click(qtbot, page.panel("voting"), "announce")
    assert find(projector, QLabel, "projector_phase").text() == "Verdict: Guilty"
    assert "6 of 11" in find(projector, QLabel, "projector_rule").text()
    projector.close()
