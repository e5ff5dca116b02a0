"""The log file a user can send when reporting a problem; tracebacks go here, never on screen."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app.store import places

_handler: logging.Handler | None = None


def log_file() -> Path:
    return places.log_dir() / "alqa.log"


def setup() -> Path | None:
    """Send Alqa's log to the user log folder (once); None if that folder cannot be written."""
    global _handler
    if _handler is not None:
        return log_file()
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("app")
    root.addHandler(_handler)
    root.setLevel(logging.INFO)
    return path


def log_unexpected() -> Path:
    """Write the exception being handled, with its traceback, to the log; return the log's path."""
    logging.getLogger("app").error("unexpected error", exc_info=sys.exc_info())
    return log_file()
