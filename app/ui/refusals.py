"""A panel that says, beside its own buttons, why the rules refused what they asked for."""

from __future__ import annotations

from app import i18n


class OwnRefusals:
    """Mixin: `_append` records through the controller; a refusal of that append is shown in
    `self.message` (other widgets' refusals are theirs to show)."""

    _asking = False

    def _append(self, event) -> bool:
        self._asking = True
        try:
            return self._controller.append(event)
        finally:
            self._asking = False

    def _on_rejected(self, error) -> None:
        if self._asking:
            self._say(i18n.text(error.msg))

    def _say(self, words: str) -> None:
        self.message.setText(words)
        self.message.setAccessibleName(words)
        self.message.setVisible(bool(words))
