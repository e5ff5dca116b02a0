"""The what-if lab in the Debrief: would the verdict have stood without the judges, or in another court?

The model (app/core/simulate.py, docs/what-if.md) is fitted once per session on a worker thread;
each change of a switch or slider re-runs the Monte Carlo there too, a moment after the last
change, and the newest answer wins. Only what the class has seen goes in (influence.as_seen).
The chart gives, per court model, how often the simulated panel convicts, acquits or reaches no
verdict; the sentences below say it in words a student can read aloud, with how sure the model is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.lang import Msg
from app.ui.retranslate import Retranslating
from app.ui.theme import GUILTY, NOT_GUILTY
from app.ui.theme import UNDECIDED as HUNG  # no verdict: the undecided grey

log = logging.getLogger(__name__)
PANELS = (None, (2, 9), (1, 10), (0, 12), (0, 6))  # as in class, then the panels the issue names
BALLOTS = (None, "open", "secret")
WAIT_MS = 150  # a slider being dragged asks once it rests


@dataclass(frozen=True)
class Answer:
    """What the worker found: the fit (kept for the next question) and the labs, as-is and scenario."""
    fit: object
    base: object  # app.core.simulate.Lab
    now: object


def compute(state, scenario, models, runs: int, fit=None) -> Answer:
    """The class as it deliberated and the scenario, through the network model or the faction model."""
    from app.core.influence import as_seen
    from app.core.simulate import Scenario, what_if

    seen = as_seen(state)
    base = what_if(seen, [Scenario()], models, runs, fit=fit)
    now = base if scenario == Scenario() else what_if(seen, [scenario], models, runs, fit=base.fit)
    return Answer(base.fit, base, now)


def fill_verdict_chart(view: QChartView, odds: list[tuple[str, dict[str, float]]], names: dict[str, str],
                       own: str | None, title: str) -> None:
    """Horizontal bars per court: the share that convicts (■), acquits (●), reaches no verdict (○).

    `odds`: (court model id, {"guilty", "not_guilty", "hung": probability}); the court `own` is
    marked and drawn on top. Words in the context "LabPanel" (the planning dialog shares them).
    """
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    ordered = sorted(odds, key=lambda o: (o[0] != own, names.get(o[0], o[0])))
    ordered.reverse()  # horizontal bars are drawn bottom-up: the class's own court on top
    series = QHorizontalStackedBarSeries()
    for key, colour, word in (("guilty", GUILTY, QCoreApplication.translate("LabPanel", "■ guilty")),
                              ("not_guilty", NOT_GUILTY, QCoreApplication.translate("LabPanel", "● not guilty")),
                              ("hung", HUNG, QCoreApplication.translate("LabPanel", "○ no verdict"))):
        bar = QBarSet(word)
        bar.setColor(QColor(colour))
        bar.setLabelColor(QColor("white"))
        bar.append([100 * p[key] for _, p in ordered])
        series.append(bar)
    shares = [100 * p[key] for _, p in ordered for key in ("guilty", "not_guilty", "hung") if p[key] > 0]
    series.setLabelsVisible(min(shares, default=0) >= 12)  # a thin bar's label would spill over its neighbour
    series.setLabelsFormat("@value %")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    mark = QCoreApplication.translate("LabPanel", "{court} (your court)")
    labels = [mark.format(court=names.get(m, m)) if m == own else names.get(m, m) for m, _ in ordered]
    categories.append(labels)

    def tip(status: bool, index: int, _bar) -> None:  # a long name is cut short on the axis: whole here
        if not status:
            QToolTip.hideText()
            return
        p = ordered[index][1]
        QToolTip.showText(QCursor.pos(), QCoreApplication.translate(
            "LabPanel", "{court}: guilty {guilty}%, not guilty {not_guilty}%, no verdict {hung}%").format(
            court=labels[index], guilty=round(100 * p["guilty"]), not_guilty=round(100 * p["not_guilty"]),
            hung=round(100 * p["hung"])))

    series.hovered.connect(tip)
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%d %%")
    values.setTitleText(QCoreApplication.translate("LabPanel", "Share of simulated panels"))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    view.setMinimumHeight(160 + 36 * len(ordered))  # every court's name legible, never elided
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setAccessibleName(QCoreApplication.translate("LabPanel", "Verdicts per court: {scenario}")
                           .format(scenario=title))


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int)


class _Job(QRunnable):
    def __init__(self, ticket: int, work, signals: _Signals):
        super().__init__()
        self.ticket, self.work, self.signals = ticket, work, signals

    def run(self) -> None:
        try:
            answer = self.work()
        except Exception:  # never a traceback on screen: the log keeps it, the panel says so
            log.exception("what-if computation failed")
            self.signals.failed.emit(self.ticket)
            return
        self.signals.done.emit(self.ticket, answer)


class LabPanel(Retranslating, QWidget):
    """Switches and sliders on the left; the verdicts per court, and sentences, on the right."""

    answered = Signal()  # a new answer is on screen (tests and benchmarks wait for it)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lab_panel")
        from app.store.library import with_variants

        self._controller = controller
        self._models = with_variants()
        self._fit = None
        self._fit_for = None  # the state the fit was made from
        self._ticket = 0
        self.answer: Answer | None = None
        self._pool = QThreadPool(self, maxThreadCount=1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._timer = QTimer(self, singleShot=True, interval=WAIT_MS)
        self._timer.timeout.connect(self.ask)

        self.no_judges = QCheckBox(objectName="lab_no_judges")
        self.panel = QComboBox(objectName="lab_panel_size")
        self.stubborn = QSlider(Qt.Orientation.Horizontal, objectName="lab_stubborn", minimum=5, maximum=20,
                                value=10, pageStep=2, singleStep=1)
        self.stubborn_value = QLabel(objectName="lab_stubborn_value")
        self.equal_talk = QCheckBox(objectName="lab_equal_talk")
        self.ballot = QComboBox(objectName="lab_ballot")
        self.runs = QSpinBox(objectName="lab_runs", minimum=200, maximum=20000, singleStep=500, value=2000)
        for _ in PANELS:
            self.panel.addItem("")
        for _ in BALLOTS:
            self.ballot.addItem("")
        self.controls = QGroupBox(objectName="lab_controls")
        form = QFormLayout(self.controls)
        self._labels = {name: QLabel() for name in ("panel", "stubborn", "ballot", "runs")}
        stubborn_row = QHBoxLayout()
        stubborn_row.addWidget(self.stubborn, 1)
        stubborn_row.addWidget(self.stubborn_value)
        form.addRow(self.no_judges)
        form.addRow(self._labels["panel"], self.panel)
        form.addRow(self._labels["stubborn"], stubborn_row)
        form.addRow(self.equal_talk)
        form.addRow(self._labels["ballot"], self.ballot)
        form.addRow(self._labels["runs"], self.runs)
        for label, widget in zip(self._labels.values(), (self.panel, self.stubborn, self.ballot, self.runs),
                                 strict=True):
            label.setBuddy(widget)
        self.status = QLabel(objectName="lab_status", wordWrap=True)
        self.fit_words = QLabel(objectName="lab_fit", wordWrap=True)
        self.chart = QChartView(QChart(), objectName="lab_chart")
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(320)
        self.chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.words = QTextBrowser(objectName="lab_sentences")
        self.words.setMinimumHeight(260)
        left = QVBoxLayout()
        left.addWidget(self.controls)
        left.addWidget(self.status)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.fit_words)
        right.addWidget(self.words, 2)
        right.addWidget(self.chart, 3)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        for signal in (self.no_judges.toggled, self.panel.currentIndexChanged, self.stubborn.valueChanged,
                       self.equal_talk.toggled, self.ballot.currentIndexChanged, self.runs.valueChanged):
            signal.connect(self._changed)
        controller.state_changed.connect(self._state_changed)
        self._retranslate()
        self.ask()

    # --- asking -------------------------------------------------------------------------------

    def scenario(self):
        from app.core.simulate import Scenario

        return Scenario(no_judges=self.no_judges.isChecked(), panel=PANELS[self.panel.currentIndex()],
                        stubborn=self.stubborn.value() / 10, equal_talk=self.equal_talk.isChecked(),
                        ballot=BALLOTS[self.ballot.currentIndex()])

    def _changed(self, *_args) -> None:
        self._show_stubborn()
        self._timer.start()

    def _state_changed(self, state, _event=None) -> None:
        if state is not self._fit_for:
            self._fit = None
            self._timer.start()

    def ask(self) -> None:
        """Compute the current scenario on the worker thread; earlier questions are forgotten."""
        self._timer.stop()
        state = self._controller.state
        if not state.created:
            return
        self._ticket += 1
        fit = self._fit if self._fit_for is state else None
        scenario, models, runs = self.scenario(), self._models, self.runs.value()
        self._set_status(self.tr("Computing…"))
        self._pool.start(_Job(self._ticket, lambda: (state, compute(state, scenario, models, runs, fit)),
                              self._signals))

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0 or self._timer.isActive()

    def _done(self, ticket: int, result) -> None:
        if ticket != self._ticket:
            return  # a newer question is on its way
        state, answer = result
        self._fit, self._fit_for = answer.fit, state
        self.answer = answer
        self._set_status("")
        self._render()
        self.answered.emit()

    def _failed(self, ticket: int) -> None:
        if ticket == self._ticket:
            self._set_status(self.tr("The model could not be computed for this session. Details are in the log."))

    # --- showing ------------------------------------------------------------------------------

    def _set_status(self, words: str) -> None:
        self.status.setText(words)
        self.status.setAccessibleName(words or self.tr("Ready"))

    def court_name(self, model_id: str) -> str:
        model = next((m for m in self._models if m.id == model_id), None)
        return model.names.pick(i18n.current()) if model else model_id

    def _render(self) -> None:
        answer = self.answer
        if answer is None:
            return
        lab = answer.now
        fit_words = i18n.text(Msg.of(f"simulate.fit.{lab.fit.quality}", error=f"{lab.fit.error:.2f}")) \
            if lab.fit is not None else ""
        missing = i18n.text(lab.missing) if lab.missing is not None else ""
        self.fit_words.setText(" ".join(w for w in (missing, fit_words) if w))
        self.fit_words.setAccessibleName(self.fit_words.text())
        self.chart.setVisible(bool(lab.results))  # never an empty chart
        names = {m.id: self.court_name(m.id) for m in self._models}
        own = self._controller.state.meta.model.id if self._controller.state.meta.model else None
        if lab.results:
            result = lab.results[0]
            fill_verdict_chart(self.chart, [(o.model_id, o.p) for o in result.odds], names, own,
                               i18n.text(result.scenario.label()))
        self.words.setHtml(self._sentences(answer, names, own))
        self.words.setAccessibleName(self.words.toPlainText()[:200])

    def _sentences(self, answer: Answer, names: dict[str, str], own: str | None) -> str:
        """The class's own court first: as the class deliberated, then under the scenario; then the others."""
        import html

        from app.core.simulate import sentences

        def pick(lab, first: bool):
            """The lab with only the class's own court (first) or only the others."""
            return lab.keeping(lambda model_id: (model_id == own) == first)

        parts = []
        scenario_changed = answer.now is not answer.base and answer.now.results and \
            not answer.now.results[0].scenario.is_base
        if answer.base.results:
            parts.append((self.tr("Your class, as it deliberated"), sentences(pick(answer.base, True), names)))
        if scenario_changed:
            parts.append((self.tr("The scenario"), sentences(pick(answer.now, True), names)))
            parts.append((self.tr("The other courts in the scenario"), sentences(pick(answer.now, False), names)))
        elif answer.base.results:
            parts.append((self.tr("The other courts"), sentences(pick(answer.base, False), names)))
        else:
            parts.append(("", sentences(answer.now, names)))
        out = []
        skip = {"simulate.fit.good", "simulate.fit.fair", "simulate.fit.poor"}  # said above the chart
        for title, msgs in parts:
            if title:
                out.append(f"<h3>{html.escape(title)}</h3>")
            out += [f"<p>{html.escape(i18n.text(m))}</p>" for m in msgs
                    if m.key not in skip and m != answer.now.missing]
        return "".join(out)

    def _show_stubborn(self) -> None:
        self.stubborn_value.setText(self.tr("×{factor}").format(factor=f"{self.stubborn.value() / 10:.1f}"))

    def _retranslate(self) -> None:
        self.controls.setTitle(self.tr("What if…"))
        self.no_judges.setText(self.tr("Without the &judges (a classic jury)"))
        panels = (self.tr("As your class sat"), self.tr("2 judges + 9 jurors (Kazakhstan 2007)"),
                  self.tr("1 judge + 10 jurors (Kazakhstan today)"), self.tr("12 jurors alone"),
                  self.tr("6 jurors alone"))
        for i, words in enumerate(panels):
            self.panel.setItemText(i, words)
        ballots = (self.tr("As your class did"), self.tr("Open (a show of hands)"), self.tr("Secret"))
        for i, words in enumerate(ballots):
            self.ballot.setItemText(i, words)
        self.equal_talk.setText(self.tr("Equal &talk time for everyone"))
        texts = {"panel": self.tr("P&anel:"), "stubborn": self.tr("&Stubbornness:"),
                 "ballot": self.tr("Stance chec&ks:"), "runs": self.tr("&Runs:")}
        for key, label in self._labels.items():
            label.setText(texts[key])
        names = ((self.no_judges, self.no_judges.text()), (self.panel, texts["panel"]),
                 (self.stubborn, texts["stubborn"]), (self.equal_talk, self.equal_talk.text()),
                 (self.ballot, texts["ballot"]), (self.runs, texts["runs"]))
        for widget, words in names:
            widget.setAccessibleName(words.replace("&", "").rstrip(":"))
        self.stubborn.setToolTip(self.tr("How firmly members keep their first opinion: ×1 as your class, "
                                         "×2 twice as firm, ×0.5 half as firm."))
        self.runs.setToolTip(self.tr("How many simulated deliberations: more runs, narrower intervals."))
        self.words.setAccessibleName(self.tr("What the model says, in sentences"))
        self.chart.setAccessibleName(self.tr("Verdicts per court"))
        self.runs.lineEdit().setAccessibleName(self.runs.accessibleName())
        for view in (self.words, self.chart):
            view.viewport().setAccessibleName(view.accessibleName())
        self.status.setAccessibleName(self.status.text() or self.tr("Ready"))
        self._show_stubborn()
        self._render()
