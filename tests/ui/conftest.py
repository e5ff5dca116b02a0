"""The GUI tests' main window, in English and light theme, on a fresh data folder."""

from __future__ import annotations

import pytest

from app import i18n
from app.ui import theme


@pytest.fixture
def window(qtbot, qapp):
    from app.ui.main_window import MainWindow

    i18n.install("en")
    theme.apply(qapp, "light", False)
    win = MainWindow({"language": "en"})
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for top in qapp.topLevelWidgets():  # ballot mode, dialogs, the projector: nothing lingers into the next test
        top.hide()
    win.controller.close()
    i18n.install("en")
