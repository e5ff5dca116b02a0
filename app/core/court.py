"""Court models as data: who sits, who votes, what majority decides, and the law behind each rule.

The file format is documented in docs/formats/court-model.md. A model is read with
`CourtModel.from_dict` (or `load_model` from a path), which refuses a model that could never
work: a seat count below one, a majority larger than the panel, a court that can never decide,
majorities that let both answers carry at once, a court with no hung jury that can be left
without an answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import DataError
from app.core.lang import LText, Msg, ltext

FORMAT_VERSION = 1
VOTING_ROLES = ("judge", "juror")
THRESHOLD_KINDS = ("majority", "half", "at_least", "unanimous", "by_size", "fraction")
# The main questions of each question form; a count is proven only if all of them are.
QUESTION_FORMS: Mapping[str, tuple[str, ...]] = {"three_main": ("act", "did", "guilt"), "general": ("general",)}
BLANK_RULES = ("refused", "favour", "neither")  # recast / counts for the accused / counts for nobody
ANNOUNCE = ("counts", "threshold", "majority_counts")


def _fail(key: str, **params: Any) -> DataError:
    return DataError(Msg.of(key, **params))


def _int(data: Mapping, key: str, where: str, *, minimum: int = 0, default: int | None = None) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail("model.not_a_number", field=f"{where}.{key}")
    if value < minimum:
        raise _fail("model.too_small", field=f"{where}.{key}", minimum=minimum, value=value)
    return value


def _choice(data: Mapping, key: str, where: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    value = data.get(key, default)
    if value not in allowed:
        raise _fail("model.bad_choice", field=f"{where}.{key}", value=str(value), allowed=", ".join(allowed))
    return value


@dataclass(frozen=True, slots=True)
class Threshold:
    """How many of the n voters must give an answer for it to carry."""

    kind: str
    count: int = 0
    num: int = 0
    den: int = 1
    by_size: Mapping[int, int] = field(default_factory=dict)

    def need(self, n: int) -> int | None:
        """Votes needed out of `n`; None where the rule has no figure for a panel of n."""
        if self.kind == "majority":
            return n // 2 + 1
        if self.kind == "half":
            return (n + 1) // 2
        if self.kind == "at_least":
            return self.count
        if self.kind == "unanimous":
            return n
        if self.kind == "fraction":
            return -(-n * self.num // self.den)
        return self.by_size.get(n)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Threshold:
        if not isinstance(data, Mapping):
            raise _fail("model.section_expected", field=where)
        kind = _choice(data, "kind", where, THRESHOLD_KINDS)
        if kind == "at_least":
            return cls(kind, count=_int(data, "count", where, minimum=1))
        if kind == "fraction":
            num, den = _int(data, "num", where, minimum=1), _int(data, "den", where, minimum=1)
            if num > den:
                raise _fail("model.too_large", field=f"{where}.num", maximum=den, value=num)
            return cls(kind, num=num, den=den)
        if kind == "by_size":
            return cls(kind, by_size=_by_size(data.get("by_size"), f"{where}.by_size"))
        return cls(kind)

    def to_dict(self) -> dict:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "at_least":
            out["count"] = self.count
        elif self.kind == "fraction":
            out.update(num=self.num, den=self.den)
        elif self.kind == "by_size":
            out["by_size"] = {str(k): v for k, v in sorted(self.by_size.items())}
        return out


def _by_size(table: Any, where: str) -> dict[int, int]:
    if not isinstance(table, Mapping) or not table:
        raise _fail("model.section_expected", field=where)
    sizes: dict[int, int] = {}
    for size, need in table.items():
        if not str(size).isdigit() or isinstance(need, bool) or not isinstance(need, int) or need < 1:
            raise _fail("model.not_a_number", field=f"{where}.{size}")
        if need > int(size):
            raise _fail("model.majority_too_large", field=f"{where}.{size}", need=need, panel=int(size))
        sizes[int(size)] = need
    return sizes


@dataclass(frozen=True, slots=True)
class DecisionStage:
    """The majorities in force from `from_minutes` of deliberation on.

    `against` is what an answer against the accused needs; `favour` what an answer in the
    accused's favour needs, or None when every answer short of `against` favours the accused.
    `must_include` asks that the "against" side hold at least so many of each role (Japan).
    """

    from_minutes: int
    against: Threshold
    favour: Threshold | None
    must_include: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Seats:
    judges: int
    lay: int
    reserves: int
    lay_min: int
    below_min: str  # "void": the trial is void; "discharged": the jury is discharged
    lay_title: str = "jurors"  # what the lay members are called: "jurors" or "lay_judges" (Japan)

    @property
    def voters(self) -> int:
        return self.judges + self.lay


@dataclass(frozen=True, slots=True)
class Selection:
    """Jury selection: the pool, the challenges each side has, the lot."""

    pool_min: int
    pool_cut: int  # the lot cuts the pool to this many before peremptory challenges (0: no cut)
    peremptory: Mapping[str, int]  # side ("prosecution", "defence") -> challenges
    extra_per_reserves: tuple[tuple[int, int], ...] = ()  # (from reserves, extra each side)

    def peremptory_for(self, side: str, reserves: int) -> int:
        extra = 0
        for threshold, add in self.extra_per_reserves:
            if reserves >= threshold:
                extra = add
        return self.peremptory.get(side, 0) + extra


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the model in words, with its legal source."""

    id: str
    text: LText
    source: str
    unverified: bool = False


@dataclass(frozen=True, slots=True)
class CourtModel:
    id: str
    names: LText
    panel: str  # "mixed": judges and lay members decide together; "jury": jurors alone
    seats: Seats
    selection: Selection
    voters: tuple[str, ...]  # roles that vote on guilt
    blank: str  # "refused": recast; "favour": counts for the accused; "neither": counts for nobody
    stages: tuple[DecisionStage, ...]
    hung: bool  # may the jury be declared hung when no majority is reached
    question_form: str  # "three_main" (act, did, guilt) or "general" (one per charge)
    leniency: bool
    ballot: str  # the court's own way: "secret", "open" or "free" (the panel chooses)
    order: str  # "none", "seat", "seat_foreperson_last"
    foreperson: bool
    sentencing: Mapping[str, Any]  # read by app.core.sentencing
    rules: tuple[Rule, ...]
    variants: Mapping[str, Mapping[str, Any]]
    raw: Mapping[str, Any]
    announce: str = "counts"  # what the answer states: "counts", "threshold" (France), "majority_counts"

    def stage_at(self, minutes: float | None) -> DecisionStage:
        """The decision stage in force after `minutes` of deliberation (None: long enough for all)."""
        current = self.stages[0]
        for stage in self.stages:
            if minutes is None or minutes >= stage.from_minutes:
                current = stage
        return current

    def next_stage(self, minutes: float | None) -> DecisionStage | None:
        """The stage that will come into force later in the deliberation, if any."""
        later = [s for s in self.stages if minutes is not None and s.from_minutes > minutes]
        return later[0] if later else None

    def seats_for(self, role: str, jurors_sitting: int | None = None) -> int:
        """How many ballots of `role` the panel casts (0 for a role that does not vote)."""
        if role not in self.voters:
            return 0
        if role == "judge":
            return self.seats.judges
        return self.seats.lay if jurors_sitting is None else jurors_sitting

    def voting_panel(self, jurors_sitting: int | None = None) -> int:
        """How many vote on the verdict with `jurors_sitting` lay members on the bench."""
        return sum(self.seats_for(role, jurors_sitting) for role in VOTING_ROLES)

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self.raw))

    def variant(self, variant_id: str) -> CourtModel:
        """This model with one of its variants applied (Russia's 6-juror district court...)."""
        if variant_id not in self.variants:
            raise _fail("model.unknown_variant", model=self.id, variant=variant_id)
        merged = _merge(dict(self.raw), self.variants[variant_id])
        merged["id"] = f"{self.id}/{variant_id}"
        merged.pop("variants", None)
        return CourtModel.from_dict(merged)

    @classmethod
    def from_dict(cls, data: Any) -> CourtModel:
        return _parse_model(data)


def _merge(base: dict, over: Mapping) -> dict:
    """Apply a variant: sections merge key by key, `rules` by id, other lists are replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping) and key != "names":
            out[key] = _merge(dict(out[key]), value)
        elif key == "rules" and isinstance(value, list) and isinstance(out.get(key), list):
            replaced = {r.get("id"): r for r in value if isinstance(r, Mapping)}
            kept = [replaced.pop(r.get("id"), r) if isinstance(r, Mapping) else r for r in out[key]]
            out[key] = kept + [r for r in value if isinstance(r, Mapping) and r.get("id") in replaced]
        else:
            out[key] = value
    return out


def _parse_seats(data: Any) -> Seats:
    if not isinstance(data, Mapping):
        raise _fail("model.section_expected", field="seats")
    judges = _int(data, "judges", "seats", minimum=0)
    lay = _int(data, "lay", "seats", minimum=1)
    reserves = _int(data, "reserves", "seats", minimum=0, default=0)
    lay_min = _int(data, "lay_min", "seats", minimum=1, default=lay)
    if lay_min > lay:
        raise _fail("model.too_large", field="seats.lay_min", maximum=lay, value=lay_min)
    below = _choice(data, "below_min", "seats", ("void", "discharged"), default="void")
    title = _choice(data, "lay_title", "seats", ("jurors", "lay_judges"), default="jurors")
    return Seats(judges, lay, reserves, lay_min, below, title)


def _parse_selection(data: Any, seats: Seats) -> Selection:
    data = data if isinstance(data, Mapping) else {}
    per = data.get("peremptory", {})
    if not isinstance(per, Mapping):
        raise _fail("model.section_expected", field="selection.peremptory")
    peremptory = {side: _int(per, side, "selection.peremptory") for side in per}
    for side in peremptory:
        if side not in ("prosecution", "defence"):
            raise _fail("model.bad_choice", field="selection.peremptory", value=side,
                        allowed="prosecution, defence")
    extra = []
    for i, pair in enumerate(data.get("extra_per_reserves", [])):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, int) and x >= 0 for x in pair)):
            raise _fail("model.not_a_number", field=f"selection.extra_per_reserves.{i}")
        extra.append((pair[0], pair[1]))
    pool_min = _int(data, "pool_min", "selection", minimum=1, default=seats.lay + seats.reserves)
    pool_cut = _int(data, "pool_cut", "selection", minimum=0, default=0)
    if pool_min < seats.lay + seats.reserves:
        raise _fail("model.too_small", field="selection.pool_min", minimum=seats.lay + seats.reserves,
                    value=pool_min)
    return Selection(pool_min, pool_cut, peremptory, tuple(extra))


def _parse_stage(raw: Any, where: str, voters: tuple[str, ...]) -> DecisionStage:
    if not isinstance(raw, Mapping):
        raise _fail("model.section_expected", field=where)
    against = Threshold.from_dict(raw.get("against"), f"{where}.against")
    favour = None if raw.get("favour") in (None, "rest") else Threshold.from_dict(raw["favour"], f"{where}.favour")
    must = raw.get("must_include", {})
    if not isinstance(must, Mapping) or any(r not in voters for r in must):
        raise _fail("model.bad_choice", field=f"{where}.must_include", value=str(must), allowed=", ".join(voters))
    return DecisionStage(_int(raw, "from_minutes", where, default=0), against, favour,
                         {r: _int(must, r, f"{where}.must_include", minimum=1) for r in must})


def _parse_stages(data: Any, seats: Seats, voters: tuple[str, ...]) -> tuple[DecisionStage, ...]:
    if not isinstance(data, list) or not data:
        raise _fail("model.section_expected", field="decision.stages")
    stages: list[DecisionStage] = []
    full = (seats.judges if "judge" in voters else 0) + (seats.lay if "juror" in voters else 0)
    for i, raw in enumerate(data):
        where = f"decision.stages.{i}"
        stage = _parse_stage(raw, where, voters)
        if stages and stage.from_minutes <= stages[-1].from_minutes:
            raise _fail("model.stages_out_of_order", field=f"{where}.from_minutes")
        for name, threshold in (("against", stage.against), ("favour", stage.favour)):
            need = threshold.need(full) if threshold else None
            if need is not None and need > full:
                raise _fail("model.majority_too_large", field=f"{where}.{name}", need=need, panel=full)
        stages.append(stage)
    if stages[0].from_minutes != 0:
        raise _fail("model.stages_out_of_order", field="decision.stages.0.from_minutes")
    return tuple(stages)


def _parse_rules(data: Any) -> tuple[Rule, ...]:
    if not isinstance(data, list):
        raise _fail("model.section_expected", field="rules")
    rules = []
    for i, raw in enumerate(data):
        where = f"rules.{i}"
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            raise _fail("model.section_expected", field=where)
        source = raw.get("source", "")
        if not isinstance(source, str):
            raise _fail("model.text_expected", field=f"{where}.source")
        rules.append(Rule(raw["id"], ltext(raw.get("text"), f"{where}.text"), source, bool(raw.get("unverified"))))
    return tuple(rules)


def _sections(data: Mapping) -> tuple[Mapping, Mapping, Mapping, Mapping, Mapping]:
    """The model's sub-sections, each checked to be an object."""
    found = []
    for key, default in (("decision", None), ("questions", {}), ("voting", {}), ("variants", {}),
                         ("sentencing", {"by": "judge"})):
        value = data.get(key, default)
        if not isinstance(value, Mapping):
            raise _fail("model.section_expected", field=key)
        found.append(value)
    if any(not isinstance(v, Mapping) for v in found[3].values()):
        raise _fail("model.section_expected", field="variants")
    return tuple(found)  # type: ignore[return-value]


def _parse_voters(decision: Mapping, seats: Seats) -> tuple[str, ...]:
    voters = decision.get("voters", VOTING_ROLES)
    if not isinstance(voters, list | tuple) or not voters or any(v not in VOTING_ROLES for v in voters) \
            or len(set(voters)) != len(voters):
        raise _fail("model.bad_choice", field="decision.voters", value=str(voters), allowed=", ".join(VOTING_ROLES))
    if "judge" in voters and seats.judges == 0:
        raise _fail("model.too_small", field="seats.judges", minimum=1, value=0)
    return tuple(voters)


def _parse_model(data: Any) -> CourtModel:
    if not isinstance(data, Mapping):
        raise _fail("model.not_a_model")
    version = data.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail("model.not_a_model")
    if version > FORMAT_VERSION:
        raise _fail("model.newer_format", version=version, supported=FORMAT_VERSION)
    model_id = data.get("id")
    if not isinstance(model_id, str) or not model_id.strip():
        raise _fail("model.section_expected", field="id")
    seats = _parse_seats(data.get("seats"))
    decision, questions, voting, variants, sentencing = _sections(data)
    voters = _parse_voters(decision, seats)
    model = CourtModel(
        id=model_id,
        names=ltext(data.get("names"), "names"),
        panel=_choice(data, "panel", "model", ("mixed", "jury")),
        seats=seats,
        selection=_parse_selection(data.get("selection"), seats),
        voters=voters,
        blank=_choice(decision, "blank", "decision", BLANK_RULES, default="refused"),
        stages=_parse_stages(decision.get("stages"), seats, voters),
        hung=bool(decision.get("hung", False)),
        question_form=_choice(questions, "form", "questions", tuple(QUESTION_FORMS), default="general"),
        leniency=bool(questions.get("leniency", False)),
        ballot=_choice(voting, "ballot", "voting", ("secret", "open", "free"), default="secret"),
        order=_choice(voting, "order", "voting", ("none", "seat", "seat_foreperson_last"), default="none"),
        foreperson=bool(voting.get("foreperson", False)),
        sentencing=sentencing,
        rules=_parse_rules(data.get("rules", [])),
        variants=variants,
        raw=data,
        announce=_choice(decision, "announce", "decision", ANNOUNCE, default="counts"),
    )
    from app.core.sentencing import SentencingRules  # both read this module's thresholds
    from app.core.verdict import check_decides

    check_decides(model)  # a court that could never decide, or could give both answers, is refused
    SentencingRules.of(model)  # so is a sentencing section that cannot work
    for variant_id in variants:
        model.variant(variant_id)  # a variant must itself be a valid model
    return model


def load_model(path: Path) -> CourtModel:
    """Read and check a court model file; DataError names what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail("model.unreadable", path=str(path), reason=type(exc).__name__) from exc
    return CourtModel.from_dict(data)
