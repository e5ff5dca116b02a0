"""End-to-end lessons: the main window as in tests/ui, and the GUI helpers of tests/ui on the path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "ui"))  # gui.py and the wizard driver of test_wizard.py


@pytest.fixture
def window(qtbot, qapp):
    from app import i18n
    from app.ui import theme
    from app.ui.main_window import MainWindow

    i18n.install("en")
    theme.apply(qapp, "light", False)
    win = MainWindow({"language": "en"})
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.controller.close()
    i18n.install("en")
