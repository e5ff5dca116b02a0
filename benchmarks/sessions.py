"""Big sessions for the benchmarks, built by the real fold (validate is skipped for speed)."""

from __future__ import annotations

import random

from app import paths
from app.core import events as ev
from app.core.case import load_case
from app.core.court import load_model
from app.core.fold import apply
from app.core.selection import lot_for, pool_for
from app.core.state import EMPTY


def big_session(n_events: int = 100_000, members: int = 40, seed: int = 1) -> list:
    """A kz-2007 lesson with many deliberation rounds: speeches, stances, influence, notes."""
    rng = random.Random(seed)
    case = load_case(next((paths.resources() / "cases").glob("*.alqa-case.json")))
    model = load_model(paths.resources() / "court_models" / "kz-2007.json")
    events = [ev.SessionCreated("bench", "Benchmark", case.to_dict(), model.to_dict())]
    events += [ev.ParticipantAdded(f"p{i}", f"Member {i}") for i in range(1, members + 1)]
    events += [ev.SeatAssigned("judge-1", "p1"), ev.SeatAssigned("judge-2", "p2")]
    state = EMPTY
    for e in events:
        state = apply(state, e)
    pool = ev.JuryPoolDrawn(1, pool_for(state, 1))
    state = apply(state, pool)
    jury = ev.JuryEmpanelled(2, *lot_for(state, 2))
    state = apply(state, jury)
    events += [pool, jury, ev.PhaseStarted("trial"), ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")]
    panel = list(apply(state, jury).deliberators().values())
    round_no = 0
    while len(events) < n_events:
        round_no += 1
        events.append(ev.RoundStarted(round_no))
        for _ in range(60):
            events.append(ev.SpeechTimed(round_no, rng.choice(panel), rng.randint(5, 120)))
        events.append(ev.RoundEnded(round_no, 900))
        for m in panel:
            events.append(ev.StanceRecorded(round_no, m, rng.choice(ev.STANCES), rng.randint(0, 100)))
            for src in rng.sample([p for p in panel if p != m], 2):
                events.append(ev.InfluenceReported(round_no, m, src, rng.choice(["guilty", "not_guilty"])))
        events.append(ev.StancesRevealed(round_no))
        events.append(ev.NoteAdded(f"Round {round_no} done"))
    return events[:n_events]
