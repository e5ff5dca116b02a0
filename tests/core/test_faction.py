"""The faction model: a social decision scheme checked against published jury findings (docs/what-if.md)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import DataError
from app.core.faction import DEFAULT, FactionParams, faction_odds, generated_class, states, transition, verdict_table
from tests import factory

# Kalven & Zeisel, The American Jury (1966), first ballot vs verdict in 225 juries of 12 [check: recalled row
# counts]: juries by guilty votes on the first ballot; within a row the counts are spread evenly.
KZ_ROWS = {(0, 0): 26, (1, 5): 41, (6, 6): 10, (7, 11): 105, (12, 12): 43}


def kalven_zeisel(params: FactionParams = DEFAULT) -> tuple[float, float]:
    """Share of juries with a first-ballot majority whose verdict went that way, and the hung share."""
    weights = np.zeros(13)
    for (lo, hi), count in KZ_ROWS.items():
        weights[lo:hi + 1] = count / (hi - lo + 1)
    won = with_majority = hung = 0.0
    for g in range(13):
        odds = faction_odds(g, 12 - g, 0, None, params)
        hung += weights[g] * odds.hung
        if g != 6:
            won += weights[g] * (odds.guilty if g > 6 else odds.not_guilty)
            with_majority += weights[g]
    return won / with_majority, hung / weights.sum()


def test_first_ballot_majority_decides_about_nine_in_ten():
    won, hung = kalven_zeisel()
    assert won == pytest.approx(0.90, abs=0.05)
    assert 0.01 < hung < 0.10  # Kalven & Zeisel: about 5 % hung


def test_even_split_acquits_several_times_as_often_as_it_convicts():
    even = faction_odds(3, 3)  # MacCoun & Kerr: six-person mock juries, unanimity or hung
    assert 3.0 <= even.not_guilty / even.guilty <= 5.5
    assert faction_odds(2, 4).not_guilty == pytest.approx(0.94, abs=0.05)  # a 2/3 acquittal majority wins 94 %
    assert faction_odds(4, 2).guilty == pytest.approx(0.67, abs=0.08)  # a 2/3 conviction majority 67 %


def test_without_leniency_the_even_split_is_symmetric():
    fair = FactionParams(balance=0.5)
    even = faction_odds(3, 3, 0, None, fair)
    assert even.guilty == pytest.approx(even.not_guilty)
    assert kalven_zeisel(fair)[0] != pytest.approx(kalven_zeisel()[0], abs=1e-3)


@pytest.mark.parametrize("n", [1, 2, 6, 12])
def test_transition_rows_sum_to_one(n):
    T = transition(n)
    assert T.shape == (len(states(n)),) * 2 and T.sum(axis=1) == pytest.approx(np.ones(len(T)))


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 14), st.data())
def test_more_guilty_at_the_start_never_lowers_the_odds_of_conviction(n, data):
    g = data.draw(st.integers(0, n - 1))
    fewer, more = faction_odds(g, n - g), faction_odds(g + 1, n - g - 1)
    assert more.guilty >= fewer.guilty - 1e-12
    assert sum(fewer.p().values()) == pytest.approx(1)


def test_courts_without_a_hung_jury_always_decide():
    for model_id in ("kz-2010", "fr-assises"):
        odds = faction_odds(6, 5, 0, factory.model(model_id))
        assert odds.hung == pytest.approx(0, abs=1e-12) and odds.rounds == pytest.approx(1)


def test_unanimity_hangs_more_than_a_majority_verdict():
    us, kz = factory.model("us-federal"), factory.model("kz-2010")
    assert faction_odds(7, 5, 0, us).hung > faction_odds(7, 5, 0, kz).hung


def test_verdict_table_uses_the_courts_rule():
    table = verdict_table(1, 10, factory.model("kz-2010"))  # 1 + 10: 6 of 11 decide
    assert table[1, 0, 5, 5] == 0 and table[0, 1, 5, 5] == 1  # the judge's vote tips 6 to 5
    assert table.shape == (2, 2, 11, 11) and table[1, 1, 0, 0] == -1  # impossible counts


def test_generated_class_under_every_model_sums_to_one():
    models = tuple(factory.model(m) for m in ("kz-2007", "ew", "ru"))
    odds = generated_class(20, 8, 4, models)
    assert [o.model_id for o in odds] == ["kz-2007", "ew", "ru"]
    assert all(sum(o.p().values()) == pytest.approx(1) for o in odds)
    assert generated_class(5, 5)[0].guilty > 0.99


@pytest.mark.parametrize("args, key", [((10, 11), "simulate.bad_generated"), ((0, 0), "simulate.bad_generated"),
                                       ((10, 2, 9), "simulate.bad_generated"), ((61, 1), "simulate.class_too_large")])
def test_bad_generated_class_is_named(args, key):
    with pytest.raises(DataError) as caught:
        generated_class(*args)
    assert caught.value.msg.key == key
