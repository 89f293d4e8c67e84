"""The event graph as a networkx MultiDiGraph, and files for Gephi, Cytoscape or networkx
users: GraphML, GEXF, node-link JSON. Works over any GraphStore (it pages through
list_events), so both stores export the same graph."""
from __future__ import annotations

import json
from typing import IO

import networkx as nx

from .store.base import EventFilter, GraphStore

FORMATS = ("graphml", "gexf", "json")


def to_networkx(store: GraphStore, f: EventFilter | None = None, page: int = 1000) -> nx.MultiDiGraph:
    """Actors are nodes (id, name, kind, country); each event is one edge source -> target
    keyed by the event id, with its type, date, status, codes and confidence. Events without a
    target are kept as node attributes' counts only (they have no edge to draw)."""
    g = nx.MultiDiGraph()
    f = f or EventFilter()
    cursor = None
    while True:
        rows, cursor = store.list_events(f, page, cursor)
        for e in rows:
            for a in (e["source"], e["target"]):
                if a and a["id"] not in g:
                    g.add_node(a["id"], name=a.get("name") or a["id"], kind=a.get("kind") or "",
                               country=a.get("country") or "")
            if e["target"] is None:
                node = g.nodes[e["source"]["id"]]
                node["untargeted_events"] = node.get("untargeted_events", 0) + 1
                continue
            g.add_edge(e["source"]["id"], e["target"]["id"], key=e["id"], type=e["type"],
                       date=e.get("date") or "", date_precision=e.get("date_precision") or "",
                       status=e["status"], plover=e.get("plover") or "", cameo=e.get("cameo") or "",
                       confidence=float(e.get("confidence") or 0))
        if cursor is None:
            return g


def write(g: nx.MultiDiGraph, fmt: str, out: IO[bytes]) -> None:
    if fmt == "graphml":
        nx.write_graphml(g, out)
    elif fmt == "gexf":
        nx.write_gexf(g, out)
    elif fmt == "json":
        out.write(json.dumps(nx.node_link_data(g, edges="links"), ensure_ascii=False).encode("utf-8"))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
