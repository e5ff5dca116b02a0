"""Words for session exports (JSON, CSV, GraphML, GEXF) and for importing a session JSON."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    "export.bad_format": QT_TRANSLATE_NOOP("Msg", "\"{format}\" is not an export format. Use one of: {allowed}."),
    "export.cannot_write": QT_TRANSLATE_NOOP("Msg", "{path} cannot be written: {reason}. Nothing was written."),
    "export.not_a_folder": QT_TRANSLATE_NOOP("Msg", "{path} is a file, not a folder. Give a folder or a name ending in .zip."),
    "import.not_found": QT_TRANSLATE_NOOP("Msg", "There is no file at {path}."),
    "import.not_session_json": QT_TRANSLATE_NOOP("Msg", "{path} is not an Alqa session JSON file. Nothing was imported."),
    "import.newer_format": QT_TRANSLATE_NOOP("Msg", "{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Nothing was imported."),
    "import.bad_event": QT_TRANSLATE_NOOP("Msg", "Event {index} of {path} cannot be read ({reason}). Nothing was imported."),
    "import.refused": QT_TRANSLATE_NOOP("Msg", "Event {index} ({type}) of {path} does not fit the session before it. Nothing was imported."),
    "import.exists": QT_TRANSLATE_NOOP("Msg", "{path} already exists. Choose another name; nothing was imported."),
}
