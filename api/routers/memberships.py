from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from eventgraph import queries

from ..deps import DATE_HELP, GazetteerDep, StoreDep
from ..errors import not_found
from ..models import Memberships, Problem

router = APIRouter(tags=["actors"])


@router.get("/memberships", response_model=Memberships, summary="Members of a bloc at a date",
            description="Founders, members and applicants, from gazetteer facts merged with the store's "
                        "JOIN_BLOC and APPLY_MEMBERSHIP events, each with its since date and provenance.",
            responses={404: {"model": Problem, "description": "unknown bloc id"}})
def memberships(store: StoreDep, gazetteer: GazetteerDep,
                bloc: Annotated[str, Query(description="bloc id, e.g. BRICS, NATO, EU", examples=["BRICS"])],
                at: Annotated[str | None, Query(description=f"the date ({DATE_HELP}); default today",
                                                examples=["2024-06-01"])] = None):
    at = queries.check_date(at, "at")
    if not queries.actor_known(store, gazetteer, bloc):
        raise not_found("bloc", bloc)
    return queries.memberships(store, gazetteer, bloc, at)
