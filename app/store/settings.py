"""Small user settings (language, theme, teacher PIN hash) in a JSON file beside the sessions."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app.store import places
from app.store.files import write_atomic

log = logging.getLogger(__name__)


def settings_path(folder: Path | None = None) -> Path:
    return (folder or places.data_dir()) / "settings.json"


def load(folder: Path | None = None) -> dict[str, Any]:
    """The saved settings; a missing or broken file gives the defaults (and is left alone)."""
    path = settings_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any], folder: Path | None = None) -> None:
    write_atomic(settings_path(folder), json.dumps(values, ensure_ascii=False, indent=2))
