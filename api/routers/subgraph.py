from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from eventgraph import queries

from ..deps import GazetteerDep, GraphFilterDep, LimitDep, SettingsDep, StoreDep
from ..errors import not_found
from ..models import CytoscapeGraph, NodeLinkGraph, Problem

router = APIRouter(tags=["graph"])


@router.get("/subgraph", response_model=NodeLinkGraph | CytoscapeGraph,
            summary="An ego network, or the events among a set of actors",
            description="Give `actor` (ego network to `depth` hops) or `actors` (the events among them). "
                        "Nodes are actors; edges are events (newest first, at most `limit`), or with "
                        "aggregate=true one edge per (source, target, type) with a weight and the event ids.",
            responses={404: {"model": Problem, "description": "unknown actor id"}})
def subgraph(
    store: StoreDep, gazetteer: GazetteerDep, settings: SettingsDep, f: GraphFilterDep, limit: LimitDep,
    actor: Annotated[str | None, Query(description="centre of the ego network", examples=["RUS"])] = None,
    actors: Annotated[list[str] | None, Query(description="a set of actor ids (repeat or comma-separate): "
                                              "the events among them", examples=["RUS,PRK,KOR"])] = None,
    depth: Annotated[int, Query(ge=1, description="hops from the centre, 1..EVENTGRAPH_MAX_DEPTH (3)")] = 1,
    aggregate: Annotated[bool, Query(description="one edge per (source, target, type) with weight")] = False,
    format: Annotated[Literal["nodelink", "cytoscape"], Query(
        description="nodelink: d3/networkx {nodes, links}; cytoscape: Cytoscape.js {elements}")] = "nodelink",
):
    queries.check_range(depth, 1, settings.max_depth, "depth")
    members = [a.strip() for raw in actors or () for a in raw.split(",") if a.strip()]
    if bool(actor) == bool(members):
        raise queries.QueryError("actor", "give either actor (an ego network) or actors (a set), not both")
    if actor:
        graph = store.subgraph(f, center=actor, depth=depth, limit=limit)
        # an unknown centre comes back empty; only then is it worth asking whether it exists
        if not graph["nodes"] and not queries.actor_known(store, gazetteer, actor):
            raise not_found("actor", actor)
    else:
        graph = store.subgraph(f, actors=list(dict.fromkeys(members)), limit=limit)
    return queries.shape_graph(graph, format, aggregate)
