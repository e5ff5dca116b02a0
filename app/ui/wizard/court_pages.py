"""Wizard steps 1 and 2: the case, then the court (a card per model, with a picture of its seats)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from app import i18n
from app.core import events as ev
from app.core.case import Case
from app.core.court import CourtModel
from app.core.describe import summary
from app.core.errors import AlqaError
from app.core.state import SessionState
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
    """Step 1: a built-in case or the teacher's own, with a preview (the case library, choosing)."""

    def __init__(self, controller, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_case")
        from app.ui.cases.library import CaseLibraryPage

        self.library = CaseLibraryPage(self, choosing=True)
        self._last: str | None = None
        self.library.case_selected.connect(self._selected)
        self.library.case_chosen.connect(lambda _case: self.wizard() and self.wizard().next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.library, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _selected(self, case) -> None:
        """Tell the wizard only when the choice changed (the library re-selects as it shows)."""
        case_id = case.id if case else None
        if case_id != self._last:
            self._last = case_id
            self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802
        super().initializePage()
        current = self.state.meta.case.id if self.state.created else None
        self.library.refresh(select=current)

    def chosen(self) -> Case | None:
        return self.library.current_case()

    def isComplete(self) -> bool:  # noqa: N802
        return self.chosen() is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("The case"))
        self.setSubTitle(self.tr("Choose the case your class will try, or write your own."))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CourtPage(StepPage):
    """Step 2: a court model as a card: the picture of its seats and its rules in a sentence."""

    def __init__(self, controller, case_page: CasePage, create_session, parent=None):
        super().__init__(controller, parent)
        self.setObjectName("page_court")
        self._case_page, self._create_session = case_page, create_session
        self.models = self._all_models()
        self.list = QListWidget(objectName="models")
        self.custom = QPushButton(objectName="custom_model", clicked=self._custom)
        self.list.setIconSize(ICON)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self._label = QLabel(objectName="models_label")
        self._label.setBuddy(self.list)
        self.list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.custom)
        layout.addWidget(self.message)
        self.retranslate()

    @staticmethod
    def _all_models() -> list[CourtModel]:
        return [*library.with_variants(), *library.custom_models()[0]]

    def _custom(self) -> None:
        from app.ui.wizard.custom_model import CustomModelDialog

        dialog = CustomModelDialog(self)
        dialog.saved.connect(self._added)
        dialog.open()

    def _added(self, model: CourtModel) -> None:
        self.models = self._all_models()
        self.retranslate()
        self.list.setCurrentRow([m.id for m in self.models].index(model.id))

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
        self.custom.setText(self.tr("&Your own court…"))
        self.custom.setAccessibleName(self.tr("Your own court"))
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
