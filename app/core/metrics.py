"""Metrics of the influence network, per member, per round and for the whole deliberation.

The graph measures are networkx's (pagerank and eigenvector centrality on the reversed graph,
betweenness with 1/weight as distance, reciprocity) computed on the weight matrix with numpy:
nx.pagerank needs scipy, which Alqa does not ship, and networkx's pure-Python betweenness and
eigenvector centrality take 10-25 ms each for 40 members. tests/core/test_influence.py checks
them against networkx. Each metric's meaning in a sentence: `explain(metric_id)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from app.core.influence import KINDS, Network
from app.core.lang import Msg
from app.core.state import SessionState

METRIC_IDS = (
    "in_strength", "out_strength", "pagerank", "eigenvector", "betweenness", "reciprocity", "persuasion",
    "movement", "flips", "talk", "judges_share", "judges_seat_share", "overall_reciprocity", "never_moved",
    "never_spoke", "talk_gini", "mean_opinion", "polarization", "bimodality", "consensus",
)
_STANCE = {1.0: "guilty", -1.0: "not_guilty", 0.0: "undecided"}


def explain(metric_id: str) -> Msg:
    """The message key of a metric's one-sentence explanation (tooltip and report)."""
    if metric_id not in METRIC_IDS:
        raise ValueError(f"unknown metric {metric_id!r}")
    return Msg("influence.explain." + metric_id)


@dataclass(frozen=True, slots=True)
class MemberMetrics:
    member_id: str
    role: str
    in_strength: float  # weight of the edges into the member: how much they were moved
    out_strength: float  # how much they moved others
    pagerank: float
    eigenvector: float | None  # None: undefined here (influence never comes back round)
    betweenness: float
    reciprocity: float | None  # None: no edge at all
    persuasion: float | None  # None: never spoke nor was named after an earlier check
    movement: float  # sum of |dy| between the member's checks
    flips: int  # stance changes between checks
    talk: int  # seconds


@dataclass(frozen=True, slots=True)
class RoundMetrics:
    round_no: int
    answered: int  # stances in this round
    mean_opinion: float | None
    polarization: float | None  # variance of y
    bimodality: float | None  # None below 4 stances or when all agree exactly
    consensus: float | None  # share holding the most common stance
    majority: str | None  # that stance; None on a tie
    talk_gini: float | None  # None when nobody spoke


@dataclass(frozen=True, slots=True)
class Metrics:
    """Every metric of a session's deliberation, from one build of its network."""
    kinds: tuple[str, ...]
    members: Mapping[str, MemberMetrics]  # the graph's nodes, panel first in seat order
    rounds: tuple[RoundMetrics, ...]
    judges_share: float | None  # share of all influence on jurors that came from judges
    judges_seat_share: float | None  # judges among those who deliberate
    overall_reciprocity: float | None
    never_moved: tuple[str, ...]  # panel members with 2+ checks whose stance never changed
    never_spoke: tuple[str, ...]
    talk_gini: float | None  # over the whole deliberation

    @classmethod
    def compute(cls, state: SessionState, kinds: Iterable[str] = KINDS, *, revealed_only: bool = False) -> Metrics:
        net = Network.of(state, revealed_only=revealed_only)
        kinds = tuple(kinds)
        w = net.weights(None, kinds)
        pr, ev, bc, rec = pagerank_reversed(w), eigenvector_reversed(w), betweenness(w), reciprocity(w)
        persuasion = _persuasion(net)
        moved, flips = _movement(net)
        talk = net.talk.sum(axis=0)
        members = {m: MemberMetrics(m, net.info[m][0], float(w[:, k].sum()), float(w[k].sum()), float(pr[k]),
                                    _opt(ev[k]), float(bc[k]), _opt(rec[k]), _opt(persuasion[k]),
                                    float(moved[k]), int(flips[k]), int(talk[k]))
                   for k, m in enumerate(net.members)}
        panel = [net.members.index(m) for m in net.panel]
        checks = (~np.isnan(net.y)).sum(axis=0)
        return cls(
            kinds, members, tuple(_round(net, r) for r in range(len(net.round_nos))), *_judges(net, w),
            overall_reciprocity(w),
            tuple(net.members[k] for k in panel if checks[k] >= 2 and moved[k] == 0 and flips[k] == 0),
            tuple(net.members[k] for k in panel if talk[k] == 0),
            gini(talk[panel]),
        )


def _opt(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def _judges(net: Network, w: np.ndarray) -> tuple[float | None, float | None]:
    role = np.array([net.info[m][0] for m in net.members])
    into_jurors = w[:, role == "juror"]
    total = into_jurors.sum()
    share = float(into_jurors[role == "judge"].sum() / total) if total > 0 else None
    panel_roles = [net.info[m][0] for m in net.panel]
    seats = sum(r == "judge" for r in panel_roles) / len(panel_roles) if panel_roles else None
    return share, seats


def _movement(net: Network) -> tuple[np.ndarray, np.ndarray]:
    """Per member: the sum of |dy| and the number of stance changes between consecutive checks."""
    moved, flips = np.zeros(len(net.members)), np.zeros(len(net.members), dtype=int)
    for k in range(len(net.members)):
        given = ~np.isnan(net.y[:, k])
        moved[k] = np.abs(np.diff(net.y[given, k])).sum()
        flips[k] = int((np.diff(net.cat[given, k]) != 0).sum())
    return moved, flips


def _persuasion(net: Network) -> np.ndarray:
    """Mean of how much closer others came to a member's opinion in rounds the member spoke or was named."""
    nr, n = net.y.shape
    total, count = np.zeros(n), np.zeros(n)
    before = np.full(n, np.nan)
    for r in range(nr):
        now = net.y[r]
        pos = np.where(np.isnan(before), now, before)
        active = np.flatnonzero(((net.talk[r] > 0) | net.named[r]) & ~np.isnan(pos))
        listeners = ~np.isnan(before) & ~np.isnan(now)
        if active.size and listeners.any():
            closer = np.abs(before[None, :] - pos[active, None]) - np.abs(now[None, :] - pos[active, None])
            ok = listeners[None, :] & (np.arange(n)[None, :] != active[:, None])
            total[active] += np.where(ok, closer, 0.0).sum(axis=1)
            count[active] += ok.sum(axis=1)
        given = ~np.isnan(now)
        before[given] = now[given]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def _round(net: Network, r: int) -> RoundMetrics:
    given = ~np.isnan(net.y[r])
    y, cat = net.y[r, given], net.cat[r, given]
    panel = [net.members.index(m) for m in net.panel]
    talk_gini = gini(net.talk[r, panel])
    if y.size == 0:
        return RoundMetrics(net.round_nos[r], 0, None, None, None, None, None, talk_gini)
    counts = {s: int((cat == v).sum()) for v, s in _STANCE.items()}
    top = max(counts.values())
    winners = [s for s, c in counts.items() if c == top]
    return RoundMetrics(net.round_nos[r], int(y.size), float(y.mean()), float(y.var()), bimodality(y),
                        top / y.size, winners[0] if len(winners) == 1 else None, talk_gini)


# --- the measures, on a weight matrix w[source, target] -------------------------------------

def gini(x: np.ndarray) -> float | None:
    """Gini coefficient sum|xi-xj| / (2 n^2 mean); None when all are zero or there is nobody."""
    x = np.asarray(x, dtype=float)
    if x.size == 0 or x.sum() <= 0:
        return None
    return float(np.abs(x[:, None] - x[None, :]).sum() / (2 * x.size**2 * x.mean()))


def bimodality(y: np.ndarray) -> float | None:
    """Sarle's bimodality coefficient (g^2+1)/(k+3(n-1)^2/((n-2)(n-3))), sample-corrected; > 0.555 hints two camps."""
    n = y.size
    m2 = ((y - y.mean()) ** 2).mean()
    if n < 4 or m2 <= 1e-12:
        return None
    m3, m4 = ((y - y.mean()) ** 3).mean(), ((y - y.mean()) ** 4).mean()
    g = np.sqrt(n * (n - 1)) / (n - 2) * m3 / m2**1.5
    k = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * (m4 / m2**2 - 3) + 6)
    return float((g**2 + 1) / (k + 3 * (n - 1) ** 2 / ((n - 2) * (n - 3))))


def pagerank_reversed(w: np.ndarray, alpha: float = 0.85) -> np.ndarray:
    """nx.pagerank(G.reverse()) solved exactly: a member scores by moving members who score."""
    n = w.shape[0]
    if n == 0:
        return np.zeros(0)
    p = w.T  # the reversed graph: each member points at those who moved them
    out = p.sum(axis=1)
    step = np.divide(p, out[:, None], out=np.zeros_like(p), where=out[:, None] > 0)
    step[out == 0] = 1.0 / n  # dangling members spread evenly, as networkx does
    x = np.linalg.solve(np.eye(n) - alpha * step.T, np.full(n, (1 - alpha) / n))
    return x / x.sum()


def eigenvector_reversed(w: np.ndarray, max_iter: int = 100, tol: float = 1e-6) -> np.ndarray:
    """nx.eigenvector_centrality(G.reverse()): the same shifted power iteration, in numpy; NaN where
    networkx fails to converge (typically when influence never comes back round, a DAG)."""
    n = w.shape[0]
    x = np.full(n, 1.0 / max(n, 1))
    for _ in range(max_iter):
        last = x
        x = last + w @ last
        x = x / (np.linalg.norm(x) or 1.0)
        if np.abs(x - last).sum() < n * tol:
            return x
    return np.full(n, np.nan)


def betweenness(w: np.ndarray) -> np.ndarray:
    """nx.betweenness_centrality(G, weight=1/w), normalised by (n-1)(n-2), in numpy."""
    n = w.shape[0]
    if n < 3:
        return np.zeros(n)
    with np.errstate(divide="ignore"):
        d = np.where(w > 0, 1.0 / w, np.inf)
    np.fill_diagonal(d, 0.0)
    dist = d.copy()
    for k in range(n):  # Floyd-Warshall
        np.minimum(dist, dist[:, k, None] + dist[None, k, :], out=dist)
    # tight[s, u, t]: the edge u->t lies on a shortest path from s
    tight = _same(dist[:, :, None] + np.where(w > 0, d, np.inf)[None, :, :], dist[:, None, :])
    tight &= ~np.eye(n, dtype=bool)[None, :, :]
    sigma, layer = np.eye(n), np.eye(n)
    for _ in range(n):  # count shortest paths, one more edge each time
        layer = np.einsum("su,sut->st", layer, tight)
        if not layer.any():
            break
        sigma += layer
    on = _same(dist[:, :, None] + dist[None, :, :], dist[:, None, :])  # on[s, v, t]: v on a shortest s->t path
    idx = np.arange(n)
    on[idx, idx, :] = False
    on[:, idx, idx] = False
    on[idx, :, idx] = False
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(on, sigma[:, :, None] * sigma[None, :, :] / sigma[:, None, :], 0.0)
    return share.sum(axis=(0, 2)) / ((n - 1) * (n - 2))


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Equal path lengths, allowing for rounding in sums of 1/w; never for unreachable pairs."""
    return np.isclose(a, b, rtol=1e-9, atol=1e-12) & np.isfinite(b)


def reciprocity(w: np.ndarray) -> np.ndarray:
    """nx.reciprocity per node: the share of a member's in- and out-edges that are returned; NaN if none."""
    a = w > 0
    mutual = (a & a.T).sum(axis=1)
    total = a.sum(axis=0) + a.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, 2 * mutual / total, np.nan)


def overall_reciprocity(w: np.ndarray) -> float | None:
    """nx.overall_reciprocity: the share of edges whose reverse is also there; None without edges."""
    a = w > 0
    return float((a & a.T).sum() / a.sum()) if a.any() else None
