"""Properties: what is stored, closed and reopened folds to what was folded in memory, and a
refused event leaves the file byte-identical."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factory import NAMES, case, model, seated_script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import events as ev
from app.core.errors import RuleViolation
from app.core.fold import fold
from app.core.selection import lot_for, pool_for
from app.store.live import LiveSession

MEMBERS = [f"p{i}" for i in range(1, 16)]
SEATS = ["judge-1", "judge-2", "juror-1", "prosecutor", "defence", "clerk", "witness-w1", "witness-w9"]


def candidate(data, state) -> ev.Event:
    """Some event, valid or not, drawn with an eye on the current state."""
    member = data.draw(st.sampled_from(MEMBERS + ["ghost"]))
    other = data.draw(st.sampled_from(MEMBERS))
    seat = data.draw(st.sampled_from(SEATS))
    r = state.round.no if state.round else 1
    pool = state.people.pool
    seed = data.draw(st.integers(0, 3))
    makers = [
        lambda: ev.ParticipantAdded(member, data.draw(st.sampled_from(NAMES + ["", "x" * 150]))),
        lambda: ev.ParticipantRenamed(member, data.draw(st.sampled_from(NAMES))),
        lambda: ev.ParticipantRemoved(member),
        lambda: ev.SeatAssigned(seat, member),
        lambda: ev.SeatVacated(seat),
        lambda: ev.SeatsSwapped(seat, data.draw(st.sampled_from(SEATS))),
        lambda: ev.JuryPoolDrawn(seed, pool_for(state, seed) if state.created else ()),
        lambda: ev.ChallengeUsed(data.draw(st.sampled_from(pool or ("x",))), data.draw(st.sampled_from(
            ["prosecution", "defence", "court"])), data.draw(st.sampled_from(["peremptory", "for_cause"])), "r"),
        lambda: ev.JuryEmpanelled(seed, *lot_for(state, seed)) if pool else ev.JuryEmpanelled(seed, (), ()),
        lambda: ev.PhaseStarted(data.draw(st.sampled_from(["trial", "charge", "deliberation", "debrief"]))),
        lambda: ev.RoundStarted(data.draw(st.integers(1, 3))),
        lambda: ev.SpeechTimed(r, member, data.draw(st.integers(0, 200))),
        lambda: ev.RoundEnded(r, data.draw(st.integers(0, 900))),
        lambda: ev.StanceRecorded(r, member, data.draw(st.sampled_from(ev.STANCES)), data.draw(st.integers(0, 110))),
        lambda: ev.InfluenceReported(r, member, other, data.draw(st.sampled_from(["guilty", "not_guilty"]))),
        lambda: ev.StancesRevealed(r),
        lambda: ev.NoteAdded(data.draw(st.text(max_size=20)), data.draw(st.sampled_from(["", member]))),
    ]
    return data.draw(st.sampled_from(makers))()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():
            h.update(part.read_bytes())
    return h.hexdigest()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_reopened_session_folds_the_same_and_refusals_change_nothing(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("prop") / "s.alqa"
    accepted = []
    model_id = data.draw(st.sampled_from(["kz-2007", "kz-2010"]))
    start = data.draw(st.sampled_from(["class", "seated", "deliberating"]))
    with LiveSession.create(path, case(), model(model_id)) as live:
        accepted.append(next(live.store.events()))
        if start == "class":
            prelude = [ev.ParticipantAdded(m, NAMES[i]) for i, m in enumerate(MEMBERS[:12])]
        else:
            prelude = seated_script(model_id, n=15).events[1:]
            if start == "deliberating":
                prelude += [ev.PhaseStarted("trial"), ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")]
        for e in prelude:
            live.append(e)
            accepted.append(e)
        for _ in range(data.draw(st.integers(5, 60))):
            event = candidate(data, live.state)
            before = file_digest(path)
            try:
                live.append(event)
            except RuleViolation:
                assert file_digest(path) == before
                continue
            accepted.append(event)
        in_memory = live.state
    assert fold(accepted) == in_memory
    with LiveSession.open(path) as reopened:
        assert reopened.state == in_memory
