import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder: nothing touches the real user's sessions."""
    monkeypatch.setenv("ALQA_DATA_DIR", str(tmp_path / "alqa-data"))


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """The QApplication first: a test that translates (an export's codebook, a CLI run in-process)
    would otherwise make a bare QCoreApplication, and every widget test after it would fail."""
    return qapp


@pytest.fixture
def window(qtbot, qapp):
    """The main window in English and light theme, on the test's own data folder."""
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
    for top in qapp.topLevelWidgets():  # ballot mode, dialogs, the projector: nothing lingers into the next test
        top.hide()
    win.controller.close()
    i18n.install("en")
