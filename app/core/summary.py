"""A session at a glance, as plain data: what `alqa scenario run` and `sessions show` print.

Nothing private is in it: stance counts only for revealed rounds, tallies only for revealed
votes, and never who gave which stance or ballot.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from app.core.state import SessionState


def _tally(vote) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {q: {"yes": 0, "no": 0, "blank": 0} for q in vote.questions}
    for _, answers in vote.ballots:
        for question, answer in answers:
            out[question][answer] += 1
    return out


def summarize(state: SessionState) -> dict[str, Any]:
    meta, people = state.meta, state.people
    rounds = []
    for r in state.rounds:
        entry: dict[str, Any] = {"round": r.no, "seconds": r.seconds, "stances_given": len(r.stances),
                                 "speaking_turns": sum(r.turns.values()), "revealed": r.revealed}
        if r.revealed:
            counts = Counter(s.stance for s in r.stances.values())
            entry["stances"] = {k: counts.get(k, 0) for k in ("guilty", "not_guilty", "undecided")}
        rounds.append(entry)
    votes = []
    for v in state.votes:
        entry = {"vote": v.no, "questions": list(v.questions), "voted": len(v.voters),
                 "revealed": v.revealed, "annulled": v.annulled}
        if v.revealed and not v.annulled:
            entry["tally"] = _tally(v)
        votes.append(entry)
    outcome = state.outcome
    return {
        "session_id": meta.session_id,
        "title": meta.title,
        "case": meta.case.id if meta.case else None,
        "model": meta.model.id if meta.model else None,
        "ballot": meta.ballot,
        "phase": state.phase,
        "events": state.seq,
        "participants": len(people.names),
        "seats": {seat: people.names.get(m, m) for seat, m in sorted(people.seats.items())},
        "reserves": [people.names.get(m, m) for m in people.reserves],
        "challenges": len(people.challenges),
        "rounds": rounds,
        "deliberation_minutes": round(state.deliberation_seconds / 60, 1),
        "votes": votes,
        "verdict": outcome.verdict if outcome.verdict else ("hung" if outcome.hung else None),
        "answers": dict(outcome.answers),
        "sentence": outcome.sentence or None,
        "void": state.void.key if state.void else None,
    }
