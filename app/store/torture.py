"""The crash torture: a child appends events while the parent kills it with SIGKILL.

`python -m app.store.torture child FILE` appends notes forever, printing each seq after its
append returned; `run()` kills such children at random moments and checks the file after each.
Used by the test suite (200 kills) and `python -m benchmarks --torture` (1,000).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TortureResult:
    kills: int = 0
    lost: list[tuple[int, int]] = field(default_factory=list)  # (reported seq, seq found in file)
    bad_integrity: list[str] = field(default_factory=list)
    max_committed: int = 0


def committed(path: Path) -> int:
    """The highest seq in the file, read the way a restarted Alqa would (with WAL recovery)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
    finally:
        conn.close()


def _check(path: Path) -> tuple[int, str, bool]:
    conn = sqlite3.connect(path)
    try:
        seqs = [s for (s,) in conn.execute("SELECT seq FROM events ORDER BY seq")]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return (seqs[-1] if seqs else 0), integrity, seqs == list(range(1, len(seqs) + 1))


def run(folder: Path, kills: int, seed: int) -> TortureResult:
    rng, result = random.Random(seed), TortureResult()
    path = Path(folder) / "torture.alqa"
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-m", "app.store.torture", "child", str(path)],
                                 stdout=subprocess.PIPE, text=True)
        first = child.stdout.readline()  # the child is appending once it has reported one seq
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
        reported = [int(x) for x in (first + rest).split()]
        last = reported[-1] if reported else 0
        found, integrity, contiguous = _check(path)
        if found < last or not contiguous:
            result.lost.append((last, found))
        if integrity != "ok":
            result.bad_integrity.append(integrity)
        result.kills += 1
        result.max_committed = found
    return result


def child(path: Path) -> None:
    from app.core import events as ev
    from app.store.session import SessionStore

    store = SessionStore.open(path) if path.exists() else SessionStore.create(path, {"session_id": "torture"})
    n = store.last_seq
    while True:
        stamped = store.append(ev.NoteAdded(f"note {n}"))
        n = stamped.seq
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "child":
        child(Path(sys.argv[2]))
