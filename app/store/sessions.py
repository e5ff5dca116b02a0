"""The sessions in the user's data folder: list, show, rename, delete."""

from __future__ import annotations

import contextlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import AlqaError, DataError
from app.core.fold import PHASE_EVENTS, phase_after
from app.core.lang import Msg
from app.store import backups, places
from app.store.locking import lock_path, try_acquire
from app.store.session import SessionBusy, SessionFileError, SessionStore

SUFFIX = ".alqa"


@dataclass(frozen=True, slots=True)
class SessionInfo:
    path: Path
    title: str
    case_title: dict
    created_at: str
    updated_at: str
    phase: str
    events: int


def info(path: Path) -> SessionInfo:
    """What the home screen lists about a session, read without folding it."""
    with SessionStore.open(path, readonly=True) as store:
        meta = store.meta
        last = store.last_of(*PHASE_EVENTS)
        phase = phase_after(last) if last else "setup"
        updated = store.last_time() or meta.get("created_at", "")
        try:
            case_title = json.loads(meta.get("case", "{}")).get("title", {})
        except ValueError:
            case_title = {}
        return SessionInfo(Path(path), meta.get("title", ""), case_title, meta.get("created_at", ""), updated,
                           phase, store.last_seq)


def list_sessions(folder: Path | None = None) -> tuple[list[SessionInfo], list[tuple[Path, Msg]]]:
    """Sessions in the folder, newest first, and the files that could not be read (with why)."""
    folder = folder or places.sessions_dir()
    found, broken = [], []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            found.append(info(path))
        except AlqaError as exc:
            broken.append((path, exc.msg))
    found.sort(key=lambda s: s.updated_at, reverse=True)
    return found, broken


def resolve(ref: str, folder: Path | None = None) -> Path:
    """A session by path, or by file name (with or without .alqa) in the sessions folder."""
    path = Path(ref)
    if path.exists():
        return path
    folder = folder or places.sessions_dir()
    for candidate in (folder / ref, folder / f"{ref}{SUFFIX}"):
        if candidate.exists():
            return candidate
    raise SessionFileError(Msg.of("store.not_found", path=ref))


def rename(path: Path, title: str) -> None:
    title = title.strip()
    if not title or len(title) > 200 or not title.isprintable():
        raise DataError(Msg.of("store.bad_title", limit=200))
    with SessionStore.open(path) as store:
        store.set_meta("title", title)


def delete(path: Path) -> None:
    """Remove a session file with its journal files and backups (not while it is open)."""
    path = Path(path)
    info(path)  # refuse what is not a session
    lock = try_acquire(path)
    if lock is None:
        raise SessionBusy(Msg.of("store.busy", path=str(path)))
    try:
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(FileNotFoundError):
                extra.unlink()
        shutil.rmtree(backups.folder_for(path), ignore_errors=True)
    finally:
        lock.release()
        with contextlib.suppress(FileNotFoundError):
            lock_path(path).unlink()
