"""The verdict engine: the court's rules applied to the ballots, question by question.

`decide` reads everything from the court model (who votes, what majority, what a blank
means, when a majority becomes allowed, whether a jury can hang); it never asks which court
it is. It is pure and deterministic: the same ballots in any order give the same outcome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.core.case import Question
from app.core.court import QUESTION_FORMS, VOTING_ROLES, CourtModel, DecisionStage
from app.core.errors import DataError, RuleViolation
from app.core.lang import LText, Msg

ANSWERS = ("yes", "no", "blank")


class BallotRefused(RuleViolation):
    """A ballot this court does not allow; the message names the ballot and the question."""


@dataclass(frozen=True, slots=True)
class Ballot:
    """One ballot on one question: the voter's role and the answer (yes is against the accused)."""

    role: str  # "judge" or "juror" (lay judges vote as "juror")
    answer: str  # "yes", "no" or "blank"


@dataclass(frozen=True, slots=True)
class Tally:
    """The ballots on one question: against the accused by role, for them, blank, and still to come by role."""

    against: Mapping[str, int]
    favour: int
    blank: int = 0
    missing: Mapping[str, int] = field(default_factory=dict)

    @property
    def against_total(self) -> int:
        return sum(self.against.values())

    @property
    def missing_total(self) -> int:
        return sum(self.missing.values())


@dataclass(frozen=True, slots=True)
class Carry:
    """Which side carries one question, and why.

    `side` is "against" (the accused's loss), "favour" or None (no answer carries yet);
    `reason` is "reached" (the side has its majority), "short" or "roles" (the accused wins
    because the other side fell short of its count or of the roles it must include),
    "waiting" (ballots still to come could decide it) or "open" (every ballot is in).
    """

    side: str | None
    reason: str
    need: int | None  # what an answer against the accused needs
    need_favour: int | None  # what an answer for the accused needs; None: anything short of `need`


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """How one question came out: the answer that carries ("none": none yet) and the count."""

    id: str
    kind: str
    charge: str
    answer: str  # "yes", "no" or "none"
    yes: int
    no: int
    blank: int
    tally: Tally  # the same ballots seen as against / for the accused
    carry: Carry

    @property
    def against(self) -> bool:
        return self.answer == against_answer(self.kind)

    @property
    def favour(self) -> bool:
        return self.answer not in ("none", against_answer(self.kind))


@dataclass(frozen=True, slots=True)
class Outcome:
    """The engine's answer: the verdict, whether the panel is done, and the rule that decided it."""

    verdict: str  # "guilty", "not_guilty" or "none"
    status: str  # "decided", "deliberate_on", "hung_possible", "incomplete", "void", "discharged"
    questions: tuple[QuestionResult, ...]
    rule: Msg
    voters: int


def carry(stage: DecisionStage, tally: Tally, voters: int, blank: str) -> Carry:
    """The side these ballots carry out of `voters` under the stage's majorities (`blank`: the court's rule)."""
    need = stage.against.need(voters)
    need_f = stage.favour.need(voters) if stage.favour else None
    against = tally.against_total
    if need is not None and against >= need and _roles_ok(stage, tally.against):
        return Carry("against", "reached", need, need_f)
    favour = tally.favour + (tally.blank if blank == "favour" else 0)
    if stage.favour is not None:
        if need_f is not None and favour >= need_f:
            return Carry("favour", "reached", need, need_f)
        return Carry(None, "waiting" if tally.missing_total else "open", need, need_f)
    # "rest": anything short of the majority against the accused is an answer in their favour,
    # once the ballots still to come could no longer make up that majority
    if need is not None and against + tally.missing_total >= need and _roles_ok(
            stage, {r: tally.against.get(r, 0) + tally.missing.get(r, 0) for r in VOTING_ROLES}):
        return Carry(None, "waiting", need, None)
    return Carry("favour", "short" if need is None or against < need else "roles", need, None)


def _roles_ok(stage: DecisionStage, against: Mapping[str, int]) -> bool:
    return all(against.get(role, 0) >= count for role, count in stage.must_include.items())


def check_decides(model: CourtModel) -> None:
    """Refuse a model that could never decide, could give both answers at once, or could leave a question open
    without a hung jury; called by the loader for every panel size the trial can go on with."""
    last = len(model.stages) - 1
    for sitting in range(model.seats.lay_min, model.seats.lay + 1):
        n = model.voting_panel(sitting)
        for i, stage in enumerate(model.stages):
            need, need_f = stage.against.need(n), stage.favour.need(n) if stage.favour else None
            if need is not None and need_f is not None and need + need_f <= n:
                raise DataError(Msg.of("model.thresholds_overlap", field=f"decision.stages.{i}", voters=n,
                                       against=need, favour=need_f))
        everyone = {role: model.seats_for(role, sitting) for role in VOTING_ROLES}
        stage = model.stages[last]
        if (carry(stage, Tally(everyone, 0), n, model.blank).side != "against"
                or carry(stage, Tally({}, n), n, model.blank).side != "favour"):
            raise DataError(Msg.of("model.never_decides", field=f"decision.stages.{last}", voters=n))
        if not model.hung:
            _check_no_gap(model, stage, sitting, f"decision.stages.{last}")


def _check_no_gap(model: CourtModel, stage: DecisionStage, sitting: int, where: str) -> None:
    """Without a hung jury, every complete set of ballots must give an answer."""
    n = model.voting_panel(sitting)
    for judges_yes in range(model.seats_for("judge", sitting) + 1):
        for lay_yes in range(model.seats_for("juror", sitting) + 1):
            rest = n - judges_yes - lay_yes
            for blank in range(rest + 1 if model.blank != "refused" else 1):
                tally = Tally({"judge": judges_yes, "juror": lay_yes}, rest - blank, blank)
                if carry(stage, tally, n, model.blank).side is None:
                    raise DataError(Msg.of("model.gap_without_hung", field=where, voters=n, yes=judges_yes + lay_yes,
                                           no=rest - blank, blank=blank))


def against_answer(kind: str) -> str:
    """The answer that goes against the accused: yes, except on leniency, where yes favours them."""
    return "no" if kind == "leniency" else "yes"


def question_kinds(model: CourtModel) -> tuple[str, ...]:
    """The kinds of question this court puts for one charge, in order."""
    return (*QUESTION_FORMS[model.question_form], *(("leniency",) if model.leniency else ()))


def questions_in_order(model: CourtModel, ids: Sequence[str], kinds: Sequence[str | None] = ()) -> tuple[Question, ...]:
    """Questions known only by id: kinds follow the court's question form by position, charge after charge."""
    group = question_kinds(model)
    out: list[Question] = []
    charge = 0
    for i, qid in enumerate(ids):
        kind = (kinds[i] if i < len(kinds) else None) or group[i % len(group)]
        if kind == group[0] or not out:
            charge += 1
        out.append(Question(qid, f"charge{charge}", kind, LText()))
    return tuple(out)


def decide(model: CourtModel, questions: Sequence[Question], ballots: Mapping[str, Sequence[Ballot]], *,
           minutes: float | None = None, jurors_sitting: int | None = None) -> Outcome:
    """What the panel's ballots decide under `model` after `minutes` of deliberation (None: long enough)."""
    sitting = _check_panel(model, minutes, jurors_sitting)
    _check_questions(model, questions, ballots)
    for question in questions:
        _check_ballots(model, question.id, ballots.get(question.id, ()), sitting)
    voters = model.voting_panel(sitting)
    stage = model.stage_at(minutes)
    results = tuple(_result(model, stage, q, ballots.get(q.id, ()), sitting) for q in questions)
    if sitting < model.seats.lay_min:
        key = f"verdict.{model.seats.below_min}"
        return Outcome("none", model.seats.below_min, tuple(_unanswered(r) for r in results),
                       Msg.of(key, sitting=sitting, minimum=model.seats.lay_min), voters)
    groups = _charges(model, results)
    verdicts = [v for _, v in groups]
    verdict = "guilty" if "guilty" in verdicts else "none"
    if verdicts and set(verdicts) == {"not_guilty"}:
        verdict = "not_guilty"
    pending = _pending(model, groups)
    status = _status(model, pending, minutes) if groups else "incomplete"
    from app.core.describe import OutcomeWords  # the words import this module's types

    words = OutcomeWords(model, stage, voters, minutes)
    return Outcome(verdict, status, results, words.rule(verdict, groups, pending), voters)


def _check_panel(model: CourtModel, minutes: float | None, jurors_sitting: int | None) -> int:
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int | float) or minutes < 0):
        raise DataError(Msg.of("verdict.bad_minutes", value=str(minutes)))
    sitting = model.seats.lay if jurors_sitting is None else jurors_sitting
    if isinstance(sitting, bool) or not isinstance(sitting, int) or not 0 <= sitting <= model.seats.lay:
        raise DataError(Msg.of("verdict.bad_sitting", value=str(sitting), seats=model.seats.lay))
    return sitting


def _check_questions(model: CourtModel, questions: Sequence[Question], ballots: Mapping) -> None:
    ids = [q.id for q in questions]
    allowed = question_kinds(model)
    for question in questions:
        if ids.count(question.id) > 1:
            raise DataError(Msg.of("verdict.duplicate_question", question=question.id))
        if question.kind not in allowed:
            raise DataError(Msg.of("verdict.question_not_put", question=question.id, kind=question.kind,
                                   allowed=", ".join(allowed)))
    for qid in ballots:
        if qid not in ids:
            raise DataError(Msg.of("verdict.unknown_question", question=str(qid)))


def _check_ballots(model: CourtModel, qid: str, ballots: Sequence[Ballot], sitting: int) -> None:
    """Refuse, naming it, a ballot the court does not allow: no silent correction."""
    counts: Counter = Counter()
    for index, ballot in enumerate(ballots, start=1):
        where = {"index": index, "question": qid}
        if ballot.role not in VOTING_ROLES:
            raise BallotRefused(Msg.of("ballot.bad_role", value=str(ballot.role), **where))
        if ballot.answer not in ANSWERS:
            raise BallotRefused(Msg.of("ballot.bad_answer", value=str(ballot.answer), **where))
        if ballot.role not in model.voters:
            raise BallotRefused(Msg.of(f"ballot.{ballot.role}_not_voting", **where))
        if ballot.answer == "blank" and model.blank == "refused":
            raise BallotRefused(Msg.of("ballot.blank_refused", **where))
        counts[ballot.role] += 1
        seats = model.seats_for(ballot.role, sitting)
        if counts[ballot.role] > seats:
            raise BallotRefused(Msg.of(f"ballot.too_many_{ballot.role}s", seats=seats, **where))


def _result(model: CourtModel, stage: DecisionStage, question: Question, ballots: Sequence[Ballot],
            sitting: int) -> QuestionResult:
    worse = against_answer(question.kind)
    answers = Counter(b.answer for b in ballots)
    against = Counter(b.role for b in ballots if b.answer == worse)
    cast = Counter(b.role for b in ballots)
    missing = {role: model.seats_for(role, sitting) - cast[role] for role in VOTING_ROLES}
    tally = Tally(dict(against), sum(answers[a] for a in ("yes", "no") if a != worse), answers["blank"], missing)
    result = carry(stage, tally, model.voting_panel(sitting), model.blank)
    better = "yes" if worse == "no" else "no"
    answer = {"against": worse, "favour": better}.get(result.side or "", "none")
    return QuestionResult(question.id, question.kind, question.charge, answer, answers["yes"], answers["no"],
                          answers["blank"], tally, result)


def _unanswered(result: QuestionResult) -> QuestionResult:
    return QuestionResult(result.id, result.kind, result.charge, "none", result.yes, result.no, result.blank,
                          result.tally, Carry(None, "open", result.carry.need, result.carry.need_favour))


Group = tuple[tuple[QuestionResult, ...], str]


def _charges(model: CourtModel, results: tuple[QuestionResult, ...]) -> list[Group]:
    """The questions charge by charge, each with its own verdict."""
    order = list(dict.fromkeys(r.charge for r in results))
    groups = []
    for charge in order:
        group = tuple(r for r in results if r.charge == charge)
        main = [r for r in group if r.kind != "leniency"]
        if any(r.favour for r in main):
            verdict = "not_guilty"  # one main question answered for the accused acquits (KZ 656(9), RU 343(3))
        elif main and all(r.against for r in main) and set(QUESTION_FORMS[model.question_form]) <= {
                r.kind for r in main}:
            verdict = "guilty"
        else:
            verdict = "none"
        groups.append((group, verdict))
    return groups


@dataclass(frozen=True, slots=True)
class Unasked:
    """A charge whose answers so far go against the accused, with main questions still to put."""

    after: str  # the last question put on that charge
    count: int  # main questions still to put


Pending = QuestionResult | Unasked | None


def _pending(model: CourtModel, groups: list[Group]) -> Pending:
    """The first question that keeps the panel from being done, if any."""
    for group, verdict in groups:
        if verdict == "guilty":
            open_leniency = [r for r in group if r.kind == "leniency" and r.answer == "none"]
            if open_leniency:
                return open_leniency[0]
        elif verdict == "none":
            open_main = [r for r in group if r.kind != "leniency" and r.answer == "none"]
            if open_main:
                return open_main[0]
            asked = {r.kind for r in group}
            return Unasked(group[-1].id, len([k for k in QUESTION_FORMS[model.question_form] if k not in asked]))
    return None


def _status(model: CourtModel, pending: Pending, minutes: float | None) -> str:
    if pending is None:
        return "decided"
    if isinstance(pending, Unasked) or pending.carry.reason == "waiting":
        return "incomplete"
    if model.next_stage(minutes) is None and model.hung:
        return "hung_possible"
    return "deliberate_on"
