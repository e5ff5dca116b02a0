"""The deliberation charts and the member card: what they show of revealed rounds, highlight, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from gui import find, focusable
from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QTableWidget

from app.core import events as ev
from app.ui.network.charts import InfluenceCharts
from app.ui.network.member_card import MemberCard

# kz-2007 demo: p1, p2 judges (a mixed court: they deliberate), then the jurors in seat order
PANEL = ["p1", "p2", "p15", "p21", "p13", "p26", "p16", "p25", "p22", "p14", "p23"]
STANCES = ("guilty", "not_guilty", "undecided")
SIGN = {"guilty": 1, "not_guilty": -1, "undecided": 0}
TALK = {1: {"p15": 90, "p1": 45}, 2: {"p13": 150, "p15": 30}, 3: {"p21": 60}, 4: {"p26": 600}}
MOVER, SOURCE = "p13", "p15"


def stance(r: int, i: int) -> tuple[str, int]:
    return STANCES[(r + i) % 3], 10 + 7 * i


def round_events(r: int, *, reveal: bool) -> list:
    out = [ev.RoundStarted(r)]
    out += [ev.SpeechTimed(r, m, s) for m, s in TALK[r].items()]
    out.append(ev.RoundEnded(r, 600))
    for i, m in enumerate(PANEL):
        out.append(ev.StanceRecorded(r, m, *stance(r, i)))
    out.append(ev.InfluenceReported(r, MOVER, SOURCE, "guilty" if r != 2 else "not_guilty"))
    if reveal:
        out.append(ev.StancesRevealed(r))
    return out


@pytest.fixture
def session(window):
    """The demo with three deliberation rounds, all revealed."""
    assert window.open_demo()
    assert window.controller.append_all([ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")])
    for r in (1, 2, 3):
        assert window.controller.append_all(round_events(r, reveal=True)), f"round {r} refused"
    return window.controller


@pytest.fixture
def charts(qtbot, session):
    widget = InfluenceCharts(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def series_of(charts, name: str) -> list:
    return find(charts, QChartView, name).chart().series()


def opinion_points(charts) -> dict[str, list[tuple[float, float]]]:
    return {s.objectName(): [(p.x(), p.y()) for p in s.points()] for s in series_of(charts, "opinion_chart")}


def tallies(charts) -> list[list[float]]:
    (bars,) = series_of(charts, "tally_chart")
    return [[s.at(i) for i in range(s.count())] for s in bars.barSets()]


def test_opinion_chart_has_each_deliberator_with_each_revealed_round(charts):
    points = opinion_points(charts)
    assert sorted(points) == sorted(PANEL)
    for i, m in enumerate(PANEL):
        expected = [(r, SIGN[stance(r, i)[0]] * stance(r, i)[1] / 100) for r in (1, 2, 3)]
        assert [x for x, _ in points[m]] == [1, 2, 3]
        assert [y for _, y in points[m]] == pytest.approx([y for _, y in expected])
    names = {s.name() for s in series_of(charts, "opinion_chart")}
    assert "Әйгерім Сәтбаева" in names  # the legend names people, not ids


def test_tally_bars_sum_to_the_stances_of_each_round(charts):
    guilty, not_guilty, undecided = tallies(charts)
    assert [g + n + u for g, n, u in zip(guilty, not_guilty, undecided, strict=True)] == [len(PANEL)] * 3
    assert guilty[0] == sum(stance(1, i)[0] == "guilty" for i in range(len(PANEL)))
    (bars,) = series_of(charts, "tally_chart")
    labels = [s.label() for s in bars.barSets()]
    assert labels == ["■ guilty", "● not guilty", "○ undecided"]
    assert [s.color().name() for s in bars.barSets()] == ["#d55e00", "#0072b2", "#8c8c8c"]


def test_talk_chart_shows_minutes_per_member(charts, session):
    (series,) = series_of(charts, "talk_chart")
    (bars,) = series.barSets()
    shown = [bars.at(i) for i in range(bars.count())]
    spoken = {m: sum(TALK[r].get(m, 0) for r in (1, 2, 3)) / 60 for m in PANEL}
    assert shown == pytest.approx([round(spoken[m], 2) for m in reversed(PANEL)])
    assert shown[list(reversed(PANEL)).index("p15")] == pytest.approx(2.0)


def test_an_unrevealed_round_adds_no_stance(charts, session):
    before_points, before_tallies = opinion_points(charts), tallies(charts)
    assert session.append_all(round_events(4, reveal=False))
    assert opinion_points(charts) == before_points
    assert tallies(charts) == before_tallies
    assert session.append(ev.StancesRevealed(4))
    assert all(len(p) == 4 for p in opinion_points(charts).values())
    assert len(tallies(charts)[0]) == 4


def test_select_member_thickens_their_line_and_dims_the_others(qtbot, charts):
    charts.select_member("p21")
    lines: list[QLineSeries] = series_of(charts, "opinion_chart")
    width = {s.objectName(): s.pen().widthF() for s in lines}
    alpha = {s.objectName(): s.pen().color().alpha() for s in lines}
    assert width["p21"] > max(w for m, w in width.items() if m != "p21")
    assert alpha["p21"] == 255 and all(a < 255 for m, a in alpha.items() if m != "p21")
    (series,) = series_of(charts, "talk_chart")
    (bars,) = series.barSets()
    assert bars.selectedBars() == [list(reversed(PANEL)).index("p21")]


def test_clicking_a_line_says_which_member(qtbot, charts):
    line = next(s for s in series_of(charts, "opinion_chart") if s.objectName() == "p13")
    with qtbot.waitSignal(charts.member_selected) as got:
        line.clicked.emit(line.at(0))
    assert got.args == ["p13"]
    assert line.pen().widthF() > 3


def test_png_export_has_the_asked_size(tmp_path, charts):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for i in range(3):
        path = charts.export_png(i, tmp_path / f"chart{i}.png", 1200, 800)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1200, 800)
        assert len({image.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 800, 40)}) > 3  # not blank
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart0.png", "chart1.png", "chart2.png"]  # no temp files


def test_svg_export_parses(tmp_path, charts):
    path = charts.export_svg(1, tmp_path / "tally.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert "Stances per round" in path.read_text(encoding="utf-8")


def test_focusable_widgets_have_names(charts):
    assert [f"{type(w).__name__}:{w.objectName()}" for w in focusable(charts) if not w.accessibleName().strip()] == []


@pytest.fixture
def card(qtbot, session):
    widget = MemberCard(session)
    qtbot.addWidget(widget)
    widget.resize(600, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_member(MOVER)
    return widget


def test_member_card_shows_stances_and_who_moved_them(card):
    table = find(card, QTableWidget, "stances")
    i = PANEL.index(MOVER)
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    symbol = {"guilty": "■ guilty", "not_guilty": "● not guilty", "undecided": "○ undecided"}
    assert rows == [(str(r), f"{symbol[stance(r, i)[0]]} ({stance(r, i)[1]}%)") for r in (1, 2, 3)]
    moved_by = find(card, QLabel, "moved_by").text()
    assert "Дәурен Исаев" in moved_by and "toward guilty ×2" in moved_by and "toward not guilty ×1" in moved_by
    assert "Talk time: 2:30 min" in find(card, QLabel, "talk").text()


def test_member_card_keeps_secret_votes_secret(card, session):
    assert session.state.meta.ballot == "secret"
    assert find(card, QLabel, "votes").text() == "Votes are secret in this session."


def test_member_card_metrics_explain_themselves(card):
    tip = find(card, QLabel, "metric_in_strength").toolTip()
    assert tip.startswith("How much this member was moved by others")
    assert find(card, QLabel, "metric_in_strength").text() == "3.00"


def test_member_card_hides_an_unrevealed_round(card, session):
    assert session.append_all(round_events(4, reveal=False))
    assert find(card, QTableWidget, "stances").rowCount() == 3
    assert [w for w in focusable(card) if not w.accessibleName().strip()] == []


def test_the_network_tab_exports_the_chart_on_show(qtbot, window, tmp_path, monkeypatch):
    """The export button writes the chart the teacher is looking at."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QPushButton, QTabWidget

    from app.core import events as ev

    window.open_demo()
    members = list(window.controller.state.deliberators().values())
    window.controller.append_all([ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation"), ev.RoundStarted(1),
                                  ev.SpeechTimed(1, members[0], 90), ev.RoundEnded(1, 300),
                                  *[ev.StanceRecorded(1, m, "guilty", 70) for m in members], ev.StancesRevealed(1)])
    page = window.courtroom
    tabs = page.findChild(QTabWidget, "courtroom_tabs")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center())
    target = tmp_path / "talk.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2400, True)))  # any resolution
    qtbot.mouseClick(page.network.findChild(QPushButton, "export_chart"), Qt.MouseButton.LeftButton)
    with Image.open(target) as image:
        assert image.size == (2400, 1600)
