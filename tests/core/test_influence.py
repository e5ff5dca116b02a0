"""The influence network and its metrics, on small sessions computed by hand (docs/influence.md)."""

from __future__ import annotations

from dataclasses import fields, replace

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from app.core import events as ev
from app.core.influence import KINDS, Network, inferred_graph, influence_graph, opinions, reported_graph
from app.core.metrics import (
    METRIC_IDS,
    Metrics,
    betweenness,
    bimodality,
    eigenvector_reversed,
    explain,
    gini,
    overall_reciprocity,
    pagerank_reversed,
    reciprocity,
)
from tests import factory

J, A, B, C, D = "p20", "p1", "p2", "p3", "p4"  # the judge, then jurors
_BASE = factory.deliberating("kz-2010")  # 1 judge + 10 jurors, cut down below


def panel(jurors=(A, B, C), order=None) -> object:
    """A mixed panel of the judge and a few jurors (seated in `order`), a prosecutor, deliberating."""
    seats = {"judge-1": J, **{f"juror-{i}": m for i, m in enumerate(order or jurors, 1)}, "prosecutor": "p19"}
    return _BASE._replace(people=replace(_BASE.people, seats=seats, reserves=()))


def play(rounds, state=None, reveal=()):
    """rounds: [(talk {m: s}, stances {m: (stance, confidence)}, reports [(moved, source, toward)])]."""
    state = state or panel()
    events = []
    for no, (talk, stances, reports) in enumerate(rounds, 1):
        events += [ev.RoundStarted(no), *(ev.SpeechTimed(no, m, s) for m, s in talk.items() if s),
                   ev.RoundEnded(no, 600)]
        events += [ev.StanceRecorded(no, m, s, c) for m, (s, c) in stances.items()]
        events += [ev.InfluenceReported(no, m, src, toward) for m, src, toward in reports]
        if no in reveal:
            events.append(ev.StancesRevealed(no))
    return factory.run(events, state)


G, NG, U = "guilty", "not_guilty", "undecided"
DOCS_EXAMPLE = [  # docs/influence.md, "A worked example"
    ({J: 60, A: 120}, {J: (G, 80), A: (NG, 60), B: (U, 50), C: (G, 40)}, []),
    ({J: 90, A: 30, C: 60}, {J: (G, 80), A: (NG, 60), B: (G, 50), C: (G, 70)},
     [(B, J, G), (C, J, G), (C, A, NG)]),
]


def edges(g) -> dict:
    return {(u, v): pytest.approx(d["weight"]) for u, v, d in g.edges(data=True)}


# --- the worked example ---------------------------------------------------------------------

def test_opinions_are_signed_confidence():
    state = play(DOCS_EXAMPLE)
    assert opinions(state) == {1: {J: 0.8, A: -0.6, B: 0.0, C: 0.4}, 2: {J: 0.8, A: -0.6, B: 0.5, C: 0.7}}


def test_reported_edges_count_reports_and_keep_their_direction():
    state = play(DOCS_EXAMPLE)
    g = reported_graph(state)
    assert edges(g) == {(J, B): 1, (J, C): 1, (A, C): 1}
    assert g[A][C]["toward"] == NG and g[J][B]["toward"] == G and g[J][B]["kind"] == "reported"
    assert edges(reported_graph(state, 1)) == {}


def test_inferred_edges_share_the_move_by_talk_time():
    state = play(DOCS_EXAMPLE)
    g = inferred_graph(state, 2)
    # B: 0 -> +0.5; J (90 s, +0.8) and C (60 s, +0.4) lay toward guilty, A (-0.6) did not
    # C: +0.4 -> +0.7; only J (+0.8) lay beyond; B was silent
    assert edges(g) == {(J, B): 0.3, (C, B): 0.2, (J, C): 0.3}
    assert all(d["toward"] == G and d["kind"] == "inferred" for *_, d in g.edges(data=True))
    assert edges(inferred_graph(state, 1)) == {}  # no earlier check to move from


def test_combined_graph_keeps_the_kinds_apart():
    g = influence_graph(play(DOCS_EXAMPLE))
    assert edges(g) == {(J, B): 1.3, (J, C): 1.3, (C, B): 0.2, (A, C): 1.0}
    assert g[J][C]["kind"] == "both"
    assert g[J][C]["reported"] == 1 and g[J][C]["inferred"] == pytest.approx(0.3)
    assert g[J][C]["dist"] == pytest.approx(1 / 1.3)


def test_nodes_carry_role_seat_name_and_stance():
    state = play(DOCS_EXAMPLE)
    g = influence_graph(state, 1)
    assert g.nodes[J] | {} == {"role": "judge", "seat": "judge-1", "name": state.people.names[J], "talk": 60,
                              "stance": G, "confidence": 80, "y": 0.8}
    assert g.nodes[B]["stance"] == U and g.nodes[B]["talk"] == 0
    assert influence_graph(state).nodes[B]["stance"] == G  # cumulated: the latest stance
    assert "p19" not in g  # the prosecutor is a node only when named


def test_member_metrics_of_the_example():
    m = Metrics.compute(play(DOCS_EXAMPLE))
    assert list(m.members) == [J, A, B, C]  # seat order
    j, a, b, c = (m.members[x] for x in (J, A, B, C))
    assert (j.out_strength, a.out_strength, c.out_strength, b.out_strength) == pytest.approx((2.6, 1.0, 0.2, 0))
    assert (b.in_strength, c.in_strength, j.in_strength) == pytest.approx((1.5, 2.3, 0))
    # C lies on the only path A -> C -> B; (n-1)(n-2) = 6 ordered pairs
    assert [x.betweenness for x in (j, a, b, c)] == pytest.approx([0, 0, 0, 1 / 6])
    assert j.reciprocity == 0 and m.overall_reciprocity == 0 and j.eigenvector is None  # one-way: a DAG
    assert j.persuasion == pytest.approx((0 + 0.5 + 0.3) / 3)
    assert a.persuasion == pytest.approx((0 - 0.5 - 0.3) / 3)
    assert c.persuasion == pytest.approx((0 + 0 + 0.3) / 3)
    assert b.persuasion is None  # never spoke, never named
    assert (b.movement, b.flips, c.movement, c.flips) == pytest.approx((0.5, 1, 0.3, 0))
    assert m.never_moved == (J, A) and m.never_spoke == (B,)
    assert max(m.members.values(), key=lambda x: x.pagerank).member_id == J


def test_judges_share_against_seats():
    state = play(DOCS_EXAMPLE)
    assert Metrics.compute(state).judges_share == pytest.approx(2.6 / 3.8)
    assert Metrics.compute(state, ("reported",)).judges_share == pytest.approx(2 / 3)
    assert Metrics.compute(state, ("inferred",)).judges_share == pytest.approx(0.6 / 0.8)
    assert Metrics.compute(state).judges_seat_share == pytest.approx(1 / 4)


def test_round_metrics_of_the_example():
    r1, r2 = Metrics.compute(play(DOCS_EXAMPLE)).rounds
    assert (r1.round_no, r1.answered, r1.mean_opinion, r1.polarization) == pytest.approx((1, 4, 0.15, 0.2675))
    assert (r1.consensus, r1.majority) == (0.5, G)
    assert (r2.mean_opinion, r2.polarization, r2.consensus, r2.majority) == pytest.approx((0.35, 0.3125, 0.75, G))
    assert r1.talk_gini == pytest.approx(840 / 1440) and r2.talk_gini == pytest.approx(600 / 1440)


# --- more hand-computed sessions ------------------------------------------------------------

def test_a_skipped_check_pools_the_talk_since_the_last_one():
    state = play([
        ({A: 10}, {A: (G, 60), B: (NG, 40), C: (U, 0)}, []),
        ({A: 30, B: 100}, {A: (G, 60), B: (NG, 40)}, []),  # C gives no stance
        ({A: 90}, {A: (G, 60), B: (NG, 40), C: (G, 20)}, []),  # C: 0 -> +0.2 over rounds 2 and 3
    ])
    assert edges(inferred_graph(state, 3)) == {(A, C): 0.2}  # B lay the other way
    assert edges(inferred_graph(state, 2)) == {}


def test_a_move_toward_not_guilty_within_guilty_credits_closer_speakers():
    state = play([
        ({}, {A: (G, 90), B: (G, 30), C: (NG, 50)}, []),
        ({B: 60, C: 20}, {A: (G, 50), B: (G, 30), C: (NG, 50)}, []),  # A: +0.9 -> +0.5
    ])
    g = inferred_graph(state)
    assert edges(g) == {(B, A): 0.4 * 60 / 80, (C, A): 0.4 * 20 / 80}
    assert g[B][A]["toward"] == NG


def test_reciprocity_mixed_direction_and_outside_sources():
    state = play([
        ({A: 30, B: 30}, {A: (G, 50), B: (NG, 50)}, [(A, B, NG), (B, A, G), (C, A, G), (C, "p19", G)]),
        ({}, {A: (U, 0)}, [(A, B, G)]),
    ])
    g = reported_graph(state)
    assert g[B][A]["weight"] == 2 and g[B][A]["toward"] == "mixed"
    assert (g[B][A]["guilty"], g[B][A]["not_guilty"]) == (1, 1)
    assert g.nodes["p19"]["role"] == "prosecutor"
    m = Metrics.compute(state, ("reported",))
    assert m.members[A].reciprocity == pytest.approx(2 * 1 / 3)  # A->B, B->A, A->C: one pair returned
    assert m.members[B].reciprocity == 1 and m.members[J].reciprocity is None
    assert m.overall_reciprocity == pytest.approx(2 / 4)
    assert m.judges_share == 0 and "p19" not in Metrics.compute(state).never_spoke


def test_judges_share_in_a_bigger_panel():
    base = panel((A, B, C, D))
    state = play([
        ({J: 100}, {J: (G, 90), A: (U, 0), B: (U, 0), C: (NG, 50), D: (U, 0)}, []),
        ({J: 100, C: 100}, {J: (G, 90), A: (G, 45), B: (NG, 30), C: (NG, 50), D: (U, 0)},
         [(A, J, G), (B, C, NG), (D, J, G), (D, C, NG)]),
    ], base)
    m = Metrics.compute(state, ("reported",))
    assert m.judges_share == pytest.approx(2 / 4) and m.judges_seat_share == pytest.approx(1 / 5)
    inferred = Metrics.compute(state, ("inferred",))
    assert inferred.judges_share == pytest.approx(0.45 / (0.45 + 0.3))
    assert inferred.never_moved == (J, C, D)
    assert Metrics.compute(state).never_spoke == (A, B, D)


def test_revealed_only_hides_private_rounds_but_not_open_stances():
    state = play(DOCS_EXAMPLE, reveal=(1,))
    state = factory.run([ev.RoundStarted(3), ev.RoundEnded(3, 60), ev.StanceRecorded(3, A, G, 10, open=True)],
                        state)
    assert opinions(state, revealed_only=True) == {1: {J: 0.8, A: -0.6, B: 0.0, C: 0.4}, 2: {}, 3: {A: 0.1}}
    assert edges(reported_graph(state, revealed_only=True)) == {}
    # A's last seen check is round 1 (-0.6): the move to +0.1 shares the talk of rounds 2 and 3
    assert edges(inferred_graph(state, revealed_only=True)) == {(J, A): 0.7 * 90 / 150, (C, A): 0.7 * 60 / 150}
    assert len(reported_graph(state).edges) == 3  # the teacher's own view still has everything


def test_through_cumulates_up_to_a_round_and_unknown_rounds_fail():
    state = play(DOCS_EXAMPLE)
    assert edges(influence_graph(state, 2, through=True)) == edges(influence_graph(state))
    with pytest.raises(ValueError):
        influence_graph(state, 9)


def test_network_is_built_once_per_state():
    state = play(DOCS_EXAMPLE)
    assert Network.of(state) is Network.of(state)
    assert Network.of(state, revealed_only=True) is not Network.of(state)


def test_no_rounds_no_edges_no_metrics():
    m = Metrics.compute(panel())
    assert m.rounds == () and m.judges_share is None and m.talk_gini is None
    assert len(influence_graph(panel())) == 4 and m.never_spoke == (J, A, B, C) and m.never_moved == ()


def test_every_metric_is_explained_in_words():
    from app.texts.influence import TEXT

    assert {explain(x).key for x in METRIC_IDS} == set(TEXT)
    with pytest.raises(ValueError):
        explain("charisma")


# --- the measures against networkx and by hand ----------------------------------------------

def test_gini_and_bimodality_by_hand():
    assert gini(np.array([0, 0, 0, 10])) == pytest.approx(0.75) and gini(np.array([5, 5])) == 0
    assert gini(np.zeros(3)) is None
    # two camps: population kurtosis -2, but the small-sample correction is strong at n = 4
    assert bimodality(np.array([-1, -1, 1, 1.0])) == pytest.approx(1 / (-6 + 27 / 2))
    assert bimodality(np.array([1, -1.0] * 6)) == pytest.approx(1 / (-2 - 2 * 11 / 90 * 10 + 3 * 121 / 90 + 2))
    assert bimodality(np.array([1, -1.0] * 6)) > 0.555 > bimodality(np.array([0] * 10 + [0.1, -0.1]))
    assert bimodality(np.array([0.5, 0.5, 0.5, 0.5])) is None and bimodality(np.array([1, 0, -1.0])) is None


@st.composite
def weighted(draw, max_n=7):
    n = draw(st.integers(0, max_n))
    w = np.zeros((n, n))
    for s in range(n):
        for t in range(n):
            if s != t:
                w[s, t] = draw(st.sampled_from([0, 0, 1, 2, 4]))  # exact 1/w sums: ties are true ties
    return w


def as_graph(w) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(range(w.shape[0]))
    g.add_weighted_edges_from((int(s), int(t), float(w[s, t])) for s, t in zip(*np.nonzero(w), strict=True))
    for _, _, d in g.edges(data=True):
        d["dist"] = 1 / d["weight"]
    return g


@given(weighted())
@settings(max_examples=150, deadline=None)
def test_measures_match_networkx(w):
    g, n = as_graph(w), w.shape[0]
    assert betweenness(w) == pytest.approx([nx.betweenness_centrality(g, weight="dist")[k] for k in range(n)])
    if n:
        pr = _pagerank_python(g.reverse(), tol=1e-12, max_iter=10_000)
        assert pagerank_reversed(w) == pytest.approx([pr[k] for k in range(n)], abs=1e-8)
        try:
            ec = nx.eigenvector_centrality(g.reverse(), weight="weight")
        except nx.PowerIterationFailedConvergence:
            assert np.isnan(eigenvector_reversed(w)).all()
        else:
            assert eigenvector_reversed(w) == pytest.approx([ec[k] for k in range(n)], abs=1e-6)
    rec = {k: v for k, v in nx.reciprocity(g, g.nodes).items()} if n else {}
    assert [None if np.isnan(x) else x for x in reciprocity(w)] == [rec[k] for k in range(n)]
    assert overall_reciprocity(w) == (nx.overall_reciprocity(g) if g.number_of_edges() else None)


# --- properties on random sessions ----------------------------------------------------------

MEMBERS = (J, A, B, C, D)
STANCE = st.tuples(st.sampled_from([G, NG, U]), st.integers(0, 100))


@st.composite
def sessions(draw, fixed_stances=False, reports=True):
    fixed = {m: draw(STANCE) for m in MEMBERS}
    rounds = []
    for _ in range(draw(st.integers(1, 4))):
        talk = {m: draw(st.sampled_from([0, 0, 15, 60, 200])) for m in MEMBERS}
        given = draw(st.lists(st.sampled_from(MEMBERS), unique=True))
        stances = {m: fixed[m] if fixed_stances else draw(STANCE) for m in given}
        pairs = [(m, s) for m in MEMBERS for s in (*MEMBERS, "p19") if s != m]
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=6)) if reports else []
        rounds.append((talk, stances, [(m, s, draw(st.sampled_from([G, NG]))) for m, s in chosen]))
    return rounds


FIVE = panel((A, B, C, D))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(sessions())
@SLOW
def test_edge_weights_are_non_negative(rounds):
    state = play(rounds, FIVE)
    for no in (None, *range(1, len(rounds) + 1)):
        for kinds in (("reported",), ("inferred",), KINDS):
            g = influence_graph(state, no, kinds)
            assert all(d["weight"] > 0 and d["guilty"] >= 0 and d["not_guilty"] >= 0
                       for *_, d in g.edges(data=True))
            assert nx.number_of_selfloops(g) == 0


@given(sessions(fixed_stances=True, reports=False))
@SLOW
def test_no_change_and_no_report_means_no_edge(rounds):
    state = play(rounds, FIVE)
    assert len(influence_graph(state).edges) == 0
    assert Metrics.compute(state).judges_share is None


@given(sessions())
@SLOW
def test_a_member_who_never_spoke_moves_nobody_by_inference(rounds):
    state = play(rounds, FIVE)
    g = inferred_graph(state)
    silent = [m for m in MEMBERS if not any(talk[m] for talk, _, _ in rounds)]
    assert all(g.out_degree(m) == 0 for m in silent)


def _approx(x):
    return x if x is None or isinstance(x, str) else pytest.approx(x, abs=1e-9)


@given(sessions(), st.permutations([A, B, C, D]))
@SLOW
def test_permuting_seats_permutes_the_metrics(rounds, order):
    one, two = Metrics.compute(play(rounds, FIVE)), Metrics.compute(play(rounds, panel(order=order)))
    assert list(two.members)[:5] == [J, *order]
    assert set(one.members) == set(two.members)
    for m, x in one.members.items():
        y = two.members[m]
        assert [_approx(getattr(x, f.name)) for f in fields(x)] == [getattr(y, f.name) for f in fields(y)], m
    for x, y in zip(one.rounds, two.rounds, strict=True):
        assert [_approx(getattr(x, f.name)) for f in fields(x)] == [getattr(y, f.name) for f in fields(y)]
    assert (one.judges_share, one.overall_reciprocity, one.talk_gini) == \
        pytest.approx((two.judges_share, two.overall_reciprocity, two.talk_gini))
    assert set(one.never_moved) == set(two.never_moved) and set(one.never_spoke) == set(two.never_spoke)
