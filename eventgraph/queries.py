"""Query logic expressed once over GraphStore (and the gazetteer when there is one).

The HTTP layer validates parameters with these helpers and calls these functions; nothing
here knows which store it talks to. Bad parameters raise QueryError naming the parameter.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from .errors import EventgraphError
from .models import EVENT_TYPES, STATUSES, date_compatible
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

    A partial date ('2024-10') counts in the bucket holding its first day (the day the store
    sorts it by), or in the first bucket when that day is before `since` (the store keeps
    events whose span overlaps since..until), so totals agree with list_events.
    """
    if interval not in INTERVALS:
        raise QueryError("interval", f"expected one of {', '.join(INTERVALS)}, got {interval!r}")
    since = dt.date.fromisoformat(f.since_start()) if f.since else None
    per_bucket: dict[dt.date, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    first = last = None
    # counted by the store: a hub's timeline need not list its ~100k events
    for bucket, etype, n, lo_day, hi_day in store.timeline_counts(f, interval):
        if bucket is None:
            undated[etype] += n
            continue
        per_bucket[dt.date.fromisoformat(bucket)][etype] += n
        lo_day, hi_day = dt.date.fromisoformat(lo_day), dt.date.fromisoformat(hi_day)
        first = lo_day if first is None or lo_day < first else first
        last = hi_day if last is None or hi_day > last else last
    lo = since or first
    hi = dt.date.fromisoformat(f.until_end()) if f.until else last
    lo, hi = lo or hi, hi or lo
    buckets: list[dict[str, Any]] = []
    if lo is not None:
        cur, end = bucket_start(lo, interval), bucket_start(hi, interval)
        while cur <= end:
            if len(buckets) >= max_buckets:
                raise QueryError("interval", f"more than {max_buckets} {interval} buckets; "
                                 "use a longer interval or a shorter since..until range")
            try:
                nxt = next_bucket(cur, interval)
                last_day = nxt - dt.timedelta(days=1)
            except (ValueError, OverflowError):  # the bucket holding 9999-12-31 is the last there is
                nxt, last_day = None, dt.date.max
            counts = per_bucket.get(cur, Counter())
            buckets.append({"start": cur.isoformat(), "end": last_day.isoformat(),
                            "count": sum(counts.values()), "by_type": dict(sorted(counts.items()))})
            if nxt is None:
                break
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


# -- actors, memberships: the store merged with the gazetteer (optional: None works) --------
ALIAS_VIA = frozenset({"name", "short", "metonym"})  # demonyms ('Russian') are not names
# gazetteer fact kinds -> membership status; 'left' and 'suspended' end a membership instead
FACT_STATUS = {"founder": "founder", "joined": "member", "applied": "applicant", "partner": "partner",
               "observer": "observer", "invited": "invited"}
# an entry takes the strongest status its sources give it
# which entries an event's status confirms (rather than starting an entry of its own)
CONFIRMS = {"member": ("member", "founder"), "joining": ("joining", "member"), "applicant": ("applicant",)}
STATUS_RANK = {"invited": 0, "observer": 1, "applicant": 2, "partner": 3, "joining": 4, "member": 5,
               "founder": 6}


@lru_cache(maxsize=4)
def _alias_index(gazetteer: Any) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for e in gazetteer.entries():
        if e.via in ALIAS_VIA:
            index[e.actor_id].append(e.text)
    return index


def aliases(gazetteer: Any, actor_id: str, name: str | None = None) -> list[str]:
    if gazetteer is None:
        return []
    return sorted({a for a in _alias_index(gazetteer).get(actor_id, ()) if a != name})


def _gaz_actor(gazetteer: Any, actor_id: str) -> dict[str, Any]:
    a = gazetteer.actor(actor_id) if gazetteer is not None else None
    return a.to_dict() if a is not None else {}


def actor_known(store: GraphStore, gazetteer: Any, actor_id: str) -> bool:
    return bool(_gaz_actor(gazetteer, actor_id)) or store.get_actor(actor_id) is not None


def search_actors(store: GraphStore, gazetteer: Any, q: str | None, kind: str | None,
                  limit: int) -> list[dict[str, Any]]:
    """Store actors whose id or name contains q, then store actors the gazetteer finds by alias
    ('Kremlin' -> RUS). Only actors with events: the gazetteer alone knows thousands."""
    found = {a["id"]: dict(a) for a in store.search_actors(q, kind, limit)}
    if q and gazetteer is not None and len(found) < limit:
        for hit in gazetteer.search(q, kind, limit):
            if hit.id in found:
                continue
            stored = store.get_actor(hit.id)
            if stored:
                counts = stored.pop("event_counts", None) or {}
                found[hit.id] = {**stored, "event_count": sum(counts.values())}
                if len(found) >= limit:
                    break
    return [{**a, "aliases": aliases(gazetteer, a["id"], a.get("name"))} for a in found.values()]


def _fact_prov(fact: Any) -> dict[str, Any]:
    prov = {"source": "gazetteer", "kind": fact.kind, "date": fact.date}
    if fact.uncertain:
        prov["uncertain"] = True
    if fact.note:
        prov["note"] = fact.note
    return prov


def _event_status(e: dict[str, Any]) -> str:
    if e["type"] == "JOIN_BLOC":
        return "member" if e["status"] == "occurred" else "joining"
    return "applicant"


def _event_prov(e: dict[str, Any]) -> dict[str, Any]:
    return {"source": "event", "event_id": e["id"], "type": e["type"], "date": e.get("date"),
            "status": e["status"]}


def _membership_events(store: GraphStore, f: EventFilter) -> list[dict[str, Any]]:
    """JOIN_BLOC / APPLY_MEMBERSHIP events that say it happened or will, oldest first."""
    rows = [e for e in iter_events(store, f) if e.get("target") and e["status"] in ("occurred", "planned")]
    rows.reverse()  # list order is newest first, undated last
    return rows


def _facts_by_member(gazetteer: Any, bloc: str, cut: str) -> dict[str, list[Any]]:
    """The bloc's dated gazetteer facts up to `cut` (last day), per member, in date order."""
    out: dict[str, list[Any]] = defaultdict(list)
    if gazetteer is None:
        return out
    for fact in gazetteer.bloc_members(bloc):
        if fact.date and date_start(fact.date) > cut:
            continue
        out[fact.member].append(fact)
    return out


def memberships(store: GraphStore, gazetteer: Any, bloc: str, at: str | None) -> dict[str, Any]:
    """Who belongs to `bloc` on `at` (default today): founders, members, applicants (and
    partners, observers, invitees where the gazetteer records them), each with the date it
    began and its provenance: gazetteer facts and/or JOIN_BLOC / APPLY_MEMBERSHIP event ids."""
    at = at or dt.date.today().isoformat()
    cut = date_end(at)
    members: dict[str, dict[str, Any]] = {}
    left: dict[str, str] = {}  # member -> date it left (as of `at`)

    def add(mid: str, status: str, since: str | None, prov: dict[str, Any]) -> None:
        entry = members.get(mid)
        if entry is None:
            members[mid] = {"id": mid, "status": status, "since": since, "provenance": [prov]}
            return
        entry["provenance"].append(prov)
        if STATUS_RANK[status] > STATUS_RANK[entry["status"]]:
            entry["status"], entry["since"] = status, since

    for mid, facts in _facts_by_member(gazetteer, bloc, cut).items():
        for fact in facts:
            if fact.kind in ("left", "suspended"):
                members.pop(mid, None)
                left[mid] = fact.date or ""
            elif fact.kind in FACT_STATUS:
                add(mid, FACT_STATUS[fact.kind], fact.date, _fact_prov(fact))

    for e in _membership_events(store, EventFilter(actor=bloc, types=MEMBERSHIP_TYPES, until=at)):
        mid = e["source"]["id"]
        if e["target"]["id"] != bloc or date_start(e["date"]) > cut:
            continue  # the bloc as source, or a year/month date that only starts after `at`
        if mid in left and date_start(e["date"]) <= date_start(left[mid] or "0001"):
            continue  # the gazetteer says it left after this event
        add(mid, _event_status(e), e["date"], _event_prov(e))

    out = []
    for mid, entry in members.items():
        card = _gaz_actor(gazetteer, mid) or store.get_actor(mid) or {}
        out.append({**entry, "name": card.get("name") or mid, "kind": card.get("kind"),
                    "country": card.get("country")})
    out.sort(key=lambda m: (-STATUS_RANK[m["status"]], date_start(m["since"]) if m["since"] else "", m["id"]))
    return {"bloc": bloc, "at": at, "members": out}


def actor_memberships(store: GraphStore, gazetteer: Any, actor_id: str) -> list[dict[str, Any]]:
    """The actor's bloc memberships over time: {bloc, status, since, until, provenance}, from
    gazetteer facts, with JOIN_BLOC / APPLY_MEMBERSHIP events merged into a fact they confirm."""
    out: list[dict[str, Any]] = []
    if gazetteer is not None:
        for bloc in gazetteer.ids("organization"):
            for fact in gazetteer.bloc_members(bloc):
                if fact.member != actor_id:
                    continue
                if fact.kind in ("left", "suspended"):
                    for m in out:  # ends the open memberships in that bloc
                        if m["bloc"] == bloc and m["until"] is None and m["status"] in ("founder", "member"):
                            m["until"] = fact.date
                            m["provenance"].append(_fact_prov(fact))
                elif fact.kind in FACT_STATUS:
                    out.append({"bloc": bloc, "status": FACT_STATUS[fact.kind], "since": fact.date,
                                "until": None, "provenance": [_fact_prov(fact)]})
    for e in _membership_events(store, EventFilter(actor=actor_id, types=MEMBERSHIP_TYPES)):
        if e["source"]["id"] != actor_id:
            continue
        bloc, status = e["target"]["id"], _event_status(e)
        same = [m for m in out if m["bloc"] == bloc and m["status"] in CONFIRMS[status]
                and date_compatible(m["since"], e.get("date"))]
        if same:
            same[0]["provenance"].append(_event_prov(e))
        else:
            out.append({"bloc": bloc, "status": status, "since": e.get("date"), "until": None,
                        "provenance": [_event_prov(e)]})
    out.sort(key=lambda m: (date_start(m["since"]) if m["since"] else "9999", m["bloc"]))
    return out


def actor_detail(store: GraphStore, gazetteer: Any, actor_id: str) -> dict[str, Any] | None:
    """Names, kind, country (the store's view, filled in by the gazetteer), roles over time,
    bloc memberships over time and event counts by type; None for an unknown id."""
    stored = store.get_actor(actor_id)
    gaz = _gaz_actor(gazetteer, actor_id)
    if not stored and not gaz:
        return None
    card: dict[str, Any] = {"id": actor_id}
    for k in ("name", "kind", "country"):
        card[k] = (stored or {}).get(k) or gaz.get(k)
    card["name"] = card["name"] or actor_id
    card["aliases"] = aliases(gazetteer, actor_id, card["name"])
    counts = dict((stored or {}).get("event_counts") or {})
    card["event_counts"] = counts
    card["event_total"] = sum(counts.values())
    card["roles"] = [dataclasses.asdict(r) for r in gazetteer.roles(actor_id)] if gazetteer is not None else []
    card["memberships"] = actor_memberships(store, gazetteer, actor_id)
    return card
