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


def _fsync_block(fd: int, n: int, append: bool) -> list[float]:
    """One small write plus fsync: appended to a growing file (a log), or over the same bytes."""
    out = []
    for i in range(n):
        t = time.perf_counter()
        if append:
            os.write(fd, b"x" * 100)
        else:
            os.pwrite(fd, b"x" * 100, (i % 64) * 4096)
        os.fsync(fd)
        out.append(time.perf_counter() - t)
    return out


def _append_block(store: SessionStore, n: int, checkpoint_every: int = 0) -> list[float]:
    out = []
    for i in range(n):
        if checkpoint_every and i % checkpoint_every == 0:
            store.checkpoint()  # the app checkpoints when idle: the WAL is then reused, not grown
        e = ev.NoteAdded(f"note {i}")
        t = time.perf_counter()
        store.append(e)
        out.append(time.perf_counter() - t)
    return out


def _store(folder: Path, name: str, rollback: bool = False) -> SessionStore:
    from app.store import session as module

    saved = module._wal_unsafe
    if rollback:
        module._wal_unsafe = lambda _folder: True
    try:
        return SessionStore.create(folder / name, {"session_id": "bench"})
    finally:
        module._wal_unsafe = saved


def bench_append(folder: Path, n: int) -> None:
    """The disk's floor and Alqa's append, measured in interleaved blocks so drift hits both alike."""
    fd = os.open(folder / "fsync.bin", os.O_WRONLY | os.O_CREAT, 0o644)
    log = os.open(folder / "fsync-log.bin", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    disk, over, wal, growing, rollback = [], [], [], [], []
    with _store(folder, "wal.alqa") as store, _store(folder, "grow.alqa") as grow, \
            _store(folder, "rollback.alqa", rollback=True) as old:
        for _ in range(10):
            disk += _fsync_block(log, n // 10, append=True)
            over += _fsync_block(fd, n // 10, append=False)
            wal += _append_block(store, n // 10, checkpoint_every=100)
            growing += _append_block(grow, n // 10)
            rollback += _append_block(old, n // 40)
    os.close(fd)
    os.close(log)
    d50, d99 = statistics.median(disk), pct(disk, 0.99)
    o50, o99 = statistics.median(over), pct(over, 0.99)
    a50, a99, worst = statistics.median(wal), pct(wal, 0.99), max(wal)
    ms = 1000
    row("fsync floor: small append + fsync, p50 / p99", f"{d50*ms:.3f} / {d99*ms:.3f} ms", "the floor",
        f"overwrite + fsync {o50*ms:.3f} / {o99*ms:.3f} ms (append is {a50/o50:.2f}x / {a99/o99:.2f}x that)", None)
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


def bench_influence() -> None:
    from benchmarks.influence import measure

    whole, one, naive, reports = measure()
    row(f"influence: build + graph + metrics, 40 members x 30 rounds ({reports} reports)",
        f"{whole * 1000:.1f} ms", "well under the view's 50 ms", "", whole < 0.05)
    row("influence: one round's graph (core only)", f"{one * 1000:.1f} ms", "part of the slider's 16 ms",
        f"naive rebuild of everything {naive * 1000:.1f} ms", None)
    from benchmarks.network_view import measure as view_measure

    first, step, naive_view = view_measure()
    row("network view: build, lay out, draw the first frame (40 x 30)", f"{first * 1000:.1f} ms", "< 50 ms",
        "", first < 0.05)
    row("network view: slider one round, redrawn", f"{step * 1000:.1f} ms", "< 16 ms",
        f"naive new view per step {naive_view * 1000:.1f} ms", step < 0.016)


def bench_exports() -> None:
    from benchmarks.exports import measure

    for fmt, seconds in measure().items():
        row(f"export the example lesson as {fmt}", f"{seconds * 1000:.1f} ms", "< 100 ms (issue [6])", "",
            seconds < 0.1)


def bench_modules() -> None:
    """Every benchmarks/<name>.py with a `bench(row)` function adds its own figures."""
    import importlib
    import pkgutil

    import benchmarks

    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"benchmarks.{info.name}")
        if callable(getattr(module, "bench", None)):
            module.bench(row)


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
        bench_influence()
        bench_exports()
        bench_modules()
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
