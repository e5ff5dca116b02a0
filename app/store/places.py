"""Where a user's sessions, settings and logs live.

In this order: ALQA_DATA_DIR (or `--data-dir`, which sets it) wins; then portable mode, where a
file named `portable` beside the bundle's executable keeps everything in `alqa-data/` beside it
(a USB stick); else the user folders of platformdirs. docs/install.md tells a teacher how.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "Alqa"
PORTABLE_MARKER = "portable"  # an empty file beside the executable turns portable mode on
PORTABLE_DATA = "alqa-data"  # the folder beside the executable that then holds everything


def portable_dir(executable: str | Path | None = None) -> Path | None:
    """The portable data folder if a `portable` marker lies beside `executable`, else None.

    Without an argument it asks only of a bundle (PyInstaller sets `sys.frozen`): a source
    checkout's executable is the Python interpreter, and a marker beside it means nothing.
    """
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = sys.executable
    folder = Path(executable).resolve().parent
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def data_dir() -> Path:
    """The user data folder (ALQA_DATA_DIR overrides it: tests, another folder; then portable mode)."""
    env = os.environ.get("ALQA_DATA_DIR")
    if env:
        return Path(env)
    return portable_dir() or Path(platformdirs.user_data_dir(APP, appauthor=False))


def sessions_dir() -> Path:
    return data_dir() / "sessions"


def log_dir() -> Path:
    """Logs go beside the data when the data folder was chosen (ALQA_DATA_DIR, portable mode)."""
    if os.environ.get("ALQA_DATA_DIR") or portable_dir():
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))
