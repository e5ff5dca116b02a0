"""Widgets whose texts are set in `_retranslate()` redo them whenever the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, listed before the Qt base class: calls `self._retranslate()` on LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
