"""The state of a session, folded from its events. Frozen: rules build new states.

Privacy lives in the shape: a stance is keyed by its author (the network needs it) and is
hidden by the views until revealed; a secret ballot never reaches the state before the ballot
box is opened, and then only as (role, answers), keyed by nobody.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from app.core.lang import Msg

if TYPE_CHECKING:
    from app.core.case import Case
    from app.core.court import CourtModel

_EMPTY_MAP: Mapping = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Challenge:
    member_id: str
    side: str
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class People:
    """The class and where everyone sits."""
    names: Mapping[str, str] = field(default_factory=dict)  # member id -> name, in roster order
    seats: Mapping[str, str] = field(default_factory=dict)  # seat -> member id
    pool: tuple[str, ...] = ()
    pool_seed: int | None = None
    questioning: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    challenges: tuple[Challenge, ...] = ()
    lot_seed: int | None = None
    reserves: tuple[str, ...] = ()  # waiting reserves, in draw order
    discharged: tuple[str, ...] = ()
    empanelled: bool = False

    def seat_of(self, member_id: str) -> str | None:
        for seat, who in self.seats.items():
            if who == member_id:
                return seat
        return None

    def role_of(self, member_id: str) -> str | None:
        """judge, juror, reserve, or the seat's role (prosecutor, witness, ...), or None."""
        if member_id in self.reserves:
            return "reserve"
        seat = self.seat_of(member_id)
        return seat_role(seat) if seat else None

    def seated(self, role: str) -> dict[str, str]:
        """Seats of one role (judge, juror, witness...) -> member id, in seat order."""
        chosen = {s: m for s, m in self.seats.items() if seat_role(s) == role}
        return dict(sorted(chosen.items(), key=lambda kv: _seat_key(kv[0])))

    def challenged(self) -> set[str]:
        return {c.member_id for c in self.challenges}


def seat_role(seat: str) -> str:
    return seat.split("-", 1)[0]


def _seat_key(seat: str) -> tuple[str, int, str]:
    role, _, rest = seat.partition("-")
    return (role, int(rest) if rest.isdigit() else 0, rest)


@dataclass(frozen=True, slots=True)
class Stage:
    """A trial stage: opening, an evidence item, a witness, closing."""
    id: str
    status: str = "pending"  # pending, running, done
    seconds: int = 0
    objections: tuple[tuple[str, str], ...] = ()  # (side, "" | "sustained" | "overruled")
    note: str = ""


@dataclass(frozen=True, slots=True)
class Stance:
    stance: str
    confidence: int
    open: bool


@dataclass(frozen=True, slots=True)
class Influence:
    member_id: str  # who was moved
    source_id: str  # whose arguments moved them
    toward: str


class Round(NamedTuple):
    """One deliberation round (a NamedTuple: long deliberations fold it thousands of times)."""
    no: int
    open: bool = True
    seconds: int = 0
    talk: Mapping[str, int] = _EMPTY_MAP  # member -> seconds spoken
    turns: Mapping[str, int] = _EMPTY_MAP  # member -> turns taken
    stances: Mapping[str, Stance] = _EMPTY_MAP
    influence: tuple[Influence, ...] = ()
    revealed: bool = False


@dataclass(frozen=True, slots=True)
class Vote:
    no: int
    questions: tuple[str, ...]
    voters: tuple[str, ...] = ()  # who has voted, as a set: the views never show its order
    open_ballots: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    ballots: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # revealed (role, answers)
    revealed: bool = False
    annulled: bool = False
    reason: str = ""

    @property
    def closed(self) -> bool:
        return self.revealed or self.annulled


@dataclass(frozen=True, slots=True)
class Result:
    verdict: str | None = None  # "guilty" or "not_guilty"
    vote_no: int | None = None
    answers: tuple[tuple[str, str], ...] = ()
    hung: bool = False
    sentence: str = ""
    sentence_years: float | None = None
    sentence_by: str = ""
    sentence_rounds: tuple[tuple[tuple[str, str], ...], ...] = ()  # the panel's sentencing votes


@dataclass(frozen=True, slots=True)
class Meta:
    session_id: str = ""
    title: str = ""
    case: Case | None = None
    model: CourtModel | None = None
    ballot: str = "secret"
    lang: str = "en"
    voter_codes: bool = False
    anonymous_exports: bool = True
    pin_hash: str = ""
    privacy_set: bool = False  # the set-up wizard's last step is done
    voter_codes_issued: Mapping[str, str] = field(default_factory=dict)  # member -> code hash


class SessionState(NamedTuple):
    """The whole session. Immutable; a NamedTuple so that folding 100,000 events stays quick."""
    seq: int = 0  # how many events made this state
    meta: Meta = Meta()
    people: People = People()
    phase: str = "setup"
    stages: Mapping[str, Stage] = _EMPTY_MAP
    past_rounds: tuple[Round, ...] = ()  # rounds before the latest one
    round: Round | None = None  # the latest round, open or ended (kept apart: appends stay O(1))
    votes: tuple[Vote, ...] = ()
    outcome: Result = Result()
    notes: tuple[tuple[str, str], ...] = ()  # (member id or "", text); withdrawn notes are ""
    void: Msg | None = None  # why the trial cannot go on (a jury too small), or None

    @property
    def created(self) -> bool:
        return self.meta.case is not None

    @property
    def rounds(self) -> tuple[Round, ...]:
        return (*self.past_rounds, self.round) if self.round else ()

    @property
    def vote(self) -> Vote | None:
        return self.votes[-1] if self.votes else None

    @property
    def deliberation_seconds(self) -> int:
        return sum(r.seconds for r in self.rounds)

    def panel(self) -> dict[str, str]:
        """Voting seats (judges if the court has them vote, and jurors) -> member id."""
        model = self.meta.model
        roles = model.voters if model else ("judge", "juror")
        out: dict[str, str] = {}
        for role in roles:
            out.update(self.people.seated(role))
        return out

    def deliberators(self) -> dict[str, str]:
        """Who deliberates (and gives stances): judges too in a mixed court."""
        out = dict(self.people.seated("judge")) if self.meta.model and self.meta.model.panel == "mixed" else {}
        out.update(self.people.seated("juror"))
        return out


EMPTY = SessionState()
