"""The case library: the built-in cases and the teacher's own, with a preview; new, edit, import, export."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.core.case import Case
from app.core.errors import AlqaError
from app.store import cases
from app.ui import theme
from app.ui.cases import commands as cmd
from app.ui.cases.editor import CaseEditor
from app.ui.confirm import confirm
from app.ui.retranslate import Retranslating


class CaseListModel(QAbstractListModel):
    """Built-in cases, then the teacher's own: title in the UI language, kind, and what the case holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[Case, bool]] = []
        self.broken: list[tuple[Path, object]] = []

    def refresh(self) -> None:
        self.beginResetModel()
        own, self.broken = cases.own_cases()
        self._rows = [(case, True) for case in cases.builtin_cases()] + [(case, False) for case in own]
        self.endResetModel()

    def case(self, row: int) -> Case:
        return self._rows[row][0]

    def is_builtin(self, row: int) -> bool:
        return self._rows[row][1]

    def row_of(self, case_id: str) -> int:
        return next((row for row, (case, _) in enumerate(self._rows) if case.id == case_id), -1)

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case, builtin = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        counts = {"charges": len(case.charges), "evidence": len(case.evidence), "witnesses": len(case.witnesses)}
        if builtin:
            details = self.tr("Built-in case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}")
        else:
            details = self.tr("Your own case · charges: {charges} · evidence: {evidence} · witnesses: {witnesses}")
        title = case.title.pick(i18n.current())
        joiner = "\n" if role == Qt.ItemDataRole.DisplayRole else ". "
        return title + joiner + details.format(**counts)


class CaseLibraryPage(Retranslating, QWidget):
    """Browse, preview and manage cases. With `choosing=True` (the new-session wizard) a
    "Use this case" button emits `case_chosen`, Delete and Back are hidden."""

    case_chosen = Signal(object)  # the Case, on "Use this case", a double-click or Enter
    case_selected = Signal(object)  # the Case now shown in the preview, or None
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, choosing: bool = False):
        super().__init__(parent)
        self.setObjectName("case_library")
        self._choosing = choosing
        self._heading = QLabel(objectName="heading")
        theme.enlarge(self._heading, 1.6)
        self._intro = QLabel(objectName="intro", wordWrap=True)
        self.model = CaseListModel(self)
        self.view = QListView(objectName="cases")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSpacing(3)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # long titles and large text wrap instead of scrolling sideways
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.activated.connect(lambda _index: self._use())
        self._list_label = QLabel(objectName="cases_label")
        self._list_label.setBuddy(self.view)
        self.preview = QTextBrowser(objectName="preview")
        self.preview.setOpenLinks(False)
        self._preview_label = QLabel(objectName="preview_label")
        self._preview_label.setBuddy(self.preview)
        self._buttons = {name: QPushButton(objectName=name, autoDefault=False)
                         for name in ("new", "edit", "import", "export", "delete", "use", "back")}
        self.message = QLabel(objectName="message", wordWrap=True)
        self._wire()
        self._lay_out()
        self._buttons["delete"].setVisible(not choosing)
        self._buttons["use"].setVisible(choosing)
        self._buttons["back"].setVisible(not choosing)
        self._heading.setVisible(not choosing)  # the wizard page has its own title
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self._retranslate()

    def _wire(self) -> None:
        slots = {"new": self._new, "edit": self._edit, "import": self._import, "export": self._export,
                 "delete": self._delete, "use": self._use, "back": self.back_requested.emit}
        for name, slot in slots.items():
            self._buttons[name].clicked.connect(slot)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._list_label)
        left.addWidget(self.view, 1)
        right = QVBoxLayout()
        right.addWidget(self._preview_label)
        right.addWidget(self.preview, 1)
        panes = QHBoxLayout()
        panes.addLayout(left, 2)
        panes.addLayout(right, 3)
        row = QHBoxLayout()
        for name in ("new", "edit", "import", "export", "delete"):
            row.addWidget(self._buttons[name])
        row.addStretch(1)
        row.addWidget(self._buttons["use"])
        row.addWidget(self._buttons["back"])
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(panes, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)

    # --- the list -------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Read the cases again; keep the selection (or select the case `select`)."""
        keep = select or self.current_case_id()
        self.model.refresh()
        row = max(0, self.model.row_of(keep)) if keep else 0
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))
        problems = [self.tr("{file} could not be opened: {reason}").format(file=p.name, reason=i18n.text(m))
                    for p, m in self.model.broken]
        if problems:
            self._say("\n".join(problems))
        self._show_selected()

    def current_case_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def current_case(self) -> Case | None:
        index = self.view.currentIndex()
        return self.model.case(index.row()) if index.isValid() else None

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def _builtin_selected(self) -> bool:
        index = self.view.currentIndex()
        return index.isValid() and self.model.is_builtin(index.row())

    def _show_selected(self) -> None:
        case = self.current_case()
        self.preview.setHtml(self._preview_html(case) if case else "")
        self.preview.setAccessibleDescription(self.preview.toPlainText()[:500])
        self.case_selected.emit(case)
        for name in ("edit", "export", "use"):
            self._buttons[name].setEnabled(case is not None)
        self._buttons["delete"].setEnabled(case is not None and not self._builtin_selected())
        if self._builtin_selected():
            self._name(self._buttons["edit"], self.tr("&Duplicate and edit…"),
                       self.tr("Duplicate the built-in case and edit the copy"))
        else:
            self._name(self._buttons["edit"], self.tr("&Edit…"), self.tr("Edit the selected case"))

    def _preview_html(self, case: Case) -> str:
        lang = i18n.current()

        def esc(text) -> str:
            return html.escape(text.pick(lang)).replace("\n", "<br>")

        defendant = html.escape(self.tr("Defendant: {name}").format(name=case.defendant.pick(lang)))
        parts = [f"<h2>{esc(case.title)}</h2>", f"<p>{esc(case.summary)}</p>", f"<p>{defendant}</p>"]
        if case.victim:
            victim = html.escape(self.tr("Victim: {name}").format(name=case.victim.pick(lang)))
            parts.append(f"<p>{victim}</p>")
        charges = [self.tr("{text} ({article})").format(text=c.text.pick(lang), article=c.article.pick(lang))
                   if c.article else c.text.pick(lang) for c in case.charges]
        witnesses = [(self.tr("{name}, called by the prosecution") if w.called_by == "prosecution"
                      else self.tr("{name}, called by the defence")).format(name=w.name.pick(lang))
                     for w in case.witnesses]
        for heading, items in ((self.tr("Charges"), charges), (self.tr("Evidence"),
                                                               [e.title.pick(lang) for e in case.evidence]),
                               (self.tr("Witnesses"), witnesses)):
            if items:
                rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
                parts.append(f"<h3>{html.escape(heading)}</h3><ul>{rows}</ul>")
        return "".join(parts)

    # --- actions --------------------------------------------------------------------------

    def _use(self) -> None:
        case = self.current_case()
        if case is not None:
            self.case_chosen.emit(case)

    def _new(self) -> None:
        self._open_editor(cmd.blank_case(cases.free_case_id("case"), i18n.current()), was="")

    def _edit(self) -> None:
        case = self.current_case()
        if case is None:
            return
        data = case.to_dict()
        if self._builtin_selected():
            data["id"] = cases.free_case_id(case.id)
            self._open_editor(data, was="")
        else:
            self._open_editor(data, was=case.id)

    def _open_editor(self, data: dict, was: str) -> CaseEditor:
        editor = CaseEditor(data, was=was, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda case: self.refresh(select=case.id))
        editor.open()
        return editor

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a case"), str(Path.home()),
                                              self.tr("Alqa case files (*.alqa-case.json *.json);;All files (*)"))
        if not name:
            return
        try:
            case = cases.import_case(Path(name))
        except AlqaError as exc:
            self._say(self.tr("{problem} Nothing was imported.").format(problem=i18n.text(exc.msg)))
            return
        self.refresh(select=case.id)
        self._say(self.tr("Imported “{title}” with the id “{id}”.").format(title=case.title.pick(i18n.current()),
                                                                          id=case.id))

    def _export(self) -> None:
        case = self.current_case()
        if case is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the case"),
                                              str(Path.home() / f"{case.id}{cases.SUFFIX}"),
                                              self.tr("Alqa case files (*.alqa-case.json)"))
        if not name:
            return
        path = Path(name) if name.endswith(".json") else Path(name + cases.SUFFIX)
        try:
            cases.export_case(case.to_dict(), path)
        except AlqaError as exc:
            self._say(self.tr("{problem} Nothing was exported.").format(problem=i18n.text(exc.msg)))
            return
        self._say(self.tr("The case was exported to {path}.").format(path=str(path)))

    def _delete(self) -> None:
        case = self.current_case()
        if case is None or self._builtin_selected():
            return
        title = case.title.pick(i18n.current())
        if not confirm(self, self.tr("Delete case"),
                       self.tr("Delete your case “{title}”? This cannot be undone.").format(title=title),
                       self.tr("Delete")):
            return
        try:
            cases.delete_own_case(case.id)
        except AlqaError as exc:
            self._say(i18n.text(exc.msg))
            return
        self.refresh()
        self._say(self.tr("The case “{title}” was deleted.").format(title=title))

    # --- words ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    @staticmethod
    def _name(button: QPushButton, text: str, accessible: str) -> None:
        button.setText(text)
        button.setAccessibleName(accessible)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Choose a case") if self._choosing else self.tr("Case library"))
        self._intro.setText(self.tr("The built-in cases come in Kazakh, Russian and English. Duplicate one to "
                                    "change it, write your own, or import a case file from a colleague."))
        self._list_label.setText(self.tr("&Cases:"))
        self.view.setAccessibleName(self.tr("Cases"))
        self._preview_label.setText(self.tr("&Preview:"))
        self.preview.setAccessibleName(self.tr("Preview of the selected case"))
        names = {"new": (self.tr("&New case…"), self.tr("Write a new case")),
                 "import": (self.tr("&Import…"), self.tr("Import a case file")),
                 "export": (self.tr("E&xport…"), self.tr("Export the selected case to a file")),
                 "delete": (self.tr("De&lete…"), self.tr("Delete the selected case")),
                 "use": (self.tr("&Use this case"), self.tr("Use the selected case")),
                 "back": (self.tr("&Back"), self.tr("Back"))}
        for name, (text, accessible) in names.items():
            self._name(self._buttons[name], text, accessible)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        self.refresh()  # another window or the wizard may have saved a case meanwhile
        super().showEvent(event)
