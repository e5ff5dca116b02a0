"""The verdict engine against the spec's edge cases (spec/legal.md), its refusals and its properties."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core.errors import DataError
from app.core.verdict import Ballot, BallotRefused, decide, question_kinds, questions_in_order
from app.store.library import find_model, with_variants

ROLES = {"J": "judge", "L": "juror"}
ANSWERS = {"y": "yes", "n": "no", "b": "blank"}


def ballots(spec: str) -> list[Ballot]:
    """'1J:y 5L:n' -> one judge's yes and five jurors' no."""
    out = []
    for part in spec.split():
        count, answer = part.split(":")
        out += [Ballot(ROLES[count[-1]], ANSWERS[answer])] * int(count[:-1])
    return out


class Case(NamedTuple):
    no: str  # the spec's edge-case number
    model: str
    questions: list[str]  # ballots on q1, q2, ... in the court's question order
    verdict: str
    answers: str  # per question: y(es), n(o) or - (none)
    status: str = "decided"
    minutes: float | None = None
    sitting: int | None = None
    rule: str = ""  # the message key of the deciding rule
    params: dict = {}  # some of its parameters
    words: str = ""  # what the English rule sentence must say


THREE = 3
EDGE_CASES = [
    Case("01", "kz-2010", ["1J:y 5L:y 5L:n"] * THREE, "guilty", "yyy", rule="verdict.guilty",
         params={"need": 6, "voters": 11}, words="6 of 11 votes were needed against the accused"),
    Case("02", "kz-2010", ["1J:y 7L:y 3L:n", "1J:y 6L:y 4L:n", "1J:y 4L:y 6L:n"], "not_guilty", "yyn",
         rule="verdict.not_guilty", params={"question": "q3", "favour": 6, "need": 6},
         words="6 of 11 votes for the accused on question q3 acquit"),
    Case("03", "kz-2010", ["1J:y 5L:y 5L:n"] * THREE, "guilty", "yyy", rule="verdict.guilty", params={"yes": 6}),
    Case("04", "kz-2007", ["2J:y 4L:y 5L:n"] * THREE, "guilty", "yyy", rule="verdict.guilty",
         params={"need": 6, "voters": 11, "yes": 6}),
    Case("05", "kz-2007", ["9L:y 2J:n"] * THREE, "guilty", "yyy", rule="verdict.guilty", params={"yes": 9}),
    Case("09", "kz-2010", ["1J:y 9L:y"] * THREE, "none", "---", status="void", sitting=9, rule="verdict.void",
         params={"sitting": 9, "minimum": 10}, words="The trial is void"),
    Case("10", "ru", ["8L:y", "8L:y", "4L:y 4L:n"], "not_guilty", "yyn", rule="verdict.not_guilty_half",
         params={"need": 4, "favour": 4, "question": "q3"}, words="half of the votes is enough for the accused"),
    Case("11", "ru/district", ["6L:y", "4L:y 2L:n", "3L:y 3L:n"], "not_guilty", "yyn",
         rule="verdict.not_guilty_half", params={"need": 3, "voters": 6, "question": "q3"}),
    Case("12", "ru", ["5L:y 3L:n"] * THREE, "guilty", "yyy", minutes=185, rule="verdict.guilty",
         params={"need": 5, "voters": 8}),
    Case("13", "ru", ["7L:y 1L:n"] * THREE, "none", "---", status="deliberate_on", minutes=120,
         rule="verdict.deliberate_unanimous", params={"from_minutes": 180, "yes": 7, "no": 1},
         words="until 180 minutes of deliberation only a unanimous answer"),
    Case("14", "ru", ["8L:y"] * THREE, "guilty", "yyy", minutes=40, rule="verdict.guilty_unanimous",
         params={"voters": 8}),
    Case("15", "ru", ["5L:y 3L:n"] * THREE + ["4L:y 4L:n"], "guilty", "yyyy", minutes=200,
         rule="verdict.guilty_lenient", params={"lenient": 4, "need": 4, "question": "q4"},
         words="the accused deserves leniency"),
    Case("16", "ew", ["10L:y 2L:n"], "none", "-", status="deliberate_on", minutes=90,
         rule="verdict.deliberate_unanimous", params={"from_minutes": 130, "yes": 10, "no": 2}),
    Case("17", "ew", ["10L:y 2L:n"], "guilty", "y", minutes=135, rule="verdict.guilty_majority_stated",
         params={"yes": 10, "no": 2, "need": 10, "voters": 12}, words="majority of 10 to 2"),
    Case("18", "ew", ["9L:y 2L:n"], "none", "-", status="hung_possible", minutes=240, sitting=11,
         rule="verdict.hung", params={"need": 10, "voters": 11}, words="hung jury"),
    Case("19", "ew", ["1L:y 9L:n"], "not_guilty", "n", minutes=180, sitting=10, rule="verdict.not_guilty_majority",
         params={"favour": 9, "against": 1, "need": 9}, words="need not be stated"),
    Case("20", "ew", ["8L:y 1L:n"], "none", "-", status="hung_possible", minutes=300, sitting=9, rule="verdict.hung",
         params={"need": 9, "voters": 9}),
    Case("21", "ew", ["8L:y"], "none", "-", status="discharged", sitting=8, rule="verdict.discharged",
         params={"sitting": 8, "minimum": 9}, words="The jury is discharged"),
    Case("22", "us-federal", ["11L:y 1L:n"], "none", "-", status="hung_possible", rule="verdict.hung",
         params={"need": 12, "yes": 11, "no": 1}),
    Case("23", "us-federal", ["11L:y"], "guilty", "y", sitting=11, rule="verdict.guilty_unanimous",
         params={"voters": 11}),
    Case("24", "us-federal", ["12L:y", "7L:y 5L:n"], "guilty", "y-", status="hung_possible",
         rule="verdict.partial_hung", params={"guilty": "q1", "open": "q2"}, words="Partial verdict: guilty on q1"),
    Case("25", "fr-assises", ["3J:n 6L:y"], "not_guilty", "n", rule="verdict.not_guilty_threshold",
         params={"need": 7, "voters": 9}, words="at least 7 of 9"),
    Case("26", "fr-assises", ["3J:y 4L:y 2L:n"], "guilty", "y", rule="verdict.guilty_threshold",
         params={"need": 7, "voters": 9}, words="a majority of at least 7 of 9 votes"),
    Case("27", "fr-assises", ["3J:y 3L:y 1L:b 2L:n"], "not_guilty", "n", rule="verdict.not_guilty_threshold_blank",
         params={"need": 7}, words="blank ballots count for the accused"),
    Case("28a", "fr-assises-appeal", ["3J:y 5L:y 4L:n"], "guilty", "y", rule="verdict.guilty_threshold",
         params={"need": 8, "voters": 12}),
    Case("28b", "fr-assises-appeal", ["3J:y 4L:y 5L:n"], "not_guilty", "n", rule="verdict.not_guilty_threshold",
         params={"need": 8, "voters": 12}),
    Case("31", "jp-saiban-in", ["5L:y 3J:n 1L:n"], "not_guilty", "n", rule="verdict.not_guilty_roles",
         params={"yes": 5, "judges_yes": 0, "judges_need": 1}, words="at least 1 of them had to come from judges"),
    Case("32", "jp-saiban-in", ["6L:y 3J:n"], "not_guilty", "n", rule="verdict.not_guilty_roles",
         params={"yes": 6, "judges_yes": 0}),
    Case("33", "jp-saiban-in", ["3J:y 1L:y 5L:n"], "not_guilty", "n", rule="verdict.not_guilty_short",
         params={"need": 5, "yes": 4}),
    Case("34", "jp-saiban-in", ["1J:y 4L:y 2J:n 2L:n"], "guilty", "y", rule="verdict.guilty_mixed",
         params={"need": 5, "judges_yes": 1, "lay_yes": 4}),
]


def run(model_id: str, specs: list[str], minutes=None, sitting=None):
    model = find_model(model_id)
    questions = questions_in_order(model, [f"q{i}" for i in range(1, len(specs) + 1)])
    return decide(model, questions, {q.id: ballots(s) for q, s in zip(questions, specs, strict=True)},
                  minutes=minutes, jurors_sitting=sitting)


@pytest.mark.parametrize("case", EDGE_CASES, ids=lambda c: f"case{c.no}-{c.model}")
def test_edge_case(case):
    outcome = run(case.model, case.questions, case.minutes, case.sitting)
    assert outcome.verdict == case.verdict
    assert outcome.status == case.status
    assert "".join({"yes": "y", "no": "n", "none": "-"}[r.answer] for r in outcome.questions) == case.answers
    assert outcome.rule.key == case.rule
    assert {k: outcome.rule.params[k] for k in case.params} == case.params


@pytest.mark.parametrize("case", [c for c in EDGE_CASES if c.words], ids=lambda c: f"case{c.no}")
def test_edge_case_rule_in_words(case):
    from app import i18n

    assert case.words in i18n.text(run(case.model, case.questions, case.minutes, case.sitting).rule)


def test_case26_the_sheet_never_states_the_count():
    from app import i18n

    words = i18n.text(run("fr-assises", ["3J:y 4L:y 2L:n"]).rule)
    assert "at least 7" in words and "2" not in words


def test_case_kz_judges_can_outvote_most_jurors():
    """Case 4 read the other way: with one judge less (kz-2010) the same jurors' split acquits."""
    assert run("kz-2010", ["1J:y 4L:y 6L:n"] * 3).verdict == "not_guilty"


# --- ballots the court does not allow (case 6 and the like) ------------------------------

@pytest.mark.parametrize("model_id, spec, key, params", [
    ("kz-2010", "1J:y 4L:y 1L:b 5L:n", "ballot.blank_refused", {"index": 6, "question": "q1"}),  # case 6
    ("jp-saiban-in", "3J:y 5L:y 1L:b", "ballot.blank_refused", {"index": 9}),
    ("ru", "1J:y 7L:y", "ballot.judge_not_voting", {"index": 1, "question": "q1"}),
    ("ew", "13L:y", "ballot.too_many_jurors", {"index": 13, "seats": 12}),
    ("kz-2007", "3J:y", "ballot.too_many_judges", {"index": 3, "seats": 2}),
], ids=["case06-kz-blank", "jp-blank", "ru-judge", "ew-13-jurors", "kz2007-3-judges"])
def test_ballot_refused_names_the_ballot(model_id, spec, key, params):
    with pytest.raises(BallotRefused) as caught:
        run(model_id, [spec] * 3 if model_id.startswith(("kz", "ru")) else [spec])
    assert caught.value.msg.key == key
    assert {k: caught.value.msg.params[k] for k in params} == params


def test_unknown_role_and_answer_are_refused():
    model = find_model("kz-2010")
    questions = questions_in_order(model, ["q1"])
    for ballot, key in ((Ballot("clerk", "yes"), "ballot.bad_role"), (Ballot("juror", "maybe"), "ballot.bad_answer")):
        with pytest.raises(BallotRefused) as caught:
            decide(model, questions, {"q1": [ballot]})
        assert caught.value.msg.key == key


@pytest.mark.parametrize("kwargs, key", [
    ({"minutes": -1}, "verdict.bad_minutes"),
    ({"jurors_sitting": 11}, "verdict.bad_sitting"),
    ({"jurors_sitting": -1}, "verdict.bad_sitting"),
])
def test_bad_time_or_panel_is_refused(kwargs, key):
    model = find_model("kz-2010")
    with pytest.raises(DataError) as caught:
        decide(model, questions_in_order(model, ["q1"]), {}, **kwargs)
    assert caught.value.msg.key == key


def test_questions_the_court_does_not_put_are_refused():
    model = find_model("ew")
    with pytest.raises(DataError) as caught:
        decide(model, questions_in_order(model, ["q1"], ["leniency"]), {})
    assert caught.value.msg.key == "verdict.question_not_put"
    with pytest.raises(DataError) as caught:
        decide(model, questions_in_order(model, ["q1", "q1"]), {})
    assert caught.value.msg.key == "verdict.duplicate_question"
    with pytest.raises(DataError) as caught:
        decide(model, questions_in_order(model, ["q1"]), {"q9": []})
    assert caught.value.msg.key == "verdict.unknown_question"


# --- what "none" means ---------------------------------------------------------------------

def test_ballots_still_to_come_leave_the_answer_open_unless_they_cannot_change_it():
    waiting = run("fr-assises", ["3J:y 3L:y"])  # 6 yes, 3 to come: 7 still reachable
    assert (waiting.verdict, waiting.status, waiting.rule.key) == ("none", "incomplete", "verdict.waiting")
    assert run("fr-assises", ["3J:n 2L:n"]).verdict == "not_guilty"  # 4 to come cannot make 7
    assert run("kz-2010", ["1J:y 5L:y"] * 3).verdict == "guilty"  # 6 of 11 already


def test_a_moot_question_may_be_left_out_but_a_missing_one_keeps_the_verdict_open():
    assert run("kz-2010", ["1J:n 10L:n"]).verdict == "not_guilty"  # q1 acquits; q2, q3 moot (656(7))
    open_ = run("kz-2010", ["1J:y 10L:y", "1J:y 10L:y"])
    assert (open_.verdict, open_.status, open_.rule.key) == ("none", "incomplete", "verdict.questions_missing")
    assert open_.rule.params["missing"] == 1


def test_leniency_refused_and_leniency_still_open():
    refused = run("ru", ["8L:y"] * 3 + ["3L:y 5L:n"], minutes=200)
    assert (refused.verdict, refused.questions[3].answer, refused.rule.key) == (
        "guilty", "no", "verdict.guilty_not_lenient")
    pending = run("ru", ["8L:y"] * 3 + ["7L:y 1L:n"], minutes=60)
    assert (pending.verdict, pending.status, pending.questions[3].answer) == ("guilty", "deliberate_on", "none")


def test_partial_verdict_counts_are_independent():
    outcome = run("us-federal", ["12L:n", "12L:y", "6L:y 6L:n"])
    assert outcome.verdict == "guilty"
    assert [r.answer for r in outcome.questions] == ["no", "yes", "none"]
    assert run("us-federal", ["12L:n", "12L:n"]).verdict == "not_guilty"
    assert run("us-federal", ["12L:n", "6L:y 6L:n"]).verdict == "none"


def test_ew_blank_counts_for_neither_side():
    outcome = run("ew", ["10L:y 1L:b 1L:n"], minutes=200)
    assert (outcome.verdict, outcome.questions[0].blank) == ("guilty", 1)
    assert run("ew", ["9L:y 2L:b 1L:n"], minutes=200).status == "hung_possible"


def test_the_engine_never_asks_which_court_it_is():
    """No court id in the engine: every rule comes from the model's data."""
    ids = [m.id.split("/")[0] for m in with_variants()]
    for name in ("verdict.py", "sentencing.py", "compare.py", "describe.py"):
        source = (Path(__file__).parents[2] / "app" / "core" / name).read_text(encoding="utf-8")
        assert not re.search(r"model\.id\s*[!=]=", source), name
        assert not [i for i in ids if f'"{i}"' in source], name


def test_every_rule_the_engine_gives_has_words():
    from app import i18n

    rng = random.Random(7)
    for model in with_variants():
        kinds = question_kinds(model)
        for _ in range(60):
            specs = [_random_spec(model, rng) for _ in kinds]
            for minutes in (None, 0, 200):
                msg = run(model.id, specs, minutes).rule
                assert i18n.has_text(msg.key), msg.key
                assert "{" not in i18n.text(msg), msg.key


def _random_spec(model, rng: random.Random) -> str:
    answers = "ynb" if model.blank != "refused" else "yn"
    parts = [f"1{'J' if role == 'judge' else 'L'}:{rng.choice(answers)}"
             for role in ("judge", "juror") for _ in range(model.seats_for(role))]
    return " ".join(parts)


# --- properties ------------------------------------------------------------------------------

MODELS = with_variants()


@st.composite
def panels(draw, complete: bool = True):
    """A model, the jurors sitting, the time, and complete random ballots for every question."""
    model = draw(st.sampled_from(MODELS))
    sitting = draw(st.integers(model.seats.lay_min, model.seats.lay))
    minutes = draw(st.one_of(st.none(), st.integers(0, 400)))
    charges = draw(st.integers(1, 2))
    answers = ["yes", "no"] + (["blank"] if model.blank != "refused" else [])
    kinds = question_kinds(model) * charges
    cast = {}
    for i, _ in enumerate(kinds, start=1):
        roles = ["judge"] * model.seats_for("judge") + ["juror"] * model.seats_for("juror", sitting)
        cast[f"q{i}"] = [Ballot(role, draw(st.sampled_from(answers))) for role in roles]
    return model, sitting, minutes, questions_in_order(model, list(cast)), cast


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(MODELS), st.data(), st.sampled_from(["yes", "no"]))
def test_a_unanimous_panel_always_decides_its_way(model, data, way):
    sitting = data.draw(st.integers(model.seats.lay_min, model.seats.lay))
    minutes = data.draw(st.one_of(st.none(), st.integers(0, 400)))
    questions = questions_in_order(model, [f"q{i}" for i in range(1, 2 * len(question_kinds(model)) + 1)])
    roles = ["judge"] * model.seats_for("judge") + ["juror"] * model.seats_for("juror", sitting)
    against = {q.id: way if q.kind != "leniency" else {"yes": "no", "no": "yes"}[way] for q in questions}
    outcome = decide(model, questions, {q.id: [Ballot(r, against[q.id]) for r in roles] for q in questions},
                     minutes=minutes, jurors_sitting=sitting)
    assert outcome.verdict == ("guilty" if way == "yes" else "not_guilty")
    assert outcome.status == "decided"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(panels(), st.data())
def test_one_more_yes_never_turns_guilty_into_acquittal(panel, data):
    model, sitting, minutes, questions, cast = panel
    before = decide(model, questions, cast, minutes=minutes, jurors_sitting=sitting)
    main = [q for q in questions if q.kind != "leniency" and any(b.answer == "no" for b in cast[q.id])]
    assume(main)
    question = data.draw(st.sampled_from(main))
    flipped = list(cast[question.id])
    i = data.draw(st.sampled_from([i for i, b in enumerate(flipped) if b.answer == "no"]))
    flipped[i] = Ballot(flipped[i].role, "yes")
    after = decide(model, questions, {**cast, question.id: flipped}, minutes=minutes, jurors_sitting=sitting)
    if before.verdict == "guilty":
        assert after.verdict == "guilty"
    if after.verdict == "not_guilty":
        assert before.verdict == "not_guilty"


@settings(max_examples=200, deadline=None)
@given(panels(), st.randoms(use_true_random=False))
def test_the_order_of_the_ballots_does_not_matter(panel, rng):
    model, sitting, minutes, questions, cast = panel
    shuffled = {qid: rng.sample(list(b), len(b)) for qid, b in cast.items()}
    assert decide(model, questions, shuffled, minutes=minutes, jurors_sitting=sitting) == \
        decide(model, questions, cast, minutes=minutes, jurors_sitting=sitting)
