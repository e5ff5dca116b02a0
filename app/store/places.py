"""Where a user's sessions, settings and logs live: platformdirs, or ALQA_DATA_DIR / --data-dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Alqa"


def data_dir() -> Path:
    """The user data folder (ALQA_DATA_DIR overrides it: tests, a USB stick)."""
    env = os.environ.get("ALQA_DATA_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir(APP, appauthor=False))


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def log_dir() -> Path:
    if os.environ.get("ALQA_DATA_DIR"):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))
