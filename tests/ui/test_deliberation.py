"""Deliberation: rounds, the speaking queue with talk time, the private and the open stance checks."""

from __future__ import annotations

import pytest
from gui import click, find, focusable
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QSlider,
    QWidget,
)

from app.core import events as ev
from app.store.session import SessionStore
from app.ui.courtroom.deliberation import DeliberationPanel
from app.ui.courtroom.stance_check import StanceCheck

# kz-2007 demo: p1, p2 judges; jurors in seat order
ORDER = ["p1", "p2", "p15", "p21", "p13", "p26", "p16", "p25", "p22", "p14", "p23"]
CHOICE = {m: ("guilty" if i % 3 == 0 else "not_guilty" if i % 3 == 1 else "undecided") for i, m in enumerate(ORDER)}
SURE = {m: 10 + 8 * i for i, m in enumerate(ORDER)}
MOVER, SOURCE = "p13", "p3"  # juror 3 says the prosecutor moved them toward guilty


@pytest.fixture
def panel(qtbot, window):
    assert window.open_demo()
    assert window.controller.append_all([ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")])
    widget = DeliberationPanel(window.controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stored(window) -> list:
    with SessionStore.open(window.controller.path, readonly=True) as store:
        return list(store.events())


def texts(root: QWidget) -> str:
    """Everything a person or a screen reader can read in `root`, joined."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        out += [w.accessibleName(), w.toolTip(), w.accessibleDescription()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
    return "\n".join(out)


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName()}" for w in focusable(root) if not w.accessibleName().strip()]


def end_round(qtbot, panel) -> None:
    click(qtbot, panel, "start_round")
    click(qtbot, panel, "end_round")


def test_queue_times_each_speaker(qtbot, window, panel):
    click(qtbot, panel, "start_round")
    assert stored(window)[-1] == ev.RoundStarted(1)
    click(qtbot, panel, "hand_p15")
    click(qtbot, panel, "hand_p1")
    queue = find(panel, QListWidget, "queue")
    assert [queue.item(i).text() for i in range(queue.count())] == [
        "1. Juror 1, Дәурен Исаев", "2. Judge 1, Әйгерім Сәтбаева"]
    click(qtbot, panel, "next_speaker")
    assert find(panel, QLabel, "speaker").text().startswith("Speaking now: Juror 1, Дәурен Исаев")
    qtbot.wait(1100)
    panel.activateWindow()
    qtbot.keyClick(find(panel, QAbstractButton, "next_speaker"), Qt.Key.Key_N)  # one key per speaker
    assert queue.count() == 0
    click(qtbot, panel, "done")
    speeches = [e for e in stored(window) if isinstance(e, ev.SpeechTimed)]
    assert [(e.round_no, e.member_id) for e in speeches] == [(1, "p15"), (1, "p1")]
    assert speeches[0].seconds >= 1 and speeches[1].seconds >= 1
    talk = find(panel, QAbstractButton, "hand_p15").text()
    assert talk.startswith("Juror 1\nДәурен Исаев\nTalk time 00:0") and not talk.endswith("00:00")
    assert find(panel, QLabel, "speaker").text() == "Nobody is speaking."


def test_skip_drops_without_recording(qtbot, window, panel):
    click(qtbot, panel, "start_round")
    click(qtbot, panel, "hand_p21")
    click(qtbot, panel, "skip")
    assert find(panel, QListWidget, "queue").count() == 0
    assert not find(panel, QAbstractButton, "next_speaker").isEnabled()
    click(qtbot, panel, "end_round")
    events = stored(window)
    assert not any(isinstance(e, ev.SpeechTimed) for e in events)
    assert isinstance(events[-1], ev.RoundEnded) and events[-1].round_no == 1


def dialog_named(name: str) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert len(found) == 1, name
    return found[0]


def open_check(qtbot, panel) -> tuple[QDialog, StanceCheck]:
    click(qtbot, panel, "private_check")
    dialog = dialog_named("stance_check_dialog")
    qtbot.waitExposed(dialog)
    assert dialog.isModal() and dialog.windowState() & Qt.WindowState.WindowMaximized
    return dialog, dialog.findChild(StanceCheck)


def answer(qtbot, check: StanceCheck, member: str) -> None:
    click(qtbot, check, f"stance_{CHOICE[member]}")
    slider = find(check, QSlider, "confidence")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(SURE[member]):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert find(check, QLabel, "confidence_value").text() == str(SURE[member])
    assert not find(check, QComboBox, f"moved_{member}").isVisible()  # nobody moves themselves
    if member == MOVER:
        combo = find(check, QComboBox, f"moved_{SOURCE}")
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "toward guilty"


def assert_no_trace(check: StanceCheck) -> None:
    """Nothing of the last member's answer is left in any widget of the check."""
    assert all(not b.isChecked() for b in check.findChildren(QAbstractButton))
    assert find(check, QSlider, "confidence").value() == 50
    assert find(check, QLabel, "confidence_value").text() == "50"
    assert {c.currentText() for c in check.findChildren(QComboBox)} == {"—"}
    seen = texts(check).lower()
    assert "guilty" not in seen and "undecided" not in seen and "■" not in seen and "●" not in seen


def test_private_stance_check_leaves_no_trace(qtbot, window, panel):
    end_round(qtbot, panel)
    dialog, check = open_check(qtbot, panel)
    names = window.controller.state.people.names
    for i, member in enumerate(ORDER):
        seat = "Judge" if i < 2 else "Juror"
        n = i + 1 if i < 2 else i - 1
        text = find(check, QLabel, "pass_text").text()
        assert text.endswith(f"Pass the laptop to {seat} {n}, {names[member]}.")
        assert text.startswith("Recorded.") == (i > 0)
        assert unnamed(dialog) == []
        click(qtbot, check, "i_am")
        assert unnamed(dialog) == []
        answer(qtbot, check, member)
        click(qtbot, check, "save")
        assert_no_trace(check)
        assert texts(panel).count("✓ answered") == i + 1
        assert "guilty" not in texts(panel).lower() and "■" not in texts(panel)
    assert find(check, QLabel, "pass_text").text() == "Everyone has answered. Give the laptop back to the teacher."
    click(qtbot, check, "close")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    events = stored(window)
    stances = {e.member_id: e for e in events if isinstance(e, ev.StanceRecorded)}
    assert stances == {m: ev.StanceRecorded(1, m, CHOICE[m], SURE[m], False) for m in ORDER}
    assert [e for e in events if isinstance(e, ev.InfluenceReported)] == [
        ev.InfluenceReported(1, MOVER, SOURCE, "guilty")]


def test_not_me_goes_back_and_forgets(qtbot, window, panel):
    end_round(qtbot, panel)
    dialog, check = open_check(qtbot, panel)
    click(qtbot, check, "i_am")
    answer(qtbot, check, "p1")
    click(qtbot, check, "not_me")
    assert_no_trace(check)
    assert not any(isinstance(e, ev.StanceRecorded) for e in stored(window))
    assert find(check, QLabel, "pass_text").text().startswith("Pass the laptop to Judge 1,")
    click(qtbot, check, "close")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_stances_hidden_until_revealed(qtbot, window, panel):
    end_round(qtbot, panel)
    assert not find(panel, QAbstractButton, "reveal").isEnabled()
    controller, counts = window.controller, {"guilty": 0, "not_guilty": 0, "undecided": 0}
    for member in ORDER:
        assert controller.append(ev.StanceRecorded(1, member, CHOICE[member], SURE[member]))
        counts[CHOICE[member]] += 1
    seen = texts(panel)
    assert "11 of 11 have given a stance." in seen
    assert "guilty" not in seen.lower() and "■" not in seen and "●" not in seen and "%" not in seen
    click(qtbot, panel, "reveal")
    assert stored(window)[-1] == ev.StancesRevealed(1)
    results = find(panel, QLabel, "results").text()
    assert f"Guilty: {counts['guilty']}" in results and f"Not guilty: {counts['not_guilty']}" in results
    assert f"Undecided: {counts['undecided']}" in results
    assert "■" in results and "●" in results and "○" in results and "#D55E00" in results
    assert "Juror 3, Гүлнар Мұратова: Not guilty, 42% sure" in results


def test_quick_open_check_records_open_stances(qtbot, window, panel):
    end_round(qtbot, panel)
    click(qtbot, panel, "open_check")
    dialog = dialog_named("open_check_dialog")
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    for member in ("p1", "p15"):
        combo = find(dialog, QComboBox, f"open_{member}")
        combo.setCurrentIndex(combo.findData(CHOICE[member]))
    click(qtbot, dialog, "open_save")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stances = [e for e in stored(window) if isinstance(e, ev.StanceRecorded)]
    assert stances == [ev.StanceRecorded(1, "p1", "guilty", 50, True),
                       ev.StanceRecorded(1, "p15", "undecided", 50, True)]
    assert texts(panel).count("✓ answered") == 2


def test_panel_controls_are_named(qtbot, window, panel):
    assert unnamed(panel) == []
    click(qtbot, panel, "start_round")
    click(qtbot, panel, "hand_p1")
    click(qtbot, panel, "next_speaker")
    assert unnamed(panel) == []
    click(qtbot, panel, "end_round")
    assert unnamed(panel) == []
