"""Words for the class roster reader (app/core/roster.py): refusals, limits and the line report."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    # refusals: the whole file or text cannot be read as a roster
    "roster.too_large": QT_TRANSLATE_NOOP("Msg", "The file is larger than {limit_mb} MB, far too big for a class list. Choose the file with the names."),
    "roster.not_a_roster": QT_TRANSLATE_NOOP("Msg", "This is not a class list: it holds binary data, such as a picture or a PDF. Save the names as CSV or plain text and import that file."),
    "roster.spreadsheet_file": QT_TRANSLATE_NOOP("Msg", "This is a spreadsheet, document or archive file (such as .xlsx, .xls, .docx or .zip), not a text list. Save the list as CSV (in Excel: Save As, \"CSV UTF-8\") and import that file."),
    "roster.empty": QT_TRANSLATE_NOOP("Msg", "The list is empty. Type or paste the names, one a line, or import a CSV file."),
    "roster.no_names": QT_TRANSLATE_NOOP("Msg", "No names were found: every line is empty or holds only numbers, formulas or symbols."),
    "roster.not_found": QT_TRANSLATE_NOOP("Msg", "There is no file at {path}."),
    "roster.cannot_read": QT_TRANSLATE_NOOP("Msg", "The file {path} cannot be read: {reason}."),
    # limits of a session's class
    "roster.too_few": QT_TRANSLATE_NOOP("Msg", "Names found: {count}. A session needs at least {minimum}; add more names."),
    "roster.too_many": QT_TRANSLATE_NOOP("Msg", "Names found: {count}. One session takes at most {maximum}; split the class and run a session for each part."),
    # the report, one note per line of the source
    "roster.header_row": QT_TRANSLATE_NOOP("Msg", "Line {line}: read as the header row: {value}"),
    "roster.before_header": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, it stands above the header row: {value}"),
    "roster.empty_lines": QT_TRANSLATE_NOOP("Msg", "Empty lines skipped: {count}."),
    "roster.no_name_in_row": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, the name column is empty in this row: {value}"),
    "roster.duplicate": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, the same name is on line {first}: {name}"),
    "roster.too_long": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, longer than {limit} characters: {start}…"),
    "roster.not_a_name": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, not a name: {value}"),
    "roster.unreadable": QT_TRANSLATE_NOOP("Msg", "Line {line}: skipped, it holds only unreadable characters."),
    "roster.tidied": QT_TRANSLATE_NOOP("Msg", "Line {line}: extra spaces or invisible characters removed: {name}"),
    "roster.numbers_removed": QT_TRANSLATE_NOOP("Msg", "Names whose list number was taken off: {count}."),
    "roster.lost_letter": QT_TRANSLATE_NOOP("Msg", "Line {line}: check this name, a question mark may stand for a lost letter: {name}. Saving the list as \"CSV UTF-8\" keeps every letter."),
}
