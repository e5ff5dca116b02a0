"""The session file: one SQLite database per session (`*.alqa`).

Tables: `meta` (schema version, app version, the case and court model as they were), the
append-only `events` log, and the `ballots` box (secret ballots: no voter, no time, stored in
the order of a random slot, never the order of voting). Each append is its own committed
transaction before `append` returns. One writer at a time: a second opener gets a read-only
view and a clear message (`SessionBusy`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.core import events as ev
from app.core.errors import AlqaError
from app.core.lang import Msg
from app.store import backups, locking

SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
SNAPSHOT_EVERY_S = 30 * 60
log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    version INTEGER NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX events_type ON events(type, seq);
CREATE TABLE ballots (
    box INTEGER NOT NULL,
    slot INTEGER NOT NULL,
    role TEXT NOT NULL,
    answers TEXT NOT NULL,
    PRIMARY KEY (box, slot)
) WITHOUT ROWID;
"""

# Schema migrations: version -> the SQL that brings a file from it to the next version.
# A snapshot is taken before any of them runs.
MIGRATIONS: dict[int, str] = {}


class SessionFileError(AlqaError):
    """The file cannot be used as a session; it was not changed."""


class SessionBusy(AlqaError):
    """Another window or process has the session open for writing."""


@dataclass(frozen=True, slots=True)
class Stamped:
    """An event as the log holds it: its place, its UTC time, and the event."""
    seq: int
    at: str
    event: Any


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _fail(key: str, path: Path, **params: Any) -> SessionFileError:
    return SessionFileError(Msg.of(key, path=str(path), **params))


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except FileNotFoundError as exc:
        raise _fail("store.not_found", path) from exc
    except OSError as exc:
        raise _fail("store.cannot_read", path, reason=exc.strerror or str(exc)) from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise _fail("store.not_a_session", path)


def _read_meta(conn: sqlite3.Connection, path: Path) -> dict[str, str]:
    try:
        rows = conn.execute("SELECT key, value FROM meta").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _fail("store.not_a_session" if "no such table" in str(exc) else "store.damaged", path) from exc
    meta = dict(rows)
    version = meta.get("schema_version", "")
    if not version.isdigit():
        raise _fail("store.not_a_session", path)
    if int(version) > SCHEMA_VERSION:
        raise _fail("store.newer_schema", path, version=int(version), supported=SCHEMA_VERSION)
    return meta


def _wal_unsafe(folder: Path) -> bool:
    """True for folders on network filesystems, where SQLite's WAL does not work."""
    try:
        mounts = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return False
    target, best = str(folder.resolve()), ("", "")
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best[0]):
            best = (parts[1], parts[2])
    return best[1] in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ceph", "glusterfs"}


class SessionStore:
    """One open session file. Use `create` or `open`, and close it (or use `with`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, meta: dict[str, str], *,
                 readonly: bool, lock: locking.Lock | None, notices: list[Msg]):
        self.path, self._conn, self.meta = path, conn, meta
        self.readonly, self._lock, self.notices = readonly, lock, notices
        self._last_snapshot = time.monotonic()
        self._seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, meta: dict[str, Any]) -> SessionStore:
        """A new session file at `path` (which must not exist) with its meta."""
        path = Path(path)
        if path.exists():
            raise _fail("store.exists", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = locking.acquire(path)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            conn.executescript(_SCHEMA)
            values = {"schema_version": str(SCHEMA_VERSION), "app_version": __version__, "created_at": utc_now(),
                      **{k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in meta.items()}}
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO meta VALUES (?, ?)", values.items())
            conn.execute("COMMIT")
            conn.close()
            os.replace(tmp, path)  # the file appears whole or not at all
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            lock.release()
            raise _fail("store.cannot_write", path, reason=str(exc)) from exc
        return cls._connect(path, lock, readonly=False)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> SessionStore:
        """Open an existing session. SessionBusy if another writer has it (try readonly=True)."""
        path = Path(path)
        _check_header(path)
        lock = None
        if not readonly:
            lock = locking.try_acquire(path)
            if lock is None:
                raise SessionBusy(Msg.of("store.busy", path=str(path)))
        try:
            return cls._connect(path, lock, readonly=readonly)
        except BaseException:
            if lock:
                lock.release()
            raise

    @classmethod
    def _connect(cls, path: Path, lock, *, readonly: bool) -> SessionStore:
        uri = f"{path.resolve().as_uri()}?mode={'ro' if readonly else 'rw'}"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _fail("store.cannot_read", path, reason=str(exc)) from exc
        try:
            meta = _read_meta(conn, path)  # before any write: a foreign or newer file stays as it was
            notices = [] if readonly else cls._setup_journal(conn, path)
            if not readonly and int(meta["schema_version"]) < SCHEMA_VERSION:
                meta = cls._migrate(conn, path, meta)
            return cls(path, conn, meta, readonly=readonly, lock=lock, notices=notices)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _fail("store.damaged", path) from exc
        except BaseException:
            conn.close()
            raise

    @staticmethod
    def _setup_journal(conn: sqlite3.Connection, path: Path) -> list[Msg]:
        conn.execute("PRAGMA synchronous=FULL")
        mode = "delete" if _wal_unsafe(path.parent) else conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            log.warning("WAL is not available for %s; using a rollback journal", path)
            return [Msg.of("store.no_wal", folder=str(path.parent))]
        conn.execute("PRAGMA wal_autocheckpoint=0")  # checkpoints run when idle, never inside a vote
        return []

    @classmethod
    def _migrate(cls, conn: sqlite3.Connection, path: Path, meta: dict[str, str]) -> dict[str, str]:
        backups.snapshot(conn, path, "migration")
        version = int(meta["schema_version"])
        while version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            conn.executescript(MIGRATIONS[version]) if version in MIGRATIONS else None
            version += 1
            conn.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(version),))
            conn.execute("COMMIT")
        return _read_meta(conn, path)

    # --- reading ---------------------------------------------------------------------------

    @property
    def last_seq(self) -> int:
        return self._seq

    def records(self, upto: int | None = None) -> Iterator[Stamped]:
        """The log, in order (up to and including seq `upto`)."""
        sql = "SELECT seq, at, type, version, payload FROM events"
        args: tuple = ()
        if upto is not None:
            sql, args = sql + " WHERE seq <= ?", (upto,)
        try:
            for seq, at, name, version, payload in self._conn.execute(sql + " ORDER BY seq", args):
                yield Stamped(seq, at, ev.from_record(name, version, payload))
        except sqlite3.DatabaseError as exc:
            raise _fail("store.damaged", self.path) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail("store.bad_event", self.path, reason=str(exc)) from exc

    def events(self, upto: int | None = None) -> Iterator[ev.Event]:
        """The events of the log, in order: the fast path that reopening folds."""
        sql = "SELECT type, version, payload FROM events"
        args: tuple = ()
        if upto is not None:
            sql, args = sql + " WHERE seq <= ?", (upto,)
        decode = ev.from_record
        try:
            for name, version, payload in self._conn.execute(sql + " ORDER BY seq", args):
                yield decode(name, version, payload)
        except sqlite3.DatabaseError as exc:
            raise _fail("store.damaged", self.path) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail("store.bad_event", self.path, reason=str(exc)) from exc

    def last_of(self, *type_names: str) -> ev.Event | None:
        """The latest event of these types (found through the type index, without a fold)."""
        marks = ",".join("?" * len(type_names))
        row = self._conn.execute(f"SELECT type, version, payload FROM events WHERE type IN ({marks}) "
                                 "ORDER BY seq DESC LIMIT 1", type_names).fetchone()
        return ev.from_record(*row) if row else None

    def last_time(self) -> str | None:
        row = self._conn.execute("SELECT at FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def ballot_box(self, vote_no: int) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
        """The ballots of one vote as (role, answers), in the box's own random order."""
        rows = self._conn.execute("SELECT role, answers FROM ballots WHERE box=? ORDER BY slot", (vote_no,))
        return [(role, tuple(tuple(a) for a in json.loads(answers))) for role, answers in rows]

    # --- writing ---------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise SessionBusy(Msg.of("store.read_only", path=str(self.path)))

    def _insert(self, event: ev.Event) -> Stamped:
        name, version, payload = ev.to_record(event)
        stamped = Stamped(self._seq + 1, utc_now(), event)
        self._conn.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?)", (stamped.seq, stamped.at, name, version, payload))
        return stamped

    def append(self, event: ev.Event) -> Stamped:
        """Add one event to the log; it is committed (fsynced) when this returns."""
        self._writable()
        try:
            stamped = self._insert(event)  # autocommit: the INSERT is its own transaction
        except sqlite3.Error as exc:
            raise _fail("store.cannot_write", self.path, reason=str(exc)) from exc
        self._seq = stamped.seq
        self._maybe_snapshot()
        return stamped

    def append_many(self, events: list[ev.Event]) -> int:
        """Add many events in one transaction (an import, a generated session); the last seq."""
        self._writable()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            for event in events:
                self._seq = self._insert(event).seq
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            self._seq = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
            raise _fail("store.cannot_write", self.path, reason=str(exc)) from exc
        return self._seq

    def cast_secret(self, mark: ev.VoterMarked, role: str, answers: tuple[tuple[str, str], ...]) -> Stamped:
        """Mark the voter as having voted and drop the ballot in the box, in one transaction."""
        self._writable()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            stamped = self._insert(mark)
            self._conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?)",
                               (mark.vote_no, secrets.randbits(62), role, json.dumps(answers)))
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise _fail("store.cannot_write", self.path, reason=str(exc)) from exc
        self._seq = stamped.seq
        return stamped

    def set_meta(self, key: str, value: str) -> None:
        self._writable()
        self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self.meta[key] = value

    # --- housekeeping ----------------------------------------------------------------------

    def checkpoint(self, force: bool = False) -> None:
        """Fold the WAL back into the file: call when idle (and on close), not inside a vote."""
        if self.readonly:
            return
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute(f"PRAGMA wal_checkpoint({'TRUNCATE' if force else 'PASSIVE'})")

    def snapshot(self, reason: str) -> Path:
        """Copy the session aside (SQLite's backup API) before something risky."""
        self._last_snapshot = time.monotonic()
        return backups.snapshot(self._conn, self.path, reason)

    def _maybe_snapshot(self) -> None:
        if time.monotonic() - self._last_snapshot >= SNAPSHOT_EVERY_S:
            try:
                self.snapshot("periodic")
            except AlqaError as exc:  # a failed copy must not stop the lesson
                log.warning("periodic snapshot failed: %s", exc)

    def integrity(self) -> str:
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0]

    def close(self) -> None:
        if self._conn is None:
            return
        self.checkpoint(force=True)
        self._conn.close()
        self._conn = None
        if self._lock:
            self._lock.release()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
