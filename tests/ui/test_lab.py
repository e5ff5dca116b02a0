"""The what-if lab tab: it answers from the session, follows its switches, and never shows an empty chart."""

from __future__ import annotations

import pytest
from gui import find, focusable
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTextBrowser

from app import paths
from app.store.scenario import read_scenario, run


def lesson(tmp_path, upto=None):
    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", tmp_path / "lesson.alqa", steps=upto)
    return tmp_path / "lesson.alqa"


def open_lab(qtbot, window, path):
    assert window.open_session(path)
    page = window.courtroom
    assert page.tabs.isTabVisible(3)
    page.tabs.tabBar().setFocus()
    page.tabs.setCurrentIndex(3)
    lab = page.lab
    qtbot.waitUntil(lambda: lab.answer is not None and not lab.busy(), timeout=20000)
    return lab


def bars(lab) -> dict[str, list[float]]:
    series = find(lab, QChartView, "lab_chart").chart().series()[0]
    return {bar.label(): [bar.at(i) for i in range(bar.count())] for bar in series.barSets()}


def test_the_lab_answers_with_every_court_and_says_how_sure(qtbot, window, tmp_path):
    lab = open_lab(qtbot, window, lesson(tmp_path))
    values = bars(lab)
    assert len(values) == 3 and all(len(v) == len(lab._models) for v in values.values())
    for i in range(len(lab._models)):  # each court's three shares add up to the whole
        assert sum(v[i] for v in values.values()) == pytest.approx(100, abs=0.01)
    assert "explains your class's stance changes" in find(lab, QLabel, "lab_fit").text()
    words = find(lab, QTextBrowser, "lab_sentences").toPlainText()
    assert "Your class's own verdict, guilty" in words


def test_without_the_judges_changes_the_answer(qtbot, window, tmp_path):
    lab = open_lab(qtbot, window, lesson(tmp_path))
    own = len(lab._models) - 1  # the class's own court is the top bar (drawn last)
    guilty = next(v for k, v in bars(lab).items() if "guilty" in k and "not" not in k)[own]
    box = find(lab, QCheckBox, "lab_no_judges")
    box.setFocus()
    before = lab.answer
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: lab.answer is not before and not lab.busy(), timeout=20000)
    after = next(v for k, v in bars(lab).items() if "guilty" in k and "not" not in k)[own]
    assert guilty == pytest.approx(100) and after < 50  # five of nine jurors leaned to acquit
    assert "without the judges" in find(lab, QTextBrowser, "lab_sentences").toPlainText()
    panel = find(lab, QComboBox, "lab_panel_size")
    panel.setFocus()
    before = lab.answer
    qtbot.keyClick(panel, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: lab.answer is not before and not lab.busy(), timeout=20000)
    assert lab.answer.now.results[0].scenario.panel == (2, 9)


def test_too_little_to_fit_is_said_and_the_faction_model_answers(qtbot, window, tmp_path):
    """One stance check shown: the network model cannot be fitted; the words say what is missing."""
    from app.store.live import LiveSession

    scenario = read_scenario(paths.resources() / "scenarios" / "kz-2007-embezzlement.json")
    first_reveal = next(i for i, e in enumerate(scenario.events) if e["type"] == "StancesRevealed")
    path = lesson(tmp_path, first_reveal + 1)
    window.controller.open(LiveSession.open(path, readonly=True))  # read-only: the lab shows before a verdict
    page = window.courtroom
    assert page.tabs.isTabVisible(3)
    page.tabs.setCurrentIndex(3)
    lab = page.lab
    qtbot.waitUntil(lambda: lab.answer is not None and not lab.busy(), timeout=20000)
    assert lab.answer.now.missing is not None and lab.answer.now.fit is None
    from app import i18n

    assert i18n.text(lab.answer.now.missing) in find(lab, QLabel, "lab_fit").text()
    chart = find(lab, QChartView, "lab_chart")
    assert lab.answer.now.results and lab.answer.now.results[0].faction  # the opening split answers
    assert chart.isVisibleTo(lab)


def test_every_control_has_a_name(qtbot, window, tmp_path):
    lab = open_lab(qtbot, window, lesson(tmp_path))
    assert all(w.accessibleName() for w in focusable(lab))


def test_pointing_at_a_bar_names_the_court_whole(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QToolTip

    lab = open_lab(qtbot, window, lesson(tmp_path))
    series = find(lab, QChartView, "lab_chart").chart().series()[0]
    top = series.barSets()[0].count() - 1  # the class's own court is drawn on top
    series.hovered.emit(True, top, series.barSets()[0])
    tip = QToolTip.text()
    assert "Kazakhstan jury court, 2007 model (your court)" in tip and "guilty 100%" in tip


def test_private_stances_stay_out_and_no_empty_chart_shows(qtbot, window, tmp_path):
    """Stances recorded but never shown: the lab knows none, says what is missing, and shows no chart."""
    from app.store.live import LiveSession

    scenario = read_scenario(paths.resources() / "scenarios" / "kz-2007-embezzlement.json")
    first_reveal = next(i for i, e in enumerate(scenario.events) if e["type"] == "StancesRevealed")
    path = lesson(tmp_path, first_reveal)  # the checks are in the log, private
    window.controller.open(LiveSession.open(path, readonly=True))
    assert window.controller.state.rounds[0].stances  # they were recorded
    page = window.courtroom
    page.tabs.setCurrentIndex(3)
    lab = page.lab
    qtbot.waitUntil(lambda: lab.answer is not None and not lab.busy(), timeout=20000)
    assert lab.answer.now.results == () and lab.answer.now.missing.key == "simulate.no_stances"
    assert not find(lab, QChartView, "lab_chart").isVisibleTo(lab)
