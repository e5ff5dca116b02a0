"""`alqa replay FILE`: open a session file or a session JSON export in the read-only replay."""

from __future__ import annotations

from pathlib import Path

from app.cli import Cli


def register(sub) -> None:
    parser = sub.add_parser("replay", help=Cli.tr("replay a session file or a session JSON export, read-only"))
    parser.add_argument("file", type=Path, help=Cli.tr("a session file (.alqa) or a session JSON export"))
    parser.set_defaults(func=replay_command)


def replay_command(args) -> int:
    from app.ui.app import run

    return run(lang=args.lang, exit_when_shown=args.exit_when_shown, replay=args.file)
