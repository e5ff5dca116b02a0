"""The what-if lab's network model: the Friedkin–Johnsen fit, the scenarios and the Monte Carlo (docs/what-if.md)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import events as ev
from app.core.errors import DataError
from app.core.simulate import (
    Lab,
    NotEnoughData,
    Panel,
    Scenario,
    fit,
    fit_error,
    fit_rows,
    fj_run,
    measurement,
    parse_scenario,
    reduced_form,
    sentences,
    simulate,
    social_power,
    what_if,
    wilson,
)
from tests import factory

J, A, B, C, D, E = "p20", "p1", "p2", "p3", "p4", "p5"  # the judge, then jurors
JURORS = (A, B, C, D, E)
_BASE = factory.deliberating("kz-2010")
MODELS = tuple(factory.model(m) for m in ("kz-2010", "ew", "us-federal", "fr-assises"))


def panel(jurors=JURORS):
    seats = {"judge-1": J, **{f"juror-{i}": m for i, m in enumerate(jurors, 1)}, "prosecutor": "p19"}
    return _BASE._replace(people=replace(_BASE.people, seats=seats, reserves=()))


def stance(y: float) -> tuple[str, int]:
    c = int(round(abs(y) * 100))
    return ("undecided", 50) if c == 0 else ("guilty" if y > 0 else "not_guilty", min(c, 100))


def play(rounds, state=None):
    """rounds: [(talk {m: s}, opinions {m: y}, reports [(moved, source)])]; toward follows the source's side."""
    state = state or panel()
    events = []
    for no, (talk, ys, reports) in enumerate(rounds, 1):
        events += [ev.RoundStarted(no), *(ev.SpeechTimed(no, m, s) for m, s in talk.items() if s),
                   ev.RoundEnded(no, 600)]
        events += [ev.StanceRecorded(no, m, *stance(y)) for m, y in ys.items()]
        events += [ev.InfluenceReported(no, m, src, "guilty" if ys.get(src, 0) >= 0 else "not_guilty")
                   for m, src in reports]
    return factory.run(events, state)


# --- the Friedkin–Johnsen equations -----------------------------------------------------------

# Friedkin & Johnsen's four-person group, as reproduced in Proskurnikov & Tempo's tutorial (Part II)
# [check]: W, Λ = I − diag(W), y(0) = (25, 25, 75, 85); published equilibrium ≈ (60, 60, 75, 75).
FJ_W = np.array([[.220, .120, .360, .300], [.147, .215, .344, .294], [0, 0, 1, 0], [.090, .178, .446, .286]])
FJ_Y0 = np.array([25.0, 25.0, 75.0, 85.0])


def test_friedkin_johnsen_four_person_example():
    lam = 1 - np.diag(FJ_W)
    A, b = lam[:, None] * FJ_W, 1 - lam
    closed = np.linalg.solve(np.eye(4) - A, np.diag(b)) @ FJ_Y0  # computed independently of the code
    iterated = fj_run(A, b, FJ_Y0, 300)[-1]
    assert iterated == pytest.approx(closed, abs=1e-4)
    assert reduced_form(A, b) @ FJ_Y0 == pytest.approx(closed, abs=1e-4)
    assert iterated == pytest.approx([60, 60, 75, 75], abs=0.05)  # the published, rounded figures
    power = social_power(A, b)
    assert power.sum() == pytest.approx(1) and power.argmax() == 2  # the fully stubborn member holds most


def test_degroot_without_anchors_uses_the_iteration():
    W = np.array([[0.5, 0.5], [0.5, 0.5]])
    V = reduced_form(W, np.zeros(2))  # I − A is singular
    assert V.ravel().tolist() == pytest.approx([0.5] * 4)


# --- the fit --------------------------------------------------------------------------------------

N = 6


def truth(seed: int):
    rng = np.random.default_rng(seed)
    support = np.eye(N, dtype=bool)
    for i in range(N):
        support[i, rng.choice([k for k in range(N) if k != i], 2, replace=False)] = True
    theta = rng.dirichlet(np.full(N + 1, 2.0), N) * np.hstack([support, np.ones((N, 1), bool)])
    theta /= theta.sum(axis=1, keepdims=True)
    return support, theta[:, :N], theta[:, N]


def noisy_run(A, b, y0, checks, seed, sigma=0.1):
    """The model itself with a little noise in each round (classes are not deterministic), on stances."""
    rng = np.random.default_rng(seed)
    ys, y = [y0], y0
    for _ in range(checks - 1):
        y = np.clip(A @ y + b * y0 + rng.normal(0, sigma, len(y0)), -1, 1)
        ys.append(y)
    return np.round(np.array(ys), 2)


def recovery_error(checks: int) -> float:
    errors = []
    for rep in range(4):
        support, A, b = truth(rep)
        y = noisy_run(A, b, np.random.default_rng(100 + rep).uniform(-1, 1, N), checks, 200 + rep)
        _, pa, pb = measurement(np.zeros((N, N)), np.zeros((N, N)), checks - 1, support)
        fa, fb = fit_rows(y, support, pa, pb)
        errors.append(np.abs(np.hstack([fa - A, (fb - b)[:, None]])).mean())
    return float(np.mean(errors))


def test_fit_recovers_the_model_better_with_more_rounds():
    few, many = recovery_error(10), recovery_error(160)
    assert few < 0.12
    assert many < 0.04
    assert many < few / 2


def test_fit_error_is_small_on_the_model_and_large_on_random_stances():
    support, A, b = truth(0)
    y = noisy_run(A, b, np.random.default_rng(1).uniform(-1, 1, N), 12, 2, sigma=0.0)
    _, pa, pb = measurement(np.zeros((N, N)), np.zeros((N, N)), 11, support)
    assert fit_error(y, *fit_rows(y, support, pa, pb)) < 0.03
    noise = np.random.default_rng(3).uniform(-1, 1, (12, N)).round(2)
    assert fit_error(noise, *fit_rows(noise, support, pa, pb)) > 0.3


def test_fit_of_a_session_generated_by_the_model():
    members = (J, *JURORS)
    support, A, b = truth(5)
    y = noisy_run(A, b, np.random.default_rng(6).uniform(-0.9, 0.9, N), 40, 7)
    named = [(members[i], members[j]) for i in range(N) for j in range(N) if support[i, j] and i != j]
    rounds = [({m: 60 for m in members}, dict(zip(members, row.tolist(), strict=True)), named if r else [])
              for r, row in enumerate(y)]
    model = fit(play(rounds), bootstrap=2)
    assert model.panel.members == members and model.panel.roles == ("judge",) + ("juror",) * 5
    assert model.support.tolist() == support.tolist()  # non-zero only for self and whom each named
    error = np.abs(np.hstack([model.A - A, (model.b - b)[:, None]])).mean()
    prior = np.abs(np.hstack([model.prior_A - A, (model.prior_b - b)[:, None]])).mean()
    assert error < 0.08 and error < prior
    assert model.error < model.prior_error
    assert model.quality in ("good", "fair")
    assert model.W.sum(axis=1) == pytest.approx(np.ones(N))


# --- scenarios ----------------------------------------------------------------------------------

QUIET_JUDGE = [  # the judge never speaks, nobody names the judge; D names nobody and never moves
    ({A: 120, B: 60, C: 30, E: 90}, {J: 0.9, A: -0.7, B: 0.4, C: 0.2, D: 0.6, E: -0.5}, []),
    ({A: 100, B: 50, C: 40, E: 60}, {J: 0.9, A: -0.7, B: 0.1, C: -0.2, D: 0.6, E: -0.6}, [(B, A), (C, A), (E, A)]),
    ({A: 90, B: 40, C: 20, E: 80}, {J: 0.9, A: -0.7, B: -0.2, C: -0.4, D: 0.6, E: -0.6}, [(B, A), (C, E)]),
]


@pytest.fixture(scope="module")
def quiet():
    state = play(QUIET_JUDGE)
    return state, fit(state, bootstrap=3)


def test_removing_a_judge_nobody_followed_changes_nothing(quiet):
    _, model = quiet
    base = simulate(model, Scenario(), MODELS, runs=400, seed=5)
    classic = simulate(model, Scenario(no_judges=True), MODELS, runs=400, seed=5)
    assert (base.judges, classic.judges) == (1, 0)
    assert classic.final == pytest.approx(base.final[1:], abs=1e-12)  # every juror as before
    for court in ("ew", "us-federal"):  # jurors decide alone there: the same verdicts
        assert classic.by_model(court).p == pytest.approx(base.by_model(court).p)


SCENARIOS = [Scenario(), Scenario(no_judges=True), Scenario(panel=(2, 6)), Scenario(panel=(1, 12)),
             Scenario(stubborn=0.0), Scenario(stubborn=3.0), Scenario(equal_talk=True), Scenario(ballot="open"),
             Scenario(ballot="secret"), Scenario(no_judges=True, equal_talk=True, ballot="open", stubborn=0.5)]


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_a_juror_who_named_nobody_and_never_moved_keeps_their_stance(quiet, scenario):
    _, model = quiet
    d = model.panel.members.index(D)
    result = simulate(model, scenario, MODELS, runs=300, seed=1)
    position = d - (1 - result.judges)  # judges come first; removing the judge shifts the jurors
    assert result.final[position] == pytest.approx(0.6, abs=1e-12)


def test_the_judge_sways_when_followed():
    rounds = [
        ({J: 200, A: 30}, {J: 0.9, A: -0.6, B: -0.5, C: -0.4, D: -0.5, E: 0.3}, []),
        ({J: 200, A: 30}, {J: 0.9, A: -0.6, B: 0.1, C: 0.2, D: -0.1, E: 0.6}, [(B, J), (C, J), (D, J), (E, J)]),
        ({J: 200, A: 30}, {J: 0.9, A: -0.6, B: 0.5, C: 0.5, D: 0.3, E: 0.8}, [(B, J), (C, J), (D, J), (E, J)]),
    ]
    model = fit(play(rounds), bootstrap=2)
    assert model.judges_share > 1 / 6
    base = simulate(model, Scenario(), MODELS, runs=500, seed=2)
    classic = simulate(model, Scenario(no_judges=True), MODELS, runs=500, seed=2)
    assert base.judges_share > base.seat_share
    assert base.by_model("kz-2010").p["guilty"] > 0.9
    assert classic.by_model("kz-2010").p["not_guilty"] > 0.9  # without the judge, the jurors acquit


def test_open_checks_pull_toward_the_visible_majority():
    from app.core.simulate import CONFORMITY, _step

    y = np.array([[0.9, 0.5, 0.4, -0.8, -0.9]])
    A = np.eye(5)[None].copy()
    A[0, 3] = [0, 0, 0, 0.5, 0.5]  # the fourth member listens only to the fifth, of the not-guilty minority
    b = np.zeros((1, 5))
    secret = _step(A, b, y, y, 0.0)[0, 3]
    shown = _step(A, b, y, y, CONFORMITY)[0, 3]
    assert secret == pytest.approx(-0.85)
    majority = (0.9 + 0.5 + 0.4) / 3
    assert shown == pytest.approx(0.5 * -0.8 + (1 - CONFORMITY) * 0.5 * -0.9 + CONFORMITY * 0.5 * majority)
    assert _step(A, b, y, y, CONFORMITY)[0, :3] == pytest.approx(y[0, :3])  # the stubborn do not conform


def test_same_seed_same_result_and_another_seed_differs(quiet):
    _, model = quiet
    one = simulate(model, Scenario(panel=(1, 4)), MODELS, runs=300, seed=9)
    two = simulate(model, Scenario(panel=(1, 4)), MODELS, runs=300, seed=9)
    other = simulate(model, Scenario(panel=(1, 4)), MODELS, runs=300, seed=10)
    assert one.odds == two.odds and one.final.tolist() == two.final.tolist()
    assert other.final.tolist() != one.final.tolist()


def test_runs_drawn_once_per_fit_give_what_drawing_again_gives(quiet):
    """The perturbed runs are kept per fit, runs and seed: a kept draw and a fresh one agree exactly."""
    from app.core import simulate as module

    _, model = quiet
    simulate(model, Scenario(), MODELS, runs=300, seed=4)  # draws the runs and keeps them
    kept = simulate(model, Scenario(no_judges=True, equal_talk=True), MODELS, runs=300, seed=4)  # kept runs
    module._PERTURBED.clear()
    fresh = simulate(model, Scenario(no_judges=True, equal_talk=True), MODELS, runs=300, seed=4)
    assert kept.odds == fresh.odds and kept.final.tolist() == fresh.final.tolist()
    assert (300, 4) in module._PERTURBED[model]


def test_odds_sum_to_one_with_intervals_and_rounds(quiet):
    _, model = quiet
    result = simulate(model, Scenario(), MODELS, runs=400, seed=3)
    for odds in result.odds:
        assert sum(odds.p.values()) == pytest.approx(1)
        assert all(odds.low[v] <= odds.p[v] <= odds.high[v] for v in odds.p)
        assert odds.rounds is None or odds.rounds >= 2  # the class deliberated two rounds before voting
    assert simulate(model, Scenario(rule="ew"), MODELS, runs=50).odds[0].model_id == "ew"


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 500), st.integers(1, 500))
def test_wilson_interval_holds_the_share(k, n):
    k = min(k, n)
    low, high = wilson(k, n)
    assert 0 <= low <= k / n <= high <= 1


# --- too little to fit, and the words -----------------------------------------------------------

def test_no_stance_check_says_what_is_missing():
    state = panel()
    with pytest.raises(NotEnoughData) as caught:
        fit(state)
    assert caught.value.msg.key == "simulate.no_stances"
    lab = what_if(state, [Scenario()], MODELS, runs=10)
    assert lab.missing.key == "simulate.no_stances" and lab.results == () and lab.fit is None
    assert [m.key for m in sentences(lab)] == ["simulate.no_stances"]


def test_one_check_falls_back_to_the_faction_model():
    state = play(QUIET_JUDGE[:1])
    assert Panel.of(state).y.shape == (1, 6)
    lab = what_if(state, [Scenario(), Scenario(no_judges=True)], MODELS, runs=10)
    assert lab.missing.key == "simulate.one_check" and lab.fit is None
    assert all(r.faction for r in lab.results) and lab.results[1].judges == 0
    for result in lab.results:
        assert all(sum(o.p.values()) == pytest.approx(1) for o in result.odds)
    keys = [m.key for m in sentences(lab)]
    assert keys[:2] == ["simulate.one_check", "simulate.say.faction_used"]
    assert any(k.startswith("simulate.say.faction_") for k in keys[2:])


def test_one_member_is_not_enough():
    state = play([({}, {A: 0.5}, []), ({}, {A: 0.4}, [])])
    with pytest.raises(NotEnoughData) as caught:
        fit(state)
    assert caught.value.msg.key == "simulate.one_member"


def test_every_sentence_has_words(quiet):
    from app.texts import all_texts

    state, model = quiet
    lab = Lab(tuple(simulate(model, s, MODELS, runs=100) for s in SCENARIOS[:4]), model, None, "not_guilty")
    table = all_texts()

    def keys(msg):
        yield msg.key
        for value in msg.params.values():
            if hasattr(value, "key"):
                yield from keys(value)

    said = sentences(lab, {"ew": "England and Wales"})
    assert said[0].key.startswith("simulate.fit.")
    assert {k for m in said for k in keys(m)} <= set(table)
    assert any(m.key == "simulate.say.own_verdict" for m in said)


@pytest.mark.parametrize("tokens, expected", [
    (["no-judges"], Scenario(no_judges=True)),
    (["panel=1+10", "rule=ew"], Scenario(panel=(1, 10), rule="ew")),
    (["panel=12"], Scenario(panel=(0, 12))),
    (["stubborn=1.5", "equal-talk", "open"], Scenario(stubborn=1.5, equal_talk=True, ballot="open")),
])
def test_parse_scenario(tokens, expected):
    assert parse_scenario(tokens) == expected


@pytest.mark.parametrize("token, key", [("fly", "simulate.bad_scenario"), ("panel=1+0", "simulate.bad_panel"),
                                        ("panel=x", "simulate.bad_panel"), ("stubborn=-1", "simulate.bad_stubborn")])
def test_bad_scenario_is_named(token, key):
    with pytest.raises(DataError) as caught:
        parse_scenario([token])
    assert caught.value.msg.key == key


def test_bad_runs_and_unknown_rule(quiet):
    _, model = quiet
    with pytest.raises(DataError):
        simulate(model, Scenario(), MODELS, runs=0)
    with pytest.raises(DataError) as caught:
        simulate(model, Scenario(rule="nowhere"), MODELS, runs=10)
    assert caught.value.msg.key == "simulate.unknown_rule"
