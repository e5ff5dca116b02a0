"""Where Alqa's own data lives: the same lookup from a checkout, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    candidates = [
        _PACKAGE / "_data" / name,  # an installed wheel (see pyproject's force-include)
        _PACKAGE.parent / name,  # a source checkout or an editable install
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for path in candidates:
        if path.is_dir():
            return path
    raise FileNotFoundError(f"Alqa's {name}/ folder is missing; looked in: {', '.join(map(str, candidates))}")


def resources() -> Path:
    """The resources/ folder: court models, cases, scenarios, icons."""
    return _data_root("resources")


def translations() -> Path:
    """The i18n/ folder with the compiled .qm catalogues."""
    return _data_root("i18n")
