from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from eventgraph import queries
from eventgraph.models import EVENT_TYPES

from ..deps import TYPE_HELP, GazetteerDep, SettingsDep, StoreDep
from ..errors import not_found
from ..models import Paths, Problem

router = APIRouter(tags=["graph"])


@router.get("/paths", response_model=Paths, summary="Shortest chains of events linking two actors",
            description="All chains of the minimal length (edges taken in either direction), up to `limit`.",
            responses={404: {"model": Problem, "description": "unknown actor id"}})
def paths(
    store: StoreDep, gazetteer: GazetteerDep, settings: SettingsDep,
    from_: Annotated[str, Query(alias="from", description="actor id where chains start", examples=["KOR"])],
    to: Annotated[str, Query(description="actor id where chains end", examples=["PRK"])],
    max_hops: Annotated[int, Query(ge=1, description="longest chain searched, 1..EVENTGRAPH_MAX_HOPS (6)")] = 3,
    type: Annotated[list[str] | None, Query(description=TYPE_HELP)] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="how many chains at most")] = 10,
):
    queries.check_range(max_hops, 1, settings.max_hops, "max_hops")
    types = queries.split_values(type, EVENT_TYPES, "type", upper=True)
    chains = [] if from_ == to else store.paths(from_, to, max_hops, types, limit)
    if not chains:  # no chain, or an unknown actor: tell them apart only now, off the hot path
        for ident in (from_, to):
            if not queries.actor_known(store, gazetteer, ident):
                raise not_found("actor", ident)
    return {"from": from_, "to": to, "max_hops": max_hops, "paths": queries.path_chains(chains, from_)}
