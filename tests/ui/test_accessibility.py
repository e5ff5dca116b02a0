"""Every control has an accessible name, is reachable with Tab, and large text does not clip."""

from __future__ import annotations

import pytest
from factory import NAMES
from gui import click, focusable
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWizard

from app.ui import theme


def unnamed(root) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName()}" for w in focusable(root) if not w.accessibleName().strip()]


def test_home_and_courtroom_controls_are_named(qtbot, window):
    assert unnamed(window.home) == []
    click(qtbot, window.home, "demo")
    assert unnamed(window.courtroom) == []


def test_every_wizard_page_is_named(qtbot, window):
    click(qtbot, window.home, "new_session")
    wizard = window.wizard
    seen = []
    for _ in range(6):
        page = wizard.currentPage()
        seen.append(page.objectName())
        assert unnamed(wizard) == [], page.objectName()
        if page.objectName() == "page_class":
            page.names.setPlainText("\n".join(NAMES[:25]))
        if page.objectName() == "page_jury":
            click(qtbot, page, "draw_pool")
            assert unnamed(wizard) == [], "jury page after the draw"
            click(qtbot, page, "seat_jury")
        if page.objectName() == "page_roles":
            click(qtbot, page, "draw_roles")
        if page.objectName() == "page_privacy":
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert seen == ["page_case", "page_court", "page_class", "page_jury", "page_roles", "page_privacy"]


def test_tab_reaches_every_seat(qtbot, window):
    click(qtbot, window.home, "demo")
    window.activateWindow()
    seats = {b for b in window.courtroom.seat_map.findChildren(QAbstractButton) if b.isVisible()}
    first = window.courtroom.findChild(QAbstractButton, "home")
    first.setFocus()
    reached = set()
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert seats <= reached


@pytest.mark.parametrize("page", ["home", "courtroom"])
def test_large_text_is_large_and_not_clipped(qtbot, window, qapp, page):
    if page == "courtroom":
        click(qtbot, window.home, "demo")
    else:
        click(qtbot, window.home, "demo")
        click(qtbot, window.courtroom, "home")  # a recent session in the list
    theme.apply(qapp, "light", True)
    try:
        window.resize(1920, 1080)
        qtbot.wait(50)
        root = window.courtroom if page == "courtroom" else window.home
        assert QApplication.font().pointSize() >= 24
        clipped = []
        for w in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
            if not w.isVisible() or not w.text():
                continue
            hint = w.sizeHint()
            if isinstance(w, QLabel) and w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    clipped.append(w.objectName() or w.text()[:20])
            elif hint.width() > w.width() + 2 or hint.height() > w.height() + 2:
                clipped.append(f"{w.objectName() or w.text()[:20]} {hint.toTuple()} > {w.size().toTuple()}")
        assert clipped == []
    finally:
        theme.apply(qapp, "light", False)
