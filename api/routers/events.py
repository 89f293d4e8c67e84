from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from eventgraph import queries

from ..deps import EventFilterDep, LimitDep, StoreDep
from ..errors import not_found
from ..models import EventDetail, EventPage, Problem

router = APIRouter(tags=["events"])


@router.get("/events", response_model=EventPage, summary="Events, newest first, filtered and paged",
            description="Undated events come last. Pages stay stable while events are added: "
                        "pass next_cursor back as cursor.")
def list_events(store: StoreDep, f: EventFilterDep, limit: LimitDep,
                cursor: Annotated[str | None, Query(description="next_cursor from the previous page")] = None):
    rows, next_cursor = store.list_events(f, limit, queries.check_cursor(cursor))
    return {"items": rows, "next_cursor": next_cursor, "limit": limit}


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with all its evidence",
            responses={404: {"model": Problem, "description": "unknown event id"}})
def get_event(store: StoreDep, event_id: Annotated[str, Path(description="event id (ev-...)")]):
    event = store.get_event(event_id)
    if event is None:
        raise not_found("event", event_id)
    return event
