"""Starting the GUI: the application object, language, theme, the error hook, the main window."""

from __future__ import annotations

import logging
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import i18n, logs
from app.store import settings as stored
from app.ui import theme

log = logging.getLogger(__name__)


def _excepthook(kind, value, tb) -> None:
    """Log the traceback; tell the user one clear sentence (STYLE.md), with details to copy."""
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, app.translate("App", "Alqa"),
                      app.translate("App", "Something went wrong. Everything up to your last step is saved."))
    copy = box.addButton(app.translate("App", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        app.clipboard().setText(details)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Alqa")
    app.setOrganizationName("Alqa")
    return app


def run(demo: bool = False, lang: str | None = None, exit_when_shown: bool = False,
        replay: Path | None = None) -> int:
    """Open the main window (on the demo courtroom with `demo`, or replaying the session file
    or session JSON `replay`) and run until it closes.

    `exit_when_shown` quits as soon as the window is on screen and prints how long that took
    (`shown: N ms`) and what it shows: for start-up benchmarks and smoke tests.
    """
    started = time.perf_counter()
    from app.ui.main_window import MainWindow

    app = make_app()
    logs.setup()
    values = stored.load()
    if lang:
        values["language"] = lang
    values.setdefault("language", i18n.system_lang())
    i18n.install(values["language"])
    theme.apply(app, values.get("theme", "light"), bool(values.get("large_text")))
    sys.excepthook = _excepthook
    window = MainWindow(values)
    window.show()
    if demo:
        window.open_demo()
    if replay is not None:
        window.open_replay(Path(replay))  # a file it cannot read is explained on the home page
    if exit_when_shown:
        QTimer.singleShot(0, lambda: _report_shown(app, window, started))
    return app.exec()


def _report_shown(app: QApplication, window, started: float) -> None:
    shown = window.stack.currentWidget().objectName()
    print(f"shown: {(time.perf_counter() - started) * 1000:.0f} ms; page: {shown}; "
          f"session: {window.controller.state.meta.title}", flush=True)
    app.quit()
