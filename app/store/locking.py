"""One writer per session: an OS lock on a small file beside it, released if the process dies."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


class Lock:
    def __init__(self, path: Path, fd: int):
        self.path, self._fd = path, fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        with contextlib.suppress(OSError):
            self.path.unlink()


def lock_path(session: Path) -> Path:
    return session.with_name(session.name + ".lock")


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def try_acquire(session: Path) -> Lock | None:
    """The writer's lock on `session`, or None when another window or process holds it."""
    path = lock_path(Path(session))
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _lock(fd)
    except OSError:
        os.close(fd)
        return None
    return Lock(path, fd)


def acquire(session: Path) -> Lock:
    lock = try_acquire(session)
    if lock is None:
        raise BlockingIOError(f"{session} is open elsewhere")
    return lock
