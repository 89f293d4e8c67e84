from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from eventgraph.errors import EventgraphError

from ..errors import RETRY_AFTER_S
from ..models import Health

router = APIRouter(tags=["health"])
log = logging.getLogger("eventgraph.api")


@router.get("/health", response_model=Health, summary="Is the store reachable, and how big is it",
            responses={503: {"model": Health, "description": "the store cannot be reached"}})
def health(request: Request):
    holder = request.app.state.store_holder
    counts = None
    try:
        store = holder.get()
        reachable = store.ping()
        if reachable:
            counts = store.counts()
    except (EventgraphError, OSError) as exc:
        log.warning("health: store unreachable: %s", exc)
        reachable = False
    body = {"status": "ok" if reachable else "unavailable",
            "store": {"kind": holder.kind, "reachable": reachable, "counts": counts}}
    if not reachable:
        return JSONResponse(body, status_code=503, headers={"Retry-After": str(RETRY_AFTER_S)})
    return body
