"""Plan a lesson without a class: the faction model's odds per court, from three numbers."""

from __future__ import annotations

import pytest
from gui import click, find, focusable
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox, QTextBrowser

from app.core.faction import generated_class


@pytest.fixture
def plan(qtbot, window):
    click(qtbot, window.home, "plan")
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.isVisible())
    return window.plan


def shares(dialog) -> dict[str, list[float]]:
    series = find(dialog, QChartView, "plan_chart").chart().series()[0]
    return {bar.label(): [bar.at(i) for i in range(bar.count())] for bar in series.barSets()}


def test_the_chart_is_the_faction_model_for_the_numbers_typed(qtbot, plan):
    members = find(plan, QSpinBox, "plan_members")
    members.setFocus()
    members.selectAll()
    qtbot.keyClicks(members, "9")
    guilty = find(plan, QSpinBox, "plan_guilty")
    guilty.setFocus()
    guilty.selectAll()
    qtbot.keyClicks(guilty, "6")
    undecided = find(plan, QSpinBox, "plan_undecided")
    undecided.setFocus()
    undecided.selectAll()
    qtbot.keyClicks(undecided, "0")
    assert "Not guilty at the start: 3" in find(plan, QLabel, "plan_rest").text()
    expected = generated_class(9, 6, 0, tuple(plan._models))
    bars = shares(plan)
    guilty_bar = next(v for k, v in bars.items() if "not" not in k and "guilty" in k)
    assert sorted(guilty_bar) == pytest.approx(sorted(100 * o.guilty for o in expected))
    assert len(find(plan, QTextBrowser, "plan_sentences").toPlainText().splitlines()) >= len(expected)


def test_the_split_never_exceeds_the_class(qtbot, plan):
    members = find(plan, QSpinBox, "plan_members")
    members.setFocus()
    for _ in range(12):  # from 12 down to 2 members
        qtbot.keyClick(members, Qt.Key.Key_Down)
    g, u = find(plan, QSpinBox, "plan_guilty").value(), find(plan, QSpinBox, "plan_undecided").value()
    assert members.value() == 2 and g + u <= 2


def test_every_control_has_a_name(plan):
    assert all(w.accessibleName() for w in focusable(plan))
