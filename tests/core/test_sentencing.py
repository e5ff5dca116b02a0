"""The sentencing vote where the panel decides it: the spec's cases 7, 8, 29, 30 and 35."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from app.core.court import CourtModel
from app.core.errors import DataError
from app.core.sentencing import Penalty, SentenceBallot, SentenceRefused, SentencingRules, sentence
from app.store.library import find_model

ROLES = {"J": "judge", "L": "juror"}


def penalty(word: str) -> Penalty | None:
    if word == "-":
        return None
    return Penalty(word) if word in ("life", "death") else Penalty("prison", float(word))


def round_of(spec: str) -> list[SentenceBallot]:
    """'2J:18 5L:- 4L:life' -> 2 judges for 18 years, 5 jurors against, 4 jurors for life."""
    out = []
    for part in spec.split():
        count, word = part.split(":")
        out += [SentenceBallot(ROLES[count[-1]], penalty(word))] * int(count[:-1])
    return out


class SentencingCase(NamedTuple):
    no: str
    model: str
    rounds: list[str]
    status: str
    penalty: str | None  # "18", "life" or None
    rule: str
    params: dict
    words: str = ""


SENTENCING_CASES = [
    SentencingCase("07", "kz-2010", ["1J:18 6L:18 4L:-"], "not_imposed", None, "sentence.short_above",
                   {"votes": 7, "need": 8, "years": 15, "voters": 11}, "more than 15 years in prison needs at least 8"),
    SentencingCase("08", "kz-2010", ["1J:life 9L:life 1L:-"], "not_imposed", None, "sentence.short_unanimous",
                   {"votes": 10, "voters": 11}, "it needs all 11 votes"),
    SentencingCase("29", "fr-assises", ["3J:life 3L:life 3L:20"], "vote_again", None, "sentence.capped",
                   {"votes": 6, "need": 7}, "at most 30 years in prison"),
    SentencingCase("30", "fr-assises", ["3J:25 3L:20 3L:15", "2J:25 1J:20 3L:20 3L:15", "2J:20 3L:20 1J:15 3L:15"],
                   "imposed", "20", "sentence.imposed", {"votes": 5, "need": 5, "voters": 9}, "5 of 9 votes"),
    SentencingCase("35", "jp-saiban-in", ["1L:6 2J:5 1L:5 1J:4 2L:4 2L:3"], "imposed", "4", "sentence.cumulative",
                   {"votes": 7, "own": 3, "judges": 3, "lay": 4, "need": 5}, "with the votes for harsher opinions"),
]


def run(case: SentencingCase):
    return sentence(find_model(case.model), [round_of(r) for r in case.rounds])


@pytest.mark.parametrize("case", SENTENCING_CASES, ids=lambda c: f"case{c.no}-{c.model}")
def test_sentencing_edge_case(case):
    result = run(case)
    assert result.status == case.status
    assert (result.penalty.to_json() if result.penalty else None) == (
        float(case.penalty) if case.penalty and case.penalty[0].isdigit() else case.penalty)
    assert result.rule.key == case.rule
    assert {k: result.rule.params[k] for k in case.params} == case.params


@pytest.mark.parametrize("case", SENTENCING_CASES, ids=lambda c: f"case{c.no}")
def test_sentencing_rule_in_words(case):
    from app import i18n

    assert case.words in i18n.text(run(case).rule)


def test_case30_round_three_sets_aside_the_harshest_penalty_of_round_two():
    model = find_model("fr-assises")
    two = [round_of("3J:25 3L:20 3L:15"), round_of("2J:25 1J:20 3L:20 3L:15")]
    after_two = sentence(model, two)
    assert (after_two.status, after_two.rule.key, after_two.below) == (
        "vote_again", "sentence.drop_harshest", Penalty("prison", 25))
    assert sentence(model, two[:1]).rule.key == "sentence.vote_again"  # round 2 sets nothing aside
    with pytest.raises(SentenceRefused) as caught:
        sentence(model, [*two, round_of("1J:25 2J:20 6L:15")])
    assert caught.value.msg.key == "sentence.set_aside"
    assert caught.value.msg.params["round"] == 3


def test_case29_after_life_is_refused_nothing_above_30_years_may_be_proposed():
    model = find_model("fr-assises")
    with pytest.raises(SentenceRefused) as caught:
        sentence(model, [round_of("3J:life 3L:life 3L:20"), round_of("1J:35 8L:20")])
    assert caught.value.msg.key == "sentence.above_ceiling"
    done = sentence(model, [round_of("3J:life 3L:life 3L:20"), round_of("3J:30 3L:30 3L:20")])
    assert (done.status, done.penalty) == ("imposed", Penalty("prison", 30))


def test_life_with_seven_votes_is_imposed_in_france_and_kz_imposes_with_its_majorities():
    assert sentence(find_model("fr-assises"), [round_of("3J:life 4L:life 2L:20")]).penalty == Penalty("life")
    assert sentence(find_model("kz-2010"), [round_of("1J:18 7L:18 3L:-")]).penalty == Penalty("prison", 18)
    assert sentence(find_model("kz-2010"), [round_of("1J:10 5L:10 5L:-")]).penalty == Penalty("prison", 10)
    assert sentence(find_model("kz-2010"), [round_of("1J:10 4L:10 6L:-")]).status == "not_imposed"
    assert sentence(find_model("kz-2007"), [round_of("2J:death 9L:death")]).penalty == Penalty("death")


def test_japan_harshest_opinion_alone_may_carry_and_needs_both_groups():
    model = find_model("jp-saiban-in")
    assert sentence(model, [round_of("1J:8 4L:8 2J:6 2L:6")]).rule.key == "sentence.imposed"
    only_lay = sentence(model, [round_of("6L:8 3J:6")])  # 6 lay votes for 8 years, no judge among them
    assert only_lay.penalty == Penalty("prison", 6)


@pytest.mark.parametrize("model_id, spec, key", [
    ("ru", "8L:5", "sentence.by_judge"),
    ("kz-2010", "2J:10", "sentence.too_many_judges"),
    ("kz-2010", "11L:10", "sentence.too_many_jurors"),
])
def test_sentencing_ballots_the_court_does_not_allow(model_id, spec, key):
    with pytest.raises(SentenceRefused) as caught:
        sentence(find_model(model_id), [round_of(spec)])
    assert caught.value.msg.key == key


def test_penalty_from_data():
    assert Penalty.parse(18) == Penalty("prison", 18.0)
    assert Penalty.parse("life") == Penalty("life")
    assert Penalty("prison", 18).to_json() == 18
    for bad in ("fine", -3, 0, True, None, 500):
        with pytest.raises(SentenceRefused):
            Penalty.parse(bad)
    assert Penalty("death").severity > Penalty("life").severity > Penalty("prison", 99).severity


def test_no_rounds_yet():
    assert sentence(find_model("kz-2010"), []).rule.key == "sentence.no_votes"


@pytest.mark.parametrize("change, field", [
    ({"by": "jury"}, "sentencing.by"),
    ({"method": "lottery"}, "sentencing.method"),
    ({"thresholds": [{"need": {"kind": "majority"}}]}, "sentencing.thresholds.0"),
    ({"thresholds": [{"above_years": 15, "need": {"kind": "at_least", "count": 12}}]}, "sentencing.thresholds.0"),
    ({"must_include": {"judge": 2}}, "sentencing.must_include.judge"),
])
def test_a_sentencing_section_that_cannot_work_is_refused_on_load(change, field):
    data = find_model("kz-2010").to_dict()
    data["sentencing"] = {**data["sentencing"], **change}
    with pytest.raises(DataError) as caught:
        CourtModel.from_dict(data)
    assert caught.value.msg.params["field"] == field


def test_each_model_file_has_the_sentencing_the_spec_gives():
    methods = {m: SentencingRules.of(find_model(m)) for m in ("kz-2007", "kz-2010", "ru", "ew", "us-federal",
                                                               "fr-assises", "fr-assises-appeal", "jp-saiban-in")}
    assert {m: (r.by, r.method if r.by == "panel" else "") for m, r in methods.items()} == {
        "kz-2007": ("panel", "thresholds"), "kz-2010": ("panel", "thresholds"), "ru": ("judge", ""),
        "ew": ("judge", ""), "us-federal": ("judge", ""), "fr-assises": ("panel", "rounds"),
        "fr-assises-appeal": ("panel", "rounds"), "jp-saiban-in": ("panel", "cumulative")}
    appeal = methods["fr-assises-appeal"]
    assert appeal.need(Penalty("life"), 12) == (8, appeal.limits[0])
    assert appeal.need(Penalty("prison", 20), 12) == (7, None)
