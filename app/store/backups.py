"""Snapshot copies of a session (SQLite's backup API), the last few kept beside it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.core.lang import Msg
from app.store.files import WriteFailed

KEEP = 5


def folder_for(session: Path) -> Path:
    return session.parent / ".backups" / session.stem


def snapshot(conn: sqlite3.Connection, session: Path, reason: str) -> Path:
    """Copy the open session to its backup folder atomically; keep the newest KEEP copies."""
    folder = folder_for(Path(session))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}.alqa"
    tmp = target.with_suffix(".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise WriteFailed(Msg.of("store.cannot_write", path=str(target), reason=str(exc))) from exc
    for old in sorted(folder.glob("*.alqa"))[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_snapshots(session: Path) -> list[Path]:
    return sorted(folder_for(Path(session)).glob("*.alqa"))
