"""`python -m benchmarks [--torture]`: every figure of docs/performance.md, with goal and baseline."""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.core import events as ev
from app.core.fold import fold
from app.store.session import SessionStore
from benchmarks.sessions import big_session

ROWS: list[tuple[str, str, str, str, str]] = []


def row(name: str, value: str, goal: str, baseline: str, verdict: bool | None) -> None:
    mark = "" if verdict is None else ("ok" if verdict else "MISSED")
    ROWS.append((name, value, goal, baseline, mark))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def fsync_latency(folder: Path, n: int) -> list[float]:
    """The disk's own floor: one small write plus fsync."""
    path = folder / "fsync.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    out = []
    try:
        for i in range(n):
            t = time.perf_counter()
            os.pwrite(fd, b"x" * 100, (i % 64) * 4096)
            os.fsync(fd)
            out.append(time.perf_counter() - t)
    finally:
        os.close(fd)
    return out


def append_latency(folder: Path, n: int, journal: str = "wal", burst: int = 0) -> list[float]:
    """Committed appends; with `burst`, an idle checkpoint (untimed) every so many, as the app does."""
    from app.store import session as module

    saved = module._wal_unsafe
    if journal != "wal":
        module._wal_unsafe = lambda _folder: True
    try:
        store = SessionStore.create(folder / f"append-{journal}-{burst}.alqa", {"session_id": "bench"})
    finally:
        module._wal_unsafe = saved
    out = []
    with store:
        for i in range(n):
            if burst and i % burst == 0:
                store.checkpoint()  # the app checkpoints when idle: the WAL is then reused, not grown
            e = ev.NoteAdded(f"note {i}")
            t = time.perf_counter()
            store.append(e)
            out.append(time.perf_counter() - t)
    return out


def bench_append(folder: Path, n: int) -> None:
    disk = fsync_latency(folder, n)
    wal = append_latency(folder, n, burst=100)
    growing = append_latency(folder, n)
    rollback = append_latency(folder, n // 4, "delete")
    d50, d99 = statistics.median(disk), pct(disk, 0.99)
    a50, a99, worst = statistics.median(wal), pct(wal, 0.99), max(wal)
    ms = 1000
    row("fsync floor (write+fsync) p50 / p99", f"{d50*ms:.3f} / {d99*ms:.3f} ms", "the floor", "", None)
    row("append one event, p50", f"{a50*ms:.3f} ms ({a50/d50:.2f}x fsync)", "<= 1.3x fsync p50",
        f"rollback journal {statistics.median(rollback)*ms:.3f} ms; WAL never checkpointed "
        f"{statistics.median(growing)*ms:.3f} ms", a50 <= 1.3 * d50)
    row("append one event, p99", f"{a99*ms:.3f} ms ({a99/d99:.2f}x fsync)", "<= 2.5x fsync p99",
        f"rollback journal {pct(rollback, 0.99)*ms:.3f} ms; WAL never checkpointed "
        f"{pct(growing, 0.99)*ms:.3f} ms", a99 <= 2.5 * d99)
    row("append one event, worst", f"{worst*ms:.3f} ms", "< 5 ms", f"rollback journal {max(rollback)*ms:.3f} ms",
        worst < 0.005)


def bench_fold(folder: Path, n: int) -> None:
    events = big_session(n)
    path = folder / "big.alqa"
    with SessionStore.create(path, {"session_id": "big"}) as store:
        store.append_many(events)
    with SessionStore.open(path, readonly=True) as store:  # warm the OS cache once
        sum(1 for _ in store._conn.execute("SELECT payload FROM events"))
    t = time.perf_counter()
    with SessionStore.open(path, readonly=True) as store:
        rows = store._conn.execute("SELECT seq, at, type, version, payload FROM events ORDER BY seq").fetchall()
    fetch = time.perf_counter() - t
    t = time.perf_counter()
    with SessionStore.open(path, readonly=True) as store:
        state = fold(store.events())
    total = time.perf_counter() - t
    naive = _naive_fold(events[: n // 10]) * 10
    assert state.seq == n
    row(f"open + fold {n:,} events", f"{total:.3f} s ({total / n * 1e6:.2f} us/event)", "<= 6 us/event (0.6 s)",
        f"fetch only {fetch:.3f} s; naive replay {naive:.2f} s", total / n <= 6e-6)
    del rows


def _naive_fold(events: list) -> float:
    """Baseline: replay every event through validate as well, the way a careless reopen would."""
    from app.core.fold import apply
    from app.core.rules import validate
    from app.core.state import EMPTY

    t = time.perf_counter()
    state = EMPTY
    for e in events:
        validate(state, e)
        state = apply(state, e)
    return time.perf_counter() - t


def bench_torture(folder: Path, kills: int) -> None:
    from app.store.torture import run

    t = time.perf_counter()
    result = run(folder, kills=kills, seed=1)
    took = time.perf_counter() - t
    ok = not result.lost and not result.bad_integrity
    row(f"crash torture: {kills} SIGKILLs", f"lost {len(result.lost)}, bad {len(result.bad_integrity)} "
        f"({took:.0f} s, {result.max_committed} events)", "nothing lost, integrity ok", "", ok)


def bench_startup() -> None:
    from benchmarks.startup import measure

    ours, floor, heavy = measure()
    row("start-up to the home window (warm)", f"{ours * 1000:.0f} ms", "< 300 ms",
        f"bare QMainWindow {floor * 1000:.0f} ms; heavy modules loaded: {heavy[0] if heavy else '?'}", ours < 0.3)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--torture", action="store_true", help="also run the 1,000-kill crash torture")
    parser.add_argument("--appends", type=int, default=2000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: a temp folder)")
    args = parser.parse_args()
    logging.getLogger("app").setLevel(logging.ERROR)  # the rollback-journal baseline logs a notice
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        bench_startup()
        bench_append(folder, args.appends)
        bench_fold(folder, args.events)
        if args.torture:
            bench_torture(folder, 1000)
    widths = [max(len(r[i]) for r in ROWS + [("figure", "measured", "goal", "baseline", "")]) for i in range(5)]
    header = ("figure", "measured", "goal", "baseline", "")
    for r in [header, tuple("-" * w for w in widths), *ROWS]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    return 0 if all(r[4] != "MISSED" for r in ROWS) else 1


if __name__ == "__main__":
    sys.exit(main())
