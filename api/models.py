"""Request and response models: what the OpenAPI document promises, with examples."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_KOR = {"id": "KOR", "name": "South Korea", "kind": "state", "country": "KOR"}
_RUS = {"id": "RUS", "name": "Russia", "kind": "state", "country": "RUS"}
_EVENT = {"id": "ev-3f2a9c0d1e2b4a5f", "type": "SUMMON_AMBASSADOR", "source": _KOR, "target": _RUS,
          "date": "2024-10-21", "date_precision": "day", "status": "occurred", "plover": "REJECT",
          "cameo": "1033", "confidence": 0.83, "article_id": "a-0001",
          "evidence": "South Korea summoned the Russian ambassador on Monday ..."}


def _examples(*examples: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


class Problem(BaseModel):
    """An error (RFC 9457 problem details)."""
    model_config = _examples({"type": "https://eventgraph.dev/problems/invalid-parameter",
                              "title": "Unprocessable Content", "status": 422,
                              "detail": "depth: must be between 1 and 3, got 7", "instance": "/subgraph?actor=RUS&depth=7",
                              "errors": [{"in": "query", "parameter": "depth",
                                          "message": "must be between 1 and 3, got 7", "type": "value_error"}]})
    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, Any]] | None = Field(None, description="for 422: one entry per bad parameter")


class StoreHealth(BaseModel):
    kind: str = Field(description="embedded or neo4j")
    reachable: bool
    counts: dict[str, int] | None = None


class Health(BaseModel):
    model_config = _examples({"status": "ok", "store": {"kind": "embedded", "reachable": True,
                                                        "counts": {"events": 42, "actors": 17, "articles": 9, "evidence": 55}}})
    status: Literal["ok", "unavailable"]
    store: StoreHealth


class ActorRef(BaseModel):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [_KOR]})
    id: str = Field(description="ISO3 for states, acronym for blocs, PER:/ORG: ids for people and agencies")
    name: str
    kind: str | None = Field(None, description="state | organization | person | agency | group")
    country: str | None = Field(None, description="ISO3 the actor belongs to or acts for; null for blocs")


class ActorSummary(ActorRef):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {**_RUS, "aliases": ["Russian Federation", "Moscow"], "event_count": 13}]})
    aliases: list[str] = Field([], description="other names from the gazetteer")
    event_count: int = Field(description="events with this actor as source or target")


class Provenance(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: Literal["gazetteer", "event"]
    event_id: str | None = Field(None, description="the store event (source=event)")
    type: str | None = Field(None, description="JOIN_BLOC or APPLY_MEMBERSHIP (source=event)")
    kind: str | None = Field(None, description="the gazetteer fact: founder, joined, left, applied, partner, "
                             "suspended, observer, invited (source=gazetteer)")
    date: str | None = None
    status: str | None = Field(None, description="the event's status (source=event)")
    uncertain: bool | None = Field(None, description="the gazetteer marks the fact or its date as uncertain")
    note: str | None = None


MEMBERSHIP_STATUS = ("founder | member | joining (a planned join) | partner | applicant | observer | invited")


class ActorMembership(BaseModel):
    bloc: str
    status: str = Field(description=MEMBERSHIP_STATUS)
    since: str | None = None
    until: str | None = Field(None, description="when it ended (left or suspended); null while it lasts")
    provenance: list[Provenance]


class ActorDetail(ActorRef):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {**_RUS, "aliases": ["Russian Federation"], "event_counts": {"MEET": 12}, "event_total": 12, "roles": [],
         "memberships": [{"bloc": "BRICS", "status": "founder", "since": "2009-06-16", "until": None,
                          "provenance": [{"source": "gazetteer", "kind": "founder", "date": "2009-06-16"}]}]}]})
    aliases: list[str] = Field([], description="other names from the gazetteer")
    event_counts: dict[str, int] = Field(description="events with this actor by type")
    event_total: int = 0
    roles: list[dict[str, Any]] = Field([], description="dated roles from the gazetteer (people): "
                                        "title, organisation/country, start, end")
    memberships: list[ActorMembership] = []


class Event(BaseModel):
    """An event in the contract's shape (docs: contract/events.md); extensions pass through."""
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [_EVENT]})
    id: str
    type: str
    source: ActorRef
    target: ActorRef | None = None
    date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    date_precision: str | None = None
    status: str = Field(description="occurred | planned | denied | hypothetical")
    plover: str | None = None
    cameo: str | None = None
    confidence: float | None = None
    article_id: str | None = None
    evidence: str | None = None


class Evidence(BaseModel):
    model_config = ConfigDict(extra="allow")
    article_id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    sentence: str | None = None


class EventDetail(Event):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {**_EVENT, "evidence_list": [{"article_id": "a-0001", "title": "Seoul summons Russian envoy",
                                      "url": "https://example.org/x", "published": "2024-10-21",
                                      "source": "Example News",
                                      "sentence": "South Korea summoned the Russian ambassador on Monday ..."}]}]})
    evidence_list: list[Evidence] = Field(description="every report of this event, oldest first")


class EventPage(BaseModel):
    model_config = _examples({"items": [_EVENT], "next_cursor": "WyIyMDI0LTEwLTIxIiwgImV2LTNmMmEiXQ",
                              "limit": 100})
    items: list[Event]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last page")
    limit: int


class Bucket(BaseModel):
    start: str
    end: str
    count: int
    by_type: dict[str, int]


class Timeline(BaseModel):
    model_config = _examples({"interval": "month", "since": "2024-09-01", "until": "2024-10-31", "total": 3,
                              "dated": 3, "undated": 0, "undated_by_type": {},
                              "buckets": [{"start": "2024-09-01", "end": "2024-09-30", "count": 0, "by_type": {}},
                                          {"start": "2024-10-01", "end": "2024-10-31", "count": 3,
                                           "by_type": {"DEPLOY_TROOPS": 2, "MEET": 1}}]})
    interval: str
    since: str | None = Field(description="first day covered (the since parameter, or the first dated event)")
    until: str | None
    total: int = Field(description="every matching event: dated + undated; equals /events' count")
    dated: int
    undated: int = Field(description="matching events with no date (in no bucket)")
    undated_by_type: dict[str, int]
    buckets: list[Bucket]


class NodeLinkGraph(BaseModel):
    """d3 / networkx node-link JSON (networkx.node_link_graph(data, edges='links'))."""
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "format": "nodelink", "aggregated": False, "directed": True, "multigraph": True, "graph": {},
        "nodes": [_KOR, _RUS],
        "links": [{"id": _EVENT["id"], "event_id": _EVENT["id"], "source": "KOR", "target": "RUS",
                   "type": "SUMMON_AMBASSADOR", "date": "2024-10-21", "status": "occurred"}]}]})
    format: Literal["nodelink"]
    aggregated: bool
    directed: bool
    multigraph: bool
    graph: dict[str, Any]
    nodes: list[dict[str, Any]]
    links: list[dict[str, Any]] = Field(description="one per event (id, event_id, type, date, status) or, "
                                        "aggregated, one per (source, target, type) with weight and event_ids")


class CytoscapeElements(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class CytoscapeGraph(BaseModel):
    """Cytoscape.js elements JSON: cy.add(response.elements)."""
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "format": "cytoscape", "aggregated": True,
        "elements": {"nodes": [{"data": {**_KOR, "label": "South Korea"}}, {"data": {**_RUS, "label": "Russia"}}],
                     "edges": [{"data": {"id": "KOR|RUS|SUMMON_AMBASSADOR", "source": "KOR", "target": "RUS",
                                         "type": "SUMMON_AMBASSADOR", "weight": 1, "event_ids": [_EVENT["id"]],
                                         "first_date": "2024-10-21", "last_date": "2024-10-21"}}]}}]})
    format: Literal["cytoscape"]
    aggregated: bool
    elements: CytoscapeElements


class PathEdge(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    type: str
    source: str
    target: str
    date: str | None = None
    status: str | None = None


class Chain(BaseModel):
    hops: int
    actors: list[str] = Field(description="the actors passed through, from 'from' to 'to'")
    edges: list[PathEdge]


class Paths(BaseModel):
    model_config = ConfigDict(populate_by_name=True, json_schema_extra={"examples": [{"from": "KOR", "to": "PRK", "max_hops": 3, "paths": [
        {"hops": 2, "actors": ["KOR", "RUS", "PRK"], "edges": [
            {"id": "ev-1", "type": "SUMMON_AMBASSADOR", "source": "KOR", "target": "RUS", "date": "2024-10-21",
             "status": "occurred"},
            {"id": "ev-2", "type": "DEPLOY_TROOPS", "source": "PRK", "target": "RUS", "date": "2024-10",
             "status": "occurred"}]}]}]})
    from_: str = Field(alias="from")
    to: str
    max_hops: int
    paths: list[Chain]


class Member(BaseModel):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    status: str = Field(description=MEMBERSHIP_STATUS + "; the strongest any source gives")
    since: str | None = Field(description="the date of the fact or event that gave the status")
    provenance: list[Provenance] = Field(description="gazetteer facts and/or the store events it rests on")


class Memberships(BaseModel):
    model_config = _examples({"bloc": "BRICS", "at": "2024-06-01", "members": [
        {"id": "IRN", "name": "Iran", "kind": "state", "country": "IRN", "status": "member", "since": "2024-01-01",
         "provenance": [{"source": "gazetteer", "kind": "joined", "date": "2024-01-01"},
                        {"source": "event", "event_id": "ev-9", "type": "JOIN_BLOC", "date": "2024-01",
                         "status": "occurred"}]}]})
    bloc: str
    at: str
    members: list[Member]


_DATEISH = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


class ArticleIn(BaseModel):
    """An article in the contract's shape: only `text` is required."""
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [
        {"id": "a-0001", "url": "https://example.org/x", "title": "Seoul summons Russian envoy",
         "published": "2024-10-21", "source": "Example News", "language": "en",
         "text": "South Korea's foreign ministry summoned the Russian ambassador on Monday ..."}]})
    text: str = Field(min_length=1, description="the article body")
    id: str | None = Field(None, max_length=200, description="stable id; derived from the content when absent")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date or datetime; anchors relative dates")
    source: str | None = None
    language: str | None = "en"

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        if not v:
            return None
        if not _DATEISH.match(v):
            raise ValueError("expected an ISO date (YYYY-MM-DD) or datetime")
        try:
            dt.date.fromisoformat(v[:10])
        except ValueError:
            raise ValueError(f"not a calendar date: {v[:10]!r}") from None
        return v[:10]


class IngestResult(BaseModel):
    model_config = _examples({"articles_new": 1, "articles_skipped": 0, "events_created": 1, "events_merged": 0,
                              "events": [_EVENT]})
    articles_new: int
    articles_skipped: int = Field(description="already stored: ingest is idempotent")
    events_created: int
    events_merged: int = Field(description="events that existed and got this article as more evidence")
    events: list[Event] = Field(description="the stored form of every event created or merged")
    failed: list[dict[str, str]] = Field([], description="articles whose extraction failed "
                                         "(article_id, origin, error); the others were stored")
