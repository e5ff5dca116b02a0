"""What the other courts would have decided: the same raw ballots, fitted to each court's panel.

The fitting is one rule, stated for each court in one sentence (`Comparison.mapping`):
a court where jurors decide alone leaves the judges' ballots out; each voting role's ballots
are scaled in proportion to that court's seats for the role (exactly when the shapes match),
halves rounding in the accused's favour; a role the panel did not have (judges, for a jury)
follows the whole panel's ballots. Questions are fitted too (`Comparison.notes`).
See docs/court-models.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import floor

from app.core.case import Question
from app.core.court import QUESTION_FORMS, CourtModel
from app.core.lang import Msg
from app.core.verdict import Ballot, Outcome, against_answer, decide


@dataclass(frozen=True, slots=True)
class Comparison:
    """One other court's outcome on the same ballots, and how the ballots were fitted to it."""

    model: CourtModel
    outcome: Outcome
    mapping: Msg  # the panel rule, in one sentence
    notes: tuple[Msg, ...]  # questions or blanks fitted to this court, if any


def compare(source: CourtModel, questions: Sequence[Question], ballots: Mapping[str, Sequence[Ballot]],
            models: Sequence[CourtModel], *, minutes: float | None = None,
            jurors_sitting: int | None = None) -> tuple[Comparison, ...]:
    """The outcome under every model in `models` but `source` itself, in their order."""
    return tuple(compare_one(source, target, questions, ballots, minutes=minutes, jurors_sitting=jurors_sitting)
                 for target in models if target.id != source.id)


def compare_vote(state, vote, models: Sequence[CourtModel]) -> tuple[Comparison, ...]:
    """The other courts on a revealed vote of a session (`state`: SessionState, `vote`: Vote)."""
    by_id = {q.id: q for q in state.meta.case.questions}
    ballots: dict[str, list[Ballot]] = {q: [] for q in vote.questions}
    for role, answers in vote.ballots:
        for qid, answer in answers:
            ballots[qid].append(Ballot(role, answer))
    return compare(state.meta.model, [by_id[q] for q in vote.questions], ballots, models,
                   minutes=state.deliberation_seconds / 60)


def compare_one(source: CourtModel, target: CourtModel, questions: Sequence[Question],
                ballots: Mapping[str, Sequence[Ballot]], *, minutes: float | None = None,
                jurors_sitting: int | None = None) -> Comparison:
    """What `target` would decide on the ballots cast under `source`."""
    fitted, notes = _fit_questions(source, target, questions, ballots)
    new_ballots = {q.id: _fit_ballots(source, target, q.kind, src, jurors_sitting) for q, src in fitted}
    if any(b.answer == "blank" for q, src in fitted for b in src) and target.blank == "refused":
        notes.append(Msg.of("compare.blank_for_accused"))
    outcome = decide(target, [q for q, _ in fitted], new_ballots, minutes=minutes)
    return Comparison(target, outcome, mapping(source, target, jurors_sitting), tuple(notes))


def mapping(source: CourtModel, target: CourtModel, jurors_sitting: int | None = None) -> Msg:
    """The one sentence that says how ballots cast under `source` fill `target`'s panel."""
    cast = {role: source.seats_for(role, jurors_sitting) for role in ("judge", "juror")}
    seats = {role: target.seats_for(role) for role in ("judge", "juror")}
    dropped = cast["judge"] > 0 and seats["judge"] == 0
    exact = all(cast[role] == seats[role] for role in target.voters)
    if exact:
        return Msg.of("compare.judges_left_out" if dropped else "compare.as_cast")
    if dropped:
        return Msg.of("compare.judges_left_out_scaled", cast=cast["juror"], seats=seats["juror"])
    if seats["judge"] == 0:
        return Msg.of("compare.jurors_scaled", cast=cast["juror"], seats=seats["juror"])
    if cast["judge"] == 0:
        return Msg.of("compare.mixed_no_judges", judges=seats["judge"], cast=cast["juror"], lay=seats["juror"])
    return Msg.of("compare.mixed_scaled", judges=seats["judge"], lay=seats["juror"])


def _against(ballots: Sequence[Ballot], kind: str) -> int:
    return sum(1 for b in ballots if b.answer == against_answer(kind))


def _fit_questions(source: CourtModel, target: CourtModel, questions: Sequence[Question],
                   ballots: Mapping[str, Sequence[Ballot]]) -> tuple[list[tuple[Question, Sequence[Ballot]]], list]:
    """The target court's questions, each with the source ballots that answer it."""
    out: list[tuple[Question, Sequence[Ballot]]] = []
    notes: list[Msg] = []
    chosen: list[str] = []
    for charge in dict.fromkeys(q.charge for q in questions):
        main = [q for q in questions if q.charge == charge and q.kind != "leniency"]
        lenient = [q for q in questions if q.charge == charge and q.kind == "leniency"]
        if main and source.question_form == target.question_form:
            out.extend((q, ballots.get(q.id, ())) for q in main)
        elif main and target.question_form == "general":
            # the main question with the fewest votes against the accused stands for "guilty?"
            weakest = min(main, key=lambda q: _against(ballots.get(q.id, ()), q.kind))
            chosen.append(weakest.id)
            out.append((Question(weakest.id, charge, "general", weakest.text), ballots.get(weakest.id, ())))
        else:
            for q in main:
                out.extend((Question(f"{q.id}/{kind}", charge, kind, q.text), ballots.get(q.id, ()))
                           for kind in QUESTION_FORMS[target.question_form])
        if target.leniency:
            out.extend((q, ballots.get(q.id, ())) for q in lenient)
    if chosen:
        notes.append(Msg.of("compare.general_from_three", question=", ".join(chosen)))
    elif source.question_form != target.question_form:
        notes.append(Msg.of("compare.three_from_general"))
    if source.leniency and not target.leniency and any(q.kind == "leniency" for q in questions):
        notes.append(Msg.of("compare.leniency_dropped"))
    elif target.leniency and not any(q.kind == "leniency" for q in questions):
        notes.append(Msg.of("compare.leniency_not_asked"))
    return out, notes


def _scale(count: int, cast: int, seats: int) -> int:
    """`count` of `cast` as a share of `seats`; an exact half rounds down (the accused's way)."""
    share = Fraction(count * seats, cast)
    whole = floor(share)
    return whole + 1 if share - whole > Fraction(1, 2) else whole


def _fit_ballots(source: CourtModel, target: CourtModel, kind: str, ballots: Sequence[Ballot],
                 jurors_sitting: int | None) -> list[Ballot]:
    """The ballots `target`'s panel would cast, in proportion to those cast under `source`."""
    worse = against_answer(kind)
    better = "yes" if worse == "no" else "no"
    out: list[Ballot] = []
    for role in target.voters:
        seats = target.seats_for(role)
        own = source.seats_for(role, jurors_sitting)
        pool = [b for b in ballots if b.role == role] if own else list(ballots)
        panel = own or source.voting_panel(jurors_sitting)
        counts = Counter(b.answer for b in pool)
        blank = counts["blank"] if target.blank != "refused" else 0  # where blanks are refused they favour the accused
        against = _scale(counts[worse], panel, seats)
        with_blank = _scale(counts[worse] + blank, panel, seats)
        cast = _scale(len(pool), panel, seats)
        out += [Ballot(role, worse)] * against + [Ballot(role, "blank")] * (with_blank - against)
        out += [Ballot(role, better)] * (cast - with_blank)
    return out
