"""A court model, and the rule behind an outcome, in plain words: whole sentences as message keys.

The wizard's model cards show `summary(model)`; the verdict screen and `alqa models show`
show all of `describe(model)`; the verdict engine words its deciding rule with `OutcomeWords`.
Nothing here is a finished sentence: app/i18n.py words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.court import CourtModel, DecisionStage
from app.core.lang import Msg
from app.core.sentencing import Penalty, SentencingRules
from app.core.verdict import Group, Pending, QuestionResult, Unasked


def summary(model: CourtModel) -> tuple[Msg, ...]:
    """The few sentences a model card shows: who decides, how they vote, what majority, blanks."""
    return (_bench(model), _ballot(model), *(_majority(model, i) for i in range(len(model.stages))), _blank(model))


def describe(model: CourtModel) -> tuple[Msg, ...]:
    """Every rule the engine applies, sentence by sentence."""
    majorities = [_majority(model, i) for i in range(len(model.stages))]
    last = model.stages[-1]
    extra = [Msg.of("describe.must_include", judges=last.must_include.get("judge", 0),
                    lay=last.must_include.get("juror", 0))] if last.must_include else []
    return (_bench(model), _ballot(model), _questions(model), *majorities, *extra, *_smaller(model),
            _blank(model), _ending(model), _dropping_out(model), *_sentence(model))


def _bench(model: CourtModel) -> Msg:
    seats = model.seats
    if model.panel == "jury":
        key = "describe.bench.jury_foreperson" if model.foreperson else "describe.bench.jury"
        return Msg.of(key, lay=seats.lay)
    one = "_one_judge" if seats.judges == 1 else ""
    lay = "_lay_judges" if seats.lay_title == "lay_judges" else ""
    return Msg.of(f"describe.bench.mixed{one}{lay}", judges=seats.judges, lay=seats.lay)


def _ballot(model: CourtModel) -> Msg:
    return Msg.of(f"describe.ballot.{model.ballot}_{model.order}")


def _questions(model: CourtModel) -> Msg:
    leniency = "_leniency" if model.leniency else ""
    return Msg.of(f"describe.questions.{model.question_form}{leniency}")


def _kind(stage: DecisionStage, voters: int) -> str:
    need = stage.against.need(voters)
    need_f = stage.favour.need(voters) if stage.favour else None
    if need_f is None:
        return "rest"
    if need == need_f == voters:
        return "unanimous"
    return "same" if need == need_f else "split"


def _majority(model: CourtModel, index: int) -> Msg:
    """What stage `index` asks of the full panel, and from when."""
    stage, voters = model.stages[index], model.voting_panel()
    params = {"voters": voters, "need": stage.against.need(voters) or voters,
              "favour": stage.favour.need(voters) if stage.favour else None}
    if len(model.stages) == 1:
        timing = ""
    elif index == 0:
        timing, params["until"] = "_until", model.stages[1].from_minutes
    else:
        timing, params["minutes"] = "_from", stage.from_minutes
    return Msg.of(f"describe.majority.{_kind(stage, voters)}{timing}",
                  **{k: v for k, v in params.items() if v is not None})


def _smaller(model: CourtModel) -> list[Msg]:
    """What the last stage asks when jurors have dropped out but the trial goes on."""
    stage = model.stages[-1]
    out = []
    for sitting in range(model.seats.lay - 1, model.seats.lay_min - 1, -1):
        voters = model.voting_panel(sitting)
        out.append(Msg.of("describe.smaller", jurors=sitting, voters=voters, need=stage.against.need(voters) or voters))
    return out


def _blank(model: CourtModel) -> Msg:
    return Msg.of(f"describe.blank.{model.blank}")


def _ending(model: CourtModel) -> Msg:
    return Msg.of("describe.hung" if model.hung else "describe.always")


def _dropping_out(model: CourtModel) -> Msg:
    seats = model.seats
    if seats.lay_min < seats.lay:
        return Msg.of(f"describe.below_min.{seats.below_min}", minimum=seats.lay_min)
    return Msg.of(f"describe.no_reserve.{seats.below_min}")


def _sentence(model: CourtModel) -> list[Msg]:
    rules = SentencingRules.of(model)
    if rules.by == "judge":
        return [Msg.of("describe.sentence.judge")]
    voters = model.voting_panel()
    method = "thresholds" if rules.method == "rounds" and not rules.drop_harshest_from_round else rules.method
    out = [Msg.of(f"describe.sentence.{method}", need=rules.default.need(voters) or voters, voters=voters,
                  rounds=max(rules.drop_harshest_from_round - 1, 0))]
    for limit in rules.limits:
        need = limit.need.need(voters) or voters
        if limit.above_years is not None:
            out.append(Msg.of("describe.limit.above", years=Penalty("prison", limit.above_years).to_json(),
                              need=need, voters=voters))
            continue
        penalty = Penalty(limit.penalty or "life").msg()
        if limit.else_at_most_years:
            cap = Penalty("prison", limit.else_at_most_years).msg()
            out.append(Msg.of("describe.limit.penalty_cap", penalty=penalty, need=need, voters=voters, cap=cap))
        elif need == voters:
            out.append(Msg.of("describe.limit.unanimous", penalty=penalty, voters=voters))
        else:
            out.append(Msg.of("describe.limit.penalty", penalty=penalty, need=need, voters=voters))
    return out


@dataclass(frozen=True, slots=True)
class OutcomeWords:
    """The rule that decided an outcome, as a message: what it needs to know besides the ballots."""

    model: CourtModel
    stage: DecisionStage
    voters: int
    minutes: float | None

    def rule(self, verdict: str, groups: list[Group], pending: Pending) -> Msg:
        if not groups:
            return Msg.of("verdict.no_questions")
        guilty = [g for g, v in groups if v == "guilty"]
        if verdict == "guilty":
            if pending is not None and not (isinstance(pending, QuestionResult) and pending.kind == "leniency"):
                return self.partial(guilty, pending)
            if pending is not None:
                return self.open(pending)
            return self.guilty(guilty)
        if verdict == "not_guilty":
            first = next(r for g in (g for g, _ in groups) for r in g if r.kind != "leniency" and r.favour)
            return self.not_guilty(first)
        return self.open(pending)

    def guilty(self, groups: list[tuple[QuestionResult, ...]]) -> Msg:
        decided = [r for g in groups for r in g if r.kind == "leniency" and r.answer != "none"]
        if decided:
            return self.leniency(decided[0])
        main = [r for g in groups for r in g if r.kind != "leniency"]
        closest = min(main, key=lambda r: r.tally.against_total)
        c, against = closest.carry, closest.tally.against_total
        if self.model.announce == "threshold":
            return Msg.of("verdict.guilty_threshold", need=c.need, voters=self.voters)
        if c.need == self.voters:
            return Msg.of("verdict.guilty_unanimous", voters=self.voters)
        if self.stage.must_include:
            return Msg.of("verdict.guilty_mixed", need=c.need, voters=self.voters, question=closest.id, yes=against,
                          **self.roles(closest))
        if self.model.announce == "majority_counts":
            return Msg.of("verdict.guilty_majority_stated", yes=against, no=closest.tally.favour, need=c.need,
                          voters=self.voters)
        return Msg.of("verdict.guilty", need=c.need, voters=self.voters, question=closest.id, yes=against)

    def roles(self, result: QuestionResult) -> dict[str, int]:
        must = self.stage.must_include
        return {"judges_need": must.get("judge", 0), "lay_need": must.get("juror", 0),
                "judges_yes": result.tally.against.get("judge", 0), "lay_yes": result.tally.against.get("juror", 0)}

    def favour_count(self, result: QuestionResult) -> int:
        return result.tally.favour + (result.tally.blank if self.model.blank == "favour" else 0)

    def leniency(self, result: QuestionResult) -> Msg:
        c, params = result.carry, {"question": result.id, "voters": self.voters}
        if result.against:
            return Msg.of("verdict.guilty_not_lenient", against=result.tally.against_total, need=c.need, **params)
        if c.need_favour is None:
            return Msg.of("verdict.guilty_lenient_short", against=result.tally.against_total, need=c.need, **params)
        return Msg.of("verdict.guilty_lenient", lenient=self.favour_count(result), need=c.need_favour, **params)

    def not_guilty(self, result: QuestionResult) -> Msg:
        c, favour, against = result.carry, self.favour_count(result), result.tally.against_total
        params = {"question": result.id, "voters": self.voters}
        if c.reason == "roles":
            return Msg.of("verdict.not_guilty_roles", yes=against, need=c.need, **self.roles(result), **params)
        if c.reason == "short":
            if self.model.announce == "threshold":
                blank = "_blank" if result.blank and self.model.blank == "favour" else ""
                return Msg.of(f"verdict.not_guilty_threshold{blank}", need=c.need, **params)
            return Msg.of("verdict.not_guilty_short", need=c.need, yes=against, **params)
        if self.model.announce == "majority_counts" and favour < self.voters:
            return Msg.of("verdict.not_guilty_majority", favour=favour, against=against, need=c.need_favour,
                          voters=self.voters)
        if c.need_favour == self.voters:
            return Msg.of("verdict.not_guilty_unanimous", **params)
        if c.need_favour is not None and 2 * c.need_favour <= self.voters:
            return Msg.of("verdict.not_guilty_half", need=c.need_favour, favour=favour, **params)
        return Msg.of("verdict.not_guilty", need=c.need_favour, favour=favour, **params)

    def open(self, pending: Pending) -> Msg:
        if pending is None:
            return Msg.of("verdict.no_questions")
        if isinstance(pending, Unasked):
            return Msg.of("verdict.questions_missing", question=pending.after, missing=pending.count)
        c = pending.carry
        params = {"question": pending.id, "yes": pending.yes, "no": pending.no, "voters": self.voters}
        if c.reason == "waiting":
            cast = pending.yes + pending.no + pending.blank
            return Msg.of("verdict.waiting", question=pending.id, cast=cast, voters=self.voters,
                          missing=self.voters - cast)
        later = self.model.next_stage(self.minutes)
        if later is not None and c.need == self.voters:
            return Msg.of("verdict.deliberate_unanimous", from_minutes=later.from_minutes, **params)
        if later is not None:
            return Msg.of("verdict.deliberate", need=c.need or self.voters, from_minutes=later.from_minutes,
                          next_need=later.against.need(self.voters) or self.voters, **params)
        return Msg.of("verdict.hung" if self.model.hung else "verdict.open", need=c.need, **params)

    def partial(self, guilty: list[tuple[QuestionResult, ...]], pending: QuestionResult | Unasked) -> Msg:
        counts = ", ".join([r for r in g if r.kind != "leniency"][-1].id for g in guilty)
        if isinstance(pending, Unasked) or pending.carry.reason == "waiting":
            label = pending.after if isinstance(pending, Unasked) else pending.id
            return Msg.of("verdict.partial_waiting", guilty=counts, open=label)
        key = "verdict.partial_hung" if self.model.hung and self.model.next_stage(self.minutes) is None \
            else "verdict.partial_deliberate"
        return Msg.of(key, guilty=counts, open=pending.id, yes=pending.yes, no=pending.no,
                      need=pending.carry.need, voters=self.voters)
