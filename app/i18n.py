"""The one place that loads translators and turns core's message keys into words.

Message tables live in app/texts/*.py as `TEXT = {key: QT_TRANSLATE_NOOP("Msg", "...")}`, so
`pyside6-lupdate` finds them; a key whose text has `%n` takes its count from the parameter
`n`. The CLI and the GUI both call `install(lang)` once, then `text(msg)`.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.core.lang import DEFAULT_LANG, LANGS, Msg

_installed: list[QTranslator] = []
_current = DEFAULT_LANG


@cache
def _table() -> dict[str, str]:
    from app.texts import all_texts

    return all_texts()


def system_lang() -> str:
    """The language of the user's system, if Alqa speaks it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value[:2] in LANGS:
            return value[:2]
    code = (locale.getlocale()[0] or "")[:2]
    return code if code in LANGS else DEFAULT_LANG


def current() -> str:
    return _current


def install(lang: str) -> str:
    """Load Alqa's catalogue (and Qt's own, for standard buttons) for `lang`; return it."""
    global _current
    if lang not in LANGS:
        lang = DEFAULT_LANG
    app = QCoreApplication.instance()
    if app is None:  # the CLI: translators need an application object
        app = QCoreApplication([])
        _installed.append(app)  # keep it alive
    for translator in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(translator)
        _installed.remove(translator)
    own = QTranslator()
    if own.load(f"alqa_{lang}", str(paths.translations())):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt.load(f"qtbase_{lang}", qt_dir):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian}
                               .get(lang, QLocale.Language.English)))
    _current = lang
    return lang


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Words in `lang` for a while (an export in another language than the UI's), then back."""
    before = _current
    if lang == before:
        yield lang
        return
    try:
        yield install(lang)
    finally:
        install(before)


def has_text(key: str) -> bool:
    return key in _table()


def text(msg: Msg) -> str:
    """`msg` in the installed language; an unknown key is shown as itself rather than lost."""
    source = _table().get(msg.key)
    if source is None:
        return f"{msg.key} {dict(msg.params)}" if msg.params else msg.key
    params = {k: _word(v) for k, v in msg.params.items()}
    if "%n" in source:
        words = QCoreApplication.translate("Msg", source, None, int(params.get("n", 0)))
    else:
        words = QCoreApplication.translate("Msg", source)
    try:
        return words.format_map(_Keep(params))
    except (IndexError, ValueError):  # a translation whose {fields} do not parse
        return source.format_map(_Keep(params))


class _Keep(dict):
    """Formatting that leaves a {field} it has no value for as it was."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _word(value: object) -> object:
    """Parameters may themselves be messages (a rule inside a sentence)."""
    return text(value) if isinstance(value, Msg) else value
