"""`alqa export SESSION --format FMT`, `alqa export --corpus FILES_OR_FOLDER --format csv` and
`alqa import FILE.json`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import EXIT_OK, Cli, UsageError
from app.core.lang import LANGS

PROGRESS_EVERY = 100  # sessions between progress lines when stderr is not a terminal


class _Formats:
    """app.store.exports.ALL_FORMATS, imported only when a command line is checked or help is
    shown: every start of the app builds this parser, and start-up stays quick without the store."""

    @staticmethod
    def _all() -> tuple[str, ...]:
        from app.store.exports import ALL_FORMATS

        return ALL_FORMATS

    def __contains__(self, value: object) -> bool:
        return value in self._all()

    def __iter__(self):
        return iter(self._all())


def register(sub) -> None:
    parser = sub.add_parser("export", help=Cli.tr("export a session (JSON, CSV tables, GraphML, GEXF, the report "
                                                  "as PDF or HTML, the network as PNG or SVG), or many sessions "
                                                  "as one CSV data set"))
    parser.add_argument("session", nargs="?", help=Cli.tr("a session file, or its name in the data folder"))
    parser.add_argument("--corpus", nargs="+", type=Path, metavar="FILE_OR_FOLDER",
                        help=Cli.tr("merge many sessions (session files, session JSON exports, folders of them) "
                                    "into one CSV data set with a session column"))
    parser.add_argument("--format", required=True, choices=_Formats(), metavar="FORMAT",
                        help=Cli.tr("the export format: %(choices)s"))
    parser.add_argument("--out", type=Path, help=Cli.tr("where to write (CSV: a folder, or a file ending in .zip)"))
    parser.add_argument("--lang", dest="export_lang", choices=LANGS,
                        help=Cli.tr("language of the export's words (the codebook, the report) and of messages"))
    parser.add_argument("--names", action="store_true", help=Cli.tr("use real names instead of pseudonyms"))
    parser.add_argument("--notes", action="store_true", help=Cli.tr("include free-text notes"))
    parser.set_defaults(func=export_command)
    imp = sub.add_parser("import", help=Cli.tr("create a session file from a session JSON export"))
    imp.add_argument("file", type=Path, help=Cli.tr("a session JSON file"))
    imp.add_argument("--out", type=Path, help=Cli.tr("the new session file"))
    imp.set_defaults(func=import_command)


def export_command(args) -> int:
    from app import i18n
    from app.texts import corpus

    corpus.install()  # the codebook in the export's language
    lang = args.export_lang or args.lang or i18n.current()
    if args.corpus:
        return corpus_command(args, lang)
    if not args.session:
        raise UsageError(Cli.tr("Give a session to export, or --corpus with session files or folders."))
    from app.report.exporting import export
    from app.store.sessions import resolve

    path = resolve(args.session)
    _warn_names(args)
    for written in export(path, args.format, args.out, names=args.names, notes=args.notes, lang=lang):
        print(Cli.tr("Written: {path}").format(path=written))
    return EXIT_OK


def corpus_command(args, lang: str) -> int:
    """Many sessions into one CSV data set; a file that is not a session is reported and skipped."""
    from app import i18n
    from app.store.corpus import export_corpus

    if args.session:
        raise UsageError(Cli.tr("Give either a session or --corpus, not both."))
    if args.format != "csv":
        raise UsageError(Cli.tr("--corpus writes CSV tables only: use --format csv."))
    if args.out is None:
        raise UsageError(Cli.tr("--corpus needs --out: a folder, or a file ending in .zip."))
    _warn_names(args)
    terminal = sys.stderr.isatty()
    open_line = [False]  # a terminal's progress line waiting for its end

    def progress(done: int, total: int) -> None:
        line = Cli.tr("Sessions: {done}/{total}").format(done=done, total=total)
        if terminal:
            open_line[0] = done < total
            print("\r" + line, end="" if open_line[0] else "\n", file=sys.stderr, flush=True)
        elif done % PROGRESS_EVERY == 0:
            print(line, file=sys.stderr, flush=True)

    def skip(item) -> None:
        if open_line[0]:
            print(file=sys.stderr)
            open_line[0] = False
        print(i18n.text(item.msg), file=sys.stderr, flush=True)

    result = export_corpus(args.corpus, args.out, names=args.names, notes=args.notes, lang=lang,
                           skip=skip, progress=progress)
    for written in result.written:
        print(Cli.tr("Written: {path}").format(path=written))
    print(Cli.tr("Sessions exported: {done}; files skipped: {skipped}.").format(
        done=result.sessions, skipped=len(result.skipped)))
    return EXIT_OK


def _warn_names(args) -> None:
    if args.names:
        print(Cli.tr("Warning: this export shows the participants' real names. Share it only with people "
                     "allowed to see them."), file=sys.stderr)


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
