"""The jury draw: reproducible from its seed on any machine, fair, and within the model's limits."""

from __future__ import annotations

import pytest
from factory import created, roster, run
from hypothesis import given
from hypothesis import strategies as st

from app.core import events as ev
from app.core import rules
from app.core.selection import draw_lot, draw_pool, lot_for, pool_for, shuffled

ROSTER = [f"p{i}" for i in range(1, 11)]


def test_draws_are_fixed_by_their_seed():
    """Golden values: if these change, old sessions would no longer replay to the same panel."""
    assert draw_pool(ROSTER, 42, 4) == ("p10", "p8", "p9", "p6")
    assert draw_lot(ROSTER, 7, 3, 2) == (("p3", "p8", "p5"), ("p7", "p9"))


@given(st.lists(st.text(min_size=1, max_size=5), unique=True, max_size=40), st.integers(0, 2**31))
def test_a_draw_is_a_permutation_and_repeats(names, seed):
    order = shuffled(names, seed)
    assert sorted(order) == sorted(names) and order == shuffled(names, seed)


def chi_square(counts: list[int], expected: float) -> float:
    return sum((c - expected) ** 2 / expected for c in counts)


def test_pool_draw_is_fair_over_many_seeds():
    """Each of 30 students is drawn into a pool of 16 about equally often (chi-square, 29 df)."""
    names = [f"s{i}" for i in range(30)]
    counts = dict.fromkeys(names, 0)
    seeds = range(1000, 4000)
    for seed in seeds:
        for name in draw_pool(names, seed, 16):
            counts[name] += 1
    # 58.3 is the 0.1% critical value of chi-square with 29 degrees of freedom
    assert chi_square(list(counts.values()), len(seeds) * 16 / 30) < 58.3


def test_lot_seats_every_candidate_in_every_place_about_equally():
    names = [f"c{i}" for i in range(11)]
    first = dict.fromkeys(names, 0)
    reserve = dict.fromkeys(names, 0)
    seeds = range(2000)
    for seed in seeds:
        jurors, reserves = draw_lot(names, seed, 9, 2)
        first[jurors[0]] += 1
        reserve[reserves[-1]] += 1
    assert chi_square(list(first.values()), len(seeds) / 11) < 29.6  # 10 df, 0.1%
    assert chi_square(list(reserve.values()), len(seeds) / 11) < 29.6


def test_same_roster_and_seed_give_the_same_panel_in_a_session():
    a = run([created(), *roster(20)])
    assert pool_for(a, 99) == pool_for(run([created(), *roster(20)]), 99)
    a = run([ev.JuryPoolDrawn(99, pool_for(a, 99))], a)
    assert lot_for(a, 5) == lot_for(a, 5)


@pytest.mark.parametrize(("model_id", "side", "limit"), [
    ("kz-2007", "prosecution", 2), ("kz-2007", "defence", 3), ("kz-2010", "defence", 3), ("ew", "defence", 0),
    ("ru", "prosecution", 2), ("fr-assises", "defence", 4), ("fr-assises", "prosecution", 3),
])
def test_peremptory_challenges_beyond_the_limit_are_refused(model_id, side, limit):
    state = run([created(model_id), *roster(30)])
    state = run([ev.JuryPoolDrawn(3, pool_for(state, 3))], state)
    pool = state.people.pool
    state = run([ev.ChallengeUsed(pool[i], side, "peremptory") for i in range(limit)], state)
    with pytest.raises(rules.LimitReached) as info:
        rules.validate(state, ev.ChallengeUsed(pool[limit], side, "peremptory"))
    assert info.value.msg.params["limit"] == limit
    # challenges for cause have no limit
    run([ev.ChallengeUsed(pool[limit], side, "for_cause", "knows the victim")], state)


def test_us_alternates_bring_extra_peremptory_challenges():
    from factory import model

    us = model("us-federal")
    assert us.selection.peremptory_for("defence", us.seats.reserves) > us.selection.peremptory["defence"]
