"""What can happen next: `validate(state, event)` raises a typed RuleViolation, or returns.

A rejected event changes nothing; the caller (the controller, the scenario runner) appends
only what passed. Each error names the problem and carries a message key for the person.
"""

from __future__ import annotations

import math
from functools import singledispatch
from typing import Any

from app.core import events as ev
from app.core.case import Case
from app.core.court import CourtModel
from app.core.errors import AlqaError, RuleViolation
from app.core.lang import Msg
from app.core.selection import free_members, lot_for, pool_for
from app.core.state import SessionState, seat_role


class BadValue(RuleViolation):
    """A field of the event has a wrong type or is out of range."""


class NotCreated(RuleViolation):
    """Nothing can happen before the session is created, and it is created once."""


class WrongPhase(RuleViolation):
    """The event belongs to another phase of the session."""


class UnknownMember(RuleViolation):
    """The event names someone who is not in the class, or not where it says."""


class SeatProblem(RuleViolation):
    """A seat that does not exist in this court, is taken, or is empty."""


class AlreadyDone(RuleViolation):
    """It happened already: a second stance in one round, a second vote, a name twice."""


class LimitReached(RuleViolation):
    """A side has no challenges left, the panel is full, the pool is too small."""


class NotAllowed(RuleViolation):
    """This court does not allow it: a judge's ballot where jurors decide alone, an abstention."""


class TrialVoid(RuleViolation):
    """The jury fell below what the court allows; the session cannot go on."""


MAX_TEXT = 10_000
MAX_NAME = 100
MAX_SECONDS = 6 * 3600
NEXT_PHASE = {
    "trial": ("setup",),
    "charge": ("trial",),
    "deliberation": ("charge", "voting"),
    "sentencing": ("verdict",),
    "debrief": ("verdict", "sentencing"),
}


def _no(cls: type[RuleViolation], key: str, **params: Any) -> RuleViolation:
    return cls(Msg.of(key, **params))


def validate(state: SessionState, event: ev.Event) -> None:
    """Raise a RuleViolation if `event` cannot happen now; return None if it can."""
    if type(event) not in ev.BY_NAME.values():
        raise _no(BadValue, "rule.unknown_event", type=type(event).__name__)
    _check_types(event)
    if isinstance(event, ev.SessionCreated):
        if state.created:
            raise _no(NotCreated, "rule.already_created")
    elif not state.created:
        raise _no(NotCreated, "rule.not_created")
    elif state.phase == "closed":
        raise _no(WrongPhase, "rule.session_closed")
    elif state.void is not None and not isinstance(event, ev.NoteAdded | ev.SessionClosed):
        raise TrialVoid(state.void)
    _validate(event, state)


def _check_types(event: ev.Event) -> None:
    for name in event.__slots__:
        value, kind = getattr(event, name), type(event).__dataclass_fields__[name].type
        ok = {
            "str": isinstance(value, str),
            "int": isinstance(value, int) and not isinstance(value, bool),
            "bool": isinstance(value, bool),
            "dict": isinstance(value, dict),
            "float | None": value is None or (isinstance(value, int | float) and not isinstance(value, bool)
                                              and math.isfinite(value)),
        }.get(kind, isinstance(value, tuple))
        if not ok:
            raise _no(BadValue, "rule.bad_field", event=type(event).__name__, field=name)
        if kind == "str" and len(value) > MAX_TEXT:
            raise _no(BadValue, "rule.text_too_long", field=name, limit=MAX_TEXT)
        if kind == "tuple[str, ...]" and not all(isinstance(v, str) for v in value):
            raise _no(BadValue, "rule.bad_field", event=type(event).__name__, field=name)


def _choice(value: str, allowed: tuple[str, ...], name: str) -> None:
    if value not in allowed:
        raise _no(BadValue, "rule.bad_choice", field=name, value=value, allowed=", ".join(allowed))


def _seconds(value: int, name: str = "seconds") -> None:
    if not 0 <= value <= MAX_SECONDS:
        raise _no(BadValue, "rule.out_of_range", field=name, minimum=0, maximum=MAX_SECONDS, value=value)


def _member(s: SessionState, member_id: str) -> None:
    if member_id not in s.people.names:
        raise _no(UnknownMember, "rule.unknown_member", member=member_id)


def _phase(s: SessionState, *phases: str) -> None:
    if s.phase not in phases:
        raise _no(WrongPhase, "rule.wrong_phase", phase=Msg.of(f"phase.{s.phase}"))


def _name(s: SessionState, member_id: str) -> str:
    return s.people.names.get(member_id, member_id)


@singledispatch
def _validate(event: ev.Event, state: SessionState) -> None:
    raise _no(BadValue, "rule.unknown_event", type=type(event).__name__)


# --- setting up -----------------------------------------------------------------------------

def _check_court(case: dict, model: dict) -> None:
    """The case and the court model an event carries must load; their own message says why not."""
    try:
        Case.from_dict(case)
        CourtModel.from_dict(model)
    except AlqaError as exc:
        raise RuleViolation(exc.msg) from exc


@_validate.register
def _(e: ev.SessionCreated, s: SessionState) -> None:
    _choice(e.ballot, ("secret", "open"), "ballot")
    _choice(e.lang, ("kk", "ru", "en"), "lang")
    if not e.session_id.strip():
        raise _no(BadValue, "rule.bad_field", event="SessionCreated", field="session_id")
    _check_court(e.case, e.model)


@_validate.register
def _(e: ev.CourtChosen, s: SessionState) -> None:
    _phase(s, "setup")
    if s.people.pool or s.people.seats:
        raise _no(WrongPhase, "rule.court_locked")
    _check_court(e.case, e.model)


@_validate.register
def _(e: ev.PrivacySet, s: SessionState) -> None:
    _phase(s, "setup")
    _choice(e.ballot, ("secret", "open"), "ballot")
    if e.pin_hash and not e.pin_hash.startswith("scrypt$"):
        raise _no(BadValue, "rule.bad_field", event="PrivacySet", field="pin_hash")


@_validate.register
def _(e: ev.VoterCodesIssued, s: SessionState) -> None:
    if not s.meta.voter_codes:
        raise _no(NotAllowed, "rule.no_voter_codes")
    for pair in e.codes:
        if not (isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
                and pair[1].startswith("pbkdf2$")):
            raise _no(BadValue, "rule.bad_field", event="VoterCodesIssued", field="codes")
        _member(s, pair[0])


@_validate.register
def _(e: ev.JuryReset, s: SessionState) -> None:
    _phase(s, "setup")
    if not s.people.pool:
        raise _no(WrongPhase, "rule.no_pool_yet")


@_validate.register
def _(e: ev.ParticipantAdded, s: SessionState) -> None:
    _phase(s, "setup")
    if not e.member_id.strip() or len(e.member_id) > 64:
        raise _no(BadValue, "rule.bad_field", event="ParticipantAdded", field="member_id")
    if e.member_id in s.people.names:
        raise _no(AlreadyDone, "rule.member_exists", member=e.member_id)
    _check_name(s, e.name, e.member_id)


def _check_name(s: SessionState, name: str, member_id: str) -> None:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME or not clean.isprintable():
        raise _no(BadValue, "rule.bad_name", name=name[:MAX_NAME], limit=MAX_NAME)
    if any(other.casefold() == clean.casefold() for m, other in s.people.names.items() if m != member_id):
        raise _no(AlreadyDone, "rule.name_taken", name=clean)


@_validate.register
def _(e: ev.ParticipantRenamed, s: SessionState) -> None:
    _member(s, e.member_id)
    _check_name(s, e.name, e.member_id)


@_validate.register
def _(e: ev.ParticipantRemoved, s: SessionState) -> None:
    _phase(s, "setup")
    _member(s, e.member_id)
    if e.member_id in s.people.pool or s.people.seat_of(e.member_id):
        raise _no(NotAllowed, "rule.member_in_use", name=_name(s, e.member_id))


@_validate.register
def _(e: ev.JuryPoolDrawn, s: SessionState) -> None:
    _phase(s, "setup")
    if s.people.empanelled:
        raise _no(AlreadyDone, "rule.jury_already_empanelled")
    model = s.meta.model
    free = free_members(s)
    if len(free) < model.seats.lay:
        raise _no(LimitReached, "rule.pool_too_small", have=len(free), need=model.seats.lay)
    if e.candidates != pool_for(s, e.seed):
        raise _no(BadValue, "rule.draw_mismatch", what="pool", seed=e.seed)


@_validate.register
def _(e: ev.CandidateQuestioned, s: SessionState) -> None:
    _phase(s, "setup")
    if e.member_id not in s.people.pool:
        raise _no(UnknownMember, "rule.not_a_candidate", name=_name(s, e.member_id))
    if not e.note.strip():
        raise _no(BadValue, "rule.empty_text", field="note")


@_validate.register
def _(e: ev.ChallengeUsed, s: SessionState) -> None:
    _phase(s, "setup")
    people, model = s.people, s.meta.model
    if people.empanelled:
        raise _no(AlreadyDone, "rule.jury_already_empanelled")
    if e.member_id not in people.pool:
        raise _no(UnknownMember, "rule.not_a_candidate", name=_name(s, e.member_id))
    if e.member_id in people.challenged():
        raise _no(AlreadyDone, "rule.already_challenged", name=_name(s, e.member_id))
    _choice(e.kind, ("peremptory", "for_cause"), "kind")
    _choice(e.side, ("prosecution", "defence", "court"), "side")
    if e.kind == "for_cause" and not e.reason.strip():
        raise _no(BadValue, "rule.reason_needed")
    if e.kind == "peremptory":
        limit = model.selection.peremptory_for(e.side, model.seats.reserves) if e.side != "court" else 0
        used = sum(1 for c in people.challenges if c.side == e.side and c.kind == "peremptory")
        if used >= limit:
            raise _no(LimitReached, "rule.no_challenges_left", side=Msg.of(f"side.{e.side}"), limit=limit)
    if len(people.pool) - len(people.challenged()) - 1 < model.seats.lay:
        raise _no(LimitReached, "rule.pool_too_small", have=len(people.pool) - len(people.challenged()) - 1,
                  need=model.seats.lay)


@_validate.register
def _(e: ev.ChallengeWithdrawn, s: SessionState) -> None:
    _phase(s, "setup")
    if s.people.empanelled or e.member_id not in s.people.challenged():
        raise _no(NotAllowed, "rule.cannot_withdraw_challenge", name=_name(s, e.member_id))


@_validate.register
def _(e: ev.JuryEmpanelled, s: SessionState) -> None:
    _phase(s, "setup")
    people = s.people
    if people.empanelled:
        raise _no(AlreadyDone, "rule.jury_already_empanelled")
    if not people.pool:
        raise _no(WrongPhase, "rule.no_pool_yet")
    if (e.jurors, e.reserves) != lot_for(s, e.seed):
        raise _no(BadValue, "rule.draw_mismatch", what="lot", seed=e.seed)


_FIXED_SEATS = ("prosecutor", "defence", "defendant", "victim", "clerk")


def _seat_exists(s: SessionState, seat: str) -> None:
    role, _, rest = seat.partition("-")
    model, case = s.meta.model, s.meta.case
    ok = (
        (seat in _FIXED_SEATS)
        or (role == "judge" and rest.isdigit() and 1 <= int(rest) <= max(model.seats.judges, 1))
        or (role == "juror" and rest.isdigit() and 1 <= int(rest) <= model.seats.lay)
        or (role == "witness" and rest in {w.id for w in case.witnesses})
    )
    if not ok:
        raise _no(SeatProblem, "rule.no_such_seat", seat=seat)


@_validate.register
def _(e: ev.SeatAssigned, s: SessionState) -> None:
    _phase(s, "setup", "trial")
    _member(s, e.member_id)
    _seat_exists(s, e.seat)
    if seat_role(e.seat) == "juror":
        raise _no(NotAllowed, "rule.jurors_by_lot", seat=e.seat)
    if e.seat in s.people.seats:
        raise _no(SeatProblem, "rule.seat_taken", seat=e.seat, name=_name(s, s.people.seats[e.seat]))
    if s.people.role_of(e.member_id) in ("juror", "reserve") or e.member_id in s.people.discharged:
        raise _no(NotAllowed, "rule.member_in_use", name=_name(s, e.member_id))


@_validate.register
def _(e: ev.SeatVacated, s: SessionState) -> None:
    _phase(s, "setup", "trial")
    if e.seat not in s.people.seats:
        raise _no(SeatProblem, "rule.seat_empty", seat=e.seat)
    if seat_role(e.seat) == "juror":
        raise _no(NotAllowed, "rule.jurors_by_lot", seat=e.seat)


@_validate.register
def _(e: ev.SeatsSwapped, s: SessionState) -> None:
    _phase(s, "setup", "trial", "charge", "deliberation")
    for seat in (e.seat_a, e.seat_b):
        _seat_exists(s, seat)
    if e.seat_a == e.seat_b or not ({e.seat_a, e.seat_b} & set(s.people.seats)):
        raise _no(SeatProblem, "rule.seat_empty", seat=e.seat_a)
    roles = {seat_role(e.seat_a), seat_role(e.seat_b)}
    if "juror" in roles and roles != {"juror"}:  # a juror's place on the bench comes by lot only
        raise _no(NotAllowed, "rule.jurors_by_lot", seat=e.seat_a)


@_validate.register
def _(e: ev.JurorDischarged, s: SessionState) -> None:
    _phase(s, "trial", "charge", "deliberation", "voting")
    if seat_role(e.seat) != "juror" or e.seat not in s.people.seats:
        raise _no(SeatProblem, "rule.seat_empty", seat=e.seat)
    vote = s.vote
    if vote and not vote.closed and vote.voters:
        raise _no(WrongPhase, "rule.vote_in_progress")


from app.core import rules_trial as _trial  # noqa: E402,F401  (registers the later phases)
