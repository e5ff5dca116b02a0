"""Replay: a finished session, read-only, with a scrubber over its events; the views follow the scrubber."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from pathlib import Path

import pytest
from gui import click, find, focusable
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QSlider, QTableWidget, QWidget

from app import i18n, paths
from app.core import events as ev
from app.core.fold import fold
from app.core.lang import Msg
from app.core.state import EMPTY
from app.store.exports import export_session
from app.store.scenario import run
from app.store.session import SessionStore
from app.ui import theme

SCENARIO = paths.resources() / "scenarios" / "kz-2007-embezzlement.json"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The kz-2007 example played to its verdict, as a session file and as its JSON export."""
    folder = tmp_path_factory.mktemp("replay")
    run(SCENARIO, folder / "kz.alqa")
    export_session(folder / "kz.alqa", "json", folder / "kz.json")
    return {"alqa": folder / "kz.alqa", "json": folder / "kz.json"}


def logged_events(path: Path) -> list:
    """The log as the file holds it, read here without the replay's code."""
    if path.suffix == ".json":
        return [ev.event_from_json(e["event"]) for e in json.loads(path.read_text("utf-8"))["events"]]
    with SessionStore.open(path, readonly=True) as store:
        return [r.event for r in store.records()]


def open_replay(qtbot, window, monkeypatch, path: Path):
    """Home -> "Replay a session…" -> the file dialog (answered with `path`) -> the replay page."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, window.home, "replay")
    return window.findChild(QWidget, "replay_page")


def key(qtbot, slider: QSlider, k: Qt.Key, times: int = 1) -> None:
    slider.setFocus()
    for _ in range(times):
        qtbot.keyClick(slider, k)


def stance_cells(page, row: int) -> list[str]:
    table = find(page, QTableWidget, "replay_stances")
    return [table.item(row, c).text() for c in range(table.columnCount())]


@pytest.mark.parametrize("kind", ["alqa", "json"])
def test_scrubbing_to_event_k_shows_the_state_of_the_first_k_events(qtbot, window, monkeypatch, files, kind):
    path = files[kind]
    events = logged_events(path)
    n = len(events)
    page = open_replay(qtbot, window, monkeypatch, path)
    assert window.stack.currentWidget() is page
    slider = find(page, QSlider, "replay_slider")
    line = find(page, QLabel, "replay_event")
    phase = find(page, QLabel, "replay_phase")
    verdict = find(page, QLabel, "replay_verdict")
    assert slider.maximum() == n and slider.value() == n  # opens at the end
    assert page.state == fold(events)
    assert line.text().startswith(f"Event {n} of {n} · ") and line.text().endswith("Verdict announced: guilty")
    assert verdict.text() == "Verdict: ■ guilty"

    key(qtbot, slider, Qt.Key.Key_Home)  # the start: nothing has happened yet
    assert page.position() == 0 and page.state == EMPTY == fold(events[:0])
    assert line.text().startswith(f"Before the first event ({n} event")  # "events" once the plural is catalogued
    assert verdict.text() == "No verdict yet"

    key(qtbot, slider, Qt.Key.Key_Right)
    assert page.state == fold(events[:1]) and page.state.meta.title
    assert line.text().startswith(f"Event 1 of {n} · ") and "was created" in line.text()

    # the middle of deliberation: round 2's stance check under way, round 1 revealed
    second = next(i for i, e in enumerate(events) if isinstance(e, ev.RoundStarted) and e.round_no == 2)
    k = next(i for i, e in enumerate(events) if i > second and isinstance(e, ev.StanceRecorded)) + 3
    key(qtbot, slider, Qt.Key.Key_Right, k - 1)
    state = page.state
    assert page.position() == k and state == fold(events[:k])
    assert state.phase == "deliberation" and len(state.rounds) == 2 and not state.round.revealed
    assert page.graph.slider.maximum() == 2  # the graph offers rounds 1 and 2
    assert phase.text() == "Phase: deliberation · round 2 ended"
    assert line.text().startswith(f"Event {k} of {n} · ") and "Stance check, round 2: " in line.text()
    first = Counter(s.stance for s in state.rounds[0].stances.values())
    panel = len(state.deliberators())
    assert stance_cells(page, 0) == ["1", str(first["guilty"]), str(first["not_guilty"]), str(first["undecided"])]
    # round 2 is not revealed: how many answered, no counts of what
    assert stance_cells(page, 1) == ["2", f"not shown: {len(state.round.stances)}/{panel} answered", "", ""]

    # the vote, five ballots in: who voted is known, how is not
    opened = next(i for i, e in enumerate(events) if isinstance(e, ev.VotingOpened)) + 1
    key(qtbot, slider, Qt.Key.Key_Right, opened + 5 - k)
    assert page.state == fold(events[:opened + 5])
    status = find(page, QLabel, "replay_vote_status")
    assert status.text() == f"Vote 1: 5 of {len(page.state.panel())} have voted; the ballots are not revealed yet."
    total = len(page.state.panel())
    assert line.text().endswith(f"Vote 1: a secret ballot was cast (5 of {total})")
    assert not any(name in line.text() for name in page.state.people.names.values())  # nor the order of voting
    assert not find(page, QTableWidget, "replay_votes").isVisible()
    assert verdict.text() == "No verdict yet"

    key(qtbot, slider, Qt.Key.Key_End)
    state = page.state
    assert page.position() == n and state == fold(events)
    votes = find(page, QTableWidget, "replay_votes")
    assert votes.isVisible() and votes.rowCount() == len(state.vote.questions)
    for row, qid in enumerate(state.vote.questions):
        yes = sum(1 for _role, answers in state.vote.ballots if dict(answers)[qid] == "yes")
        assert votes.item(row, 1).text() == str(yes)
    assert verdict.text() == "Verdict: ■ guilty"
    assert find(page, QLabel, "replay_phase").text() == "Phase: verdict"


def test_page_keys_and_buttons_step_by_event_and_by_phase_or_round(qtbot, window, monkeypatch, files):
    events = logged_events(files["alqa"])
    page = open_replay(qtbot, window, monkeypatch, files["alqa"])
    slider = find(page, QSlider, "replay_slider")
    key(qtbot, slider, Qt.Key.Key_Home)
    assert not find(page, QPushButton, "replay_previous").isEnabled()
    click(qtbot, page, "replay_next")
    click(qtbot, page, "replay_next")
    assert page.position() == 2 and page.state == fold(events[:2])
    click(qtbot, page, "replay_previous")
    assert page.position() == 1
    key(qtbot, slider, Qt.Key.Key_PageDown)  # the trial begins
    trial = next(i for i, e in enumerate(events) if e == ev.PhaseStarted("trial")) + 1
    assert page.position() == trial and page.state.phase == "trial"
    assert find(page, QLabel, "replay_event").text().endswith("New phase: trial")
    click(qtbot, page, "replay_next_milestone")
    assert page.state.phase == "charge"
    key(qtbot, slider, Qt.Key.Key_PageDown, 2)
    assert page.state.phase == "deliberation" and page.state.round.no == 1
    assert isinstance(events[page.position() - 1], ev.RoundStarted)
    click(qtbot, page, "replay_previous_milestone")  # back to the start of deliberation, before round 1
    assert events[page.position() - 1] == ev.PhaseStarted("deliberation") and page.state.round is None
    key(qtbot, slider, Qt.Key.Key_PageUp, 10)
    assert page.position() == 0


def test_replay_writes_nothing_to_the_session_file(qtbot, window, monkeypatch, files):
    path = files["alqa"]
    before = path.read_bytes()
    page = open_replay(qtbot, window, monkeypatch, path)
    slider = find(page, QSlider, "replay_slider")
    key(qtbot, slider, Qt.Key.Key_Home)
    key(qtbot, slider, Qt.Key.Key_PageDown, 4)
    key(qtbot, slider, Qt.Key.Key_End)
    assert page.source.append(ev.NoteAdded("written in a replay?")) is False  # the views' controller refuses
    assert page.source.cast(1, "p1", ()) is False
    click(qtbot, page, "replay_home")
    assert window.stack.currentWidget() is window.home
    assert path.read_bytes() == before


@pytest.mark.parametrize(("name", "content", "says"), [
    ("broken.alqa", b"this is not a session at all", "is not an Alqa session."),
    ("foreign.json", b'{"kind": "something-else", "format": 1}', "is not an Alqa session JSON file."),
    ("cut.json", b'{"kind": "alqa-session", "format": 1, "events": [{"seq": 1, "event": {"type": "Nope"}}]}',
     "Event 0 of"),
])
def test_a_broken_or_foreign_file_is_explained_on_home(qtbot, window, monkeypatch, tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    open_replay(qtbot, window, monkeypatch, path)
    assert window.stack.currentWidget() is window.home
    message = find(window.home, QLabel, "message")
    assert message.isVisible() and says in message.text() and "Traceback" not in message.text()
    assert path.read_bytes() == content


def test_a_broken_file_is_explained_in_the_users_language(qtbot, window, monkeypatch, tmp_path):
    path = tmp_path / "broken.alqa"
    path.write_bytes(b"junk")
    i18n.install("ru")
    open_replay(qtbot, window, monkeypatch, path)
    words = i18n.text(Msg.of("store.not_a_session", path=str(path)))
    assert words != "" and "Alqa session" not in words
    assert find(window.home, QLabel, "message").text() == words


def test_play_walks_the_events_and_stops_at_the_end(qtbot, window, monkeypatch, files):
    page = open_replay(qtbot, window, monkeypatch, files["json"])
    n = page.source.timeline and len(page.source.timeline)
    slider = find(page, QSlider, "replay_slider")
    key(qtbot, slider, Qt.Key.Key_Home)
    play_button = find(page, QPushButton, "replay_play")
    click(qtbot, page, "replay_play")
    assert play_button.isChecked() and play_button.accessibleName() == "Pause"
    qtbot.waitUntil(lambda: page.position() >= 2, timeout=5000)
    click(qtbot, page, "replay_play")  # pause
    stopped = page.position()
    qtbot.wait(900)
    assert page.position() == stopped and page.state == fold(logged_events(files["json"])[:stopped])
    key(qtbot, slider, Qt.Key.Key_End)
    key(qtbot, slider, Qt.Key.Key_Left, 3)
    speed = page.findChild(type(page.speed), "replay_speed")
    speed.setCurrentIndex(2)  # fast
    click(qtbot, page, "replay_play")
    qtbot.waitUntil(lambda: not play_button.isChecked(), timeout=5000)
    assert page.position() == n


def test_every_control_is_named_and_reached_with_tab(qtbot, window, monkeypatch, files):
    page = open_replay(qtbot, window, monkeypatch, files["alqa"])
    assert [f"{type(w).__name__}:{w.objectName()}" for w in focusable(page) if not w.accessibleName().strip()] == []
    assert window.home.findChild(QPushButton, "replay").accessibleName() == "Replay a session, read-only"
    window.activateWindow()
    slider = find(page, QSlider, "replay_slider")
    key(qtbot, slider, Qt.Key.Key_Left, 5)  # mid-way: every button can be used
    reached = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().objectName())
    assert reached[:6] == ["replay_previous_milestone", "replay_previous", "replay_play", "replay_next",
                           "replay_next_milestone", "replay_speed"]
    assert "replay_home" in reached


def clipped(page) -> list[str]:
    out = []
    for w in page.findChildren(QPushButton) + page.findChildren(QLabel):
        if not w.isVisible() or not w.text():
            continue
        hint = w.sizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 2:
                out.append(w.objectName() or w.text()[:20])
        elif hint.width() > w.width() + 2 or hint.height() > w.height() + 2:
            out.append(f"{w.objectName() or w.text()[:20]} {hint.toTuple()} > {w.size().toTuple()}")
    return out


def test_large_text_does_not_clip_the_replay(qtbot, window, monkeypatch, files, qapp):
    page = open_replay(qtbot, window, monkeypatch, files["alqa"])
    theme.apply(qapp, "light", True)
    try:
        window.resize(1920, 1080)
        with contextlib.suppress(qtbot.TimeoutError):  # the new font and the layouts settle in a few event loops
            qtbot.waitUntil(lambda: not clipped(page), timeout=3000)
        assert clipped(page) == []
        assert window.minimumSizeHint().width() <= 1920  # the whole page fits a 1920 x 1080 projector
        tallies = find(page, QTableWidget, "replay_stances")
        rows = sum(tallies.rowHeight(r) for r in range(tallies.rowCount()))
        assert tallies.height() >= tallies.horizontalHeader().height() + rows  # rows grew with the text
    finally:
        theme.apply(qapp, "light", False)


def test_the_replay_follows_a_change_of_language(qtbot, window, monkeypatch, files):
    page = open_replay(qtbot, window, monkeypatch, files["alqa"])
    slider = find(page, QSlider, "replay_slider")
    key(qtbot, slider, Qt.Key.Key_Left, 2)
    at = page.position()
    i18n.install("ru")
    voting = i18n.text(Msg.of("phase.voting"))
    assert voting != "voting"
    qtbot.waitUntil(lambda: voting in find(page, QLabel, "replay_phase").text())
    assert page.position() == at
