"""The court model files against the spec, and the loader's refusals."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import paths
from app.core.court import CourtModel, load_model
from app.core.errors import DataError
from app.core.verdict import Ballot, decide, questions_in_order
from app.store.library import builtin_models, find_model, model_ids, with_variants

SPEC_IDS = ["kz-2007", "kz-2010", "ru", "ew", "us-federal", "fr-assises", "fr-assises-appeal", "jp-saiban-in"]
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")

# id: (judges, lay, lay_min, voters, blank, hung, question form, leniency, peremptory (prosecution, defence))
SPEC_SEATS = {
    "kz-2007": (2, 9, 9, ("judge", "juror"), "refused", False, "three_main", False, (2, 3)),
    "kz-2010": (1, 10, 10, ("judge", "juror"), "refused", False, "three_main", False, (2, 3)),
    "ru": (1, 8, 8, ("juror",), "refused", False, "three_main", True, (2, 2)),
    "ru/district": (1, 6, 6, ("juror",), "refused", False, "three_main", True, (2, 2)),
    "ew": (1, 12, 9, ("juror",), "neither", True, "general", False, (0, 0)),
    "us-federal": (1, 12, 11, ("juror",), "neither", True, "general", False, (6, 10)),
    "fr-assises": (3, 6, 6, ("judge", "juror"), "favour", False, "general", False, (3, 4)),
    "fr-assises-appeal": (3, 9, 9, ("judge", "juror"), "favour", False, "general", False, (4, 5)),
    "jp-saiban-in": (3, 6, 6, ("judge", "juror"), "refused", False, "general", False, (4, 4)),
    "jp-saiban-in/uncontested": (1, 4, 4, ("judge", "juror"), "refused", False, "general", False, (3, 3)),
}


def test_every_model_of_the_spec_is_there_in_the_spec_order():
    assert [m.id for m in builtin_models()] == SPEC_IDS
    assert model_ids() == [i for i in SPEC_SEATS]


@pytest.mark.parametrize("model_id", list(SPEC_SEATS))
def test_seats_and_rules_match_the_spec(model_id):
    m = find_model(model_id)
    judges, lay, lay_min, voters, blank, hung, form, leniency, (pros, defence) = SPEC_SEATS[model_id]
    assert (m.seats.judges, m.seats.lay, m.seats.lay_min, m.voters) == (judges, lay, lay_min, voters)
    assert (m.blank, m.hung, m.question_form, m.leniency) == (blank, hung, form, leniency)
    assert (m.selection.peremptory.get("prosecution", 0), m.selection.peremptory.get("defence", 0)) == (pros, defence)


@pytest.mark.parametrize("model", with_variants(), ids=lambda m: m.id)
def test_names_and_rules_in_three_languages_with_sources(model):
    assert all(model.names.get(lang, "").strip() for lang in ("kk", "ru", "en"))
    assert KAZAKH_LETTERS & set(model.names["kk"])
    assert len(model.rules) >= 8
    for rule in model.rules:
        assert rule.source.strip(), rule.id
        assert all(rule.text.get(lang, "").strip() for lang in ("kk", "ru", "en")), rule.id
        assert "алқа билер" not in rule.text["kk"], rule.id  # the statutory word is one word: алқаби
        assert "үкім" not in rule.text["kk"].replace("үкімді", "").replace("үкімін", "") or rule.id in (
            "sentence", "review"), rule.id  # a verdict is кесім, a judgment үкім


def test_kazakh_rule_texts_are_in_kazakh_letters():
    texts = [r.text["kk"] for m in builtin_models() for r in m.rules if len(r.text["kk"].split()) >= 6]
    assert all(KAZAKH_LETTERS & set(t) for t in texts)


def test_the_spec_unverified_rules_are_flagged():
    flagged = {(m.id, r.id) for m in builtin_models() for r in m.rules if r.unverified}
    assert {("ru", "guilt"), ("ru", "veto")} <= flagged


def test_time_rules_and_qualified_majorities():
    ru, ew = find_model("ru"), find_model("ew")
    assert [s.from_minutes for s in ru.stages] == [0, 180]
    assert [s.from_minutes for s in ew.stages] == [0, 130]
    assert {n: ew.stages[1].against.need(n) for n in (12, 11, 10, 9)} == {12: 10, 11: 10, 10: 9, 9: 9}
    assert find_model("fr-assises").stages[0].against.need(9) == 7
    assert find_model("fr-assises-appeal").stages[0].against.need(12) == 8
    assert dict(find_model("jp-saiban-in").stages[0].must_include) == {"judge": 1, "juror": 1}
    assert find_model("us-federal").selection.peremptory_for("defence", 2) == 11
    assert find_model("jp-saiban-in").selection.peremptory_for("defence", 2) == 5  # 6 + 2 -> 5 each


def test_a_custom_model_is_a_file_of_the_same_shape(tmp_path):
    data = find_model("kz-2010").to_dict()
    data.update(id="school-court", names={"en": "Our school court"}, seats={**data["seats"], "lay": 6, "lay_min": 6},
                sentencing={"by": "judge"})
    path = tmp_path / "school.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    model = load_model(path)
    questions = questions_in_order(model, ["q1", "q2", "q3"])
    outcome = decide(model, questions, {q.id: [Ballot("judge", "no")] + [Ballot("juror", "yes")] * 4
                                        for q in questions})
    assert (outcome.voters, outcome.verdict) == (7, "guilty")


def test_a_variant_replaces_rules_by_id_and_keeps_the_others():
    data = find_model("ru").to_dict()
    data["variants"]["district"]["rules"] = [{"id": "bench", "source": "x", "text": {"en": "Six jurors."}},
                                             {"id": "extra", "source": "y", "text": {"en": "More."}}]
    district = CourtModel.from_dict(data).variant("district")
    ids = [r.id for r in district.rules]
    assert ids[0] == "bench" and district.rules[0].text["en"] == "Six jurors." and ids[-1] == "extra"
    assert len(ids) == len(find_model("ru").rules) + 1


def _broken(path: str, value) -> dict:
    data = copy.deepcopy(find_model("kz-2010").to_dict())
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[last] = value
    return data


@pytest.mark.parametrize("path, value, key, field", [
    ("seats.lay", 0, "model.too_small", "seats.lay"),
    ("seats.judges", -1, "model.too_small", "seats.judges"),
    ("seats.lay", "ten", "model.not_a_number", "seats.lay"),
    ("seats.lay_min", 12, "model.too_large", "seats.lay_min"),
    ("decision.stages.0.against", {"kind": "at_least", "count": 12}, "model.majority_too_large",
     "decision.stages.0.against"),
    ("decision.stages.0.against", {"kind": "by_size", "by_size": {"11": 12}}, "model.majority_too_large",
     "decision.stages.0.against.by_size.11"),
    ("decision.stages.0.against", {"kind": "by_size", "by_size": {"12": 10}}, "model.never_decides",
     "decision.stages.0"),
    ("decision.stages.0.must_include", {"judge": 2}, "model.never_decides", "decision.stages.0"),
    ("decision.stages.0.favour", {"kind": "at_least", "count": 3}, "model.thresholds_overlap", "decision.stages.0"),
    ("decision.stages.0.favour", {"kind": "unanimous"}, "model.gap_without_hung", "decision.stages.0"),
    ("decision.stages.0.from_minutes", 5, "model.stages_out_of_order", "decision.stages.0.from_minutes"),
    ("decision.blank", "maybe", "model.bad_choice", "decision.blank"),
    ("decision.voters", ["judge", "clerk"], "model.bad_choice", "decision.voters"),
    ("seats", None, "model.section_expected", "seats"),
])
def test_a_model_that_cannot_work_is_refused_naming_the_field(path, value, key, field):
    with pytest.raises(DataError) as caught:
        CourtModel.from_dict(_broken(path, value))
    assert caught.value.msg.key == key
    assert caught.value.msg.params["field"] == field


def test_a_gap_is_allowed_where_the_jury_can_hang():
    data = _broken("decision.stages.0.favour", {"kind": "unanimous"})
    data["decision"]["hung"] = True
    assert CourtModel.from_dict(data).hung


def test_other_refusals(tmp_path):
    with pytest.raises(DataError) as caught:
        CourtModel.from_dict({**find_model("ew").to_dict(), "format": 99})
    assert caught.value.msg.key == "model.newer_format"
    with pytest.raises(DataError) as caught:
        find_model("ew").variant("scotland")
    assert caught.value.msg.key == "model.unknown_variant"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_model(bad)
    assert caught.value.msg.key == "model.unreadable"
    with pytest.raises(DataError) as caught:
        find_model("kz-2099")
    assert caught.value.msg.key == "models.unknown" and "kz-2010" in caught.value.msg.params["known"]


def test_model_files_round_trip():
    for path in sorted((paths.resources() / "court_models").glob("*.json")):
        model = load_model(path)
        assert CourtModel.from_dict(model.to_dict()) == model


# --- a model file that could never reach a verdict is refused on load -----------------------

THRESHOLDS = st.one_of(
    st.sampled_from([{"kind": k} for k in ("majority", "half", "unanimous")]),
    st.builds(lambda c: {"kind": "at_least", "count": c}, st.integers(1, 16)),
    st.builds(lambda n, d: {"kind": "fraction", "num": min(n, d), "den": d}, st.integers(1, 5), st.integers(1, 5)),
    st.builds(lambda t: {"kind": "by_size", "by_size": {str(k): v for k, v in t.items()}},
              st.dictionaries(st.integers(1, 14), st.integers(1, 14), min_size=1, max_size=4)),
)


@st.composite
def model_dicts(draw):
    judges = draw(st.integers(0, 3))
    lay = draw(st.integers(1, 9))
    voters = draw(st.sampled_from([["judge", "juror"], ["juror"]] if judges else [["juror"]]))
    stage = {"against": draw(THRESHOLDS), "favour": draw(st.one_of(st.just("rest"), THRESHOLDS))}
    if draw(st.booleans()):
        stage["must_include"] = {r: draw(st.integers(1, 3)) for r in voters}
    return {"format": 1, "id": "random", "names": {"en": "Random"}, "panel": "mixed" if len(voters) == 2 else "jury",
            "seats": {"judges": judges, "lay": lay, "lay_min": draw(st.integers(1, lay))},
            "decision": {"voters": voters, "blank": draw(st.sampled_from(["refused", "favour", "neither"])),
                         "hung": draw(st.booleans()), "stages": [stage]}}


@settings(max_examples=400, deadline=None)
@given(model_dicts(), st.randoms(use_true_random=False))
def test_a_model_that_loads_can_always_reach_both_verdicts(data, rng):
    try:
        model = CourtModel.from_dict(data)
    except DataError:
        return
    questions = questions_in_order(model, ["q1"])
    answers = ["yes", "no"] + (["blank"] if model.blank != "refused" else [])
    for sitting in range(model.seats.lay_min, model.seats.lay + 1):
        roles = ["judge"] * model.seats_for("judge") + ["juror"] * model.seats_for("juror", sitting)
        for way, verdict in (("yes", "guilty"), ("no", "not_guilty")):
            outcome = decide(model, questions, {"q1": [Ballot(r, way) for r in roles]}, jurors_sitting=sitting)
            assert outcome.verdict == verdict
        mixed = decide(model, questions, {"q1": [Ballot(r, rng.choice(answers)) for r in roles]},
                       jurors_sitting=sitting)
        assert mixed.verdict != "none" or model.hung  # without a hung jury, complete ballots always decide
