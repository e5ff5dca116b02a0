"""The sentencing vote, where the panel decides the sentence: proposals and ballots in, the penalty out.

A model's `sentencing` section says who decides (`by`: the judge alone, or the panel) and, for a
panel, its method: `thresholds` (Kazakhstan: a majority, more for long or life sentences),
`rounds` (France: round after round, the harshest proposal set aside), or `cumulative` (Japan:
the votes for the harshest opinion go to the next milder one until one has the majority).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.court import VOTING_ROLES, CourtModel, Threshold, _fail, _int
from app.core.errors import RuleViolation
from app.core.lang import Msg

PENALTY_KINDS = ("prison", "life", "death")  # mildest first
METHODS = ("thresholds", "rounds", "cumulative")


class SentenceRefused(RuleViolation):
    """A sentencing ballot or vote this court does not allow."""


@dataclass(frozen=True, slots=True)
class Penalty:
    """A penalty proposed: prison for some years, life imprisonment, or death."""

    kind: str
    years: float = 0

    @property
    def severity(self) -> tuple[int, float]:
        return PENALTY_KINDS.index(self.kind), self.years

    def msg(self) -> Msg:
        if self.kind == "prison":
            return Msg.of("penalty.prison", years=_number(self.years))
        return Msg.of(f"penalty.{self.kind}")

    def to_json(self) -> float | str:
        return _number(self.years) if self.kind == "prison" else self.kind

    @classmethod
    def parse(cls, value: Any) -> Penalty:
        """A penalty from data: a number of years, "life" or "death"."""
        if isinstance(value, str) and value in PENALTY_KINDS[1:]:
            return cls(value)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= 100:
            return cls("prison", float(value))
        raise SentenceRefused(Msg.of("sentence.bad_penalty", value=str(value)))


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class SentenceBallot:
    """One voter's sentencing ballot: the penalty it is for, or None (against the proposal, or blank)."""

    role: str
    penalty: Penalty | None


@dataclass(frozen=True, slots=True)
class Limit:
    """A penalty that needs more than the usual majority, and what is left when it fails."""

    need: Threshold
    penalty: str | None = None  # applies to this kind of penalty ("life", "death")
    above_years: float | None = None  # or to anything harsher than prison for so many years
    else_at_most_years: float | None = None  # without it, the sentence may be at most this

    def applies(self, penalty: Penalty) -> bool:
        if self.penalty is not None:
            return penalty.kind == self.penalty
        return penalty.severity > Penalty("prison", self.above_years or 0).severity


@dataclass(frozen=True, slots=True)
class SentencingRules:
    by: str  # "judge" or "panel"
    ballot: str = "open"
    method: str = "thresholds"
    default: Threshold = Threshold("majority")
    limits: tuple[Limit, ...] = ()
    drop_harshest_from_round: int = 0  # from this round on the harshest earlier proposal is set aside
    must_include: Mapping[str, int] = field(default_factory=dict)

    def need(self, penalty: Penalty, voters: int) -> tuple[int, Limit | None]:
        """Votes `penalty` needs out of `voters`, and the limit that sets it (None: the usual majority)."""
        need, binding = self.default.need(voters) or voters, None
        for limit in self.limits:
            extra = limit.need.need(voters) or voters
            if limit.applies(penalty) and extra > need:
                need, binding = extra, limit
        return need, binding

    @classmethod
    def of(cls, model: CourtModel) -> SentencingRules:
        """The sentencing rules of `model`; DataError names a field that cannot work."""
        return _parse(model.sentencing, model)


def _parse(data: Mapping, model: CourtModel) -> SentencingRules:
    by = data.get("by", "judge")
    if by not in ("judge", "panel"):
        raise _fail("model.bad_choice", field="sentencing.by", value=str(by), allowed="judge, panel")
    if by == "judge":
        return SentencingRules("judge")
    method = data.get("method", "thresholds")
    if method not in METHODS:
        raise _fail("model.bad_choice", field="sentencing.method", value=str(method), allowed=", ".join(METHODS))
    ballot = data.get("ballot", "open")
    if ballot not in ("open", "secret"):
        raise _fail("model.bad_choice", field="sentencing.ballot", value=str(ballot), allowed="open, secret")
    must = data.get("must_include", {})
    if not isinstance(must, Mapping) or any(r not in model.voters for r in must):
        raise _fail("model.bad_choice", field="sentencing.must_include", value=str(must),
                    allowed=", ".join(model.voters))
    rules = SentencingRules(
        by, ballot, method, Threshold.from_dict(data.get("default", {"kind": "majority"}), "sentencing.default"),
        tuple(_limit(raw, f"sentencing.thresholds.{i}") for i, raw in enumerate(_list(data, "thresholds"))),
        _int(data, "drop_harshest_from_round", "sentencing", minimum=0, default=0),
        {r: _int(must, r, "sentencing.must_include", minimum=1) for r in must})
    full = model.voting_panel()
    for where, threshold in (("default", rules.default), *((f"thresholds.{i}", lim.need)
                                                           for i, lim in enumerate(rules.limits))):
        need = threshold.need(full)
        if need is None or need > full:
            raise _fail("model.majority_too_large", field=f"sentencing.{where}", need=need or 0, panel=full)
    for role, count in rules.must_include.items():
        if count > model.seats_for(role):
            raise _fail("model.too_large", field=f"sentencing.must_include.{role}", maximum=model.seats_for(role),
                        value=count)
    return rules


def _list(data: Mapping, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _fail("model.section_expected", field=f"sentencing.{key}")
    return value


def _limit(raw: Any, where: str) -> Limit:
    if not isinstance(raw, Mapping) or ("penalty" in raw) == ("above_years" in raw):
        raise _fail("model.section_expected", field=where)
    if "penalty" in raw and raw["penalty"] not in PENALTY_KINDS[1:]:
        raise _fail("model.bad_choice", field=f"{where}.penalty", value=str(raw["penalty"]), allowed="life, death")
    cap = raw.get("else_at_most_years")
    for name, value in (("above_years", raw.get("above_years", 1)), ("else_at_most_years", cap if cap else 1)):
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise _fail("model.not_a_number", field=f"{where}.{name}")
    return Limit(Threshold.from_dict(raw.get("need"), f"{where}.need"), raw.get("penalty"),
                 raw.get("above_years"), cap)


@dataclass(frozen=True, slots=True)
class SentenceOutcome:
    """What the sentencing vote gave: a penalty imposed, or why not, and what may follow."""

    status: str  # "imposed", "not_imposed" (vote on another proposal), "vote_again"
    penalty: Penalty | None
    round: int
    rule: Msg
    ceiling: Penalty | None = None  # the next round may propose nothing harsher than this
    below: Penalty | None = None  # ... and nothing as harsh as this


@dataclass(frozen=True, slots=True)
class _Round:
    no: int
    votes: Mapping[Penalty, Counter]  # penalty -> votes by role
    voters: int

    def total(self, penalty: Penalty) -> int:
        return sum(self.votes[penalty].values())

    def proposals(self) -> list[Penalty]:
        """The penalties proposed, harshest first."""
        return sorted(self.votes, key=lambda p: p.severity, reverse=True)


def sentence(model: CourtModel, rounds: Sequence[Sequence[SentenceBallot]], *,
             jurors_sitting: int | None = None) -> SentenceOutcome:
    """Count the sentencing rounds in order until a penalty is imposed; pure, no I/O."""
    rules = SentencingRules.of(model)
    if rules.by == "judge":
        raise SentenceRefused(Msg.of("sentence.by_judge"))
    voters = model.voting_panel(jurors_sitting)
    outcome = SentenceOutcome("vote_again", None, 0, Msg.of("sentence.no_votes"))
    for no, ballots in enumerate(rounds, start=1):
        _check_ballots(model, ballots, no, outcome, jurors_sitting)
        votes: dict[Penalty, Counter] = {}
        for ballot in ballots:
            if ballot.penalty is not None:
                votes.setdefault(ballot.penalty, Counter())[ballot.role] += 1
        outcome = _METHODS[rules.method](rules, _Round(no, votes, voters), outcome)
        if outcome.status == "imposed":
            break
    return outcome


def _check_ballots(model: CourtModel, ballots: Sequence[SentenceBallot], no: int, before: SentenceOutcome,
                   jurors_sitting: int | None) -> None:
    counts: Counter = Counter()
    for index, ballot in enumerate(ballots, start=1):
        where = {"index": index, "round": no}
        if ballot.role not in VOTING_ROLES or ballot.role not in model.voters:
            raise SentenceRefused(Msg.of(f"sentence.{ballot.role}_not_voting" if ballot.role in VOTING_ROLES
                                         else "sentence.bad_role", role=str(ballot.role), **where))
        counts[ballot.role] += 1
        seats = model.seats_for(ballot.role, jurors_sitting)
        if counts[ballot.role] > seats:
            raise SentenceRefused(Msg.of(f"sentence.too_many_{ballot.role}s", seats=seats, **where))
        penalty = ballot.penalty
        if penalty is None:
            continue
        if before.ceiling is not None and penalty.severity > before.ceiling.severity:
            raise SentenceRefused(Msg.of("sentence.above_ceiling", penalty=penalty.msg(),
                                         ceiling=before.ceiling.msg(), **where))
        if before.below is not None and penalty.severity >= before.below.severity:
            raise SentenceRefused(Msg.of("sentence.set_aside", penalty=penalty.msg(),
                                         below=before.below.msg(), **where))


def _carries(rules: SentencingRules, r: _Round, penalty: Penalty, votes: Counter) -> bool:
    need, _ = rules.need(penalty, r.voters)
    return sum(votes.values()) >= need and all(votes[role] >= k for role, k in rules.must_include.items())


def _imposed(rules: SentencingRules, r: _Round, penalty: Penalty) -> SentenceOutcome:
    need, _ = rules.need(penalty, r.voters)
    return SentenceOutcome("imposed", penalty, r.no, Msg.of(
        "sentence.imposed", penalty=penalty.msg(), votes=r.total(penalty), voters=r.voters, need=need))


def _short(rules: SentencingRules, r: _Round, penalty: Penalty, before: SentenceOutcome,
           status: str) -> SentenceOutcome:
    """Why the leading proposal failed, with the cap that follows where the law sets one."""
    need, limit = rules.need(penalty, r.voters)
    params = {"penalty": penalty.msg(), "votes": r.total(penalty), "voters": r.voters, "need": need}
    if limit is not None and limit.else_at_most_years:
        cap = Penalty("prison", limit.else_at_most_years)
        ceiling = cap if before.ceiling is None or cap.severity < before.ceiling.severity else before.ceiling
        return SentenceOutcome("vote_again", None, r.no, Msg.of("sentence.capped", cap=cap.msg(), **params),
                               ceiling, before.below)
    if limit is None:
        key = "sentence.short"
    elif limit.need.kind == "unanimous":
        key = "sentence.short_unanimous"
    elif limit.above_years is not None:
        key, params["years"] = "sentence.short_above", _number(limit.above_years)
    else:
        key = "sentence.short_penalty"
    return SentenceOutcome(status, None, r.no, Msg.of(key, **params), before.ceiling, before.below)


def _by_thresholds(rules: SentencingRules, r: _Round, before: SentenceOutcome) -> SentenceOutcome:
    """Kazakhstan: each proposal needs its majority; the one with most votes is looked at first."""
    leading = sorted(r.votes, key=lambda p: (-r.total(p), p.severity))
    for penalty in leading:
        if _carries(rules, r, penalty, r.votes[penalty]):
            return _imposed(rules, r, penalty)
    if not leading:
        return SentenceOutcome("not_imposed", None, r.no, Msg.of("sentence.no_proposal", round=r.no))
    return _short(rules, r, leading[0], before, "not_imposed")


def _by_rounds(rules: SentencingRules, r: _Round, before: SentenceOutcome) -> SentenceOutcome:
    """France (CPP art. 362): a majority or a new round; later rounds set aside the harshest proposal."""
    leading = sorted(r.votes, key=lambda p: (-r.total(p), p.severity))
    for penalty in leading:
        if _carries(rules, r, penalty, r.votes[penalty]):
            return _imposed(rules, r, penalty)
    usual = rules.default.need(r.voters) or r.voters
    for penalty in leading:
        if r.total(penalty) >= usual:  # a majority, but short of the stricter one this penalty needs
            return _short(rules, r, penalty, before, "vote_again")
    params = {"round": r.no, "next": r.no + 1, "need": usual, "voters": r.voters}
    if rules.drop_harshest_from_round and r.no + 1 >= rules.drop_harshest_from_round and r.votes:
        harshest = r.proposals()[0]
        return SentenceOutcome("vote_again", None, r.no, Msg.of("sentence.drop_harshest", penalty=harshest.msg(),
                                                                  **params), before.ceiling, harshest)
    return SentenceOutcome("vote_again", None, r.no, Msg.of("sentence.vote_again", **params),
                           before.ceiling, before.below)


def _by_accumulation(rules: SentencingRules, r: _Round, before: SentenceOutcome) -> SentenceOutcome:
    """Japan (Saiban-in Act art. 67(2)): add the harshest opinion's votes to the next milder one."""
    pooled: Counter = Counter()
    for step, penalty in enumerate(r.proposals()):
        pooled = pooled + r.votes[penalty]
        if _carries(rules, r, penalty, pooled):
            if step == 0:
                return _imposed(rules, r, penalty)
            need, _ = rules.need(penalty, r.voters)
            return SentenceOutcome("imposed", penalty, r.no, Msg.of(
                "sentence.cumulative", penalty=penalty.msg(), votes=sum(pooled.values()), voters=r.voters,
                need=need, judges=pooled["judge"], lay=pooled["juror"], own=r.total(penalty)))
    params = {"round": r.no, "next": r.no + 1, "need": rules.default.need(r.voters) or r.voters, "voters": r.voters}
    return SentenceOutcome("vote_again", None, r.no, Msg.of("sentence.vote_again", **params),
                           before.ceiling, before.below)


_METHODS = {"thresholds": _by_thresholds, "rounds": _by_rounds, "cumulative": _by_accumulation}
