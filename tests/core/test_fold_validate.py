"""Every event type folds as it should, and every rule refuses what cannot happen."""

from __future__ import annotations

import pytest
from factory import case, created, deliberating, model, roster, run, seated, voting

from app.core import events as ev
from app.core import rules
from app.core.counting import verdict_answers, vote_outcome
from app.core.fold import apply, fold
from app.core.rules import validate
from app.core.rules_trial import allowed_questions
from app.core.selection import lot_for, pool_for
from app.core.state import EMPTY
from app.core.undo import inverse


def refused(state, event, error, key):
    with pytest.raises(error) as info:
        validate(state, event)
    assert info.value.msg.key == key
    return info.value


# --- setting up -----------------------------------------------------------------------------

def test_session_created_snapshots_case_and_model():
    state = run([created("kz-2010", "open")])
    assert state.created and state.seq == 1
    assert state.meta.model.seats.judges == 1 and state.meta.ballot == "open"
    assert state.meta.case.id == "mini"
    assert list(state.stages) == ["opening", "e1", "e2", "w1", "w2", "closing"]


def test_session_created_only_once_and_first():
    state = run([created()])
    refused(state, created(), rules.NotCreated, "rule.already_created")
    refused(EMPTY, ev.ParticipantAdded("p1", "A"), rules.NotCreated, "rule.not_created")


def test_session_created_refuses_bad_model_and_values():
    bad = model().to_dict()
    bad["seats"]["lay"] = 0
    refused(EMPTY, ev.SessionCreated("s", "t", case().to_dict(), bad), rules.RuleViolation, "model.too_small")
    refused(EMPTY, ev.SessionCreated("s", "t", case().to_dict(), model().to_dict(), "loud"), rules.BadValue,
            "rule.bad_choice")
    refused(EMPTY, ev.SessionCreated("s", "t", {"format": 1}, model().to_dict()), rules.RuleViolation,
            "case.field_missing")


def test_wrong_types_are_refused():
    state = run([created()])
    refused(state, ev.ParticipantAdded("p1", 5), rules.BadValue, "rule.bad_field")
    refused(state, ev.ParticipantAdded("p1", "x" * 20_000), rules.BadValue, "rule.text_too_long")


def test_participants_added_renamed_removed():
    state = run([created(), *roster(3), ev.ParticipantRenamed("p2", "Nursultan"), ev.ParticipantRemoved("p3")])
    assert state.people.names == {"p1": "Әйгерім", "p2": "Nursultan"}


@pytest.mark.parametrize(("event", "error", "key"), [
    (ev.ParticipantAdded("p1", "Someone"), rules.AlreadyDone, "rule.member_exists"),
    (ev.ParticipantAdded("p9", "әйгерім"), rules.AlreadyDone, "rule.name_taken"),
    (ev.ParticipantAdded("p9", "   "), rules.BadValue, "rule.bad_name"),
    (ev.ParticipantAdded("p9", "tab\tname"), rules.BadValue, "rule.bad_name"),
    (ev.ParticipantAdded("", "Nobody"), rules.BadValue, "rule.bad_field"),
    (ev.ParticipantRenamed("p7", "X"), rules.UnknownMember, "rule.unknown_member"),
    (ev.ParticipantRemoved("p7"), rules.UnknownMember, "rule.unknown_member"),
])
def test_roster_refusals(event, error, key):
    refused(run([created(), *roster(3)]), event, error, key)


def test_seated_member_cannot_be_removed():
    state = run([created(), *roster(3), ev.SeatAssigned("judge-1", "p1")])
    refused(state, ev.ParticipantRemoved("p1"), rules.NotAllowed, "rule.member_in_use")


def test_pool_draw_is_checked_against_its_seed():
    state = run([created(), *roster(20)])
    pool = pool_for(state, 3)
    assert len(pool) == 16  # kz-2007: the lot cuts the pool to 16
    refused(state, ev.JuryPoolDrawn(3, tuple(reversed(pool))), rules.BadValue, "rule.draw_mismatch")
    after = run([ev.JuryPoolDrawn(3, pool)], state)
    assert after.people.pool == pool and after.people.pool_seed == 3


def test_pool_needs_enough_people():
    refused(run([created(), *roster(8)]), ev.JuryPoolDrawn(1, ()), rules.LimitReached, "rule.pool_too_small")


def _pooled(model_id="kz-2007", n=20):
    state = run([created(model_id), *roster(n)])
    return run([ev.JuryPoolDrawn(5, pool_for(state, 5))], state)


def test_questioning_and_challenges_fold():
    state = _pooled()
    a, b = state.people.pool[:2]
    state = run([ev.CandidateQuestioned(a, "Knows the defendant"), ev.ChallengeUsed(a, "court", "for_cause", "knows"),
                 ev.ChallengeUsed(b, "defence", "peremptory")], state)
    assert state.people.questioning[a] == ("Knows the defendant",)
    assert [c.member_id for c in state.people.challenges] == [a, b]
    state = run([ev.ChallengeWithdrawn(b)], state)
    assert state.people.challenged() == {a}


def test_peremptory_limits_follow_the_model():
    state = _pooled()  # kz-2007: prosecution 2, defence 3
    pool = state.people.pool
    state = run([ev.ChallengeUsed(pool[0], "prosecution", "peremptory"),
                 ev.ChallengeUsed(pool[1], "prosecution", "peremptory")], state)
    err = refused(state, ev.ChallengeUsed(pool[2], "prosecution", "peremptory"), rules.LimitReached,
                  "rule.no_challenges_left")
    assert err.msg.params["limit"] == 2
    refused(state, ev.ChallengeUsed(pool[2], "court", "peremptory"), rules.LimitReached, "rule.no_challenges_left")


@pytest.mark.parametrize(("make", "error", "key"), [
    (lambda s: ev.ChallengeUsed("p99", "defence", "peremptory"), rules.UnknownMember, "rule.not_a_candidate"),
    (lambda s: ev.ChallengeUsed(s.people.pool[0], "defence", "because"), rules.BadValue, "rule.bad_choice"),
    (lambda s: ev.ChallengeUsed(s.people.pool[0], "jury", "peremptory"), rules.BadValue, "rule.bad_choice"),
    (lambda s: ev.ChallengeUsed(s.people.pool[0], "defence", "for_cause", " "), rules.BadValue, "rule.reason_needed"),
    (lambda s: ev.CandidateQuestioned("p99", "x"), rules.UnknownMember, "rule.not_a_candidate"),
    (lambda s: ev.CandidateQuestioned(s.people.pool[0], ""), rules.BadValue, "rule.empty_text"),
    (lambda s: ev.ChallengeWithdrawn(s.people.pool[0]), rules.NotAllowed, "rule.cannot_withdraw_challenge"),
    (lambda s: ev.JuryEmpanelled(1, (), ()), rules.BadValue, "rule.draw_mismatch"),
])
def test_selection_refusals(make, error, key):
    state = _pooled()
    refused(state, make(state), error, key)


def test_challenges_cannot_empty_the_pool():
    state = _pooled("kz-2007", n=12)  # 12 candidates, 9 jurors needed
    pool = state.people.pool
    state = run([ev.ChallengeUsed(m, "court", "for_cause", "r") for m in pool[:3]], state)
    refused(state, ev.ChallengeUsed(pool[3], "court", "for_cause", "r"), rules.LimitReached, "rule.pool_too_small")


def test_empanelled_jury_takes_seats_and_reserves_in_lot_order():
    state = _pooled()
    state = run([ev.ChallengeUsed(state.people.pool[0], "defence", "peremptory")], state)
    jurors, reserves = lot_for(state, 11)
    state = run([ev.JuryEmpanelled(11, jurors, reserves)], state)
    assert [state.people.seats[f"juror-{i}"] for i in range(1, 10)] == list(jurors)
    assert state.people.reserves == reserves and len(reserves) == 2
    assert state.people.pool[0] not in jurors + reserves
    refused(state, ev.JuryEmpanelled(11, jurors, reserves), rules.AlreadyDone, "rule.jury_already_empanelled")
    refused(state, ev.JuryPoolDrawn(1, ()), rules.AlreadyDone, "rule.jury_already_empanelled")
    refused(state, ev.ChallengeUsed(reserves[0], "defence", "peremptory"), rules.AlreadyDone,
            "rule.jury_already_empanelled")


def test_empanel_needs_a_pool():
    refused(run([created(), *roster(20)]), ev.JuryEmpanelled(1, (), ()), rules.WrongPhase, "rule.no_pool_yet")


def test_seats_assigned_vacated_swapped():
    state = run([created(), *roster(5), ev.SeatAssigned("judge-1", "p1"), ev.SeatAssigned("prosecutor", "p2"),
                 ev.SeatAssigned("witness-w1", "p3"), ev.SeatsSwapped("prosecutor", "defence")])
    assert state.people.seats == {"judge-1": "p1", "defence": "p2", "witness-w1": "p3"}
    state = run([ev.SeatVacated("witness-w1")], state)
    assert "witness-w1" not in state.people.seats
    assert state.people.role_of("p2") == "defence"


@pytest.mark.parametrize(("event", "error", "key"), [
    (ev.SeatAssigned("judge-3", "p3"), rules.SeatProblem, "rule.no_such_seat"),
    (ev.SeatAssigned("witness-w9", "p3"), rules.SeatProblem, "rule.no_such_seat"),
    (ev.SeatAssigned("bailiff", "p3"), rules.SeatProblem, "rule.no_such_seat"),
    (ev.SeatAssigned("judge-1", "p3"), rules.SeatProblem, "rule.seat_taken"),
    (ev.SeatAssigned("juror-1", "p3"), rules.NotAllowed, "rule.jurors_by_lot"),
    (ev.SeatAssigned("clerk", "p9"), rules.UnknownMember, "rule.unknown_member"),
    (ev.SeatVacated("clerk"), rules.SeatProblem, "rule.seat_empty"),
    (ev.SeatsSwapped("clerk", "victim"), rules.SeatProblem, "rule.seat_empty"),
    (ev.SeatsSwapped("judge-1", "juror-2"), rules.NotAllowed, "rule.jurors_by_lot"),
])
def test_seat_refusals(event, error, key):
    refused(run([created(), *roster(5), ev.SeatAssigned("judge-1", "p1")]), event, error, key)


def test_jurors_cannot_take_other_seats():
    state = seated()
    juror = state.people.seats["juror-1"]
    refused(state, ev.SeatAssigned("clerk", juror), rules.NotAllowed, "rule.member_in_use")
    refused(run([ev.PhaseStarted("trial")], state), ev.SeatVacated("juror-1"), rules.NotAllowed,
            "rule.jurors_by_lot")


def test_discharged_juror_is_replaced_by_the_next_reserve_then_the_trial_is_void():
    state = run([ev.PhaseStarted("trial")], seated("kz-2007"))
    first, second = state.people.reserves
    gone = state.people.seats["juror-3"]
    state = run([ev.JurorDischarged("juror-3", "ill")], state)
    assert state.people.seats["juror-3"] == first and state.people.reserves == (second,)
    assert gone in state.people.discharged and state.void is None
    state = run([ev.JurorDischarged("juror-4"), ev.JurorDischarged("juror-5")], state)
    assert state.void is not None and state.void.key == "session.trial_void"  # kz: no reserve left
    refused(state, ev.PhaseStarted("charge"), rules.TrialVoid, "session.trial_void")
    run([ev.NoteAdded("The trial is void."), ev.SessionClosed()], state)


def test_jury_discharged_below_minimum_in_england():
    state = run([ev.PhaseStarted("trial")], seated("ew", n=20))
    for seat in ("juror-1", "juror-2", "juror-3"):
        state = run([ev.JurorDischarged(seat)], state)
    assert state.void is None  # 9 left: the trial goes on
    state = run([ev.JurorDischarged("juror-4")], state)
    assert state.void.key == "session.jury_discharged"


def test_discharge_refusals():
    state = seated()
    refused(state, ev.JurorDischarged("juror-1"), rules.WrongPhase, "rule.wrong_phase")
    refused(run([ev.PhaseStarted("trial")], state), ev.JurorDischarged("judge-1"), rules.SeatProblem,
            "rule.seat_empty")


# --- phases and the trial -------------------------------------------------------------------

def test_phases_move_forward_only():
    state = seated()
    refused(state, ev.PhaseStarted("deliberation"), rules.WrongPhase, "rule.wrong_phase")
    refused(state, ev.PhaseStarted("voting"), rules.BadValue, "rule.bad_choice")
    state = run([ev.PhaseStarted("trial"), ev.PhaseStarted("charge")], state)
    assert state.phase == "charge"
    refused(state, ev.PhaseStarted("trial"), rules.WrongPhase, "rule.wrong_phase")


def test_trial_needs_jury_and_judges():
    state = run([created(), *roster(20)])
    refused(state, ev.PhaseStarted("trial"), rules.WrongPhase, "rule.jury_not_empanelled")
    state = run([ev.JuryPoolDrawn(1, pool_for(state, 1))], state)
    jurors, reserves = lot_for(state, 2)
    state = run([ev.JuryEmpanelled(2, jurors, reserves)], state)
    refused(state, ev.PhaseStarted("trial"), rules.WrongPhase, "rule.judges_missing")


def test_stages_with_an_objection():
    state = run([ev.PhaseStarted("trial"), ev.StageStarted("opening"), ev.ObjectionRaised("opening", "defence"),
                 ev.ObjectionRuled("opening", "sustained"), ev.StageEnded("opening", 300, "short"),
                 ev.StageStarted("e1"), ev.StageEnded("e1", 60)], seated())
    assert state.stages["opening"].status == "done" and state.stages["opening"].seconds == 300
    assert state.stages["opening"].objections == (("defence", "sustained"),)
    assert state.stages["opening"].note == "short" and state.stages["e1"].seconds == 60


@pytest.mark.parametrize(("events", "event", "error", "key"), [
    ([ev.StageStarted("w1")], ev.PhaseStarted("charge"), rules.WrongPhase, "rule.stage_running"),
    ([], ev.StageStarted("e9"), rules.BadValue, "rule.no_such_stage"),
    ([ev.StageStarted("e1")], ev.StageStarted("e2"), rules.WrongPhase, "rule.stage_running"),
    ([], ev.StageEnded("e1", 5), rules.WrongPhase, "rule.stage_not_running"),
    ([ev.StageStarted("e1")], ev.StageEnded("e1", -5), rules.BadValue, "rule.out_of_range"),
    ([], ev.ObjectionRaised("e1", "defence"), rules.WrongPhase, "rule.stage_not_running"),
    ([ev.StageStarted("e1")], ev.ObjectionRaised("e1", "judge"), rules.BadValue, "rule.bad_choice"),
    ([ev.StageStarted("e1"), ev.ObjectionRaised("e1", "defence")], ev.ObjectionRaised("e1", "defence"),
     rules.AlreadyDone, "rule.objection_pending"),
    ([ev.StageStarted("e1"), ev.ObjectionRaised("e1", "defence")], ev.StageEnded("e1", 5), rules.WrongPhase,
     "rule.objection_pending"),
    ([ev.StageStarted("e1")], ev.ObjectionRuled("e1", "sustained"), rules.WrongPhase, "rule.no_objection"),
    ([ev.StageStarted("e1"), ev.ObjectionRaised("e1", "defence")], ev.ObjectionRuled("e1", "maybe"),
     rules.BadValue, "rule.bad_choice"),
])
def test_stage_refusals(events, event, error, key):
    refused(run([ev.PhaseStarted("trial"), *events], seated()), event, error, key)


# --- deliberation ---------------------------------------------------------------------------

def test_a_round_with_speech_stances_and_influence():
    state = deliberating()
    j1, j2, judge = state.people.seats["juror-1"], state.people.seats["juror-2"], state.people.seats["judge-1"]
    state = run([ev.RoundStarted(1), ev.SpeechTimed(1, j1, 60), ev.SpeechTimed(1, j1, 30), ev.SpeechTimed(1, judge, 45),
                 ev.RoundEnded(1, 600), ev.StanceRecorded(1, j2, "guilty", 70),
                 ev.InfluenceReported(1, j2, judge, "guilty"), ev.StancesRevealed(1)], state)
    r = state.round
    assert r.talk == {j1: 90, judge: 45} and r.turns == {j1: 2, judge: 1}
    assert r.stances[j2].stance == "guilty" and r.stances[j2].confidence == 70 and not r.open
    assert r.influence[0].source_id == judge and r.revealed and state.deliberation_seconds == 600


def _round_open():
    return run([ev.RoundStarted(1)], deliberating())


@pytest.mark.parametrize(("make", "error", "key"), [
    (lambda s: ev.RoundStarted(2), rules.AlreadyDone, "rule.round_open"),
    (lambda s: ev.SpeechTimed(2, s.people.seats["juror-1"], 5), rules.WrongPhase, "rule.not_current_round"),
    (lambda s: ev.SpeechTimed(1, s.people.seats["juror-1"], 0), rules.BadValue, "rule.out_of_range"),
    (lambda s: ev.SpeechTimed(1, s.people.reserves[0], 5), rules.NotAllowed, "rule.not_on_panel"),
    (lambda s: ev.SpeechTimed(1, "p404", 5), rules.UnknownMember, "rule.unknown_member"),
    (lambda s: ev.RoundEnded(1, 99_999), rules.BadValue, "rule.out_of_range"),
    (lambda s: ev.StanceRecorded(1, s.people.seats["juror-1"], "maybe", 50), rules.BadValue, "rule.bad_choice"),
    (lambda s: ev.StanceRecorded(1, s.people.seats["juror-1"], "guilty", 101), rules.BadValue, "rule.out_of_range"),
    (lambda s: ev.InfluenceReported(1, s.people.seats["juror-1"], s.people.seats["juror-1"], "guilty"),
     rules.UnknownMember, "rule.bad_influence_source"),
    (lambda s: ev.InfluenceReported(1, s.people.seats["juror-1"], s.people.seats["juror-2"], "up"),
     rules.BadValue, "rule.bad_choice"),
    (lambda s: ev.StancesRevealed(3), rules.WrongPhase, "rule.not_current_round"),
    (lambda s: ev.VotingOpened(1, ("q1",)), rules.WrongPhase, "rule.round_open"),
])
def test_round_refusals(make, error, key):
    state = _round_open()
    refused(state, make(state), error, key)


def test_stance_and_influence_only_once_per_round():
    state = _round_open()
    j1, j2 = state.people.seats["juror-1"], state.people.seats["juror-2"]
    state = run([ev.StanceRecorded(1, j1, "undecided", 10), ev.InfluenceReported(1, j1, j2, "not_guilty"),
                 ev.StancesRevealed(1)], state)
    refused(state, ev.StanceRecorded(1, j1, "guilty", 10), rules.AlreadyDone, "rule.stance_given")
    refused(state, ev.InfluenceReported(1, j1, j2, "guilty"), rules.AlreadyDone, "rule.influence_given")
    refused(state, ev.StancesRevealed(1), rules.AlreadyDone, "rule.already_revealed")
    refused(run([ev.RoundEnded(1, 5)], state), ev.SpeechTimed(1, j1, 5), rules.WrongPhase, "rule.round_ended")
    refused(state, ev.RoundStarted(1), rules.AlreadyDone, "rule.round_open")
    refused(run([ev.RoundEnded(1, 5)], state), ev.RoundStarted(3), rules.BadValue, "rule.round_number")


def test_jurors_alone_deliberate_in_a_jury_court():
    state = run([ev.RoundStarted(1)], deliberating("ew"))
    assert not state.people.seated("judge") or all(m not in state.deliberators().values()
                                                   for m in state.people.seated("judge").values())


# --- voting ---------------------------------------------------------------------------------

def test_open_ballots_fold_and_reveal_by_role():
    state = voting("kz-2007", "open")
    panel = list(state.panel().values())
    answers = (("q1", "yes"), ("q2", "yes"), ("q3", "no"))
    state = run([ev.BallotCast(1, m, answers) for m in panel], state)
    state = run([ev.BallotsRevealed(1)], state)
    v = state.vote
    assert v.revealed and len(v.ballots) == 11
    assert sorted(role for role, _ in v.ballots) == ["judge"] * 2 + ["juror"] * 9


def test_voter_marks_hold_no_order():
    state = voting()
    panel = list(state.panel().values())
    state = run([ev.VoterMarked(1, m) for m in reversed(panel)], state)
    assert state.vote.voters == tuple(sorted(panel))


@pytest.mark.parametrize(("make", "error", "key"), [
    (lambda s, p: ev.VoterMarked(2, p[0]), rules.WrongPhase, "rule.no_open_vote"),
    (lambda s, p: ev.VoterMarked(1, s.people.reserves[0]), rules.NotAllowed, "rule.not_a_voter"),
    (lambda s, p: ev.BallotCast(1, p[0], (("q1", "yes"),)), rules.NotAllowed, "rule.secret_session_no_names"),
    (lambda s, p: ev.BallotsRevealed(1, ()), rules.WrongPhase, "rule.votes_missing"),
    (lambda s, p: ev.VerdictDeclared(1, "guilty", ()), rules.WrongPhase, "rule.vote_not_revealed"),
    (lambda s, p: ev.VoteAnnulled(1, " "), rules.BadValue, "rule.reason_needed"),
    (lambda s, p: ev.PhaseStarted("deliberation"), rules.WrongPhase, "rule.vote_in_progress"),
])
def test_vote_refusals(make, error, key):
    state = voting()
    refused(state, make(state, list(state.panel().values())), error, key)


def test_a_voter_votes_once():
    state = voting()
    member = state.panel()["juror-1"]
    state = run([ev.VoterMarked(1, member)], state)
    refused(state, ev.VoterMarked(1, member), rules.AlreadyDone, "rule.already_voted")


@pytest.mark.parametrize(("answers", "error", "key"), [
    ((("q1", "yes"), ("q2", "yes")), rules.BadValue, "rule.ballot_questions"),
    ((("q1", "yes"), ("q2", "yes"), ("q3", "blank")), rules.NotAllowed, "rule.no_abstention"),
    ((("q1", "yes"), ("q2", "yes"), ("q3", "perhaps")), rules.BadValue, "rule.bad_choice"),
    ((("q1", "yes", "x"),), rules.BadValue, "rule.bad_ballot"),
])
def test_open_ballot_answer_refusals(answers, error, key):
    state = voting("kz-2007", "open")
    refused(state, ev.BallotCast(1, state.panel()["juror-1"], answers), error, key)


def test_judge_does_not_vote_where_jurors_decide_alone():
    state = voting("ew", "open")
    judge = state.people.seats["judge-1"]
    refused(state, ev.BallotCast(1, judge, (("q4", "yes"),)), rules.NotAllowed, "rule.not_a_voter")


def test_reveal_checks_the_box_and_verdict_follows():
    state = voting()
    panel = list(state.panel().values())
    state = run([ev.VoterMarked(1, m) for m in panel], state)
    ans = (("q1", "yes"), ("q2", "yes"), ("q3", "yes"))
    refused(state, ev.BallotsRevealed(1, (("juror", ans),)), rules.BadValue, "rule.ballot_count")
    box = tuple(sorted([("judge", ans)] * 2 + [("juror", ans)] * 9))
    wrong_roles = tuple(sorted([("juror", ans)] * 11))
    refused(state, ev.BallotsRevealed(1, wrong_roles), rules.BadValue, "rule.bad_ballot")
    state = run([ev.BallotsRevealed(1, box)], state)
    refused(state, ev.HungJuryDeclared(1), rules.NotAllowed, "rule.no_hung_jury")
    refused(state, ev.VerdictDeclared(1, "maybe", ()), rules.BadValue, "rule.bad_choice")
    state = run([ev.VerdictDeclared(1, "guilty", (("q1", "yes"), ("q2", "yes"), ("q3", "yes")))], state)
    assert state.outcome.verdict == "guilty" and state.phase == "verdict"
    state = run([ev.PhaseStarted("sentencing"), ev.SentenceDeclared("Six years", 6.0, "panel"),
                 ev.PhaseStarted("debrief"), ev.SessionClosed()], state)
    assert state.outcome.sentence == "Six years" and state.phase == "closed"
    refused(state, ev.NoteAdded("late"), rules.WrongPhase, "rule.session_closed")


def test_annulled_vote_goes_back_to_deliberation_and_runs_again():
    state = voting()
    state = run([ev.VoterMarked(1, state.panel()["juror-1"]), ev.VoteAnnulled(1, "a voter was pressed")], state)
    assert state.vote.annulled and state.phase == "deliberation"
    refused(state, ev.VotingOpened(3, ("q1",)), rules.BadValue, "rule.vote_number")
    refused(state, ev.VotingOpened(2, ("q9",)), rules.BadValue, "rule.ballot_questions")
    state = run([ev.VotingOpened(2, allowed_questions(state))], state)
    assert state.vote.no == 2 and state.vote.voters == ()


def test_hung_jury_where_the_model_allows_it():
    state = voting("us-federal", "open")
    panel = list(state.panel().values())
    state = run([ev.BallotCast(1, m, (("q4", "yes" if i else "no"),)) for i, m in enumerate(panel)], state)
    state = run([ev.BallotsRevealed(1), ev.HungJuryDeclared(1)], state)
    assert state.outcome.hung and state.phase == "verdict"


def test_no_sentence_after_acquittal_and_sentence_checks():
    state = voting("kz-2007", "open")
    ans = (("q1", "no"), ("q2", "no"), ("q3", "no"))
    state = run([*(ev.BallotCast(1, m, ans) for m in state.panel().values()), ev.BallotsRevealed(1)], state)
    outcome = vote_outcome(state, state.vote)
    assert outcome.verdict == "not_guilty"
    refused(state, ev.VerdictDeclared(1, "guilty", verdict_answers(outcome)), rules.BadValue, "rule.verdict_mismatch")
    refused(state, ev.VerdictDeclared(1, "not_guilty", (("q1", "yes"),)), rules.BadValue, "rule.verdict_mismatch")
    state = run([ev.VerdictDeclared(1, "not_guilty", verdict_answers(outcome))], state)
    refused(state, ev.PhaseStarted("sentencing"), rules.NotAllowed, "rule.no_sentence_after_acquittal")
    refused(state, ev.SentenceDeclared("x"), rules.WrongPhase, "rule.wrong_phase")


def test_notes_added_and_withdrawn():
    state = run([ev.NoteAdded("first"), ev.NoteAdded("about p1", "p1")], run([created(), *roster(2)]))
    assert state.notes == (("", "first"), ("p1", "about p1"))
    state = run([ev.NoteWithdrawn(1)], state)
    assert state.notes[0] == ("", "")
    refused(state, ev.NoteWithdrawn(1), rules.BadValue, "rule.no_such_note")
    refused(state, ev.NoteAdded(""), rules.BadValue, "rule.empty_text")
    refused(state, ev.NoteAdded("x", "p9"), rules.UnknownMember, "rule.unknown_member")


# --- undo and the fold itself ---------------------------------------------------------------

@pytest.mark.parametrize("event", [
    ev.SeatAssigned("clerk", "p3"), ev.SeatsSwapped("judge-1", "clerk"), ev.ParticipantAdded("p9", "New"),
    ev.ParticipantRenamed("p2", "Renamed"), ev.NoteAdded("oops"), ev.SeatVacated("judge-1"),
])
def test_undo_appends_a_compensating_event_that_restores_the_state(event):
    before = run([created(), *roster(4), ev.SeatAssigned("judge-1", "p1")])
    after = run([event], before)
    restored = run([inverse(before, event)], after)
    assert restored.people == before.people
    assert [n for n in restored.notes if n != ("", "")] == list(before.notes)


def test_challenge_undo():
    before = _pooled()
    event = ev.ChallengeUsed(before.people.pool[0], "defence", "peremptory")
    restored = run([event, inverse(before, event)], before)
    assert restored.people.challenges == ()


def test_cast_ballot_cannot_be_undone():
    from app.core.errors import NotUndoable

    state = voting()
    with pytest.raises(NotUndoable):
        inverse(state, ev.VoterMarked(1, "p1"))


def test_fold_is_apply_repeated_and_counts_events():
    events = [created(), *roster(3), ev.NoteAdded("n")]
    state = fold(events)
    manual = EMPTY
    for e in events:
        manual = apply(manual, e)
    assert state == manual and state.seq == 5


def test_every_event_type_has_a_fold_and_a_rule():
    from app.core.fold import _apply
    from app.core.rules import _validate

    for cls in ev.EVENT_TYPES:
        assert cls in _apply.registry and cls in _validate.registry, cls.__name__


def test_events_round_trip_through_records():
    for event in [created(), ev.BallotsRevealed(1, (("juror", (("q1", "yes"),)),)), ev.SessionClosed(),
                  ev.SentenceDeclared("x", 2.5), ev.JuryEmpanelled(1, ("a", "b"), ("c",))]:
        assert ev.from_record(*ev.to_record(event)) == event
        assert ev.event_from_json(ev.event_to_json(event)) == event


# --- the rest of the refusals ---------------------------------------------------------------

def test_something_that_is_not_an_event_is_refused():
    refused(run([created()]), object(), rules.BadValue, "rule.unknown_event")


def test_secret_session_takes_no_named_ballot_and_open_session_no_mark():
    state = voting("kz-2007", "open")
    refused(state, ev.VoterMarked(1, state.panel()["juror-1"]), rules.NotAllowed, "rule.open_session_names_ballots")


def test_no_discharge_in_the_middle_of_a_vote():
    state = voting()
    state = run([ev.VoterMarked(1, state.panel()["juror-2"])], state)
    refused(state, ev.JurorDischarged("juror-1"), rules.WrongPhase, "rule.vote_in_progress")


def _revealed(model_id, yes_count, minutes):
    state = deliberating(model_id, "open", n=20)
    state = run([ev.RoundStarted(1), ev.RoundEnded(1, minutes * 60), ev.VotingOpened(1, allowed_questions(state))],
                state)
    panel = list(state.panel().values())
    ballots = [ev.BallotCast(1, m, tuple((q, "yes" if i < yes_count else "no") for q in state.vote.questions))
               for i, m in enumerate(panel)]
    return run([*ballots, ev.BallotsRevealed(1)], state)


def test_no_verdict_is_declared_before_the_court_allows_one():
    state = _revealed("ew", 10, 90)  # 10-2 before 2 h 10 min: deliberate on
    err = refused(state, ev.VerdictDeclared(1, "guilty", (("q4", "yes"),)), rules.NotAllowed, "rule.no_verdict_yet")
    assert err.msg.params["rule"].key.startswith("verdict.")
    back = run([ev.PhaseStarted("deliberation")], state)
    assert back.phase == "deliberation" and back.outcome.verdict is None


def test_a_revealed_vote_cannot_be_annulled():
    state = _revealed("ew", 10, 90)
    refused(state, ev.VoteAnnulled(1, "we did not like it"), rules.NotAllowed, "rule.annul_after_reveal")


def test_hung_jury_only_when_no_verdict_is_reached():
    state = _revealed("ew", 12, 10)  # unanimous: a verdict, not a hung jury
    refused(state, ev.HungJuryDeclared(1), rules.NotAllowed, "rule.verdict_reached")
    run([ev.VerdictDeclared(1, "guilty", (("q4", "yes"),))], state)


def test_sentence_years_are_checked():
    state = _revealed("kz-2007", 11, 30)
    state = run([ev.VerdictDeclared(1, "guilty", (("q1", "yes"), ("q2", "yes"), ("q3", "yes"))),
                 ev.PhaseStarted("sentencing")], state)
    refused(state, ev.SentenceDeclared("x", 120.0), rules.BadValue, "rule.out_of_range")
    refused(state, ev.SentenceDeclared("x", float("nan")), rules.BadValue, "rule.bad_field")
    refused(state, ev.SentenceDeclared("x", 5.0, "jury"), rules.BadValue, "rule.bad_choice")


# --- the wizard's own events ----------------------------------------------------------------

def test_court_chosen_before_the_draw_replaces_case_and_model():
    state = run([created("kz-2007"), *roster(15)])
    state = run([ev.CourtChosen(case().to_dict(), model("ew").to_dict())], state)
    assert state.meta.model.id == "ew" and len(state.people.names) == 15
    state = run([ev.JuryPoolDrawn(1, pool_for(state, 1))], state)
    refused(state, ev.CourtChosen(case().to_dict(), model("kz-2007").to_dict()), rules.WrongPhase,
            "rule.court_locked")
    bad = model("ew").to_dict()
    bad["seats"]["lay"] = -1
    refused(run([created()]), ev.CourtChosen(case().to_dict(), bad), rules.RuleViolation, "model.too_small")


def test_jury_reset_clears_the_draw_and_keeps_other_seats():
    state = seated()
    judges = state.people.seated("judge")
    state = run([ev.JuryReset()], state)
    assert state.people.pool == () and not state.people.empanelled and state.people.reserves == ()
    assert state.people.seated("juror") == {} and state.people.seated("judge") == judges
    refused(state, ev.JuryReset(), rules.WrongPhase, "rule.no_pool_yet")
    refused(run([ev.PhaseStarted("trial")], seated()), ev.JuryReset(), rules.WrongPhase, "rule.wrong_phase")


def test_privacy_set_records_the_choices_and_only_a_hash():
    from app.store.pin import check_pin, hash_pin

    stored = hash_pin("2468")
    state = run([ev.PrivacySet("open", True, False, stored)], run([created()]))
    meta = state.meta
    assert (meta.ballot, meta.voter_codes, meta.anonymous_exports, meta.privacy_set) == ("open", True, False, True)
    assert check_pin("2468", meta.pin_hash) and not check_pin("1357", meta.pin_hash)
    refused(state, ev.PrivacySet("open", pin_hash="2468"), rules.BadValue, "rule.bad_field")
    refused(state, ev.PrivacySet("public"), rules.BadValue, "rule.bad_choice")
