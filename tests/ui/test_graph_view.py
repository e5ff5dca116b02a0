"""The influence network view: rounds by slider keys, kinds, privacy until revealed, clicks, exports."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET

import pytest
from gui import click, find, focusable
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QSlider

from app.core import events as ev
from app.core.influence import influence_graph
from app.ui.network import GraphView
from app.ui.network.items import EdgeItem, NodeItem


def deliberate(controller, rounds=3, reveal=(1, 2)):
    panel = list(controller.state.deliberators().values())
    rng = random.Random(5)
    events = [ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")]
    for r in range(1, rounds + 1):
        events.append(ev.RoundStarted(r))
        events += [ev.SpeechTimed(r, rng.choice(panel), rng.randint(20, 120)) for _ in range(6)]
        events.append(ev.RoundEnded(r, 600))
        events += [ev.StanceRecorded(r, m, ev.STANCES[(k + r) % 3], 40 + k) for k, m in enumerate(panel)]
        events += [ev.InfluenceReported(r, m, panel[(k + r) % len(panel)], "guilty") for k, m in enumerate(panel[:3])]
        if r in reveal:
            events.append(ev.StancesRevealed(r))
    assert controller.append_all(events)
    return panel


@pytest.fixture
def view(qtbot, window):
    assert window.open_demo()
    deliberate(window.controller)
    view = GraphView(window.controller)
    view.animated = False
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def edges(view, style=None):
    items = [i for i in view.scene.items() if isinstance(i, EdgeItem)]
    return [i for i in items if style is None or i.pen().style() == style]


def node(view, member_id) -> NodeItem:
    return next(i for i in view.scene.items() if isinstance(i, NodeItem) and i.member_id == member_id)


def expected_edges(state, round_no, kinds=("reported", "inferred")):
    return sum(influence_graph(state, round_no, (k,), revealed_only=True).number_of_edges() for k in kinds)


def test_slider_keys_show_that_rounds_graph(qtbot, view, window):
    state = window.controller.state
    slider = find(view, QSlider, "round_slider")
    assert view.round_label.text() == "All rounds"
    assert len(edges(view)) == expected_edges(state, None)
    counts = []
    for r in (1, 2, 3):
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_Right)
        assert view.round_label.text() == f"Round {r} of 3"
        assert len(edges(view)) == expected_edges(state, r)
        counts.append(len(edges(view)))
    assert counts[0] > 0 and counts[2] == 0  # round 3 is not revealed: no reports, no inferred moves shown


def test_unchecking_inferred_hides_dashed_edges(qtbot, view, window):
    assert len(edges(view, Qt.PenStyle.DashLine)) > 0
    solid = len(edges(view, Qt.PenStyle.SolidLine))
    box = find(view, QCheckBox, "inferred")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert len(edges(view, Qt.PenStyle.DashLine)) == 0
    assert len(edges(view)) == solid == expected_edges(window.controller.state, None, ("reported",))
    qtbot.mouseClick(find(view, QCheckBox, "reported"), Qt.MouseButton.LeftButton)
    assert edges(view) == []


def test_no_stance_shows_until_revealed(qtbot, window):
    assert window.open_demo()
    panel = deliberate(window.controller, rounds=1, reveal=())
    view = GraphView(window.controller)
    qtbot.addWidget(view)
    view.show()
    assert {node(view, m).stance for m in panel} == {""}
    assert "No stance shown yet." in node(view, panel[0]).toolTip()
    window.controller.append(ev.StancesRevealed(1))
    stances = {m: s.stance for m, s in window.controller.state.rounds[0].stances.items()}
    for m in panel:
        assert node(view, m).stance == stances[m]
    assert "Round 1: " in node(view, panel[0]).toolTip()
    shot = view.grab().toImage()  # the fill colour is on screen, not only in an attribute
    colours = {shot.pixelColor(x, y).name() for x in range(0, shot.width(), 3) for y in range(0, shot.height(), 3)}
    assert {"#d55e00", "#0072b2", "#8c8c8c"} <= colours


def test_clicking_a_node_selects_the_member(qtbot, view, window):
    member = window.controller.state.people.seats["juror-3"]
    item = node(view, member)
    view.fit_to_window()
    at = view.canvas.mapFromScene(item.scenePos())
    with qtbot.waitSignal(view.member_selected) as signal:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert signal.args == [member]
    dimmed = [e for e in edges(view) if e.opacity() < 1]
    lit = [e for e in edges(view) if e.opacity() == 1]
    assert lit and all(member in (e.source.member_id, e.target.member_id) for e in lit)
    assert all(member not in (e.source.member_id, e.target.member_id) for e in dimmed)


def test_zoom_keys_and_fit(qtbot, view):
    before = view.canvas.transform().m11()
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    assert view.canvas.transform().m11() > before
    click(qtbot, view, "fit")
    assert view.canvas.mapToScene(view.canvas.viewport().rect()).boundingRect().contains(
        view.scene.itemsBoundingRect())


def test_png_export_has_the_asked_size(view, tmp_path):
    path = tmp_path / "out" / "net.png"
    path.parent.mkdir()
    view.export_png(path, 1600, 1200)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1200)
    assert [p.name for p in path.parent.iterdir()] == ["net.png"]  # no temporary file left behind


def test_svg_export_is_svg(view, tmp_path):
    path = tmp_path / "net.svg"
    view.export_svg(path)
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text
    assert ET.fromstring(text).tag.endswith("svg")


def test_every_focusable_widget_has_a_name(view):
    assert [type(w).__name__ + w.objectName() for w in focusable(view) if not w.accessibleName()] == []


def test_play_walks_the_rounds_and_stops_at_the_last(qtbot, view):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    play = view.findChild(QAbstractButton, "play")
    view.slider.setValue(0)
    seen = []
    view.slider.valueChanged.connect(seen.append)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.slider.value() == view.slider.maximum(), timeout=5000)
    qtbot.waitUntil(lambda: not play.isChecked(), timeout=3000)  # and stops at the last round
    assert seen == list(range(1, view.slider.maximum() + 1))  # one round after another
