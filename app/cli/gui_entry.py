"""What `alqa` does with no command: the demo session (the GUI arrives with issue [3])."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from app import paths
from app.cli import EXIT_OK, Cli

DEMO = "kz-2007-embezzlement.json"


def run_default(args) -> int:
    if not args.demo:
        print(Cli.tr("Alqa {version}: classroom mock trials.").format(version=_version()))
        print(Cli.tr("Run 'alqa --demo' to replay the demo session, or 'alqa --help' for the commands."))
        return EXIT_OK
    from app.cli.scenario import run_scenario

    out = Path(tempfile.mkdtemp(prefix="alqa-demo-")) / "demo.alqa"
    summary, out = run_scenario(paths.resources() / "scenarios" / DEMO, out)
    print(Cli.tr("Demo session: {title}").format(title=summary["title"]))
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    print(Cli.tr("Saved as {file}; 'alqa sessions show {file}' shows it again.").format(file=out))
    return EXIT_OK


def _version() -> str:
    from app import __version__

    return __version__
