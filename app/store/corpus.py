"""Research corpora: many sessions merged into one long-format CSV data set.

`export_corpus` writes the tables of the single-session CSV export (app/store/export_csv.py),
each with a first column `session`. It streams: a session is read, its rows are written, and it
is dropped before the next one is read, so a thousand sessions need the memory of one. A file
that is not a readable session is skipped and reported; the export goes on. The data set appears
whole (a folder or a .zip) or not at all.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import AlqaError
from app.core.lang import Msg
from app.core.state import SessionState
from app.store.export_csv import TABLES, codebook, tables
from app.store.exports import ExportError, Naming, fail, load
from app.store.files import publish, staging

SESSION_SUFFIXES = (".alqa", ".json")
SESSION_COLUMN = "session"


@dataclass(frozen=True)
class Skipped:
    """A file of the corpus that was left out, and why (a message for the user)."""
    path: Path
    problem: Msg

    @property
    def msg(self) -> Msg:
        return Msg.of("corpus.skipped", problem=self.problem)


@dataclass
class CorpusResult:
    written: list[Path]
    sessions: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def corpus_files(sources: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """The files a corpus reads: each file given, and every *.alqa and *.json in each folder given
    and its subfolders (hidden ones, such as .backups, left out), in a stable order; and the
    sources that do not exist."""
    files: list[Path] = []
    missing: list[Skipped] = []
    for source in map(Path, sources):
        if source.is_dir():
            found = []
            for root, dirs, names in os.walk(source):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / n for n in names if n.lower().endswith(SESSION_SUFFIXES)
                          and not n.startswith(".") and not n.lower().endswith(".alqa-case.json")]
            files += sorted(found)
        elif source.exists():
            files.append(source)
        else:
            missing.append(Skipped(source, Msg.of("corpus.missing", path=str(source))))
    return list(dict.fromkeys(files)), missing


def read_session(path: Path) -> SessionState:
    """The folded state of a session file or a session JSON export; AlqaError if it is neither."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        return load(path).state
    return _read_json(path)


def _read_json(path: Path) -> SessionState:
    """A session JSON export replayed through the rules, as `alqa import` would, but in memory."""
    from app.store.export_json import replayed_session_json

    try:
        return replayed_session_json(path)[2]
    except ExportError as exc:
        if exc.msg.key == "import.newer_format":
            raise fail("corpus.newer", **exc.msg.params) from exc
        if exc.msg.key == "import.refused":
            raise fail("corpus.refused", **exc.msg.params) from exc
        raise fail("corpus.not_a_session", path=str(path)) from exc


def read_sessions(files: Iterable[Path], skip: Callable[[Skipped], None]) -> Iterator[tuple[Path, SessionState]]:
    """Each readable session in turn (a generator: only one is held at a time); the others, and a
    session already read from another file, go to `skip`."""
    seen: dict[str, Path] = {}
    for path in files:
        try:
            state = read_session(path)
        except AlqaError as exc:
            skip(Skipped(path, exc.msg))
            continue
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):  # a log no fold can read
            skip(Skipped(path, Msg.of("corpus.not_a_session", path=str(path))))
            continue
        session_id = state.meta.session_id if state.meta else ""
        if not session_id:
            skip(Skipped(path, Msg.of("corpus.not_a_session", path=str(path))))
        elif session_id in seen:
            skip(Skipped(path, Msg.of("corpus.duplicate", path=str(path), session=session_id,
                                      first=str(seen[session_id]))))
        else:
            seen[session_id] = path
            yield path, state
        del state  # before the next one is read: one session in memory at a time


class _Tables:
    """One CSV file per table, open for appending rows session by session."""

    def __init__(self, folder: Path):
        self._handles = {}
        self._writers = {}
        for name, header in TABLES.items():
            handle = open(folder / name, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed in close)
            self._handles[name] = handle
            self._writers[name] = csv.writer(handle, lineterminator="\r\n")
            self._writers[name].writerow((SESSION_COLUMN, *header))

    def add(self, session_id: str, rows: dict[str, list[tuple]]) -> None:
        for name, writer in self._writers.items():
            writer.writerows((session_id, *row) for row in rows[name])

    def close(self, *, sync: bool) -> None:
        for handle in self._handles.values():
            if sync and not handle.closed:
                handle.flush()
                os.fsync(handle.fileno())
            handle.close()


def export_corpus(sources: Iterable[Path], out: Path, *, names: bool = False, notes: bool = False,
                  lang: str = "en", skip: Callable[[Skipped], None] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> CorpusResult:
    """Merge the sessions found in `sources` into one CSV data set at `out` (a folder, or a file
    ending in .zip). `skip` hears of each file left out as soon as it is; `progress(done, total)`
    after each file. ExportError if nothing could be read or `out` cannot be written."""
    sources, out = [Path(s) for s in sources], Path(out)
    is_zip = out.suffix.lower() == ".zip"
    if not is_zip and out.exists() and not out.is_dir():
        raise fail("export.not_a_folder", path=str(out))
    files, missing = corpus_files(sources)
    result = CorpusResult([])

    def skipped(item: Skipped) -> None:
        result.skipped.append(item)
        if skip:
            skip(item)

    for item in missing:
        skipped(item)
    try:
        with staging(out) as tmp:
            writer = _Tables(tmp)
            try:
                for _path, state in read_sessions(_counted(files, progress), skipped):
                    writer.add(state.meta.session_id, tables(state, Naming(state, names), notes=notes))
                    result.sessions += 1
                    del state
            finally:
                writer.close(sync=True)
            if not result.sessions:
                raise fail("corpus.empty", sources=", ".join(map(str, sources)))
            with open(tmp / "codebook.md", "w", encoding="utf-8") as handle:
                handle.write(codebook(lang))
                handle.flush()
                os.fsync(handle.fileno())
            result.written = publish(tmp, [*TABLES, "codebook.md"], out)
    except OSError as exc:
        raise fail("export.cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
    return result


def _counted(files: list[Path], progress: Callable[[int, int], None] | None) -> Iterator[Path]:
    """The files in turn, telling `progress` how many are done before each next one is read."""
    for i, path in enumerate(files):
        yield path
        if progress:
            progress(i + 1, len(files))
