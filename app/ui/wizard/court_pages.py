"""Wizard steps 1 and 2: the case, then the court (a card per model, with a picture of its seats)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout

from app import i18n
from app.core import events as ev
from app.core.case import Case
from app.core.court import CourtModel
from app.core.describe import summary
from app.core.errors import AlqaError
from app.core.state import SessionState
from app.store import cases as case_store
from app.store import library
from app.ui.wizard.pages import StepPage

ICON = QSize(150, 56)


def seat_picture(model: CourtModel, size: QSize = ICON) -> QPixmap:
    """Judges as double-outlined squares on the bench, jurors as circles below: shape, not colour."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    ink = QApplication.palette().color(QPalette.ColorRole.WindowText)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1.5))
    judges, lay = model.seats.judges, model.seats.lay
    cell = min(14.0, (size.width() - 4) / max(lay / 2 + 1, judges + 1))
    x0 = (size.width() - judges * (cell + 4)) / 2
    for i in range(judges):
        rect = QRectF(x0 + i * (cell + 4), 2, cell, cell)
        painter.drawRect(rect)
        painter.drawRect(rect.adjusted(2.5, 2.5, -2.5, -2.5))
    per_row = (lay + 1) // 2
    for i in range(lay):
        row, col = divmod(i, per_row)
        x = (size.width() - per_row * (cell + 3)) / 2 + col * (cell + 3)
        painter.drawEllipse(QRectF(x, cell + 10 + row * (cell + 3), cell, cell))
    painter.end()
    return pixmap


class CasePage(StepPage):
    """Step 1: a built-in case or the teacher's own, with a preview."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_case")
        self.list = QListWidget(objectName="cases")
        self.preview = QTextBrowser(objectName="case_preview")
        self._label = QLabel(objectName="cases_label")
        self._label.setBuddy(self.list)
        self.cases: list[Case] = []
        self.list.currentRowChanged.connect(self._preview)
        self.list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def load(self) -> None:
        own, _broken = case_store.own_cases() if hasattr(case_store, "own_cases") else ([], [])
        self.cases = [*case_store.builtin_cases(), *own]
        current = self.state.meta.case.id if self.state.created else None
        self._fill(current)

    def _fill(self, current: str | None) -> None:
        lang = i18n.current()
        self.list.blockSignals(True)
        self.list.clear()
        for case in self.cases:
            item = QListWidgetItem(case.title.pick(lang))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, case.title.pick(lang))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in self.cases]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._preview(self.list.currentRow())

    def chosen(self) -> Case | None:
        row = self.list.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def _preview(self, row: int) -> None:
        case = self.chosen()
        if case is None:
            self.preview.clear()
            return
        lang = i18n.current()
        defendant = self.tr("Defendant: {name}").format(name=case.defendant.pick(lang))
        counts = self.tr("Evidence items: {evidence}. Witnesses: {witnesses}.").format(
            evidence=len(case.evidence), witnesses=len(case.witnesses))
        charges = [self.tr("Charge: {text}").format(text=c.text.pick(lang)) for c in case.charges]
        paragraphs = [defendant, *charges, *case.summary.pick(lang).split("\n\n"), counts]
        self.preview.setHtml(f"<h2>{_esc(case.title.pick(lang))}</h2>" + "".join(f"<p>{_esc(p)}</p>" for p in paragraphs))

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        self.load()

    def isComplete(self) -> bool:  # noqa: N802
        return self.chosen() is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("The case"))
        self.setSubTitle(self.tr("Choose the case your class will try."))
        self._label.setText(self.tr("&Cases:"))
        self.list.setAccessibleName(self.tr("Cases"))
        self.preview.setAccessibleName(self.tr("Case preview"))
        if self.cases:
            self._fill(self.chosen().id if self.chosen() else None)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CourtPage(StepPage):
    """Step 2: a court model as a card: the picture of its seats and its rules in a sentence."""

    def __init__(self, controller, case_page: CasePage, create_session, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_court")
        self._case_page, self._create_session = case_page, create_session
        self.models = library.with_variants()
        self.list = QListWidget(objectName="models")
        self.list.setIconSize(ICON)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self._label = QLabel(objectName="models_label")
        self._label.setBuddy(self.list)
        self.list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def chosen(self) -> CourtModel | None:
        row = self.list.currentRow()
        return self.models[row] if 0 <= row < len(self.models) else None

    def render(self, state: SessionState) -> None:
        current = state.meta.model.id if state.created else "kz-2010"
        ids = [m.id for m in self.models]
        if self.list.count() != len(self.models):
            self.retranslate()
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)

    def isComplete(self) -> bool:  # noqa: N802
        return self.chosen() is not None

    def validatePage(self) -> bool:  # noqa: N802
        case, model = self._case_page.chosen(), self.chosen()
        if case is None or model is None:
            return False
        state = self.state
        if not state.created:
            try:
                self._create_session(case, model)
            except AlqaError as exc:
                self.say(i18n.text(exc.msg))
                return False
            return True
        if state.meta.case.to_dict() == case.to_dict() and state.meta.model.to_dict() == model.to_dict():
            return True
        return self.controller.append(ev.CourtChosen(case.to_dict(), model.to_dict()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The court"))
        self.setSubTitle(self.tr("Choose the court whose rules the class will follow."))
        self._label.setText(self.tr("&Courts:"))
        self.list.setAccessibleName(self.tr("Courts"))
        lang, row = i18n.current(), self.list.currentRow()
        self.list.clear()
        for model in self.models:
            rules = " ".join(i18n.text(m) for m in summary(model))
            text = f"{model.names.pick(lang)}\n{rules}"
            item = QListWidgetItem(QIcon(seat_picture(model)), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if row >= 0:
            self.list.setCurrentRow(row)
