"""Plan a lesson without a class: how would a made-up class of N members, K of them at guilty
and U undecided at the start, most likely end under each court? (issue [7]'s faction model,
app/core/faction.py; exact, so it answers at once on the GUI thread.)"""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.errors import AlqaError
from app.ui.lab.panel import fill_verdict_chart
from app.ui.retranslate import Retranslating

MAX_MEMBERS = 40


class PlanDialog(Retranslating, QDialog):
    """Three numbers in; the share of such panels that convict, acquit or hang, court by court."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        from app.store.library import with_variants

        self._models = with_variants()
        self.members = QSpinBox(objectName="plan_members", minimum=2, maximum=MAX_MEMBERS, value=12)
        self.guilty = QSpinBox(objectName="plan_guilty", minimum=0, maximum=MAX_MEMBERS, value=7)
        self.undecided = QSpinBox(objectName="plan_undecided", minimum=0, maximum=MAX_MEMBERS, value=2)
        self.rest = QLabel(objectName="plan_rest")
        self.intro = QLabel(objectName="plan_intro", wordWrap=True)
        self.chart = QChartView(QChart(), objectName="plan_chart")
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.words = QTextBrowser(objectName="plan_sentences")
        self.words.setMinimumHeight(130)
        self._labels = [QLabel(buddy=w) for w in (self.members, self.guilty, self.undecided)]
        form = QFormLayout()
        for label, box in zip(self._labels, (self.members, self.guilty, self.undecided), strict=True):
            form.addRow(label, box)
        form.addRow(self.rest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.words, 1)
        layout.addWidget(buttons)
        for box in (self.members, self.guilty, self.undecided):
            box.valueChanged.connect(self.answer)
        self._retranslate()
        self.resize(max(900, self.sizeHint().width()), max(900, self.minimumSizeHint().height()))

    def answer(self, *_args) -> None:
        """The faction model for the numbers as they stand (the split is kept possible)."""
        from app.core.faction import generated_class

        n = self.members.value()
        for box in (self.guilty, self.undecided):
            box.blockSignals(True)
            box.setMaximum(n)
            box.blockSignals(False)
        if self.guilty.value() + self.undecided.value() > n:
            self.undecided.blockSignals(True)
            self.undecided.setValue(n - self.guilty.value())
            self.undecided.blockSignals(False)
        g, u = self.guilty.value(), self.undecided.value()
        self.rest.setText(self.tr("Not guilty at the start: {n}").format(n=n - g - u))
        self.rest.setAccessibleName(self.rest.text())
        try:
            odds = generated_class(n, g, u, tuple(self._models))
        except AlqaError as exc:
            self.words.setPlainText(i18n.text(exc.msg))
            self.chart.setVisible(False)
            return
        lang = i18n.current()
        names = {m.id: m.names.pick(lang) for m in self._models}
        title = self.tr("{n} members: {guilty} guilty, {undecided} undecided, {not_guilty} not guilty").format(
            n=n, guilty=g, undecided=u, not_guilty=n - g - u)
        self.chart.setVisible(True)
        fill_verdict_chart(self.chart, [(o.model_id, o.p()) for o in odds], names, None, title)
        words = {"guilty": self.tr("convicts"), "not_guilty": self.tr("acquits"), "hung": self.tr("reaches no verdict")}
        lines = []
        for o in odds:
            p = o.p()
            likeliest = max(p, key=p.get)
            lines.append(self.tr("{court}: such a panel most often {outcome} ({percent}%).").format(
                court=names.get(o.model_id, o.model_id), outcome=words[likeliest], percent=round(100 * p[likeliest])))
        self.words.setHtml("".join(f"<p>{html.escape(line)}</p>" for line in lines))
        self.words.setAccessibleName(self.tr("What such a panel would most often decide, court by court"))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan a lesson: what would a class decide?"))
        self.intro.setText(self.tr(
            "Before you meet the class: say how many members deliberate and how they lean at the first stance "
            "check. The faction model (Davis; MacCoun and Kerr) gives the share of such panels that convict, "
            "acquit or reach no verdict under each court. It knows only the opening split, not the arguments."))
        texts = (self.tr("&Members of the panel:"), self.tr("At the start &guilty:"), self.tr("At the start &undecided:"))
        for label, box, text in zip(self._labels, (self.members, self.guilty, self.undecided), texts, strict=True):
            label.setText(text)
            box.setAccessibleName(text.replace("&", "").rstrip(":"))
            box.lineEdit().setAccessibleName(box.accessibleName())
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))
        self.chart.viewport().setAccessibleName(self.tr("Verdicts per court"))
        self.words.viewport().setAccessibleName(self.tr("What such a panel would most often decide, court by court"))
        self.answer()
