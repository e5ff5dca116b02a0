"""The command line: `alqa` opens the app; `alqa <command>` runs the same core headless.

Each module in this package that defines `register(subparsers)` adds one command; the
handler it sets (`func`) takes the parsed arguments and returns an exit code:
0 ok, 1 an error in the user's data, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.core.errors import AlqaError
from app.core.lang import LANGS

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class Cli:
    """Words of the command line; `Cli.tr("...")` gives lupdate the context "Cli"."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("Cli", text)


class UsageError(Exception):
    """Bad usage (exit 2); the message is already in the user's language."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own words stay English; the hint is ours
        raise UsageError(Cli.tr("Bad usage: {problem}. Try 'alqa --help'.").format(problem=message))


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="alqa", description=Cli.tr("Alqa: classroom mock trials."))
    parser.add_argument("--version", action="store_true", help=Cli.tr("print the version and exit"))
    parser.add_argument("--data-dir", type=Path, help=Cli.tr("where sessions are kept (also ALQA_DATA_DIR)"))
    parser.add_argument("--lang", choices=LANGS, help=Cli.tr("language of messages: kk, ru or en"))
    parser.add_argument("--demo", action="store_true", help=Cli.tr("start on a ready demo session"))
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)  # tests, benchmarks
    parser.add_argument("--self-test", action="store_true",
                        help=Cli.tr("check that this computer can run a lesson (offscreen) and exit"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub)
    return parser


def _early_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `alqa` command and of `python -m app`."""
    from app import i18n, logs
    from app.store import settings

    argv = list(sys.argv[1:] if argv is None else argv)
    data_dir = _early_data_dir(argv)
    logs.setup()
    if "--self-test" in argv:  # app/selftest.py: it opens the main window, but never on screen
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if _wants_gui(argv):  # the window needs a QApplication before any translator is installed
        from app.ui.app import make_app

        make_app()
    elif _paints(argv):  # a report or a picture: widgets paint it, offscreen
        from app.report.report import ensure_app

        ensure_app()
    lang = _early_lang(argv) or settings.load(data_dir).get("language") or i18n.system_lang()
    i18n.install(lang)
    try:
        args = _build_parser().parse_args(argv)
        if args.version:
            print(f"alqa {__version__}")
            return EXIT_OK
        if args.data_dir:
            os.environ["ALQA_DATA_DIR"] = str(args.data_dir)
        if args.self_test:
            from app.selftest import run

            return run()
        if args.command is None:
            from app.cli.gui_entry import run_default

            return run_default(args)
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    except AlqaError as exc:
        print(i18n.text(exc.msg), file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130
    except Exception:  # never a traceback on a user's screen: it goes to the log
        path = logs.log_unexpected()
        print(Cli.tr("Something went wrong. Details are in {path}.").format(path=path), file=sys.stderr)
        return EXIT_DATA


GUI_COMMANDS = ("replay",)  # commands that open the window


def _commands() -> set[str]:
    """Every subcommand the parser knows (a module may register several: export and import)."""
    actions = _build_parser()._actions
    return {name for a in actions if isinstance(a, argparse._SubParsersAction) for name in a.choices}


def _wants_gui(argv: list[str]) -> bool:
    commands = _commands() - set(GUI_COMMANDS)
    if any(a in ("-h", "--help", "--version") for a in argv):
        return False
    return not any(a in commands for a in argv)


def _paints(argv: list[str]) -> bool:
    from app.store.exports import REPORT_FORMATS

    return "export" in argv and any(a in REPORT_FORMATS or a.removeprefix("--format=") in REPORT_FORMATS
                                    for a in argv)


def _early_data_dir(argv: list[str]) -> Path | None:
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return Path(argv[i + 1])
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
    env = os.environ.get("ALQA_DATA_DIR")
    return Path(env) if env else None
