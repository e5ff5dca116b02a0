"""`alqa roster import FILE [--json]`: the wizard's roster reader, headless; it never writes.

Plain output: the names on standard output, one a line; the report (a line per note, then a
summary) on standard error, so `alqa roster import list.csv > names.txt` keeps just the names.
Exit 0 for a roster a session can use, 1 for one with too few or too many names (the names and
the report are still printed) and for a file that is not a roster. Rules: docs/formats/roster.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli import EXIT_DATA, EXIT_OK, Cli
from app.core.errors import DataError
from app.core.lang import Msg


def register(sub) -> None:
    parser = sub.add_parser("roster", help=Cli.tr("read a class list the way the new-session wizard does"))
    actions = parser.add_subparsers(dest="action", required=True)
    imp = actions.add_parser("import", help=Cli.tr("read a class list (CSV or text) and report what was skipped"),
                             description=Cli.tr("Reads a class list and prints the names taken, one a line, and "
                                                "a line for each thing skipped or changed. The file is never "
                                                "changed. See docs/formats/roster.md."))
    imp.add_argument("file", type=Path, help=Cli.tr("the class list: CSV or plain text, one name a line"))
    imp.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    imp.set_defaults(func=import_command)


def import_command(args) -> int:
    from app import i18n
    from app.core.roster import MAX_BYTES, check_size, read_roster_bytes

    data = _read_file(args.file, MAX_BYTES)
    try:
        result = read_roster_bytes(data)
    except DataError as exc:
        print(Cli.tr("Not imported: {file}. {reason} The file is unchanged.").format(
            file=args.file, reason=i18n.text(exc.msg)), file=sys.stderr)
        return EXIT_DATA
    try:
        check_size(result)
        problem = None
    except DataError as exc:
        problem = i18n.text(exc.msg)
    if args.json:
        print(json.dumps(_as_json(result, problem), ensure_ascii=False, indent=2))
    else:
        _print_plain(result)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_DATA
    return EXIT_OK


def _read_file(path: Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of the file: enough for the reader to refuse a file too large."""
    try:
        with path.open("rb") as file:
            return file.read(limit + 1)
    except FileNotFoundError as exc:
        raise DataError(Msg.of("roster.not_found", path=str(path))) from exc
    except OSError as exc:
        raise DataError(Msg.of("roster.cannot_read", path=str(path), reason=exc.strerror or type(exc).__name__)) \
            from exc


def _as_json(result, problem: str | None) -> dict:
    from app import i18n

    return {"names": list(result.names),
            "notes": [{"line": n.line, "kind": n.kind, "text": i18n.text(n.msg)} for n in result.notes],
            "encoding": result.encoding, "separator": result.separator, "header": result.header,
            "usable": problem is None, "problem": problem}


def _print_plain(result) -> None:
    from app import i18n

    for name in result.names:
        print(name)
    sys.stdout.flush()
    for note in result.notes:
        print(i18n.text(note.msg), file=sys.stderr)
    separators = {None: Cli.tr("none, one name a line"), ",": Cli.tr("comma"), ";": Cli.tr("semicolon"),
                  "\t": Cli.tr("tab")}
    print(Cli.tr("Names taken: {count}. Encoding: {encoding}. Separator: {separator}. Header row: {header}.").format(
        count=len(result.names), encoding=result.encoding, separator=separators[result.separator],
        header=Cli.tr("yes") if result.header else Cli.tr("no")), file=sys.stderr)
