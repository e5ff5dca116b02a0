"""Everything a classroom session records, as past-tense facts. The session is their log.

Each event is a frozen dataclass with JSON-friendly fields (str, int, float, bool, None,
tuples of those, and the two snapshots in SessionCreated). `to_record` and `from_record` turn
an event into (type, version, payload) and back; a changed payload gets a new version and an
upcaster in `_UPCASTERS`, so old session files keep folding.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

Answers = tuple[tuple[str, str], ...]  # ((question id, "yes" | "no" | "blank"), ...)

PHASES = ("setup", "trial", "charge", "deliberation", "voting", "verdict", "sentencing", "debrief", "closed")
STANCES = ("guilty", "not_guilty", "undecided")
ANSWERS = ("yes", "no", "blank")
SIDES = ("prosecution", "defence")
OTHER_SEATS = ("prosecutor", "defence", "defendant", "victim", "clerk")  # plus judge-N, witness-<id>


# --- setting up -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SessionCreated:
    """The teacher started a session: the case and the court model as they were then."""
    session_id: str
    title: str
    case: dict
    model: dict
    ballot: str = "secret"  # "secret" or "open"
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class CourtChosen:
    """Before the jury is drawn, the teacher chose another case or court model."""
    case: dict
    model: dict


@dataclass(frozen=True, slots=True)
class PrivacySet:
    """The privacy step of set-up: how the panel votes, and what exports show."""
    ballot: str  # "secret" or "open"
    voter_codes: bool = False
    anonymous_exports: bool = True
    pin_hash: str = ""  # a salted scrypt hash of the teacher PIN, or "" for none


@dataclass(frozen=True, slots=True)
class VoterCodesIssued:
    """Personal voter codes were printed on ballot cards; only their salted hashes are kept."""
    codes: tuple[tuple[str, str], ...]  # (member id, "pbkdf2$salt$hash")


@dataclass(frozen=True, slots=True)
class ParticipantAdded:
    """A student joined the class roster."""
    member_id: str
    name: str


@dataclass(frozen=True, slots=True)
class ParticipantRenamed:
    member_id: str
    name: str


@dataclass(frozen=True, slots=True)
class ParticipantRemoved:
    """A student left the roster before taking any seat."""
    member_id: str


@dataclass(frozen=True, slots=True)
class JuryPoolDrawn:
    """Candidates drawn at random from the roster; the seed makes the draw repeatable."""
    seed: int
    candidates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CandidateQuestioned:
    """A party questioned a candidate juror; the note says what came out."""
    member_id: str
    note: str


@dataclass(frozen=True, slots=True)
class ChallengeUsed:
    """A party challenged a candidate: peremptory (no reason) or for cause."""
    member_id: str
    side: str  # "prosecution", "defence" or "court"
    kind: str  # "peremptory" or "for_cause"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ChallengeWithdrawn:
    """A challenge was taken back (undo)."""
    member_id: str


@dataclass(frozen=True, slots=True)
class JuryEmpanelled:
    """The lot seated the jurors and the reserves, in this order."""
    seed: int
    jurors: tuple[str, ...]
    reserves: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class JuryReset:
    """The draw, the challenges and the jury are undone (set-up only), to draw again."""


@dataclass(frozen=True, slots=True)
class SeatAssigned:
    """A member took a seat: judge-1, prosecutor, defence, defendant, victim, witness-<id>, clerk."""
    seat: str
    member_id: str


@dataclass(frozen=True, slots=True)
class SeatVacated:
    seat: str


@dataclass(frozen=True, slots=True)
class SeatsSwapped:
    """Two seats changed places (a drag on the seat map)."""
    seat_a: str
    seat_b: str


@dataclass(frozen=True, slots=True)
class JurorDischarged:
    """A juror left; the next reserve takes the seat where there is one."""
    seat: str
    reason: str = ""


# --- the trial ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PhaseStarted:
    phase: str


@dataclass(frozen=True, slots=True)
class StageStarted:
    """A trial stage began: opening, an evidence item, a witness, closing."""
    stage_id: str


@dataclass(frozen=True, slots=True)
class StageEnded:
    stage_id: str
    seconds: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class ObjectionRaised:
    stage_id: str
    side: str


@dataclass(frozen=True, slots=True)
class ObjectionRuled:
    stage_id: str
    ruling: str  # "sustained" or "overruled"


# --- deliberation ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RoundStarted:
    round_no: int


@dataclass(frozen=True, slots=True)
class SpeechTimed:
    """A panel member spoke in the round for so many seconds."""
    round_no: int
    member_id: str
    seconds: int


@dataclass(frozen=True, slots=True)
class RoundEnded:
    round_no: int
    seconds: int


@dataclass(frozen=True, slots=True)
class StanceRecorded:
    """A panel member gave a stance after a round: private unless given openly."""
    round_no: int
    member_id: str
    stance: str  # "guilty", "not_guilty", "undecided"
    confidence: int  # 0 to 100
    open: bool = False  # given by a show of hands


@dataclass(frozen=True, slots=True)
class InfluenceReported:
    """A panel member said whose arguments moved them, and which way."""
    round_no: int
    member_id: str
    source_id: str
    toward: str  # "guilty" or "not_guilty"


@dataclass(frozen=True, slots=True)
class StancesRevealed:
    """The teacher showed the class the stances of a round."""
    round_no: int


# --- voting and verdict ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VotingOpened:
    vote_no: int
    question_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VoterMarked:
    """A voter cast a secret ballot. The ballot itself is in the ballot box, not here."""
    vote_no: int
    member_id: str


@dataclass(frozen=True, slots=True)
class BallotCast:
    """An open ballot (chosen at set-up for teaching): it names its voter."""
    vote_no: int
    member_id: str
    answers: Answers


@dataclass(frozen=True, slots=True)
class VoteAnnulled:
    vote_no: int
    reason: str


@dataclass(frozen=True, slots=True)
class BallotsRevealed:
    """The teacher opened the ballot box: the ballots in no order that follows the voting.

    Each ballot is (role, answers); for open votes the ballots are already in the log, so
    this holds none.
    """
    vote_no: int
    ballots: tuple[tuple[str, Answers], ...] = ()


@dataclass(frozen=True, slots=True)
class VerdictDeclared:
    vote_no: int
    verdict: str  # "guilty" or "not_guilty"
    answers: tuple[tuple[str, str], ...]  # ((question id, "yes" | "no" | "none"), ...)


@dataclass(frozen=True, slots=True)
class HungJuryDeclared:
    vote_no: int


@dataclass(frozen=True, slots=True)
class SentenceRoundVoted:
    """One round of the panel's open sentencing vote: each voter's role and proposal ("" for none)."""
    round_no: int
    ballots: tuple[tuple[str, str], ...]  # (role, "8" years | "life" | "death" | "")


@dataclass(frozen=True, slots=True)
class SentenceDeclared:
    text: str
    years: float | None = None
    by: str = "judge"


# --- anytime --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NoteAdded:
    text: str
    member_id: str = ""


@dataclass(frozen=True, slots=True)
class NoteWithdrawn:
    """A note was taken back (undo); `note_no` counts notes from 1."""
    note_no: int


@dataclass(frozen=True, slots=True)
class SessionClosed:
    pass


EVENT_TYPES: tuple[type, ...] = (
    SessionCreated, CourtChosen, PrivacySet, VoterCodesIssued, JuryReset, ParticipantAdded, ParticipantRenamed, ParticipantRemoved, JuryPoolDrawn,
    CandidateQuestioned, ChallengeUsed, ChallengeWithdrawn, JuryEmpanelled, SeatAssigned,
    SeatVacated, SeatsSwapped, JurorDischarged, PhaseStarted, StageStarted, StageEnded,
    ObjectionRaised, ObjectionRuled, RoundStarted, SpeechTimed, RoundEnded, StanceRecorded,
    InfluenceReported, StancesRevealed, VotingOpened, VoterMarked, BallotCast, VoteAnnulled,
    BallotsRevealed, VerdictDeclared, HungJuryDeclared, SentenceRoundVoted, SentenceDeclared, NoteAdded,
    NoteWithdrawn, SessionClosed,
)
Event = Any  # one of EVENT_TYPES
BY_NAME: dict[str, type] = {cls.__name__: cls for cls in EVENT_TYPES}
VERSION: dict[str, int] = {name: 1 for name in BY_NAME}
_UPCASTERS: dict[tuple[str, int], Callable[[dict], dict]] = {}  # (type, old version) -> newer payload


def _tuple_deep(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuple_deep(v) for v in value)
    return value


_TUPLE_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls) if str(f.type).startswith(("tuple", "Answers")))
    for cls in EVENT_TYPES
}


def to_record(event: Event) -> tuple[str, int, str]:
    """(type name, version, JSON payload) for the store."""
    name = type(event).__name__
    payload = {f: getattr(event, f) for f in event.__slots__}
    return name, VERSION[name], json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def from_record(name: str, version: int, payload: str | dict) -> Event:
    """The event a stored record holds; KeyError/TypeError/ValueError if it is not one."""
    cls = BY_NAME[name]
    data = _loads(payload) if isinstance(payload, str) else dict(payload)
    if version != VERSION[name]:
        data = _upcast(name, version, data)
    for key in _TUPLE_FIELDS[cls]:
        if key in data:
            data[key] = _tuple_deep(data[key])
    return cls(**data)


_loads = json.JSONDecoder().decode


def _upcast(name: str, version: int, data: dict) -> dict:
    if version > VERSION[name]:
        raise ValueError(f"{name} v{version} is newer than this Alqa knows")
    while version < VERSION[name]:
        data = _UPCASTERS[(name, version)](data)
        version += 1
    return data


def event_to_json(event: Event) -> dict:
    """An event as a JSON object with its type, for scenarios and exports."""
    name, _, payload = to_record(event)
    return {"type": name, **json.loads(payload)}


def event_from_json(data: dict) -> Event:
    """Read {"type": ..., fields...}; TypeError/KeyError/ValueError when malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise ValueError("an event needs a type")
    body = {k: v for k, v in data.items() if k != "type"}
    return from_record(data["type"], VERSION.get(data["type"], 1), body)
