"""Words for a teacher's own case files: saving, importing, exporting, deleting."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    "case.bad_id": QT_TRANSLATE_NOOP(
        "Msg", "\"{id}\" cannot be a case id. Use 1 to 64 small Latin letters, digits, \"-\" or \"_\"."),
    "case.id_taken": QT_TRANSLATE_NOOP(
        "Msg", "The id \"{id}\" belongs to a built-in case. Choose another id."),
    "case.id_in_use": QT_TRANSLATE_NOOP(
        "Msg", "Another of your cases already has the id \"{id}\". Choose another id."),
    "case.save_too_large": QT_TRANSLATE_NOOP(
        "Msg", "With its pictures the case would be larger than {limit_mb} MB. Use fewer or smaller pictures."),
    "case.not_json": QT_TRANSLATE_NOOP(
        "Msg", "{name} is not a case file: Alqa case files are JSON text files (*.alqa-case.json)."),
    "case.question_missing": QT_TRANSLATE_NOOP(
        "Msg", "Charge {number} has no “{question}” question. Write it under Questions, or fill in the "
               "standard questions."),
    "case.cannot_delete": QT_TRANSLATE_NOOP("Msg", "The case file {path} cannot be deleted: {reason}."),
}
