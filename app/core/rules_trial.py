"""What can happen from the trial on: stages, deliberation rounds, votes, the verdict."""

from __future__ import annotations

from app.core import events as ev
from app.core.counting import verdict_answers, vote_outcome
from app.core.rules import (
    MAX_SECONDS,
    NEXT_PHASE,
    AlreadyDone,
    BadValue,
    NotAllowed,
    UnknownMember,
    WrongPhase,
    _choice,
    _member,
    _name,
    _no,
    _phase,
    _seconds,
    _validate,
)
from app.core.state import SessionState, Vote

# --- phases and trial stages ----------------------------------------------------------------


@_validate.register
def _(e: ev.PhaseStarted, s: SessionState) -> None:
    _choice(e.phase, tuple(NEXT_PHASE), "phase")
    _phase(s, *NEXT_PHASE[e.phase])
    model, people = s.meta.model, s.people
    if e.phase == "trial":
        if not people.empanelled:
            raise _no(WrongPhase, "rule.jury_not_empanelled")
        if len(people.seated("judge")) < model.seats.judges:
            raise _no(WrongPhase, "rule.judges_missing", seated=len(people.seated("judge")), need=model.seats.judges)
    running = [st.id for st in s.stages.values() if st.status == "running"]
    if e.phase == "charge" and running:
        raise _no(WrongPhase, "rule.stage_running", stage=running[0])
    if e.phase == "deliberation" and s.phase == "voting" and not (s.vote and s.vote.revealed):
        raise _no(WrongPhase, "rule.vote_in_progress")
    if e.phase == "sentencing" and s.outcome.verdict != "guilty":
        raise _no(NotAllowed, "rule.no_sentence_after_acquittal")


def _stage(s: SessionState, stage_id: str):
    _phase(s, "trial")
    if stage_id not in s.stages:
        raise _no(BadValue, "rule.no_such_stage", stage=stage_id)
    return s.stages[stage_id]


def _pending_objection(stage) -> bool:
    return bool(stage.objections) and stage.objections[-1][1] == ""


@_validate.register
def _(e: ev.StageStarted, s: SessionState) -> None:
    stage = _stage(s, e.stage_id)
    running = [st.id for st in s.stages.values() if st.status == "running"]
    if running:
        raise _no(WrongPhase, "rule.stage_running", stage=running[0])
    if stage.status == "running":
        raise _no(AlreadyDone, "rule.stage_running", stage=stage.id)


@_validate.register
def _(e: ev.StageEnded, s: SessionState) -> None:
    stage = _stage(s, e.stage_id)
    if stage.status != "running":
        raise _no(WrongPhase, "rule.stage_not_running", stage=stage.id)
    if _pending_objection(stage):
        raise _no(WrongPhase, "rule.objection_pending")
    _seconds(e.seconds)


@_validate.register
def _(e: ev.ObjectionRaised, s: SessionState) -> None:
    stage = _stage(s, e.stage_id)
    _choice(e.side, ("prosecution", "defence"), "side")
    if stage.status != "running":
        raise _no(WrongPhase, "rule.stage_not_running", stage=stage.id)
    if _pending_objection(stage):
        raise _no(AlreadyDone, "rule.objection_pending")


@_validate.register
def _(e: ev.ObjectionRuled, s: SessionState) -> None:
    stage = _stage(s, e.stage_id)
    _choice(e.ruling, ("sustained", "overruled"), "ruling")
    if not _pending_objection(stage):
        raise _no(WrongPhase, "rule.no_objection")


# --- deliberation ---------------------------------------------------------------------------

def _current_round(s: SessionState, round_no: int, *, must_be_open: bool):
    _phase(s, "deliberation")
    r = s.round
    if r is None or r.no != round_no:
        raise _no(WrongPhase, "rule.not_current_round", round=round_no)
    if must_be_open and not r.open:
        raise _no(WrongPhase, "rule.round_ended", round=round_no)
    return r


def _deliberator(s: SessionState, member_id: str) -> None:
    _member(s, member_id)
    if member_id not in s.deliberators().values():
        raise _no(NotAllowed, "rule.not_on_panel", name=_name(s, member_id))


@_validate.register
def _(e: ev.RoundStarted, s: SessionState) -> None:
    _phase(s, "deliberation")
    if s.round and s.round.open:
        raise _no(AlreadyDone, "rule.round_open", round=s.round.no)
    if e.round_no != len(s.rounds) + 1:
        raise _no(BadValue, "rule.round_number", expected=len(s.rounds) + 1, got=e.round_no)


@_validate.register
def _(e: ev.SpeechTimed, s: SessionState) -> None:
    _current_round(s, e.round_no, must_be_open=True)
    _deliberator(s, e.member_id)
    if not 1 <= e.seconds <= MAX_SECONDS:
        raise _no(BadValue, "rule.out_of_range", field="seconds", minimum=1, maximum=MAX_SECONDS, value=e.seconds)


@_validate.register
def _(e: ev.RoundEnded, s: SessionState) -> None:
    _current_round(s, e.round_no, must_be_open=True)
    _seconds(e.seconds)


@_validate.register
def _(e: ev.StanceRecorded, s: SessionState) -> None:
    r = _current_round(s, e.round_no, must_be_open=False)
    _deliberator(s, e.member_id)
    _choice(e.stance, ev.STANCES, "stance")
    if not 0 <= e.confidence <= 100:
        raise _no(BadValue, "rule.out_of_range", field="confidence", minimum=0, maximum=100, value=e.confidence)
    if e.member_id in r.stances:
        raise _no(AlreadyDone, "rule.stance_given", name=_name(s, e.member_id), round=e.round_no)


@_validate.register
def _(e: ev.InfluenceReported, s: SessionState) -> None:
    r = _current_round(s, e.round_no, must_be_open=False)
    _deliberator(s, e.member_id)
    _member(s, e.source_id)
    _choice(e.toward, ("guilty", "not_guilty"), "toward")
    if e.source_id == e.member_id or not s.people.seat_of(e.source_id):
        raise _no(UnknownMember, "rule.bad_influence_source", name=_name(s, e.source_id))
    if any(i.member_id == e.member_id and i.source_id == e.source_id for i in r.influence):
        raise _no(AlreadyDone, "rule.influence_given", name=_name(s, e.source_id))


@_validate.register
def _(e: ev.StancesRevealed, s: SessionState) -> None:
    r = next((r for r in s.rounds if r.no == e.round_no), None)
    if r is None:
        raise _no(WrongPhase, "rule.not_current_round", round=e.round_no)
    if r.revealed:
        raise _no(AlreadyDone, "rule.already_revealed")


# --- voting and verdict ---------------------------------------------------------------------

def allowed_questions(s: SessionState) -> tuple[str, ...]:
    """The ids of the questions this court puts on this case, in order."""
    model, case = s.meta.model, s.meta.case
    return tuple(q.id for q in case.questions_for(model.question_form, model.leniency))


def _open_vote(s: SessionState, vote_no: int) -> Vote:
    _phase(s, "voting")
    v = s.vote
    if v is None or v.no != vote_no or v.closed:
        raise _no(WrongPhase, "rule.no_open_vote", vote=vote_no)
    return v


def _voter(s: SessionState, v: Vote, member_id: str) -> None:
    _member(s, member_id)
    if member_id not in s.panel().values():
        raise _no(NotAllowed, "rule.not_a_voter", name=_name(s, member_id))
    if member_id in v.voters:
        raise _no(AlreadyDone, "rule.already_voted", name=_name(s, member_id))


def check_answers(s: SessionState, v: Vote, answers: tuple) -> None:
    """A ballot answers each question of the vote once, with an answer the court allows."""
    allowed = ("yes", "no") if s.meta.model.blank == "refused" else ("yes", "no", "blank")
    if not all(isinstance(a, tuple) and len(a) == 2 and all(isinstance(x, str) for x in a) for a in answers):
        raise _no(BadValue, "rule.bad_ballot")
    if tuple(q for q, _ in answers) != v.questions:
        raise _no(BadValue, "rule.ballot_questions", expected=", ".join(v.questions))
    for _, answer in answers:
        if answer == "blank" and "blank" not in allowed:
            raise _no(NotAllowed, "rule.no_abstention")
        _choice(answer, allowed, "answer")


@_validate.register
def _(e: ev.VotingOpened, s: SessionState) -> None:
    _phase(s, "deliberation")
    if s.round and s.round.open:
        raise _no(WrongPhase, "rule.round_open", round=s.round.no)
    if e.vote_no != len(s.votes) + 1:
        raise _no(BadValue, "rule.vote_number", expected=len(s.votes) + 1, got=e.vote_no)
    allowed = allowed_questions(s)
    if not e.question_ids or len(set(e.question_ids)) != len(e.question_ids) or \
            any(q not in allowed for q in e.question_ids):
        raise _no(BadValue, "rule.ballot_questions", expected=", ".join(allowed))


@_validate.register
def _(e: ev.VoterMarked, s: SessionState) -> None:
    v = _open_vote(s, e.vote_no)
    if s.meta.ballot != "secret":
        raise _no(NotAllowed, "rule.open_session_names_ballots")
    _voter(s, v, e.member_id)


@_validate.register
def _(e: ev.BallotCast, s: SessionState) -> None:
    v = _open_vote(s, e.vote_no)
    if s.meta.ballot != "open":
        raise _no(NotAllowed, "rule.secret_session_no_names")
    _voter(s, v, e.member_id)
    check_answers(s, v, e.answers)


@_validate.register
def _(e: ev.VoteAnnulled, s: SessionState) -> None:
    _phase(s, "voting")
    v = s.vote
    if v is None or v.no != e.vote_no or v.annulled:
        raise _no(WrongPhase, "rule.no_open_vote", vote=e.vote_no)
    if v.revealed:  # once the tally is seen, throwing the vote away would let the result choose the rerun
        raise _no(NotAllowed, "rule.annul_after_reveal")
    if not e.reason.strip():
        raise _no(BadValue, "rule.reason_needed")


@_validate.register
def _(e: ev.BallotsRevealed, s: SessionState) -> None:
    v = _open_vote(s, e.vote_no)
    missing = len(s.panel()) - len(v.voters)
    if missing:
        raise _no(WrongPhase, "rule.votes_missing", missing=missing)
    if s.meta.ballot == "open":
        if e.ballots:
            raise _no(BadValue, "rule.bad_ballot")
        return
    if len(e.ballots) != len(v.voters):
        raise _no(BadValue, "rule.ballot_count", ballots=len(e.ballots), voters=len(v.voters))
    roles = sorted(role for role, _ in e.ballots)
    if roles != sorted(s.people.role_of(m) or "" for m in v.voters):
        raise _no(BadValue, "rule.bad_ballot")
    for _, answers in e.ballots:
        check_answers(s, v, answers)


def _revealed_vote(s: SessionState, vote_no: int) -> Vote:
    _phase(s, "voting")
    v = s.vote
    if v is None or v.no != vote_no or not v.revealed or v.annulled:
        raise _no(WrongPhase, "rule.vote_not_revealed", vote=vote_no)
    return v


@_validate.register
def _(e: ev.VerdictDeclared, s: SessionState) -> None:
    v = _revealed_vote(s, e.vote_no)
    _choice(e.verdict, ("guilty", "not_guilty"), "verdict")
    outcome = vote_outcome(s, v)
    if outcome.verdict == "none":
        raise _no(NotAllowed, "rule.no_verdict_yet", rule=outcome.rule)
    if e.verdict != outcome.verdict or tuple(e.answers) != verdict_answers(outcome):
        raise _no(BadValue, "rule.verdict_mismatch", rule=outcome.rule)


@_validate.register
def _(e: ev.HungJuryDeclared, s: SessionState) -> None:
    v = _revealed_vote(s, e.vote_no)
    if not s.meta.model.hung:
        raise _no(NotAllowed, "rule.no_hung_jury")
    outcome = vote_outcome(s, v)
    if outcome.verdict != "none":
        raise _no(NotAllowed, "rule.verdict_reached", rule=outcome.rule)


def sentence_ballots(state: SessionState, rounds) -> list:
    """The recorded sentencing rounds as the sentencing engine reads them."""
    from app.core.sentencing import Penalty, SentenceBallot

    return [[SentenceBallot(role, Penalty.parse(float(p) if p.replace(".", "", 1).isdigit() else p) if p else None)
             for role, p in ballots] for ballots in rounds]


@_validate.register
def _(e: ev.SentenceRoundVoted, s: SessionState) -> None:
    from app.core.sentencing import sentence

    _phase(s, "sentencing")
    if e.round_no != len(s.outcome.sentence_rounds) + 1 or s.outcome.sentence:
        raise _no(BadValue, "rule.round_number", expected=len(s.outcome.sentence_rounds) + 1, got=e.round_no)
    if not all(isinstance(b, tuple) and len(b) == 2 and all(isinstance(x, str) for x in b) for b in e.ballots):
        raise _no(BadValue, "rule.bad_ballot")
    try:  # the engine checks roles, counts and proposals against this court's sentencing rules
        sentence(s.meta.model, sentence_ballots(s, (*s.outcome.sentence_rounds, e.ballots)),
                 jurors_sitting=len(s.people.seated("juror")))
    except ValueError as exc:
        raise _no(BadValue, "rule.bad_ballot") from exc


@_validate.register
def _(e: ev.SentenceDeclared, s: SessionState) -> None:
    _phase(s, "sentencing")
    _choice(e.by, ("judge", "panel"), "by")
    if not e.text.strip():
        raise _no(BadValue, "rule.empty_text", field="text")
    if e.years is not None and not 0 <= e.years <= 100:
        raise _no(BadValue, "rule.out_of_range", field="years", minimum=0, maximum=100, value=e.years)


# --- anytime --------------------------------------------------------------------------------

@_validate.register
def _(e: ev.NoteAdded, s: SessionState) -> None:
    if not e.text.strip():
        raise _no(BadValue, "rule.empty_text", field="text")
    if e.member_id:
        _member(s, e.member_id)


@_validate.register
def _(e: ev.NoteWithdrawn, s: SessionState) -> None:
    if not 1 <= e.note_no <= len(s.notes) or s.notes[e.note_no - 1] == ("", ""):
        raise _no(BadValue, "rule.no_such_note", note=e.note_no)


@_validate.register
def _(e: ev.SessionClosed, s: SessionState) -> None:
    return None
