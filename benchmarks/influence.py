"""The influence network of a big deliberation: 40 members, 30 rounds, about 2,000 reports."""

from __future__ import annotations

import random
import statistics
import time

from app.core import events as ev
from app.core.fold import fold


def big_deliberation(members: int = 40, rounds: int = 30, seed: int = 3):
    """A kz-2007 lesson of `members` students deliberating `rounds` rounds (every stance moves)."""
    from benchmarks.sessions import big_session

    head = [e for e in big_session(200, members) if not isinstance(e, ev.RoundStarted)]
    head = head[: next(i for i, e in enumerate(head) if isinstance(e, ev.SpeechTimed))]
    state = fold(head)
    panel = list(state.deliberators().values())
    seated = [m for m in state.people.seats.values()]
    rng, events = random.Random(seed), []
    for r in range(1, rounds + 1):
        events.append(ev.RoundStarted(r))
        events += [ev.SpeechTimed(r, rng.choice(panel), rng.randint(10, 120)) for _ in range(20)]
        events.append(ev.RoundEnded(r, 600))
        for m in panel:
            events.append(ev.StanceRecorded(r, m, rng.choice(ev.STANCES), rng.randint(0, 100)))
        reporters = rng.sample(panel, min(len(panel), 11))
        for m in reporters:
            for src in rng.sample([p for p in seated if p != m], 6):
                events.append(ev.InfluenceReported(r, m, src, rng.choice(["guilty", "not_guilty"])))
    return fold(events, state)


def _median(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def measure() -> tuple[float, float, float, int]:
    """(cold build + cumulated graph + metrics, one round's graph, a naive full rebuild per round) in s."""
    from app.core import influence
    from app.core.metrics import Metrics

    state = big_deliberation()
    reports = sum(len(r.influence) for r in state.rounds)

    def first_frame():
        influence._cache.clear()  # a cold start: nothing built yet for this state
        influence.influence_graph(state)
        Metrics.compute(state)

    whole = _median(first_frame)
    one = _median(lambda: influence.influence_graph(state, 15))
    def naive():  # rebuild everything for every round, as a redraw without the shared build would
        for r in range(1, 31):
            influence._cache.clear()
            influence.influence_graph(state, r)
            Metrics.compute(state)

    naive_all = _median(naive, runs=3) / 30
    return whole, one, naive_all, reports
