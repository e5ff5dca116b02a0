"""The plain-language description of each court model, made from its data."""

from __future__ import annotations

import pytest

from app.core.court import CourtModel
from app.core.describe import describe, summary
from app.core.lang import Msg
from app.store.library import find_model, with_variants


def words(msgs) -> str:
    from app import i18n

    return " ".join(i18n.text(m) for m in msgs)


def nested(msg: Msg):
    yield msg
    for value in msg.params.values():
        if isinstance(value, Msg):
            yield from nested(value)


@pytest.mark.parametrize("model", with_variants(), ids=lambda m: m.id)
def test_every_sentence_has_words_and_no_loose_placeholder(model):
    from app import i18n

    for msg in (*describe(model), *summary(model)):
        for part in nested(msg):
            assert i18n.has_text(part.key), part.key
        assert "{" not in i18n.text(msg), msg.key


def test_kz2007_card_says_what_the_essay_describes():
    text = words(summary(find_model("kz-2007")))
    assert "2 judges and 9 jurors deliberate and vote together" in text
    assert "secret ballot" in text
    assert "6 of 11 votes decide" in text
    assert "There is no abstention" in text


@pytest.mark.parametrize("model_id, expected", [
    ("kz-2010", ["The judge and 10 jurors deliberate and vote together", "6 of 11 votes decide",
                 "More than 15 years in prison needs at least 8 of 11 votes",
                 "A sentence of life imprisonment needs all 11 votes"]),
    ("ru", ["8 jurors deliberate and vote alone", "For the first 180 minutes", "needs 5 of 8 votes",
            "4 votes are enough", "deserves leniency", "the foreperson votes last", "The judge alone passes sentence"]),
    ("ru/district", ["6 jurors deliberate", "needs 4 of 6 votes", "3 votes are enough"]),
    ("ew", ["12 jurors", "For the first 130 minutes", "10 of 12 votes decide",
            "With 10 jurors left on the bench, an answer against the accused needs 9 of 10", "counts for neither side",
            "hung jury", "If fewer than 9 jurors are left, the jury is discharged"]),
    ("us-federal", ["Every answer must be unanimous: all 12 votes", "hung jury"]),
    ("fr-assises", ["3 judges and 6 jurors", "at least 7 of 9 votes", "counts for the accused", "5 of 9 votes decide",
                    "sets aside the harshest penalty", "at most 30 years in prison"]),
    ("fr-assises-appeal", ["3 judges and 9 jurors", "at least 8 of 12 votes", "7 of 12 votes decide"]),
    ("jp-saiban-in", ["3 professional judges and 6 lay judges", "at least 5 of 9 votes",
                      "at least 1 from judges and 1 from lay members", "added to the next milder one"]),
    ("jp-saiban-in/uncontested", ["One professional judge and 4 lay judges", "at least 3 of 5 votes"]),
])
def test_each_model_in_plain_words(model_id, expected):
    text = words(describe(find_model(model_id)))
    for phrase in expected:
        assert phrase in text


def test_the_description_follows_the_data_not_the_id():
    data = find_model("kz-2010").to_dict()
    data.update(id="kz-2010", seats={**data["seats"], "judges": 3})
    text = words(describe(CourtModel.from_dict(data)))
    assert "3 judges and 10 jurors" in text and "7 of 13 votes decide" in text


def test_every_key_built_from_data_has_words():
    """Keys made from a model's data (its ballot, order, blank rule...) exist for every value the format allows."""
    from app import i18n

    keys = [f"{family}.{role}_not_voting" for family in ("ballot", "sentence") for role in ("judge", "juror")]
    keys += [f"{family}.too_many_{role}s" for family in ("ballot", "sentence") for role in ("judge", "juror")]
    keys += [f"verdict.{below}" for below in ("void", "discharged")]
    keys += [f"describe.{part}.{below}" for part in ("below_min", "no_reserve") for below in ("void", "discharged")]
    keys += [f"describe.bench.{kind}" for kind in ("jury", "jury_foreperson", "mixed", "mixed_one_judge",
                                                   "mixed_lay_judges", "mixed_one_judge_lay_judges")]
    keys += [f"describe.ballot.{b}_{o}" for b in ("secret", "open", "free")
             for o in ("none", "seat", "seat_foreperson_last")]
    keys += [f"describe.questions.{f}{lenient}" for f in ("three_main", "general") for lenient in ("", "_leniency")]
    keys += [f"describe.majority.{k}{t}" for k in ("unanimous", "same", "split", "rest")
             for t in ("", "_until", "_from")]
    keys += [f"describe.blank.{b}" for b in ("refused", "favour", "neither")]
    keys += [f"describe.sentence.{m}" for m in ("judge", "thresholds", "rounds", "cumulative")]
    keys += [f"penalty.{p}" for p in ("prison", "life", "death")]
    assert [k for k in keys if not i18n.has_text(k)] == []
