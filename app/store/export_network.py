"""The influence network as GraphML or GEXF: one file, the cumulated network with per-round attributes.

Nodes and edges carry the cumulated attributes of app.core.influence (role, seat, name, talk,
stance, confidence, y; weight, reported, inferred, guilty, not_guilty, toward, kind) and, for
each round n, the same values of that round alone with the suffix `_r<n>` (talk_r2, y_r2,
weight_r2, ...). An attribute is absent where it has no value (no stance given, no edge that round).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from app.core.influence import influence_graph
from app.store.exports import EXPORT_FORMAT, Loaded, Naming, fail
from app.store.files import replacing

NODE_ROUND_ATTRS = ("talk", "stance", "confidence", "y")
EDGE_ATTRS = ("weight", "reported", "inferred", "guilty", "not_guilty", "toward", "kind")


def network(loaded: Loaded, *, names: bool = False) -> nx.DiGraph:
    """The exported graph: nodes named by pseudonym (or member id with names), plain attribute types."""
    state = loaded.state
    naming = Naming(state, names)
    base = influence_graph(state)
    g = nx.DiGraph()
    g.graph.update({"format": EXPORT_FORMAT, "session_id": state.meta.session_id,
                    "rounds": ",".join(str(r.no) for r in state.rounds), "anonymised": not names})
    for m, d in base.nodes(data=True):
        attrs = {k: v for k, v in d.items() if k != "name"}
        attrs["name"] = naming.name(m)
        g.add_node(naming.label(m), **attrs)
    for s, t, d in base.edges(data=True):
        g.add_edge(naming.label(s), naming.label(t), **{k: d[k] for k in EDGE_ATTRS if k in d})
    for r in state.rounds:
        rg = influence_graph(state, r.no)
        for m, d in rg.nodes(data=True):
            node = naming.label(m)
            if node not in g:
                g.add_node(node, role=d["role"], seat=d["seat"], name=naming.name(m), talk=0, stance="")
            for k in NODE_ROUND_ATTRS:
                if k in d and (k != "stance" or d[k]):
                    g.nodes[node][f"{k}_r{r.no}"] = d[k]
        for s, t, d in rg.edges(data=True):
            a, b = naming.label(s), naming.label(t)
            if not g.has_edge(a, b):
                g.add_edge(a, b)
            for k in EDGE_ATTRS:
                if k in d:
                    g.edges[a, b][f"{k}_r{r.no}"] = d[k]
    for _, d in g.nodes(data=True):
        for k, v in d.items():
            d[k] = _plain(v)
    for _, _, d in g.edges(data=True):
        for k, v in d.items():
            d[k] = _plain(v)
    return g


def _plain(v):
    if isinstance(v, bool | str):
        return v
    if isinstance(v, int):
        return int(v)
    return float(v)


def write_network(loaded: Loaded, fmt: str, out: Path, *, names: bool = False) -> Path:
    """Write the network with networkx to a temporary file beside `out`, then rename it into place."""
    g = network(loaded, names=names)
    out = Path(out)
    try:
        with replacing(out) as tmp:
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, tmp)
    except OSError as exc:
        raise fail("export.cannot_write", path=str(out), reason=exc.strerror or str(exc)) from exc
    return out
