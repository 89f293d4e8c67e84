"""What routes depend on: settings, the store, the gazetteer, the API key check."""
from __future__ import annotations

import hmac
import logging
import threading
from dataclasses import replace
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request

from eventgraph.config import Settings
from eventgraph.errors import StoreError, StoreUnavailable
from eventgraph.queries import check_range, make_filter
from eventgraph.store import EventFilter, GraphStore, open_store

from .errors import ApiProblem

log = logging.getLogger("eventgraph.api")


class StoreHolder:
    """Opens the store on first use, so the API starts (and says 503) while the store is down."""

    def __init__(self, settings: Settings, store: GraphStore | None = None, target: str | None = None):
        self.settings = settings
        self.target = target or settings.store_target()
        self.store = store
        self.owned = store is None  # close only what we opened
        self._lock = threading.Lock()

    def get(self) -> GraphStore:
        if self.store is None:
            with self._lock:
                if self.store is None:
                    try:
                        self.store = open_store(self.target, self.settings)
                    except StoreUnavailable:
                        raise
                    except (StoreError, OSError) as exc:  # unopenable file, wrong schema version
                        raise StoreUnavailable(f"cannot open store {self.target!r}: {exc}") from exc
        return self.store

    @property
    def kind(self) -> str:
        if self.store is not None:
            return self.store.kind
        return "neo4j" if "://" in self.target else "embedded"

    def close(self) -> None:
        if self.store is not None and self.owned:
            self.store.close()
            self.store = None


class GazetteerHolder:
    """The gazetteer, loaded once on first use; None when the module is not installed."""

    def __init__(self, gazetteer: Any = None):
        self.value = gazetteer
        self.loaded = gazetteer is not None
        self._lock = threading.Lock()

    def get(self) -> Any:
        if not self.loaded:
            with self._lock:
                if not self.loaded:
                    try:
                        from eventgraph.gazetteer import Gazetteer
                    except ImportError:
                        log.warning("eventgraph.gazetteer is not available: no aliases, roles or bloc facts")
                        self.value = None
                    else:
                        self.value = Gazetteer.load()
                    self.loaded = True
        return self.value


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store_holder.get()


def get_gazetteer(request: Request) -> Any:
    return request.app.state.gazetteer_holder.get()


def require_api_key(request: Request,
                    x_api_key: Annotated[str | None, Header(description="required for writes when the "
                                                            "server has EVENTGRAPH_API_KEY set")] = None) -> None:
    expected = request.app.state.settings.api_key
    if not expected:
        return
    given = (x_api_key or "").encode()
    if not hmac.compare_digest(given, expected.encode()):
        raise ApiProblem(401, "missing or wrong X-API-Key header" if x_api_key else "missing X-API-Key header")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
GazetteerDep = Annotated[Any, Depends(get_gazetteer)]
WriteAccess = Depends(require_api_key)


# -- shared query parameters ------------------------------------------------------------------
TYPE_HELP = ("event type(s), e.g. MEET or DEPLOY_TROOPS; repeat the parameter or separate with "
             "commas (MEET,SUMMON_AMBASSADOR)")
STATUS_HELP = "status(es): occurred, planned, denied, hypothetical; repeat or comma-separate"
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD"


def graph_filter(
    type: Annotated[list[str] | None, Query(description=TYPE_HELP, examples=["MEET,DEPLOY_TROOPS"])] = None,
    status: Annotated[list[str] | None, Query(description=STATUS_HELP, examples=["occurred"])] = None,
    since: Annotated[str | None, Query(description=f"events on or after this date ({DATE_HELP})",
                                       examples=["2023-01"])] = None,
    until: Annotated[str | None, Query(description=f"events on or before this date ({DATE_HELP}); "
                                       "inclusive, so 2024 means up to 2024-12-31", examples=["2024-12-31"])] = None,
) -> EventFilter:
    return make_filter(types=type, statuses=status, since=since, until=until)


def event_filter(
    base: Annotated[EventFilter, Depends(graph_filter)],
    actor: Annotated[str | None, Query(description="events with this actor id as source or target",
                                       examples=["RUS"])] = None,
    other: Annotated[str | None, Query(description="... and this actor id on the other side (needs actor)",
                                       examples=["PRK"])] = None,
) -> EventFilter:
    f = make_filter(actor=actor, other=other)  # validates the pair
    return replace(base, actor=f.actor, other=f.other)


def page_limit(request: Request, limit: Annotated[int | None, Query(
        ge=1, description="how many items at most (default EVENTGRAPH_DEFAULT_LIMIT, "
        "at most EVENTGRAPH_MAX_LIMIT, 1000 unless configured)")] = None) -> int:
    s = request.app.state.settings
    if limit is None:  # a default above a lowered EVENTGRAPH_MAX_LIMIT must not fail every request
        return min(s.default_limit, s.max_limit)
    return check_range(limit, 1, s.max_limit, "limit")


GraphFilterDep = Annotated[EventFilter, Depends(graph_filter)]
EventFilterDep = Annotated[EventFilter, Depends(event_filter)]
LimitDep = Annotated[int, Depends(page_limit)]
