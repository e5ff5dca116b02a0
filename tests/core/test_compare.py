"""What the other courts would have decided, from the same raw ballots (spec edge case 36)."""

from __future__ import annotations

import pytest

from app.core.compare import _scale, compare, compare_one, mapping
from app.core.court import CourtModel
from app.core.verdict import Ballot, questions_in_order
from app.store.library import builtin_models, find_model

SIMPLE_MAJORITY_9 = {  # a custom court: 3 judges + 6 jurors, a bare majority of 9 decides
    "format": 1, "id": "custom-majority-9", "names": {"en": "Simple majority of nine"}, "panel": "mixed",
    "seats": {"judges": 3, "lay": 6},
    "decision": {"stages": [{"against": {"kind": "majority"}, "favour": "rest"}]},
}


def ballots(judges_yes: int, judges_no: int, lay_yes: int, lay_no: int, lay_blank: int = 0) -> list[Ballot]:
    return ([Ballot("judge", "yes")] * judges_yes + [Ballot("judge", "no")] * judges_no
            + [Ballot("juror", "yes")] * lay_yes + [Ballot("juror", "no")] * lay_no
            + [Ballot("juror", "blank")] * lay_blank)


def by_id(comparisons):
    return {c.model.id: c for c in comparisons}


def test_case36_five_of_nine_all_lay_differs_by_court():
    source = find_model("jp-saiban-in")
    questions = questions_in_order(source, ["q1"])
    cast = {"q1": ballots(0, 3, 5, 1)}
    others = by_id(compare(source, questions, cast, [*builtin_models(), CourtModel.from_dict(SIMPLE_MAJORITY_9)]))
    assert "jp-saiban-in" not in others
    assert others["custom-majority-9"].outcome.verdict == "guilty"  # 5 of 9 is a simple majority
    assert others["custom-majority-9"].mapping.key == "compare.as_cast"
    assert others["us-federal"].outcome.verdict == "none"  # no unanimity
    assert others["us-federal"].outcome.status == "hung_possible"
    assert others["us-federal"].mapping.key == "compare.judges_left_out_scaled"
    assert others["kz-2007"].outcome.verdict == "guilty"  # 7 of 9 jurors' share, 0 of 2 judges: 7 of 11
    assert others["fr-assises"].outcome.verdict == "not_guilty"  # 5 of 9 < 7


def test_same_shape_counts_as_cast_and_equals_the_court_itself():
    source = find_model("fr-assises")
    questions = questions_in_order(source, ["q1"])
    cast = {"q1": ballots(3, 0, 4, 2)}
    same = compare_one(source, CourtModel.from_dict({**source.to_dict(), "id": "fr-copy"}), questions, cast)
    assert same.mapping.key == "compare.as_cast"
    assert [(r.yes, r.no) for r in same.outcome.questions] == [(7, 2)]
    assert same.outcome.verdict == "guilty"


@pytest.mark.parametrize("source_id, target_id, key", [
    ("kz-2010", "ru", "compare.judges_left_out_scaled"),
    ("jp-saiban-in/uncontested", "ew", "compare.judges_left_out_scaled"),
    ("ew", "us-federal", "compare.as_cast"),
    ("ru", "ew", "compare.jurors_scaled"),
    ("ew", "kz-2010", "compare.mixed_no_judges"),
    ("kz-2010", "fr-assises", "compare.mixed_scaled"),
])
def test_one_mapping_sentence_per_pair_of_shapes(source_id, target_id, key):
    assert mapping(find_model(source_id), find_model(target_id)).key == key


def test_judges_left_out_when_shapes_otherwise_match():
    source = CourtModel.from_dict({**find_model("kz-2010").to_dict(), "id": "kz-12",
                                   "seats": {"judges": 1, "lay": 12, "lay_min": 12}})
    assert mapping(source, find_model("ew")).key == "compare.judges_left_out"


def test_scaling_rounds_halves_for_the_accused():
    assert _scale(5, 6, 9) == 7  # 7.5 -> 7
    assert _scale(5, 6, 12) == 10
    assert _scale(2, 3, 2) == 1  # 1.33 -> 1
    assert _scale(3, 4, 2) == 1  # exactly 1.5 -> 1
    assert _scale(7, 8, 12) == 10  # 10.5 -> 10


def test_blank_ballots_count_for_the_accused_where_abstention_is_refused():
    source = find_model("fr-assises")
    questions = questions_in_order(source, ["q1"])
    kz = compare_one(source, find_model("kz-2010"), questions, {"q1": ballots(3, 0, 3, 0, 3)})
    assert kz.notes[-1].key == "compare.blank_for_accused"
    assert [(r.yes, r.no, r.blank) for r in kz.outcome.questions] == [(6, 5, 0)] * 3
    ew = compare_one(source, find_model("ew"), questions, {"q1": ballots(3, 0, 3, 0, 3)})
    assert ew.outcome.questions[0].blank == 6 and not [n for n in ew.notes if n.key == "compare.blank_for_accused"]


def test_three_questions_become_one_with_the_weakest_ballots():
    source = find_model("kz-2010")
    questions = questions_in_order(source, ["q1", "q2", "q3"])
    cast = {"q1": ballots(1, 0, 10, 0), "q2": ballots(1, 0, 9, 1), "q3": ballots(1, 0, 10, 0)}
    us = compare_one(source, find_model("us-federal"), questions, cast)
    assert [r.id for r in us.outcome.questions] == ["q2"]
    assert us.notes[0].key == "compare.general_from_three" and us.notes[0].params["question"] == "q2"
    assert us.outcome.verdict == "none"  # 9 of 10 jurors' share: 11 of 12, not unanimous


def test_one_question_becomes_three_and_leniency_is_not_invented():
    source = find_model("ew")
    questions = questions_in_order(source, ["q1"])
    ru = compare_one(source, find_model("ru"), questions, {"q1": ballots(0, 0, 12, 0)})
    assert [r.kind for r in ru.outcome.questions] == ["act", "did", "guilt"]
    assert [n.key for n in ru.notes] == ["compare.three_from_general", "compare.leniency_not_asked"]
    assert ru.outcome.verdict == "guilty"


def test_leniency_is_dropped_where_the_court_has_none():
    source = find_model("ru")
    questions = questions_in_order(source, ["q1", "q2", "q3", "q4"])
    cast = {q.id: [Ballot("juror", "yes")] * 8 for q in questions}
    kz = compare_one(source, find_model("kz-2010"), questions, cast)
    assert [r.kind for r in kz.outcome.questions] == ["act", "did", "guilt"]
    assert kz.notes[-1].key == "compare.leniency_dropped"


def test_each_court_applies_its_own_time_rule_to_the_same_minutes():
    source = find_model("ew")
    questions = questions_in_order(source, ["q1"])
    cast = {"q1": ballots(0, 0, 10, 2)}
    early = by_id(compare(source, questions, cast, builtin_models(), minutes=60))
    late = by_id(compare(source, questions, cast, builtin_models(), minutes=200))
    assert early["ru"].outcome.status == "deliberate_on" and late["ru"].outcome.verdict == "guilty"


def test_ballots_still_to_come_stay_to_come():
    source = find_model("kz-2010")
    questions = questions_in_order(source, ["q1"])
    fr = compare_one(source, find_model("fr-assises"), questions, {"q1": ballots(1, 0, 4, 0)})
    assert fr.outcome.status == "incomplete"
