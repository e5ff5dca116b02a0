"""`alqa scenario run FILE.json [--out SESSION.alqa]`: replay a scripted lesson headless."""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, Cli
from app.store import places


def register(sub) -> None:
    parser = sub.add_parser("scenario", help=Cli.tr("replay a scripted session (see docs/scenario-format.md)"))
    actions = parser.add_subparsers(dest="action", required=True)
    run = actions.add_parser("run", help=Cli.tr("run a scenario file and print the session's summary as JSON"))
    run.add_argument("file", type=Path)
    run.add_argument("--out", type=Path, help=Cli.tr("the session file to write (default: a new one in the data folder)"))
    run.set_defaults(func=run_command)


def run_scenario(file: Path, out: Path | None) -> tuple[dict, Path]:
    """Replay `file` into a new session at `out`; return its summary and the path."""
    from app.core.summary import summarize
    from app.store.scenario import run

    out = out or places.sessions_dir() / f"{file.stem}-{uuid.uuid4().hex[:6]}.alqa"
    return summarize(run(file, out)), out


def run_command(args) -> int:
    from app import i18n
    from app.store.scenario import ScenarioStopped

    try:
        summary, out = run_scenario(args.file, args.out)
    except ScenarioStopped as exc:
        print(i18n.text(exc.msg), file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps({**summary, "file": str(out)}, ensure_ascii=False, indent=2))
    return EXIT_OK
