"""Switching the language at run time retranslates every visible widget: no English left."""

from __future__ import annotations

import re

import pytest
from factory import NAMES
from gui import click, find
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QWidget,
    QWizard,
)

from app import i18n

ALLOWED = {"Alqa", "PIN", "CSV", "OK"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def visible_texts(root: QWidget) -> list[str]:
    """Every string a person sees: labels, buttons, titles, headers, placeholders, names, tooltips."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(w.placeholderText())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTableView | QListView) and w.model() is not None:
            model = w.model()
            out += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
                    ] if isinstance(w, QTableView) else []
        if isinstance(w, QHeaderView):
            continue
        out += [w.toolTip(), w.accessibleName()]
    return [t for t in out if t]


def english_left(root: QWidget, data: set[str]) -> list[str]:
    bad = []
    for text in visible_texts(root):
        for word in LATIN_WORD.findall(text.replace("&", "")):
            if word not in ALLOWED and not any(word in d for d in data):
                bad.append(f"{word!r} in {text[:60]!r}")
    return bad


def session_data(window) -> set[str]:
    """Names and free text from the class, which stay as they were typed."""
    state = window.controller.state
    return set(state.people.names.values()) | set(NAMES) | {"O'Brien", "Dina"}


def switch_language(qtbot, window, code: str) -> None:
    click(qtbot, window.home, "settings")
    dialog = window.findChild(QWidget, "settings_dialog")
    combo = find(dialog, QComboBox, "language")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(code))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: i18n.current() == code)
    # Qt posts LanguageChange to every widget; they retranslate as the event loop runs
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_home_and_courtroom_switch_language_at_run_time(qtbot, window, code):
    click(qtbot, window.home, "demo")
    click(qtbot, window.courtroom, "home")
    switch_language(qtbot, window, code)
    assert english_left(window.home, session_data(window)) == []
    assert window.menuBar().actions()[0].text() != "&File"
    click(qtbot, window.home, "continue")
    assert english_left(window.courtroom, session_data(window)) == []


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_every_wizard_page_switches_language(qtbot, window, code):
    switch_language(qtbot, window, code)
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    for _ in range(6):
        page = wizard.currentPage()
        if page.objectName() == "page_class":
            page.names.setPlainText("\n".join(NAMES[:25]))
        if page.objectName() == "page_jury":
            click(qtbot, page, "draw_pool")
            click(qtbot, page, "seat_jury")
        if page.objectName() == "page_roles":
            click(qtbot, page, "draw_roles")
        assert english_left(wizard, session_data(window)) == [], page.objectName()
        if page.objectName() == "page_privacy":
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
