"""Alt+letter reaches one control: no two visible buttons, labels or tabs of a screen share a mnemonic."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from gui import click
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget
from test_language import switch_language

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root: QWidget) -> Counter:
    """The mnemonic letter of every visible button, label with a buddy, and tab of `root`."""
    return Counter(m.group(1).lower() for t in _texts(root) for m in [MNEMONIC.search(t.replace("&&", ""))] if m)


def _texts(root: QWidget) -> list[str]:
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            texts.append(w.text())
        if isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
    return texts


def clashes(root: QWidget) -> dict[str, list[str]]:
    """Each letter two or more controls claim, with their texts."""
    counts = mnemonics(root)
    texts = _texts(root)
    return {letter: [t for t in texts if (m := MNEMONIC.search(t.replace("&&", ""))) and m.group(1).lower() == letter]
            for letter, n in counts.items() if n > 1}


def in_language(qtbot, window, code: str) -> None:
    if code != "en":  # the window starts in English
        switch_language(qtbot, window, code)


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_home_and_the_plan_dialog(qtbot, window, code):
    in_language(qtbot, window, code)
    assert clashes(window.home) == {}
    click(qtbot, window.home, "plan")
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.isVisible())
    assert clashes(window.plan) == {}


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_the_export_dialog(qtbot, window, code, tmp_path):
    from app import paths
    from app.store.scenario import run

    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", tmp_path / "lesson.alqa")
    in_language(qtbot, window, code)
    assert window.open_session(tmp_path / "lesson.alqa")
    page = window.courtroom
    click(qtbot, page, "export")
    qtbot.waitUntil(lambda: page.export_dialog is not None and page.export_dialog.isVisible())
    assert clashes(page.export_dialog) == {}


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_the_courtroom_with_the_lab_and_the_replay(qtbot, window, code, tmp_path):
    from app import paths
    from app.store.scenario import run

    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", tmp_path / "lesson.alqa")
    in_language(qtbot, window, code)
    assert window.open_session(tmp_path / "lesson.alqa")
    page = window.courtroom
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.lab is not None and page.lab.answer is not None, timeout=20000)
    assert clashes(page) == {}
    click(qtbot, page, "home")
    assert window.open_replay(tmp_path / "lesson.alqa")
    assert clashes(window._replay) == {}
