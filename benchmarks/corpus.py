"""Big exports (issue [6]): a 100,000-event session to JSON and CSV, and a corpus of 1,000 sessions
to CSV in bounded memory, each beside a naive baseline. Figures: docs/performance.md."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS_SESSIONS = 1000


def big_lesson(n_events: int = 100_000) -> list:
    """benchmarks.sessions.big_session (40 students, about 1,000 deliberation rounds of speeches,
    stance checks, influence reports and notes), ended by a secret vote on the three questions,
    its revealed ballots and the verdict: every table of the CSV export gets rows. The vote's
    events are checked by the rules."""
    from app.core import events as ev
    from app.core.counting import verdict_answers, vote_outcome
    from app.core.fold import apply
    from app.core.rules import validate
    from app.core.rules_trial import allowed_questions
    from app.core.state import EMPTY
    from benchmarks.sessions import big_session

    events = big_session(n_events)
    cut = max(i for i, e in enumerate(events[: n_events - 40]) if isinstance(e, ev.NoteAdded)) + 1
    head = events[:cut]  # whole rounds only: the last one ends with its note
    state = EMPTY
    for e in head:
        state = apply(state, e)
    voters = list(state.deliberators().values())
    questions = tuple(allowed_questions(state))
    tail = [ev.VotingOpened(1, questions)]
    tail += [ev.VoterMarked(1, m) for m in voters]
    answers = [tuple((q, "yes" if i % 3 else "no") for q in questions) for i in range(len(voters))]
    tail.append(ev.BallotsRevealed(1, tuple(sorted((state.people.role_of(m) or "", a)
                                                   for m, a in zip(voters, answers, strict=True)))))
    for e in tail:
        validate(state, e)
        state = apply(state, e)
    outcome = vote_outcome(state, state.vote)
    tail.append(ev.VerdictDeclared(1, outcome.verdict, verdict_answers(outcome)))
    validate(state, tail[-1])
    notes = [ev.NoteAdded(f"Debrief note {i}") for i in range(n_events - len(head) - len(tail))]
    return head + tail + notes


def _raw_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT seq, at, type, version, payload FROM events ORDER BY seq").fetchall()


def measure_big(folder: Path, n: int = 100_000, repeat: int = 3) -> dict[str, float]:
    """Median seconds to export a big session to JSON and to a CSV zip (warm: modules loaded),
    and the naive baselines: the raw event rows dumped as JSON, and written as one CSV table."""
    from collections import Counter

    from app.store.exports import export_session, load
    from app.store.session import SessionStore

    events = big_lesson(n)
    path = folder / "big.alqa"
    with SessionStore.create(path, {"session_id": "big"}) as store:
        store.append_many(events)
    state = load(path).state
    assert state.seq == n and state.outcome.verdict and len(state.rounds) > 900, "a lesson that ends in a verdict"
    out: dict[str, float] = {"kinds": len(Counter(type(e).__name__ for e in events))}
    export_session(path, "json", folder / "warm.json")  # imports and caches out of the figure
    for fmt, name in (("json", "big.json"), ("csv", "big-csv.zip")):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            export_session(path, fmt, folder / name)
            times.append(time.perf_counter() - t)
        out[fmt] = statistics.median(times)
    t = time.perf_counter()
    (folder / "naive.json").write_text(json.dumps([list(r) for r in _raw_rows(path)]), "utf-8")
    out["naive_json"] = time.perf_counter() - t
    t = time.perf_counter()
    buffer = io.StringIO()
    csv.writer(buffer).writerows(_raw_rows(path))
    (folder / "naive.csv").write_text(buffer.getvalue(), "utf-8")
    out["naive_csv"] = time.perf_counter() - t
    return out


def copy_session(source: Path, target: Path, session_id: str) -> None:
    """A copy of a closed session file under another session id (a corpus skips a session it has
    already read, so 1,000 plain copies would be one session)."""
    shutil.copyfile(source, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE meta SET value=? WHERE key='session_id'", (session_id,))
        conn.execute("UPDATE events SET payload=json_set(payload, '$.session_id', ?) WHERE seq=1", (session_id,))
    conn.close()


def demo_corpus(folder: Path, n: int = CORPUS_SESSIONS) -> Path:
    """`n` copies of the example lesson (the kz-2007 scenario, as benchmarks/exports.py plays it)."""
    from app import paths
    from app.store.scenario import run

    run(paths.resources() / "scenarios" / "kz-2007-embezzlement.json", folder / "demo.alqa")
    corpus = folder / "corpus"
    corpus.mkdir()
    for i in range(n):
        copy_session(folder / "demo.alqa", corpus / f"s{i:04}.alqa", f"demo{i:04}")
    return corpus


_CHILD = """
import resource, sys, time
from pathlib import Path
from app.store.exports import Naming, load
from app.store.export_csv import tables
import app.store.corpus as corpus
corpus_dir, out, how = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]


def peak_kb():  # this process's peak RSS; on Linux VmHWM: ru_maxrss keeps the forking parent's peak across exec
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1)


before = peak_kb()
t = time.perf_counter()
if how == "stream":
    result = corpus.export_corpus([corpus_dir], out)
    sessions = result.sessions
else:  # naive: every session read first (as export_session reads one), then all rows written
    files, _ = corpus.corpus_files([corpus_dir])
    loaded = [load(path) for path in files]
    held = [(one.state.meta.session_id, tables(one.state, Naming(one.state))) for one in loaded]
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        for session_id, rows in held:
            for name, table in rows.items():
                for row in table:
                    handle.write(",".join(map(str, (name, session_id, *row))) + "\\n")
    sessions = len(held)
took = time.perf_counter() - t
print(before, peak_kb(), took, sessions)
"""


def measure_corpus(folder: Path, n: int = CORPUS_SESSIONS) -> dict[str, float]:
    """Peak resident memory (MB) and seconds of a corpus export run in a child process, streaming
    and naive; `base` is the child's peak before it exported anything (Python, Qt-free imports)."""
    corpus = demo_corpus(folder, n)
    out: dict[str, float] = {}
    for how, target in (("stream", folder / "corpus-csv.zip"), ("naive", folder / "naive.csv")):
        done = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), str(target), how],
                              capture_output=True, text=True, check=True)
        before, peak, took, sessions = done.stdout.split()[-4:]
        assert int(sessions) == n, done.stdout
        out[f"{how}_mb"], out[f"{how}_s"] = int(peak) / 1024, float(took)
        out["base_mb"] = int(before) / 1024
    return out


def bench(row) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = measure_big(Path(tmp))
    row("export a 100,000-event session as JSON", f"{big['json']:.2f} s", "< 2 s (issue [6])",
        f"naive json.dumps of the raw event rows {big['naive_json']:.2f} s", big["json"] < 2)
    row("export a 100,000-event session as CSV (zip)", f"{big['csv']:.2f} s", "< 2 s (issue [6])",
        f"naive csv of the raw event rows {big['naive_csv']:.2f} s", big["csv"] < 2)
    with tempfile.TemporaryDirectory() as tmp:
        c = measure_corpus(Path(tmp))
    row(f"corpus of {CORPUS_SESSIONS:,} demo sessions to CSV (zip): peak memory",
        f"{c['stream_mb']:.0f} MB ({c['stream_s']:.1f} s; {c['base_mb']:.0f} MB before)", "< 300 MB (issue [6])",
        f"every session read first, then written: {c['naive_mb']:.0f} MB ({c['naive_s']:.1f} s)", c["stream_mb"] < 300)


if __name__ == "__main__":
    def _print(*cells) -> None:
        print("  ".join(map(str, cells)))

    bench(_print)
