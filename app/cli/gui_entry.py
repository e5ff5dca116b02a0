"""What `alqa` does with no command: the main window (on the demo courtroom with --demo)."""

from __future__ import annotations


def run_default(args) -> int:
    from app.ui.app import run

    return run(demo=args.demo, lang=args.lang, exit_when_shown=args.exit_when_shown)
