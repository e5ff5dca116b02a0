"""Where each member sits: the courtroom seating, or a force-directed layout that stays put."""

from __future__ import annotations

import networkx as nx

GAP_X, GAP_Y = 175.0, 150.0
SEED = 7
_LEFT = ("prosecutor", "victim", "witness", "clerk")  # the prosecution's side of the room


def courtroom(nodes: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """Judges in a row at the top, jurors in two rows below (the jury box), reserves behind, others at the sides."""
    by_role: dict[str, list[str]] = {}
    for m, attrs in nodes.items():
        by_role.setdefault(attrs.get("role", ""), []).append(m)
    pos: dict[str, tuple[float, float]] = {}
    _row(pos, by_role.pop("judge", []), 0.0)
    jurors = by_role.pop("juror", [])
    half = (len(jurors) + 1) // 2
    _row(pos, jurors[:half], GAP_Y)
    _row(pos, jurors[half:], 2 * GAP_Y)
    reserves = by_role.pop("reserve", []) + by_role.pop("former", [])
    _row(pos, reserves, 3 * GAP_Y)
    others = [m for ms in by_role.values() for m in ms]
    left = [m for m in others if nodes[m].get("role") in _LEFT]
    right = [m for m in others if m not in left]
    widest = max(len(jurors[:half]), 3) * GAP_X / 2 + GAP_X
    _column(pos, left, -widest)
    _column(pos, right, widest)
    return pos


def _row(pos: dict, members: list[str], y: float) -> None:
    for i, m in enumerate(members):
        pos[m] = ((i - (len(members) - 1) / 2) * GAP_X, y)


def _column(pos: dict, members: list[str], x: float) -> None:
    """A column beside the room; two columns when long, so it stays about the room's height."""
    per = max(4, (len(members) + 1) // 2)
    for i, m in enumerate(members):
        col, row = divmod(i, per)
        side = -1 if x < 0 else 1
        pos[m] = (x + side * col * GAP_X * 0.9, row * GAP_Y * 0.75)


def force(graph: nx.DiGraph, known: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[float, float]]:
    """A spring layout with a fixed seed; members placed before keep their place (stable across rounds)."""
    known = {m: p for m, p in (known or {}).items() if m in graph}
    und = nx.Graph()
    und.add_nodes_from(graph.nodes)
    for u, v, w in graph.edges(data="weight"):
        und.add_edge(u, v, weight=(und.edges[u, v]["weight"] if und.has_edge(u, v) else 0) + w)
    if known and set(known) >= set(und):
        return known
    lone = [m for m in und if und.degree(m) == 0 and m not in known]
    und.remove_nodes_from(lone)
    scale = GAP_X * max(2.0, len(und) ** 0.5)
    pos = dict(known)
    todo = [m for m in und if m not in known]
    if todo:
        k = 2.5 / max(1, len(und)) ** 0.5
        start = {m: (x / scale, y / scale) for m, (x, y) in known.items() if m in und}
        raw = (nx.spring_layout(und, pos=start, fixed=list(start), seed=SEED, weight=None, k=k) if start
               else nx.spring_layout(und, seed=SEED, weight=None, k=k))
        pos.update({m: (float(raw[m][0]) * scale, float(raw[m][1]) * scale) for m in todo})
    bottom = max((y for _, y in pos.values()), default=0.0) + GAP_Y
    for i, m in enumerate(lone):  # nobody moved them and they moved nobody: a row below
        pos[m] = ((i - (len(lone) - 1) / 2) * GAP_X, bottom)
    return pos
