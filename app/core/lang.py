"""Words that core hands to the edges: message keys, and texts given in kk, ru and en."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

LANGS: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANG = "en"


@dataclass(frozen=True, slots=True)
class Msg:
    """A message for a person: a key that app/i18n.py words, with named parameters."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, key: str, **params: Any) -> Msg:
        return cls(key, params)


class LText(dict):
    """A text given in one or more languages ({"kk": ..., "ru": ..., "en": ...})."""

    def pick(self, lang: str) -> str:
        """The text in `lang`, else in English, else in the first language it has."""
        for candidate in (lang, DEFAULT_LANG, *LANGS):
            text = self.get(candidate)
            if text:
                return text
        return next(iter(self.values()), "")


def ltext(value: Any, where: str, *, required: bool = True) -> LText:
    """Read a {lang: text} mapping from data; raise DataError naming `where` if it is malformed."""
    from app.core.errors import DataError

    if value is None and not required:
        return LText()
    if isinstance(value, str):
        value = {DEFAULT_LANG: value}
    if not isinstance(value, Mapping) or (required and not value):
        raise DataError(Msg.of("data.text_expected", field=where))
    out = LText()
    for lang, text in value.items():
        if lang not in LANGS or not isinstance(text, str):
            raise DataError(Msg.of("data.text_expected", field=f"{where}.{lang}"))
        out[lang] = text
    if required and not any(t.strip() for t in out.values()):
        raise DataError(Msg.of("data.text_expected", field=where))
    return out
