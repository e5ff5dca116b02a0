"""Message tables: core's keys and their English source text, one module per area.

Each module holds `TEXT = {key: QT_TRANSLATE_NOOP("Msg", "...")}`; pyside6-lupdate reads
these calls into i18n/*.ts, and app/i18n.py translates them at run time.
"""

from __future__ import annotations

import importlib
import pkgutil


def all_texts() -> dict[str, str]:
    table: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        table.update(getattr(module, "TEXT", {}))
    return table
