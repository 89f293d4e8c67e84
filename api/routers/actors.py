from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from eventgraph import queries
from eventgraph.models import ACTOR_KINDS

from ..deps import GazetteerDep, LimitDep, StoreDep
from ..errors import not_found
from ..models import ActorDetail, ActorSummary, Problem

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=list[ActorSummary], summary="Search actors by name or alias")
def search_actors(
    store: StoreDep, gazetteer: GazetteerDep, limit: LimitDep,
    q: Annotated[str | None, Query(description="part of an id, name or alias (case-insensitive); "
                                   "empty lists the most active actors", examples=["korea"])] = None,
    kind: Annotated[str | None, Query(description="state, organization, person, agency or group")] = None,
):
    if kind and kind not in ACTOR_KINDS:
        raise queries.QueryError("kind", f"expected one of {', '.join(ACTOR_KINDS)}, got {kind!r}")
    return queries.search_actors(store, gazetteer, q or None, kind, limit)


@router.get("/actors/{actor_id}", response_model=ActorDetail, summary="One actor in detail",
            description="Names, kind, country, roles over time, bloc memberships over time "
                        "(gazetteer facts and JOIN_BLOC / APPLY_MEMBERSHIP events) and event counts by type.",
            responses={404: {"model": Problem, "description": "unknown actor id"}})
def get_actor(store: StoreDep, gazetteer: GazetteerDep,
              actor_id: Annotated[str, Path(description="actor id, e.g. RUS, BRICS, PER:vladimir-putin")]):
    detail = queries.actor_detail(store, gazetteer, actor_id)
    if detail is None:
        raise not_found("actor", actor_id)
    return detail
