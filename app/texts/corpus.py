"""Words for research corpora (`alqa export --corpus`), and the codebook's translator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXT = {
    "corpus.skipped": QT_TRANSLATE_NOOP("Msg", "Skipped: {problem}"),
    "corpus.not_a_session": QT_TRANSLATE_NOOP("Msg", "{path} is neither an Alqa session file nor a session JSON export."),
    "corpus.newer": QT_TRANSLATE_NOOP("Msg", "{path} is from a newer Alqa (format {version}; this one reads up to {supported})."),
    "corpus.refused": QT_TRANSLATE_NOOP("Msg", "Event {index} ({type}) of {path} does not fit the session before it."),
    "corpus.duplicate": QT_TRANSLATE_NOOP("Msg", "{path} holds session {session}, already read from {first}."),
    "corpus.missing": QT_TRANSLATE_NOOP("Msg", "There is no file or folder at {path}."),
    "corpus.empty": QT_TRANSLATE_NOOP("Msg", "No session could be read from {sources}. Nothing was written."),
}


def codebook_words(lang: str, texts: list[str]) -> list[str]:
    """The codebook's English texts in `lang`, through Qt's catalogue (context "Codebook")."""
    from app import i18n

    with i18n.speaking(lang):
        return [QCoreApplication.translate("Codebook", text) for text in texts]


def install() -> None:
    """Let the store's CSV export write its codebook in any language (the store imports no Qt)."""
    from app.store import export_csv

    export_csv.translate_with(codebook_words)
