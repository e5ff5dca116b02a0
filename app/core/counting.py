"""A revealed vote of a session, counted by the verdict engine under the session's court."""

from __future__ import annotations

from app.core.state import SessionState, Vote
from app.core.verdict import Ballot, Outcome, decide


def vote_outcome(state: SessionState, vote: Vote) -> Outcome:
    """What the opened ballot box decides, given the time deliberated and the jurors still sitting."""
    model, case = state.meta.model, state.meta.case
    by_id = {q.id: q for q in case.questions}
    ballots: dict[str, list[Ballot]] = {q: [] for q in vote.questions}
    for role, answers in vote.ballots:
        for question, answer in answers:
            ballots[question].append(Ballot(role, answer))
    return decide(model, [by_id[q] for q in vote.questions], ballots,
                  minutes=state.deliberation_seconds / 60, jurors_sitting=len(state.people.seated("juror")))


def verdict_answers(outcome: Outcome) -> tuple[tuple[str, str], ...]:
    return tuple((r.id, r.answer) for r in outcome.questions)
