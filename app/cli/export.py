"""`alqa export SESSION --format json|csv|graphml|gexf` and `alqa import FILE.json`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import EXIT_OK, Cli


def register(sub) -> None:
    parser = sub.add_parser("export", help=Cli.tr("export a session as JSON, CSV tables, GraphML or GEXF"))
    parser.add_argument("session", help=Cli.tr("a session file, or its name in the data folder"))
    parser.add_argument("--format", required=True, choices=("json", "csv", "graphml", "gexf"),
                        help=Cli.tr("the export format"))
    parser.add_argument("--out", type=Path, help=Cli.tr("where to write (CSV: a folder, or a file ending in .zip)"))
    parser.add_argument("--names", action="store_true", help=Cli.tr("use real names instead of pseudonyms"))
    parser.add_argument("--notes", action="store_true", help=Cli.tr("include free-text notes"))
    parser.set_defaults(func=export_command)
    imp = sub.add_parser("import", help=Cli.tr("create a session file from a session JSON export"))
    imp.add_argument("file", type=Path, help=Cli.tr("a session JSON file"))
    imp.add_argument("--out", type=Path, help=Cli.tr("the new session file"))
    imp.set_defaults(func=import_command)


def export_command(args) -> int:
    from app.store.exports import export_session
    from app.store.sessions import resolve

    path = resolve(args.session)
    if args.names:
        print(Cli.tr("Warning: this export shows the participants' real names. Share it only with people "
                     "allowed to see them."), file=sys.stderr)
    for written in export_session(path, args.format, args.out, names=args.names, notes=args.notes):
        print(Cli.tr("Written: {path}").format(path=written))
    return EXIT_OK


def import_command(args) -> int:
    from app.store import places
    from app.store.export_json import import_session_json, read_session_json
    from app.store.sessions import SUFFIX

    out = args.out
    if out is None:
        data = read_session_json(args.file)
        session_id = str(data["events"][0]["event"].get("session_id", "imported"))
        out = places.sessions_dir() / f"imported-{session_id}{SUFFIX}"
    written = import_session_json(args.file, out)
    print(Cli.tr("Imported: {path}").format(path=written))
    return EXIT_OK
