"""The case editor's fields: the text box, and the named, labelled widgets bound to a place in the case.

A field is bound to a *path* function: called when the field is shown or edited, it gives the
place in the case the field edits now (it follows the chosen item and the editing language),
or None when there is nothing to edit (no item chosen).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.ui.cases import commands as cmd

LIMIT_LINE = 20_000  # characters in a one-line field or a short text
LIMIT_LONG = 50_000  # the summary, a statement, a description, the judge's charge


class TextBox(QPlainTextEdit):
    """A plain-text field that takes at most `limit` characters: a huge paste is cut, and says so."""

    overflowed = Signal()

    def __init__(self, object_name: str, limit: int = LIMIT_LONG, lines: int = 6, grow: bool = True):
        super().__init__(objectName=object_name)
        self.limit = limit
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setUndoRedoEnabled(False)  # the editor's undo stack does it
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        if not grow:  # a short text: a charge, a question
            self.setMaximumHeight(self.fontMetrics().lineSpacing() * lines * 2 + 12)
        self.textChanged.connect(self._enforce)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        text = source.text() if source.hasText() else ""
        room = self.limit - len(self.toPlainText()) + len(self.textCursor().selectedText())
        if len(text) > room:
            self.textCursor().insertText(text[:max(room, 0)])  # never lays out the whole paste
            self.overflowed.emit()
            return
        super().insertFromMimeData(source)

    def _enforce(self) -> None:
        if len(self.toPlainText()) > self.limit:  # typed or dropped past the limit
            with QSignalBlocker(self):
                self.setPlainText(self.toPlainText()[:self.limit])
            self.overflowed.emit()


class Fields:
    """Makes the editor's widgets, each by its object name, most with a label; binds fields to a path.

    `edit(path, value, typing=)`, `typed(line_edit, path, text)` and `overflow(widget)` are the
    editor's: a field hands each change to them. `show(case)` shows the case in the bound fields.
    """

    def __init__(self, undo_keys: QObject, *, edit: Callable, typed: Callable, overflow: Callable):
        self._undo_keys = undo_keys
        self._edit, self._typed, self._overflow = edit, typed, overflow
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.bindings: list[tuple[QWidget, object, str | None]] = []  # (field, path, default value)

    def make(self, name: str, widget: QWidget, label: bool = True) -> QWidget:
        widget.setObjectName(name)
        self.widgets[name] = widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.installEventFilter(self._undo_keys)
        if label:
            self.labels[name] = QLabel(objectName=f"{name}_label")
            self.labels[name].setBuddy(widget)
        return widget

    def form(self, *names: str) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            form.addRow(self.labels[name], self.widgets[name])
        return form

    def line(self, name: str, path, limit: int = LIMIT_LINE) -> QLineEdit:
        edit = self.make(name, QLineEdit(maxLength=limit))
        self.bindings.append((edit, path, None))
        edit.textEdited.connect(lambda text: self._typed(edit, path(), text))
        return edit

    def box(self, name: str, path, limit: int = LIMIT_LONG, lines: int = 6) -> TextBox:
        box = self.make(name, TextBox(name, limit, lines, grow=limit == LIMIT_LONG))
        self.bindings.append((box, path, None))
        box.overflowed.connect(lambda: self._overflow(box))
        box.textChanged.connect(lambda: self._edit(path(), box.toPlainText(), typing=True))
        return box

    def choice(self, name: str, path, values: tuple[str, ...]) -> QComboBox:
        combo = self.make(name, QComboBox())
        for value in values:
            combo.addItem("", value)
        self.bindings.append((combo, path, values[-1] if name == "evidence_leans" else values[0]))
        combo.activated.connect(lambda index: self._edit(path(), combo.itemData(index)))
        return combo

    def show(self, case: dict) -> None:
        """Show each bound field's value in `case`; a field with nowhere to edit (no item chosen) is disabled."""
        for widget, path, default in self.bindings:
            self._show_value(widget, case, path(), default)

    @staticmethod
    def _show_value(widget: QWidget, case: dict, path, default) -> None:
        value = cmd.lookup(case, path) if path else None
        widget.setEnabled(path is not None)
        with QSignalBlocker(widget):
            if isinstance(widget, QLineEdit):
                if widget.text() != (value or ""):
                    widget.setText(value or "")
                    widget.setCursorPosition(0)  # show the start of a long text
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            else:
                widget.setCurrentIndex(max(0, widget.findData(value or default)))
