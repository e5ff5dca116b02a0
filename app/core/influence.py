"""The influence network: who moved whom in deliberation, per round and over all rounds.

Edges run from the influencer to the influenced. Two kinds are kept apart (docs/influence.md):
- reported: "X's arguments moved me toward guilty" (`InfluenceReported`), 1 per report;
- inferred: a member whose opinion moved between two stance checks gives that move, shared by
  talk time, to the speakers of those rounds whose opinion lay in the direction of the move.

Every stance is also a signed opinion y = +c/100 (guilty), -c/100 (not guilty), 0 (undecided).
Stances are private until revealed. The core reads them all (the debrief needs them); a view
that must not leak (the projector) asks for `revealed_only=True`, which keeps only revealed
rounds' stances and reports, and stances given openly.

Built once per state (`Network.of`, which remembers the last state) into numpy arrays, so a
graph or the metrics for a 40-member, 30-round session cost a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from app.core.state import Round, SessionState, Stance

KINDS = ("reported", "inferred")
TOWARD = ("guilty", "not_guilty")
_SIGN = {"guilty": 1.0, "not_guilty": -1.0, "undecided": 0.0}
_STANCE_OF = {1.0: "guilty", -1.0: "not_guilty", 0.0: "undecided"}
_cache: dict[bool, tuple[SessionState, Network]] = {}


def opinion(stance: Stance) -> float:
    """The signed opinion y in [-1, 1] of a stance."""
    return _SIGN[stance.stance] * stance.confidence / 100


def _as_seen(r: Round) -> Round:
    """The round as the class has seen it: without unrevealed stances (open ones stay) and reports."""
    if r.revealed:
        return r
    return r._replace(stances={m: s for m, s in r.stances.items() if s.open}, influence=())


def as_seen(state: SessionState) -> SessionState:
    """The session as the class has seen it: stances of unrevealed rounds (but open ones) left out."""
    if all(r.revealed for r in state.rounds):
        return state
    past = tuple(_as_seen(r) for r in state.past_rounds)
    return state._replace(past_rounds=past, round=_as_seen(state.round) if state.round else None)


@dataclass(frozen=True, eq=False)
class Network:
    """A session's deliberation as arrays: opinions, talk, and both kinds of edges per round."""
    members: tuple[str, ...]  # the nodes: the panel in seat order, then anyone else named
    panel: tuple[str, ...]  # who deliberates: today's deliberators and anyone who spoke or gave a stance
    info: dict[str, tuple[str, str, str]]  # member -> (role, seat, name)
    round_nos: tuple[int, ...]
    y: np.ndarray  # rounds x members: opinion, NaN where no stance was given
    cat: np.ndarray  # rounds x members: +1 guilty, -1 not guilty, 0 undecided, NaN none
    confidence: np.ndarray  # rounds x members, NaN where none
    talk: np.ndarray  # rounds x members: seconds spoken
    turns: np.ndarray  # rounds x members
    named: np.ndarray  # rounds x members: named as a source in a report
    edges: np.ndarray  # kind x round x toward x source x target

    @classmethod
    def of(cls, state: SessionState, *, revealed_only: bool = False) -> Network:
        """The network of `state`, built once: asking again for the same state costs nothing."""
        hit = _cache.get(revealed_only)
        if hit is not None and hit[0] is state:
            return hit[1]
        net = cls._build(state, revealed_only)
        _cache[revealed_only] = (state, net)
        return net

    @classmethod
    def _build(cls, state: SessionState, revealed_only: bool) -> Network:
        rounds = [_as_seen(r) for r in state.rounds] if revealed_only else list(state.rounds)
        members, panel = _members(state, rounds)
        idx = {m: k for k, m in enumerate(members)}
        n, nr = len(members), len(rounds)
        y, cat, conf = (np.full((nr, n), np.nan) for _ in range(3))
        talk, turns = np.zeros((nr, n)), np.zeros((nr, n))
        named = np.zeros((nr, n), dtype=bool)
        edges = np.zeros((len(KINDS), nr, len(TOWARD), n, n))
        for ri, r in enumerate(rounds):
            for m, s in r.stances.items():
                y[ri, idx[m]], cat[ri, idx[m]], conf[ri, idx[m]] = opinion(s), _SIGN[s.stance], s.confidence
            for m, t in r.talk.items():
                talk[ri, idx[m]] = t
            for m, t in r.turns.items():
                turns[ri, idx[m]] = t
            for i in r.influence:
                edges[0, ri, TOWARD.index(i.toward), idx[i.source_id], idx[i.member_id]] += 1.0
                named[ri, idx[i.source_id]] = True
        _infer(y, talk, edges[1])
        people = state.people
        info = {m: (people.role_of(m) or "former", people.seat_of(m) or "", people.names.get(m, m)) for m in members}
        return cls(tuple(members), tuple(panel), info, tuple(r.no for r in rounds), y, cat, conf, talk, turns,
                   named, edges)

    def rows(self, round_no: int | None = None, *, through: bool = False) -> slice:
        """The round rows: one round, all rounds up to it (`through`), or all (None)."""
        if round_no is None:
            return slice(0, len(self.round_nos))
        if round_no not in self.round_nos:
            raise ValueError(f"no deliberation round {round_no}")
        k = self.round_nos.index(round_no)
        return slice(0, k + 1) if through else slice(k, k + 1)

    def weights(self, round_no: int | None = None, kinds: Iterable[str] = KINDS, *,
                through: bool = False) -> np.ndarray:
        """Source x target weights of the chosen kinds, summed over toward and the rounds."""
        chosen = [KINDS.index(k) for k in kinds]
        return self.edges[chosen][:, self.rows(round_no, through=through)].sum(axis=(0, 1, 2))

    def opinions(self) -> dict[int, dict[str, float]]:
        return {no: {m: float(v) for m, v in zip(self.members, row, strict=True) if not np.isnan(v)}
                for no, row in zip(self.round_nos, self.y, strict=True)}

    def graph(self, round_no: int | None = None, kinds: Iterable[str] = KINDS, *,
              through: bool = False) -> nx.DiGraph:
        """A DiGraph influencer -> influenced; `weight` sums the chosen kinds, each kept as its own attribute."""
        kinds = tuple(kinds)
        rows = self.rows(round_no, through=through)
        per_kind = self.edges[:, rows].sum(axis=1)  # kind x toward x source x target
        chosen = per_kind[[KINDS.index(k) for k in kinds]].sum(axis=0)  # toward x source x target
        g = nx.DiGraph(round_no=round_no or 0, through=through, kinds=kinds)
        self._add_nodes(g, rows)
        src, dst = np.nonzero(chosen.sum(axis=0))
        by_kind = {k: per_kind[KINDS.index(k)].sum(axis=0)[src, dst].tolist() for k in kinds}
        guilty, not_guilty = chosen[0, src, dst].tolist(), chosen[1, src, dst].tolist()
        names = self.members
        g.add_edges_from(
            (names[s], names[t], _edge(guilty[e], not_guilty[e], {k: v[e] for k, v in by_kind.items()}))
            for e, (s, t) in enumerate(zip(src.tolist(), dst.tolist(), strict=True)))
        return g

    def _add_nodes(self, g: nx.DiGraph, rows: slice) -> None:
        """Nodes with role, seat, name, talk, and the latest stance in the rows (none: no attribute)."""
        talk = self.talk[rows].sum(axis=0).tolist()
        given = ~np.isnan(self.y[rows])
        has = given.any(axis=0).tolist()
        last = (rows.stop - 1 - np.argmax(given[::-1], axis=0)).tolist() if given.size else has
        for k, m in enumerate(self.members):
            role, seat, name = self.info[m]
            attrs = {"role": role, "seat": seat, "name": name, "talk": int(talk[k]), "stance": ""}
            if has[k]:
                r = last[k]
                attrs.update(stance=_STANCE_OF[float(self.cat[r, k])], confidence=int(self.confidence[r, k]),
                             y=float(self.y[r, k]))
            g.add_node(m, **attrs)


def _edge(guilty: float, not_guilty: float, by_kind: dict[str, float]) -> dict:
    """An edge's attributes: total weight and distance, each kind's weight, and the direction(s)."""
    w = guilty + not_guilty
    present = [k for k, v in by_kind.items() if v > 0]
    toward = "mixed" if guilty and not_guilty else ("guilty" if guilty else "not_guilty")
    return {"weight": w, "dist": 1.0 / w, **by_kind, "guilty": guilty, "not_guilty": not_guilty,
            "kind": present[0] if len(present) == 1 else "both", "toward": toward}


def _members(state: SessionState, rounds: list[Round]) -> tuple[list[str], list[str]]:
    panel = list(dict.fromkeys(state.deliberators().values()))
    seen = set(panel)
    for r in rounds:  # former panel members (discharged) who took part
        for m in (*r.talk, *r.stances, *(i.member_id for i in r.influence)):
            if m not in seen:
                seen.add(m)
                panel.append(m)
    members = list(panel)
    for r in rounds:  # sources outside the panel: the prosecutor, a witness...
        for i in r.influence:
            if i.source_id not in seen:
                seen.add(i.source_id)
                members.append(i.source_id)
    return members, panel


def _infer(y: np.ndarray, talk: np.ndarray, out: np.ndarray) -> None:
    """Fill out[round, toward, speaker, mover] with each mover's |dy| shared by talk time (docs/influence.md)."""
    nr, n = y.shape
    before = np.full(n, np.nan)  # each member's last opinion before this round
    last = np.full(n, -1)  # the round of that opinion
    spoken = np.vstack([np.zeros(n), np.cumsum(talk, axis=0)])  # spoken[r]: seconds in rounds before r
    for r in range(nr):
        now = y[r]
        delta = now - before
        movers = np.flatnonzero(~np.isnan(delta) & (delta != 0))
        if movers.size:
            pos = np.where(np.isnan(before), now, before)  # what each speaker argued: the opinion they came with
            d = delta[movers]
            pooled = spoken[r + 1][None, :] - spoken[last[movers] + 1]  # talk since the mover's last check
            lies = (pos[None, :] - before[movers][:, None]) * d[:, None] > 0
            w = np.where(lies & (pooled > 0), pooled, 0.0)
            w[np.arange(movers.size), movers] = 0.0
            total = w.sum(axis=1)
            has = total > 0
            share = w[has] * (np.abs(d[has]) / total[has])[:, None]
            out[r, (d[has] < 0).astype(int), :, movers[has]] = share
        given = ~np.isnan(now)
        before[given], last[given] = now[given], r


def opinions(state: SessionState, *, revealed_only: bool = False) -> dict[int, dict[str, float]]:
    """Round number -> member -> opinion y, for the stances given in that round."""
    return Network.of(state, revealed_only=revealed_only).opinions()


def influence_graph(state: SessionState, round_no: int | None = None, kinds: Iterable[str] = KINDS, *,
                    through: bool = False, revealed_only: bool = False) -> nx.DiGraph:
    """One round's influence network (all rounds if round_no is None; up to it if `through`)."""
    return Network.of(state, revealed_only=revealed_only).graph(round_no, kinds, through=through)


def reported_graph(state: SessionState, round_no: int | None = None, *, through: bool = False,
                   revealed_only: bool = False) -> nx.DiGraph:
    return influence_graph(state, round_no, ("reported",), through=through, revealed_only=revealed_only)


def inferred_graph(state: SessionState, round_no: int | None = None, *, through: bool = False,
                   revealed_only: bool = False) -> nx.DiGraph:
    return influence_graph(state, round_no, ("inferred",), through=through, revealed_only=revealed_only)
