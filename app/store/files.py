"""Writing files so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from app.core.errors import AlqaError
from app.core.lang import Msg


class WriteFailed(AlqaError):
    """A file could not be written; nothing half-written was left behind."""


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[str]:
    """Yield a temporary file name beside `path` for the caller to write; when the block ends
    without error, fsync the file, give it a new file's usual permissions (mkstemp makes it
    private) and rename it over `path`; otherwise remove it. OSError passes through."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_through(path: Path, write: Callable[[str], object]) -> Path:
    """Atomically write `path` with a writer that reports success (Qt's save calls return False)."""
    with replacing(path) as tmp:
        if not write(tmp) or os.path.getsize(tmp) == 0:
            raise OSError(f"could not write {path}")
    return Path(path)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write `data` to `path` through a temporary file, fsync and rename."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with replacing(path) as tmp, open(tmp, "wb") as handle:
            handle.write(raw)
    except OSError as exc:
        raise WriteFailed(Msg.of("store.cannot_write", path=str(path), reason=exc.strerror or str(exc))) from exc


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A private folder beside `out` for the files of a many-file export, removed afterwards
    whatever happens (`publish` moves its files to `out` first). OSError passes through."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def publish(tmp: Path, names: Sequence[str], out: Path) -> list[Path]:
    """The files `names`, written and fsynced in the staging folder `tmp`, appear at `out`: as a
    zip (streamed from disk, written through `replacing`) when `out` ends in .zip; else the whole
    folder is renamed to `out`, or, into a folder that exists, each file replaces its namesake."""
    out = Path(out)
    if out.suffix.lower() == ".zip":
        with replacing(out) as tmp_zip, zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in names:
                zf.write(tmp / name, name)
        return [out]
    if out.exists():
        for name in names:
            os.replace(tmp / name, out / name)
    else:
        os.replace(tmp, out)
    _fsync_dir(out.parent)
    return [out / name for name in names]

