"""Debrief questions: their answers quote this session's own numbers (spec/influence.md, section 6)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.core.debrief import QUESTION_IDS, questions
from app.core.lang import Msg
from app.core.metrics import Metrics
from app.core.state import Result
from app.texts.debrief import TEXT
from tests.core.test_influence import DOCS_EXAMPLE, A, B, C, J, play

NAMES = {J: "Judge 1", A: "Juror 1", B: "Juror 2", C: "Juror 3"}


def asked(state, comparisons=(), seconds=None) -> dict:
    found = questions(state, comparisons, name=NAMES.get, court_name=lambda c: c.model.id, session_seconds=seconds)
    assert tuple(q.id for q in found) == QUESTION_IDS
    return {q.id: q for q in found}


def keys(q) -> list[str]:
    return [m.key.rsplit(".", 1)[1] for m in q.answer]


def params(q, key: str) -> dict:
    return next(dict(m.params) for m in q.answer if m.key.endswith("." + key))


@pytest.fixture
def example():
    return play(DOCS_EXAMPLE, reveal=(1, 2))


def test_first_check_compares_the_first_majority_with_the_verdict(example):
    q = asked(example)["first_check"]
    assert keys(q) == ["split", "no_verdict", "same_place"]
    assert params(q, "split") == {"guilty": 2, "not_guilty": 1, "undecided": 1}
    assert params(q, "same_place") == {"same": 3, "members": 4}  # B went from undecided to guilty
    guilty = asked(example._replace(outcome=Result("guilty", 1)))["first_check"]
    assert keys(guilty)[1] == "yes"
    acquitted = asked(example._replace(outcome=Result("not_guilty", 1)))["first_check"]
    assert keys(acquitted)[1] == "no" and params(acquitted, "no")["first"] == Msg.of("debrief.verdict.guilty")


def test_talk_names_the_top_speaker_and_the_silent(example):
    q = asked(example)["talk"]
    assert params(q, "spoke") == {"spoke": 3, "members": 4}
    assert params(q, "top") == {"name": "Judge 1", "share": 42, "equal": 25, "minutes": 2}  # 150 of 360 s
    assert params(q, "silent") == {"names": "Juror 2"}


def test_judges_share_is_set_against_their_seats(example):
    q = asked(example)["judges"]
    m = Metrics.compute(example, revealed_only=True)
    assert params(q, "share") == {"seats": 25, "share": round(100 * m.judges_share)}
    assert params(q, "named") == {"named": 2, "jurors": 3}  # B and C named the judge
    assert keys(q)[2] == ("heavy" if m.judges_share > 0.375 else "fair")


def test_doubt_and_conformity(example):
    found = asked(example._replace(outcome=Result("not_guilty", 1)))
    assert params(found["doubt"], "gains") == {"splits": 1, "acquit": 0, "convict": 1}
    assert keys(found["doubt"])[1] == "convict"
    apart = params(found["conformity"], "apart")
    assert (apart["apart"], apart["members"]) == (3, 4)  # only A's last stance was not guilty


def test_other_courts_counts_those_that_differ(example):
    state = example._replace(outcome=Result("guilty", 1))

    def court(name, verdict):
        return SimpleNamespace(model=SimpleNamespace(id=name), outcome=SimpleNamespace(verdict=verdict))

    same = asked(state, [court("ew", "guilty"), court("us", "guilty")])["other_courts"]
    assert keys(same) == ["same"] and params(same, "same") == {"courts": 2}
    differ = asked(state, [court("ew", "none"), court("us", "guilty"), court("fr", "not_guilty")])["other_courts"]
    assert params(differ, "differ") == {"differ": 2, "courts": 3}
    assert [dict(m.params)["court"] for m in differ.answer[1:]] == ["ew", "fr"]
    assert keys(asked(example, [court("ew", "none")])["other_courts"]) == ["none"]  # no verdict yet


def test_time_adds_the_parts(example):
    q = asked(example, seconds=3000)["time"]
    assert params(q, "parts") == {"trial": 0, "deliberation": 20, "rounds": 2, "votes": 0}
    assert params(q, "session") == {"minutes": 50}


def test_private_rounds_stay_private():
    secret = play(DOCS_EXAMPLE)  # nothing revealed: the debrief knows no stance
    found = asked(secret)
    assert keys(found["first_check"]) == ["none"] and keys(found["doubt"]) == ["none"]


def test_a_jury_without_judges_is_said_so():
    from dataclasses import replace

    from tests.core.test_influence import panel

    base = panel()
    jury_only = base._replace(people=replace(base.people, seats={k: v for k, v in base.people.seats.items()
                                                                if not k.startswith("judge")}))
    state = play([({A: 60}, {A: ("guilty", 60), B: ("not_guilty", 50)}, [])], jury_only, reveal=(1,))
    assert keys(asked(state)["judges"]) == ["apart"]


def test_every_message_has_words(example):
    states = [example, example._replace(outcome=Result("guilty", 1)), play(DOCS_EXAMPLE)]
    for state in states:
        for q in asked(state, seconds=60).values():
            for msg in (q.question, q.anchor, *q.answer):
                assert msg.key in TEXT, msg.key
                for value in msg.params.values():
                    assert not isinstance(value, Msg) or value.key in TEXT
