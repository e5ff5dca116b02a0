"""`alqa sessions list|show|rename|delete`: the sessions in the data folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, Cli


def register(sub) -> None:
    parser = sub.add_parser("sessions", help=Cli.tr("list, show, rename or delete sessions"))
    actions = parser.add_subparsers(dest="action", required=True)
    lst = actions.add_parser("list", help=Cli.tr("list the sessions in the data folder"))
    lst.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    lst.set_defaults(func=list_command)
    show = actions.add_parser("show", help=Cli.tr("print a session's summary as JSON"))
    show.add_argument("session", help=Cli.tr("a session file, or its name in the data folder"))
    show.set_defaults(func=show_command)
    ren = actions.add_parser("rename", help=Cli.tr("give a session a new title"))
    ren.add_argument("session")
    ren.add_argument("title")
    ren.set_defaults(func=rename_command)
    rm = actions.add_parser("delete", help=Cli.tr("delete a session and its backups"))
    rm.add_argument("session")
    rm.add_argument("--yes", action="store_true", help=Cli.tr("confirm the deletion"))
    rm.set_defaults(func=delete_command)


def _case_title(titles: dict) -> str:
    from app import i18n

    return titles.get(i18n.current()) or titles.get("en") or next(iter(titles.values()), "")


def list_command(args) -> int:
    from app import i18n
    from app.store.sessions import list_sessions

    found, broken = list_sessions()
    if args.json:
        rows = [{"file": str(s.path), "title": s.title, "case": _case_title(s.case_title), "created": s.created_at,
                 "updated": s.updated_at, "phase": s.phase, "events": s.events} for s in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not found:
        print(Cli.tr("No sessions yet."))
    for s in found if not args.json else ():
        print(Cli.tr("{updated}  {phase:<12}  {title}  ({file})").format(
            updated=s.updated_at[:16].replace("T", " "), phase=s.phase, title=s.title, file=s.path.name))
    for path, msg in broken:
        print(Cli.tr("Skipped {file}: {reason}").format(file=path.name, reason=i18n.text(msg)), file=sys.stderr)
    return EXIT_OK


def show_command(args) -> int:
    from app.core.summary import summarize
    from app.store.live import LiveSession
    from app.store.sessions import resolve

    path = resolve(args.session)
    with LiveSession.open(path, readonly=True) as live:
        print(json.dumps({**summarize(live.state), "file": str(path)}, ensure_ascii=False, indent=2))
    return EXIT_OK


def rename_command(args) -> int:
    from app.store.sessions import rename, resolve

    path = resolve(args.session)
    rename(path, args.title)
    print(Cli.tr("Renamed: {title}").format(title=args.title.strip()))
    return EXIT_OK


def delete_command(args) -> int:
    from app.store.sessions import delete, resolve

    path = resolve(args.session)
    if not args.yes:
        print(Cli.tr("This deletes {file} for good. Run the command again with --yes to confirm.").format(file=path),
              file=sys.stderr)
        return EXIT_USAGE
    delete(Path(path))
    print(Cli.tr("Deleted: {file}").format(file=path))
    return EXIT_OK
