"""`alqa tally` in a subprocess: every edge case of the spec, the errors, the languages."""

from __future__ import annotations

import json
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
EDGE_CASES = runpy.run_path(str(TESTS / "core" / "test_verdict.py"))["EDGE_CASES"]
SENTENCING_CASES = runpy.run_path(str(TESTS / "core" / "test_sentencing.py"))["SENTENCING_CASES"]
ROLES = {"J": "judge", "L": "juror"}
ANSWERS = {"y": "yes", "n": "no", "b": "blank"}


def alqa(*args: str, request=None, raw: str | None = None) -> subprocess.CompletedProcess:
    stdin = raw if raw is not None else json.dumps(request)
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def ballots(spec: str) -> list[dict]:
    out = []
    for part in spec.split():
        count, answer = part.split(":")
        out += [{"role": ROLES[count[-1]], "answer": ANSWERS[answer]}] * int(count[:-1])
    return out


def request(specs: list[str], minutes=None, sitting=None, **extra) -> dict:
    out: dict = {"questions": [{"id": f"q{i}", "ballots": ballots(s)} for i, s in enumerate(specs, start=1)]}
    if minutes is not None:
        out["minutes"] = minutes
    if sitting is not None:
        out["jurors_sitting"] = sitting
    return {**out, **extra}


def answer_of(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("case", EDGE_CASES, ids=lambda c: f"case{c.no}-{c.model}")
def test_edge_case_through_the_cli(case):
    out = answer_of(alqa("tally", "--model", case.model, "--lang", "en",
                         request=request(case.questions, case.minutes, case.sitting)))
    assert out["verdict"] == case.verdict
    assert out["status"] == case.status
    assert "".join({"yes": "y", "no": "n", "none": "-"}[q["answer"]] for q in out["questions"]) == case.answers
    assert [q["id"] for q in out["questions"]] == [f"q{i}" for i in range(1, len(case.questions) + 1)]
    assert case.words in out["rule"]
    assert out["rule"].endswith(".") and "{" not in out["rule"]


def test_counts_are_reported_per_question():
    out = answer_of(alqa("tally", "--model", "fr-assises", request=request(["3J:y 3L:y 1L:b 2L:n"])))  # case 27
    assert out["questions"] == [{"id": "q1", "kind": "general", "answer": "no", "yes": 6, "no": 2, "blank": 1}]


@pytest.mark.parametrize("case", SENTENCING_CASES, ids=lambda c: f"case{c.no}-{c.model}")
def test_sentencing_edge_case_through_the_cli(case):
    def penalty(word):
        return None if word == "-" else word if word in ("life", "death") else float(word)

    rounds = [[{"role": ROLES[count[-1]], "penalty": penalty(word)}
               for part in spec.split() for count, word in [part.split(":")] for _ in range(int(count[:-1]))]
              for spec in case.rounds]
    out = answer_of(alqa("tally", "--model", case.model, request={"sentencing": {"rounds": rounds}}))
    assert out["sentence"]["status"] == case.status
    assert out["sentence"]["penalty"] == (None if case.penalty is None else penalty(case.penalty))
    assert case.words in out["sentence"]["rule"]


def test_case36_what_the_other_courts_would_decide():
    out = answer_of(alqa("tally", "--model", "jp-saiban-in", "--compare", request=request(["5L:y 3J:n 1L:n"])))
    assert out["verdict"] == "not_guilty"
    others = {o["model"]: o for o in out["others"]}
    assert "jp-saiban-in" not in others
    assert others["kz-2007"]["verdict"] == "guilty"
    assert (others["us-federal"]["verdict"], others["us-federal"]["status"]) == ("none", "hung_possible")
    assert others["us-federal"]["mapping"].startswith("The judges' ballots are left out")
    assert all(o["mapping"] and o["rule"] for o in out["others"])


@pytest.mark.parametrize("model, specs, words", [
    ("kz-2010", ["1J:y 4L:y 1L:b 5L:n"] * 3, "Ballot 6 on question q1 is blank"),  # case 6
    ("ru", ["1J:y 7L:y"] * 3, "Ballot 1 on question q1 is a judge's"),
    ("kz-2007", ["3J:y 8L:n"] * 3, "Ballot 3 on question q1 is one judge's ballot too many"),
    ("us-federal", ["12L:y 1L:n"], "Ballot 13 on question q1 is one juror's ballot too many"),
])
def test_a_ballot_the_court_does_not_allow_exits_1_naming_it(model, specs, words):
    result = alqa("tally", "--model", model, request=request(specs))
    assert result.returncode == 1
    assert words in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_a_role_that_is_no_role_exits_1():
    result = alqa("tally", "--model", "ew", request={"questions": [{"id": "q1", "ballots": [
        {"role": "clerk", "answer": "yes"}]}]})
    assert result.returncode == 1 and "Ballot 1 on question q1 has the role \"clerk\"" in result.stderr


@pytest.mark.parametrize("raw, words", [
    ('{"questions": [', "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    ('{"questions": {"q1": []}}', "\"questions\" must be a list"),
    ('{"questions": [{"id": "q1", "ballots": [{"role": "juror"}]}]}', "Ballot 1 on question q1 must be an object"),
    ('{"minutes": "two hours", "questions": []}', "\"minutes\" must be a number"),
])
def test_a_request_that_is_not_a_request_exits_2(raw, words):
    result = alqa("tally", "--model", "kz-2010", raw=raw)
    assert result.returncode == 2
    assert words in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_model_exits_1_with_the_known_ones():
    result = alqa("tally", "--model", "kz-1995", request={"questions": []})
    assert result.returncode == 1 and "kz-2010" in result.stderr


def test_no_time_and_no_panel_given_means_long_enough_and_full():
    out = answer_of(alqa("tally", "--model", "ru", request=request(["5L:y 3L:n"] * 3)))
    assert out["verdict"] == "guilty"  # after 3 hours a majority will do


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_other_languages_answer_json_with_a_rule(lang):
    out = answer_of(alqa("--lang", lang, "tally", "--model", "kz-2010", "--compare",
                         request=request(["1J:y 5L:y 5L:n"] * 3)))
    assert out["verdict"] == "guilty" and out["rule"].strip()
    assert all(o["rule"].strip() and o["mapping"].strip() for o in out["others"])
    kk_names = {"kk": "Ресейдегі алқабилер соты", "ru": "Суд присяжных (Россия)"}
    assert any(o["name"] == kk_names[lang] for o in out["others"])
    # the rule itself is worded in that language (the catalogues are complete)
    assert out["rule"].startswith({"kk": "Кінәлі:", "ru": "Виновен:"}[lang])
    assert not re.search(r"[A-Za-z]{4,}", out["rule"].replace("q1", "").replace("q2", "").replace("q3", ""))
