"""How each event changes the state: `apply(state, event) -> state`, and `fold` over a log.

Every rule returns a new state and never mutates; `validate` (app/core/rules.py) has already
refused anything impossible, so a rule here only records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import reduce, singledispatch

from app.core import events as ev
from app.core.case import Case
from app.core.court import CourtModel
from app.core.lang import Msg
from app.core.state import EMPTY, Challenge, Influence, Meta, Round, SessionState, Stage, Stance, Vote


def apply(state: SessionState, event: ev.Event) -> SessionState:
    """The state after one more event."""
    new = _RULES[type(event)](event, state)
    return SessionState(state.seq + 1, *new[1:])


def fold(events: Iterable[ev.Event], state: SessionState = EMPTY) -> SessionState:
    return reduce(apply, events, state)


@singledispatch
def _apply(event: ev.Event, state: SessionState) -> SessionState:
    raise TypeError(f"no fold rule for {type(event).__name__}")


def _st(state: SessionState, **changes) -> SessionState:
    return state._replace(**changes)


def _people(state: SessionState, **changes) -> SessionState:
    return _st(state, people=replace(state.people, **changes))


def _set_round(s: SessionState, r: Round) -> SessionState:
    # the hot path of long deliberations: positional construction, no _replace
    return SessionState(s.seq, s.meta, s.people, s.phase, s.stages, s.past_rounds, r, s.votes, s.outcome,
                        s.notes, s.void)


def _set_vote(state: SessionState, v: Vote) -> SessionState:
    return _st(state, votes=(*state.votes[:-1], v))


# --- setting up -----------------------------------------------------------------------------

def _stages(case: Case) -> dict[str, Stage]:
    stages = {"opening": Stage("opening")}
    stages.update({item.id: Stage(item.id) for item in (*case.evidence, *case.witnesses)})
    stages["closing"] = Stage("closing")
    return stages


@_apply.register
def _(e: ev.SessionCreated, s: SessionState) -> SessionState:
    case, model = Case.from_dict(e.case), CourtModel.from_dict(e.model)
    return _st(s, meta=Meta(e.session_id, e.title, case, model, e.ballot, e.lang), stages=_stages(case))


@_apply.register
def _(e: ev.CourtChosen, s: SessionState) -> SessionState:
    case, model = Case.from_dict(e.case), CourtModel.from_dict(e.model)
    return _st(s, meta=replace(s.meta, case=case, model=model), stages=_stages(case))


@_apply.register
def _(e: ev.PrivacySet, s: SessionState) -> SessionState:
    meta = replace(s.meta, ballot=e.ballot, voter_codes=e.voter_codes, anonymous_exports=e.anonymous_exports,
                   pin_hash=e.pin_hash, privacy_set=True)
    return _st(s, meta=meta)


@_apply.register
def _(e: ev.VoterCodesIssued, s: SessionState) -> SessionState:
    return _st(s, meta=replace(s.meta, voter_codes_issued=dict(e.codes)))


@_apply.register
def _(e: ev.JuryReset, s: SessionState) -> SessionState:
    seats = {k: v for k, v in s.people.seats.items() if not k.startswith("juror-")}
    return _people(s, seats=seats, pool=(), pool_seed=None, questioning={}, challenges=(), lot_seed=None,
                   reserves=(), empanelled=False)


@_apply.register
def _(e: ev.ParticipantAdded, s: SessionState) -> SessionState:
    return _people(s, names={**s.people.names, e.member_id: e.name})


@_apply.register
def _(e: ev.ParticipantRenamed, s: SessionState) -> SessionState:
    return _people(s, names={**s.people.names, e.member_id: e.name})


@_apply.register
def _(e: ev.ParticipantRemoved, s: SessionState) -> SessionState:
    return _people(s, names={k: v for k, v in s.people.names.items() if k != e.member_id})


@_apply.register
def _(e: ev.JuryPoolDrawn, s: SessionState) -> SessionState:
    return _people(s, pool=e.candidates, pool_seed=e.seed)


@_apply.register
def _(e: ev.CandidateQuestioned, s: SessionState) -> SessionState:
    notes = s.people.questioning.get(e.member_id, ())
    return _people(s, questioning={**s.people.questioning, e.member_id: (*notes, e.note)})


@_apply.register
def _(e: ev.ChallengeUsed, s: SessionState) -> SessionState:
    return _people(s, challenges=(*s.people.challenges, Challenge(e.member_id, e.side, e.kind, e.reason)))


@_apply.register
def _(e: ev.ChallengeWithdrawn, s: SessionState) -> SessionState:
    return _people(s, challenges=tuple(c for c in s.people.challenges if c.member_id != e.member_id))


@_apply.register
def _(e: ev.JuryEmpanelled, s: SessionState) -> SessionState:
    seats = dict(s.people.seats)
    seats.update({f"juror-{i}": m for i, m in enumerate(e.jurors, 1)})
    return _people(s, seats=seats, reserves=e.reserves, lot_seed=e.seed, empanelled=True)


@_apply.register
def _(e: ev.SeatAssigned, s: SessionState) -> SessionState:
    seats = {k: v for k, v in s.people.seats.items() if v != e.member_id}
    seats[e.seat] = e.member_id
    return _people(s, seats=seats)


@_apply.register
def _(e: ev.SeatVacated, s: SessionState) -> SessionState:
    return _people(s, seats={k: v for k, v in s.people.seats.items() if k != e.seat})


@_apply.register
def _(e: ev.SeatsSwapped, s: SessionState) -> SessionState:
    seats = dict(s.people.seats)
    a, b = seats.pop(e.seat_a, None), seats.pop(e.seat_b, None)
    if a is not None:
        seats[e.seat_b] = a
    if b is not None:
        seats[e.seat_a] = b
    return _people(s, seats=seats)


@_apply.register
def _(e: ev.JurorDischarged, s: SessionState) -> SessionState:
    people = s.people
    seats = dict(people.seats)
    gone = seats.pop(e.seat)
    reserves = people.reserves
    if reserves:
        seats[e.seat], reserves = reserves[0], reserves[1:]
    s = _people(s, seats=seats, reserves=reserves, discharged=(*people.discharged, gone))
    model = s.meta.model
    sitting = len(s.people.seated("juror"))
    if model and sitting < model.seats.lay_min and s.void is None:
        key = "session.trial_void" if model.seats.below_min == "void" else "session.jury_discharged"
        s = _st(s, void=Msg.of(key, sitting=sitting, minimum=model.seats.lay_min))
    return s


# --- the trial ------------------------------------------------------------------------------

@_apply.register
def _(e: ev.PhaseStarted, s: SessionState) -> SessionState:
    return _st(s, phase=e.phase)


def _stage(s: SessionState, stage_id: str, **changes) -> SessionState:
    return _st(s, stages={**s.stages, stage_id: replace(s.stages[stage_id], **changes)})


@_apply.register
def _(e: ev.StageStarted, s: SessionState) -> SessionState:
    return _stage(s, e.stage_id, status="running")


@_apply.register
def _(e: ev.StageEnded, s: SessionState) -> SessionState:
    stage = s.stages[e.stage_id]
    return _stage(s, e.stage_id, status="done", seconds=stage.seconds + e.seconds, note=e.note or stage.note)


@_apply.register
def _(e: ev.ObjectionRaised, s: SessionState) -> SessionState:
    return _stage(s, e.stage_id, objections=(*s.stages[e.stage_id].objections, (e.side, "")))


@_apply.register
def _(e: ev.ObjectionRuled, s: SessionState) -> SessionState:
    objections = s.stages[e.stage_id].objections
    side, _ = objections[-1]
    return _stage(s, e.stage_id, objections=(*objections[:-1], (side, e.ruling)))


# --- deliberation ---------------------------------------------------------------------------

@_apply.register
def _(e: ev.RoundStarted, s: SessionState) -> SessionState:
    past = (*s.past_rounds, s.round) if s.round else s.past_rounds
    return _st(s, past_rounds=past, round=Round(e.round_no))


@_apply.register
def _(e: ev.SpeechTimed, s: SessionState) -> SessionState:
    r = s.round
    talk = {**r.talk, e.member_id: r.talk.get(e.member_id, 0) + e.seconds}
    turns = {**r.turns, e.member_id: r.turns.get(e.member_id, 0) + 1}
    return _set_round(s, Round(r.no, r.open, r.seconds, talk, turns, r.stances, r.influence, r.revealed))


@_apply.register
def _(e: ev.RoundEnded, s: SessionState) -> SessionState:
    return _set_round(s, s.round._replace(open=False, seconds=e.seconds))


@_apply.register
def _(e: ev.StanceRecorded, s: SessionState) -> SessionState:
    r = s.round
    stances = {**r.stances, e.member_id: Stance(e.stance, e.confidence, e.open)}
    return _set_round(s, Round(r.no, r.open, r.seconds, r.talk, r.turns, stances, r.influence, r.revealed))


@_apply.register
def _(e: ev.InfluenceReported, s: SessionState) -> SessionState:
    r = s.round
    influence = (*r.influence, Influence(e.member_id, e.source_id, e.toward))
    return _set_round(s, Round(r.no, r.open, r.seconds, r.talk, r.turns, r.stances, influence, r.revealed))


@_apply.register
def _(e: ev.StancesRevealed, s: SessionState) -> SessionState:
    if s.round.no == e.round_no:
        return _set_round(s, s.round._replace(revealed=True))
    past = tuple(r._replace(revealed=True) if r.no == e.round_no else r for r in s.past_rounds)
    return _st(s, past_rounds=past)


# --- voting and verdict ---------------------------------------------------------------------

@_apply.register
def _(e: ev.VotingOpened, s: SessionState) -> SessionState:
    return _st(s, votes=(*s.votes, Vote(e.vote_no, e.question_ids)), phase="voting")


@_apply.register
def _(e: ev.VoterMarked, s: SessionState) -> SessionState:
    v = s.votes[-1]
    return _set_vote(s, replace(v, voters=tuple(sorted((*v.voters, e.member_id)))))


@_apply.register
def _(e: ev.BallotCast, s: SessionState) -> SessionState:
    v = s.votes[-1]
    return _set_vote(s, replace(v, voters=tuple(sorted((*v.voters, e.member_id))),
                                open_ballots={**v.open_ballots, e.member_id: e.answers}))


@_apply.register
def _(e: ev.VoteAnnulled, s: SessionState) -> SessionState:
    return _st(_set_vote(s, replace(s.votes[-1], annulled=True, reason=e.reason)), phase="deliberation")


@_apply.register
def _(e: ev.BallotsRevealed, s: SessionState) -> SessionState:
    v = s.votes[-1]
    ballots = e.ballots or tuple(sorted((s.people.role_of(m) or "", a) for m, a in v.open_ballots.items()))
    return _set_vote(s, replace(v, revealed=True, ballots=ballots))


@_apply.register
def _(e: ev.VerdictDeclared, s: SessionState) -> SessionState:
    outcome = replace(s.outcome, verdict=e.verdict, vote_no=e.vote_no, answers=e.answers, hung=False)
    return _st(s, outcome=outcome, phase="verdict")


@_apply.register
def _(e: ev.HungJuryDeclared, s: SessionState) -> SessionState:
    return _st(s, outcome=replace(s.outcome, hung=True, vote_no=e.vote_no), phase="verdict")


@_apply.register
def _(e: ev.SentenceRoundVoted, s: SessionState) -> SessionState:
    return _st(s, outcome=replace(s.outcome, sentence_rounds=(*s.outcome.sentence_rounds, e.ballots)))


@_apply.register
def _(e: ev.SentenceDeclared, s: SessionState) -> SessionState:
    return _st(s, outcome=replace(s.outcome, sentence=e.text, sentence_years=e.years, sentence_by=e.by))


@_apply.register
def _(e: ev.NoteAdded, s: SessionState) -> SessionState:
    return _st(s, notes=(*s.notes, (e.member_id, e.text)))


@_apply.register
def _(e: ev.NoteWithdrawn, s: SessionState) -> SessionState:
    notes = list(s.notes)
    notes[e.note_no - 1] = ("", "")
    return _st(s, notes=tuple(notes))


@_apply.register
def _(e: ev.SessionClosed, s: SessionState) -> SessionState:
    return _st(s, phase="closed")


_RULES = _apply.registry  # exact event type -> rule (dispatch without singledispatch's cache)


def phase_after(event: ev.Event) -> str | None:
    """The phase an event moves the session to, if it moves it (for listings that do not fold)."""
    if isinstance(event, ev.PhaseStarted):
        return event.phase
    return _PHASE_OF.get(type(event))


_PHASE_OF = {ev.VotingOpened: "voting", ev.VoteAnnulled: "deliberation", ev.VerdictDeclared: "verdict",
             ev.HungJuryDeclared: "verdict", ev.SessionClosed: "closed"}
PHASE_EVENTS = ("PhaseStarted", *(cls.__name__ for cls in _PHASE_OF))
