"""Query logic expressed once over GraphStore (and the gazetteer when there is one).

The HTTP layer validates parameters with these helpers and calls these functions; nothing
here knows which store it talks to. Bad parameters raise QueryError naming the parameter.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any, Iterable, Iterator, Sequence

from .errors import EventgraphError
from .models import EVENT_TYPES, STATUSES
from .store.base import EventFilter, GraphStore, date_end, date_start, decode_cursor

INTERVALS = ("day", "week", "month", "year")
FORMATS = ("nodelink", "cytoscape")
MEMBERSHIP_TYPES = ("JOIN_BLOC", "APPLY_MEMBERSHIP")
MAX_BUCKETS = 20_000  # a day-by-day timeline over ~55 years; more is a mistake, not a chart
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(EventgraphError, ValueError):
    """A query parameter is malformed or out of range."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        self.message = message
        super().__init__(f"{parameter}: {message}")


# -- parameters ---------------------------------------------------------------------------
def check_date(value: str | None, parameter: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD date that exists on the calendar, or None."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE_RE.match(value):
        raise QueryError(parameter, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    try:
        dt.date.fromisoformat(date_start(value))
        dt.date.fromisoformat(date_end(value))
    except ValueError:
        raise QueryError(parameter, f"not a calendar date: {value!r}") from None
    return value


def split_values(values: Iterable[str] | None, allowed: Sequence[str], parameter: str,
                 upper: bool) -> tuple[str, ...]:
    """Repeated and/or comma-separated values, normalised and checked against `allowed`."""
    out: list[str] = []
    for raw in values or ():
        for part in raw.split(","):
            part = part.strip()
            if not part:
                continue
            part = part.upper() if upper else part.lower()
            if part not in allowed:
                raise QueryError(parameter, f"unknown value {part!r}; expected one of {', '.join(allowed)}")
            if part not in out:
                out.append(part)
    return tuple(out)


def make_filter(actor: str | None = None, other: str | None = None,
                types: Iterable[str] | None = None, statuses: Iterable[str] | None = None,
                since: str | None = None, until: str | None = None) -> EventFilter:
    """An EventFilter from raw query parameters; raises QueryError naming the bad one."""
    if other and not actor:
        raise QueryError("other", "'other' needs 'actor'")
    since = check_date(since, "since")
    until = check_date(until, "until")
    if since and until and date_start(since) > date_end(until):
        raise QueryError("since", f"since ({since}) is after until ({until})")
    return EventFilter(
        actor=actor.strip() or None if actor else None,
        other=other.strip() or None if other else None,
        types=split_values(types, EVENT_TYPES, "type", upper=True),
        statuses=split_values(statuses, STATUSES, "status", upper=False),
        since=since, until=until,
    )


def check_cursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        decode_cursor(cursor)
    except ValueError:
        raise QueryError("cursor", "malformed cursor; pass back the next_cursor of a previous page") from None
    return cursor


def check_range(value: int, low: int, high: int, parameter: str) -> int:
    if not low <= value <= high:
        raise QueryError(parameter, f"must be between {low} and {high}, got {value}")
    return value


def iter_events(store: GraphStore, f: EventFilter, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every matching event, newest first, paging through the store's cursors."""
    cursor = None
    while True:
        rows, cursor = store.list_events(f, page, cursor)
        yield from rows
        if not cursor or not rows:
            return


# -- timeline -----------------------------------------------------------------------------
def bucket_start(day: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return day
    if interval == "week":  # ISO weeks start on Monday
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_bucket(start: dt.date, interval: str) -> dt.date:
    if interval == "day":
        return start + dt.timedelta(days=1)
    if interval == "week":
        return start + dt.timedelta(days=7)
    if interval == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    return start.replace(year=start.year + 1)


def timeline(store: GraphStore, f: EventFilter, interval: str = "month",
             max_buckets: int = MAX_BUCKETS) -> dict[str, Any]:
    """Counts per bucket, in order, empty buckets included, plus the undated matches.

    A partial date ('2024-10') counts in the bucket holding its first day, the same day the
    store sorts and filters it by, so bucket totals agree with list_events for the same filter.
    """
    if interval not in INTERVALS:
        raise QueryError("interval", f"expected one of {', '.join(INTERVALS)}, got {interval!r}")
    per_bucket: dict[dt.date, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    first = last = None
    for date, etype in store.event_dates(f):
        if not date:
            undated[etype] += 1
            continue
        day = dt.date.fromisoformat(date_start(date))
        per_bucket[bucket_start(day, interval)][etype] += 1
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
    lo = dt.date.fromisoformat(f.since_start()) if f.since else first
    hi = dt.date.fromisoformat(f.until_end()) if f.until else last
    lo, hi = lo or hi, hi or lo
    buckets: list[dict[str, Any]] = []
    if lo is not None:
        cur, end = bucket_start(lo, interval), bucket_start(hi, interval)
        while cur <= end:
            if len(buckets) >= max_buckets:
                raise QueryError("interval", f"more than {max_buckets} {interval} buckets; "
                                 "use a longer interval or a shorter since..until range")
            nxt = next_bucket(cur, interval)
            counts = per_bucket.get(cur, Counter())
            buckets.append({"start": cur.isoformat(), "end": (nxt - dt.timedelta(days=1)).isoformat(),
                            "count": sum(counts.values()), "by_type": dict(sorted(counts.items()))})
            cur = nxt
    dated = sum(b["count"] for b in buckets)
    return {
        "interval": interval,
        "since": lo.isoformat() if lo else None,
        "until": hi.isoformat() if hi else None,
        "total": dated + sum(undated.values()),
        "dated": dated,
        "undated": sum(undated.values()),
        "undated_by_type": dict(sorted(undated.items())),
        "buckets": buckets,
    }


# -- graphs -------------------------------------------------------------------------------
def aggregate_edges(edges: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (source, target, type) with a weight and the event ids, heaviest first."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in edges:
        key = (e["source"], e["target"], e["type"])
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"id": "|".join(key), "source": key[0], "target": key[1], "type": key[2],
                               "weight": 0, "event_ids": [], "first_date": None, "last_date": None}
        g["weight"] += 1
        g["event_ids"].append(e["id"])
        d = e.get("date")
        if d:
            if g["first_date"] is None or date_start(d) < date_start(g["first_date"]):
                g["first_date"] = d
            if g["last_date"] is None or date_start(d) > date_start(g["last_date"]):
                g["last_date"] = d
    return sorted(groups.values(), key=lambda g: (-g["weight"], g["id"]))


def _event_edge(e: dict[str, Any]) -> dict[str, Any]:
    out = dict(e)
    out.setdefault("event_id", e["id"])
    return out


def to_nodelink(graph: dict[str, list[dict[str, Any]]], aggregated: bool) -> dict[str, Any]:
    """d3 / networkx node-link: {directed, multigraph, graph, nodes: [{id..}], links: [{source, target..}]}."""
    links = graph["edges"] if aggregated else [_event_edge(e) for e in graph["edges"]]
    return {"directed": True, "multigraph": not aggregated, "graph": {},
            "nodes": [dict(n) for n in graph["nodes"]], "links": links}


def to_cytoscape(graph: dict[str, list[dict[str, Any]]], aggregated: bool) -> dict[str, Any]:
    """Cytoscape.js elements JSON: {elements: {nodes: [{data}], edges: [{data}]}}."""
    nodes = [{"data": {**n, "label": n.get("name") or n["id"]}} for n in graph["nodes"]]
    edges = [{"data": e if aggregated else _event_edge(e)} for e in graph["edges"]]
    return {"elements": {"nodes": nodes, "edges": edges}}


def shape_graph(graph: dict[str, list[dict[str, Any]]], fmt: str = "nodelink",
                aggregate: bool = False) -> dict[str, Any]:
    if fmt not in FORMATS:
        raise QueryError("format", f"expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if aggregate:
        graph = {"nodes": graph["nodes"], "edges": aggregate_edges(graph["edges"])}
    shaped = to_cytoscape(graph, aggregate) if fmt == "cytoscape" else to_nodelink(graph, aggregate)
    shaped["format"] = fmt
    shaped["aggregated"] = aggregate
    return shaped


def path_chains(paths: list[list[dict[str, Any]]], source: str) -> list[dict[str, Any]]:
    """Each chain with the actors it passes through, in order from `source`."""
    out = []
    for edges in paths:
        actors = [source]
        for e in edges:  # chains are undirected: step to whichever end is not where we stand
            actors.append(e["target"] if e["source"] == actors[-1] else e["source"])
        out.append({"hops": len(edges), "actors": actors, "edges": edges})
    return out


# -- gazetteer access (optional: the API works without one) ---------------------------------
def as_dict(obj: Any) -> dict[str, Any]:
    if obj is None:
        return {}
    if isinstance(obj, dict):
        return dict(obj)
    if dataclasses.is_dataclass(obj):
        return dataclasses.asdict(obj)
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    return dict(vars(obj))


def _gaz_call(gazetteer: Any, method: str, *args: Any) -> Any:
    """Ask the gazetteer if it has the method; a missing id is an empty answer, not an error."""
    fn = getattr(gazetteer, method, None) if gazetteer is not None else None
    if fn is None:
        return None
    try:
        return fn(*args)
    except (KeyError, LookupError):
        return None


def actor_card(store: GraphStore, gazetteer: Any, actor_id: str) -> dict[str, Any] | None:
    """{id, name, kind, country, aliases} from the store, filled in by the gazetteer."""
    stored = store.get_actor(actor_id)
    gaz = as_dict(_gaz_call(gazetteer, "actor", actor_id))
    if not stored and not gaz:
        return None
    card = {"id": actor_id, "name": None, "kind": None, "country": None, "aliases": []}
    for src in (gaz, stored or {}):  # the store's view of an actor wins where it has one
        for k in ("name", "kind", "country"):
            if src.get(k):
                card[k] = src[k]
    card["name"] = card["name"] or actor_id
    card["aliases"] = sorted({a for a in (gaz.get("aliases") or []) if a and a != card["name"]})
    card["event_counts"] = dict((stored or {}).get("event_counts") or {})
    return card


def search_actors(store: GraphStore, gazetteer: Any, q: str | None, kind: str | None,
                  limit: int) -> list[dict[str, Any]]:
    """Store actors matching q by id or name, then those found by gazetteer alias."""
    found = {a["id"]: dict(a) for a in store.search_actors(q, kind, limit)}
    if q and gazetteer is not None:
        for hit in _gaz_call(gazetteer, "search", q, kind, limit) or []:
            hit = as_dict(hit)
            if hit.get("id") and hit["id"] not in found and len(found) < limit:
                stored = store.get_actor(hit["id"])
                if stored:  # only actors that have events; the gazetteer alone knows thousands
                    found[hit["id"]] = dict(stored)
    out = []
    for a in list(found.values())[:limit]:
        gaz = as_dict(_gaz_call(gazetteer, "actor", a["id"]))
        a["aliases"] = sorted({x for x in (gaz.get("aliases") or []) if x and x != a.get("name")})
        out.append(a)
    return out


def _membership_events(store: GraphStore, f: EventFilter) -> list[dict[str, Any]]:
    return [e for e in iter_events(store, f) if e.get("target") and e.get("status") in ("occurred", "planned")]


def _fact_entry(fact: dict[str, Any]) -> dict[str, Any]:
    role = fact.get("role") or fact.get("status") or "member"
    return {"status": role, "since": fact.get("since") or fact.get("start"),
            "until": fact.get("until") or fact.get("end")}


def memberships(store: GraphStore, gazetteer: Any, bloc: str, at: str | None) -> dict[str, Any]:
    """Members (founders, joined) and applicants of `bloc` at date `at` (default: today),
    from gazetteer facts merged with the store's JOIN_BLOC / APPLY_MEMBERSHIP events."""
    at = at or dt.date.today().isoformat()
    at_end = date_end(at)
    members: dict[str, dict[str, Any]] = {}

    facts = _gaz_call(gazetteer, "members_at", bloc, at)
    for fact in facts or []:
        fact = as_dict(fact)
        mid = fact.get("id") or fact.get("member") or fact.get("actor_id")
        if not mid:
            continue
        entry = _fact_entry(fact)
        members[mid] = {"id": mid, **entry, "provenance": [{"source": "gazetteer"}]}

    f = EventFilter(actor=bloc, types=MEMBERSHIP_TYPES, until=at)
    # oldest first, so the earliest event sets the 'since' date
    for e in sorted(_membership_events(store, f), key=lambda e: date_start(e["date"]) if e.get("date") else ""):
        if e["target"]["id"] != bloc or not e.get("date") or date_start(e["date"]) > at_end:
            continue
        mid = e["source"]["id"]
        if e["type"] == "JOIN_BLOC":
            status = "member" if e["status"] == "occurred" else "joining"
        else:
            status = "applicant"
        entry = members.get(mid)
        prov = {"source": "event", "event_id": e["id"], "type": e["type"], "date": e["date"]}
        if entry is None:
            members[mid] = {"id": mid, "status": status, "since": e["date"], "until": None,
                            "provenance": [prov]}
            continue
        entry["provenance"].append(prov)
        if _STATUS_RANK[status] > _STATUS_RANK.get(entry["status"], 3):
            entry["status"], entry["since"] = status, e["date"]

    out = []
    for mid, entry in members.items():
        card = as_dict(_gaz_call(gazetteer, "actor", mid)) or store.get_actor(mid) or {}
        out.append({"id": mid, "name": card.get("name") or mid, "kind": card.get("kind"),
                    "country": card.get("country"), **{k: v for k, v in entry.items() if k != "id"}})
    out.sort(key=lambda m: (_STATUS_ORDER.get(m["status"], 9), m["since"] or "", m["id"]))
    return {"bloc": bloc, "at": at, "members": out}


# which status an event may raise an entry to: an applicant who joins becomes a member
_STATUS_RANK = {"applicant": 0, "joining": 1, "member": 2, "founder": 3}
_STATUS_ORDER = {"founder": 0, "member": 1, "joining": 2, "applicant": 3}


def actor_memberships(store: GraphStore, gazetteer: Any, actor_id: str) -> list[dict[str, Any]]:
    """Blocs the actor belongs or applied to over time: gazetteer facts and store events."""
    out: list[dict[str, Any]] = []
    for fact in _gaz_call(gazetteer, "memberships", actor_id) or []:
        fact = as_dict(fact)
        bloc = fact.get("bloc") or fact.get("bloc_id")
        if bloc:
            out.append({"bloc": bloc, **_fact_entry(fact), "provenance": [{"source": "gazetteer"}]})
    f = EventFilter(actor=actor_id, types=MEMBERSHIP_TYPES)
    for e in _membership_events(store, f):
        if e["source"]["id"] != actor_id:
            continue
        status = ("member" if e["status"] == "occurred" else "joining") if e["type"] == "JOIN_BLOC" else "applicant"
        out.append({"bloc": e["target"]["id"], "status": status, "since": e.get("date"), "until": None,
                    "provenance": [{"source": "event", "event_id": e["id"], "type": e["type"],
                                    "date": e.get("date")}]})
    out.sort(key=lambda m: (m["since"] and date_start(m["since"]) or "9999", m["bloc"]))
    return out


def actor_detail(store: GraphStore, gazetteer: Any, actor_id: str) -> dict[str, Any] | None:
    """The actor card plus roles over time, bloc memberships over time and event counts."""
    card = actor_card(store, gazetteer, actor_id)
    if card is None:
        return None
    card["roles"] = [as_dict(r) for r in (_gaz_call(gazetteer, "roles", actor_id) or [])]
    card["memberships"] = actor_memberships(store, gazetteer, actor_id)
    card["event_total"] = sum(card["event_counts"].values())
    return card


def actor_known(store: GraphStore, gazetteer: Any, actor_id: str) -> bool:
    return bool(store.get_actor(actor_id)) or bool(_gaz_call(gazetteer, "actor", actor_id))
