from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from eventgraph import queries

from ..deps import EventFilterDep, StoreDep
from ..models import Timeline

router = APIRouter(tags=["events"])


@router.get("/timeline", response_model=Timeline, summary="Event counts per day, week, month or year",
            description="Buckets in order with empty ones included, from `since` to `until` (or from the "
                        "first to the last dated match). Partial dates count in the bucket of their first "
                        "day. total = dated + undated = the number of events /events lists for the same filters.")
def timeline(store: StoreDep, f: EventFilterDep,
             interval: Annotated[Literal["day", "week", "month", "year"],
                                 Query(description="bucket size; weeks start on Monday")] = "month"):
    return queries.timeline(store, f, interval)
