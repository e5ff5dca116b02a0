"""Home, the demo courtroom, seat swaps by keyboard and by drop, the projector window."""

from __future__ import annotations

from gui import click, find
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.core import events as ev
from app.store.session import SessionStore
from app.ui.courtroom.seatmap import MIME


def open_demo(qtbot, window):
    click(qtbot, window.home, "demo")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.courtroom)
    return window.courtroom


def seat(page, name: str) -> QPushButton:
    return find(page.seat_map, QPushButton, f"seat_{name}")


def last_event(window):
    with SessionStore.open(window.controller.path, readonly=True) as store:
        return list(store.events())[-1]


def test_demo_opens_a_seated_courtroom(qtbot, window):
    page = open_demo(qtbot, window)
    state = window.controller.state
    assert state.meta.model.id == "kz-2007" and state.phase == "trial"
    assert find(page, QLabel, "case_title").text().startswith("Демо")
    for i in range(1, 10):
        member = state.people.seats[f"juror-{i}"]
        assert seat(page, f"juror-{i}").text() == f"Juror {i}\n{state.people.names[member]}"
    assert seat(page, "judge-2").text().startswith("Judge 2\n")
    assert seat(page, "reserve-2").isVisible()
    assert page.stepper.current_step() == "trial"
    assert find(page.stepper, QLabel, "step_trial").accessibleName() == "Trial: current step"


def test_swap_two_jurors_with_the_keyboard(qtbot, window):
    page = open_demo(qtbot, window)
    people = window.controller.state.people
    first, second = people.seats["juror-1"], people.seats["juror-2"]
    for name in ("juror-1", "juror-2"):
        button = seat(page, name)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert last_event(window) == ev.SeatsSwapped("juror-1", "juror-2")
    people = window.controller.state.people
    assert (people.seats["juror-1"], people.seats["juror-2"]) == (second, first)
    assert seat(page, "juror-1").text().endswith(people.names[second])


def test_escape_cancels_a_picked_seat(qtbot, window):
    page = open_demo(qtbot, window)
    button = seat(page, "juror-3")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.seat_map.picked() == "juror-3" and button.isChecked()
    qtbot.keyClick(page.seat_map, Qt.Key.Key_Escape)
    assert page.seat_map.picked() is None and not button.isChecked()


def test_dropping_one_seat_on_another_swaps_them(qtbot, window):
    page = open_demo(qtbot, window)
    people = window.controller.state.people
    target = seat(page, "juror-5")
    mime = QMimeData()
    mime.setData(MIME, b"juror-9")
    where = target.rect().center()
    enter = QDragEnterEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    drop = QDropEvent(where.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert last_event(window) == ev.SeatsSwapped("juror-9", "juror-5")
    assert window.controller.state.people.seats["juror-5"] == people.seats["juror-9"]


def test_a_refused_swap_says_why_and_changes_nothing(qtbot, window):
    page = open_demo(qtbot, window)
    before = window.controller.state
    for name in ("judge-1", "juror-1"):
        qtbot.mouseClick(seat(page, name), Qt.MouseButton.LeftButton)
    assert window.controller.state == before
    assert "lot" in find(page, QLabel, "status").text()


def test_home_lists_the_demo_and_continues_it(qtbot, window):
    open_demo(qtbot, window)
    click(qtbot, window.courtroom, "home")
    assert window.stack.currentWidget() is window.home
    model = window.home.model
    assert model.rowCount() == 1 and model.index(0, 3).data() == "trial"
    click(qtbot, window.home, "continue")
    assert window.stack.currentWidget() is window.courtroom


def test_rename_and_delete_from_home(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    open_demo(qtbot, window)
    click(qtbot, window.courtroom, "home")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("10Б, дүйсенбі", True)))
    click(qtbot, window.home, "rename")
    assert window.home.model.index(0, 0).data() == "10Б, дүйсенбі"
    def confirm(box):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    path = window.home.model.info(0).path
    click(qtbot, window.home, "delete")
    assert not path.exists() and window.home.model.rowCount() == 0
    assert find(window.home, QLabel, "empty").isVisible()


def test_projector_shows_the_court_in_large_type(qtbot, window):
    page = open_demo(qtbot, window)
    click(qtbot, page, "projector")
    projector = window.projector
    qtbot.waitExposed(projector)
    assert find(projector, QLabel, "projector_title").text() == "Pipes on paper"
    assert find(projector, QLabel, "projector_phase").text() == "Trial"
    assert find(projector, QLabel, "projector_title").font().pointSize() >= 24
    names = [b for b in projector.seat_map.findChildren(QPushButton) if b.isVisible()]
    assert names and all(b.font().pointSize() >= 18 and b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in names)
    # the projector follows the session
    qtbot.mouseClick(seat(page, "juror-1"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(seat(page, "juror-2"), Qt.MouseButton.LeftButton)
    people = window.controller.state.people
    shown = find(projector.seat_map, QPushButton, "seat_juror-1").text()
    assert shown.endswith(people.names[people.seats["juror-1"]])
    projector.close()


def test_case_library_opens_from_home_and_goes_back(qtbot, window):
    from app.ui.cases.library import CaseLibraryPage

    click(qtbot, window.home, "library")
    page = window.stack.currentWidget()
    assert isinstance(page, CaseLibraryPage) and page.view.model().rowCount() == 3
    click(qtbot, page, "back")
    assert window.stack.currentWidget() is window.home


def test_the_trial_tab_puts_an_exhibit_on_the_projector(qtbot, window):
    from PySide6.QtWidgets import QTableWidget, QTabWidget, QTextBrowser

    page = open_demo(qtbot, window)
    tabs = find(page, QTabWidget, "courtroom_tabs")
    assert tabs.currentIndex() == 0 and tabs.isTabVisible(1) and tabs.tabText(1) == "Trial"
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    panel = page.panel("trial")
    table = panel.findChild(QTableWidget, "stages")
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "e2")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
    click(qtbot, panel, "show_on_projector")
    projector = window.projector
    qtbot.waitExposed(projector)
    shown = find(projector, QTextBrowser, "projector_evidence")
    exhibit = window.controller.state.meta.case.evidence[1]
    assert shown.isVisible() and exhibit.title.pick("en") in shown.toPlainText()
    assert exhibit.text.pick("en").split("\n")[0][:40] in shown.toPlainText()
    projector.close()


def test_the_network_tab_after_deliberation_and_its_animation(qtbot, window, tmp_path):
    from PIL import Image
    from PySide6.QtWidgets import QTabWidget

    page = open_demo(qtbot, window)
    tabs = find(page, QTabWidget, "courtroom_tabs")
    assert not tabs.isTabVisible(2)  # no deliberation yet, no network
    panel_members = list(window.controller.state.deliberators().values())
    events = [ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")]
    for r in (1, 2):
        events += [ev.RoundStarted(r), ev.SpeechTimed(r, panel_members[0], 60), ev.RoundEnded(r, 300)]
        events += [ev.StanceRecorded(r, m, "guilty" if (i + r) % 2 else "not_guilty", 60)
                   for i, m in enumerate(panel_members)]
        events += [ev.InfluenceReported(r, panel_members[2], panel_members[0], "guilty"), ev.StancesRevealed(r)]
    assert window.controller.append_all(events)
    assert tabs.isTabVisible(2)
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center())
    network = page.network
    assert network is not None and tabs.currentWidget() is network
    frames = network.export_animation(tmp_path / "rounds.gif", 640, 480)
    with Image.open(tmp_path / "rounds.gif") as gif:
        assert frames == 2 and gif.n_frames == 2 and gif.size == (640, 480)


def test_the_network_on_the_projector_shows_only_revealed_rounds(qtbot, window):
    from PySide6.QtWidgets import QCheckBox, QTabWidget

    from app.core import influence

    page = open_demo(qtbot, window)
    members = list(window.controller.state.deliberators().values())
    events = [ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation"), ev.RoundStarted(1),
              ev.SpeechTimed(1, members[0], 30), ev.RoundEnded(1, 300)]
    events += [ev.StanceRecorded(1, m, "guilty", 80) for m in members]
    events += [ev.InfluenceReported(1, members[3], members[0], "guilty")]
    assert window.controller.append_all(events)
    tabs = find(page, QTabWidget, "courtroom_tabs")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center())
    qtbot.mouseClick(find(page.network, QCheckBox, "network_on_projector"), Qt.MouseButton.LeftButton)
    wall = window.projector.network
    assert wall is not None and window.projector.stack.currentWidget() is wall
    assert influence.influence_graph(window.controller.state, revealed_only=True).number_of_edges() == 0
    tips = [item.toolTip() for item in wall.scene.items() if item.toolTip()]
    assert tips and all("No stance shown yet." in t for t in tips)  # round 1 is private until revealed
    assert window.controller.append(ev.StancesRevealed(1))
    tips = [item.toolTip() for item in wall.scene.items() if item.toolTip()]
    assert any("Round 1: " in t for t in tips)
    window.projector.close()
