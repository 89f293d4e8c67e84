"""GraphStore on a Neo4j 5 server over Bolt.

Graph model (see cypher/guide/ for an analyst's tour):
  (:Actor:State|Organization|Person|Agency|Group {id, name, kind, country})
  (source:Actor)-[:SOURCE_OF]->(:Event {id, type, date, date_precision, date_start, date_end,
      status, plover, cameo, mode, confidence, pair_key, article_id, evidence, source_id,
      target_id, source_agent_id, target_agent_id})-[:TARGET]->(target:Actor)
  (agent:Actor)-[:AGENT_OF {side}]->(:Event)
  (:Article {id, url, title, published, source, language})-[:REPORTS {sentence}]->(:Event)
  (source)-[:MET|DEPLOYED_TROOPS_TO|... {event_id, date, status[, since]}]->(target)   one readable edge per event with a target (DIRECT_TYPES)
  (:Person)-[:HOLDS_ROLE {role, from, until}]->(:State)   from the gazetteer, when present

Every query is a file in cypher/queries/ run with parameters; relationship types and labels
come from fixed tables (kind labels in merge_actors.cypher; readable edge types in
DIRECT_TYPES below, passed as a dynamic type, which needs Neo4j 5.26+), never from input. Each ingest() batch is one write transaction that
reads the dedup candidates, decides merges in Python (base.choose_match / merge_into, the
same code as the embedded store) and writes with UNWIND; a failed batch leaves nothing.
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from typing import Any, Callable, Iterable, Sequence

from .. import cypher
from ..errors import StoreError, StoreUnavailable
from ..models import Actor, Article, Event
from .base import (EventFilter, GraphStore, IngestReport, absorb, absorptions, check_event,
                   choose_match, date_end, date_start, decode_cursor, encode_cursor,
                   evidence_sentences, merge_into)

log = logging.getLogger(__name__)

# event type -> the readable actor-to-actor relationship (mirrors create_events.cypher)
DIRECT_TYPES = {
    "MEET": "MET", "DEPLOY_TROOPS": "DEPLOYED_TROOPS_TO",
    "SUMMON_AMBASSADOR": "SUMMONED_AMBASSADOR_OF", "JOIN_BLOC": "MEMBER_OF",
    "APPLY_MEMBERSHIP": "APPLIED_TO_JOIN", "AGREE": "AGREED_WITH", "CONSULT": "CONSULTED",
    "SUPPORT": "SUPPORTED", "CONCEDE": "CONCEDED_TO", "COOPERATE": "COOPERATED_WITH",
    "AID": "AIDED", "RETREAT": "RETREATED_FROM", "REQUEST": "REQUESTED", "REJECT": "REJECTED",
    "ACCUSE": "ACCUSED", "THREATEN": "THREATENED", "PROTEST": "PROTESTED_AGAINST",
    "SANCTION": "SANCTIONED", "MOBILIZE": "MOBILIZED_AGAINST", "COERCE": "COERCED",
    "ASSAULT": "ASSAULTED",
}
KIND_LABELS = {"state": "State", "organization": "Organization", "person": "Person",
               "agency": "Agency", "group": "Group"}  # mirrors merge_actors.cypher
MAX_PATH_HOPS = 10
# subgraph edges walk the date index when degree^2 > this * limit * events (see _subgraph_edges)
INDEX_WALK_FACTOR = 4
# an actor's timeline over a date range counts one index range per bucket up to this many
MAX_RANGE_BUCKETS = 600  # 10 years by week; by day, the one-pass query is faster
INDEX_WAIT_SECONDS = 600  # init_schema: building a new index over ~1M events takes ~1 min
_ABOVE_ANY_DATE = "~"  # sorts after every YYYY-MM-DD string
_EVENT_FIELDS = ("date", "date_precision", "date_start", "date_end", "status", "plover",
                 "cameo", "mode", "confidence", "source_agent_id", "target_agent_id")
_ACTOR_KEYS = ("id", "name", "kind", "country")
_EDGE_KEYS = ("id", "type", "source", "target", "date", "status")
_EVIDENCE_KEYS = ("article_id", "title", "url", "published", "source", "sentence")


def _driver_errors():
    from neo4j import exceptions as ex

    return ex


class Neo4jStore(GraphStore):
    kind = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str = "eventgraph",
                 database: str = "neo4j", *, outage_timeout: float = 120.0,
                 connection_timeout: float = 5.0):
        """No I/O here: the server is contacted (and the schema applied) on first use, so an
        app can start while Neo4j is down. `outage_timeout`: how long ingest keeps retrying
        while the server is unreachable before raising StoreUnavailable."""
        from neo4j import GraphDatabase

        self.uri, self.database = uri, database
        self.outage_timeout = outage_timeout
        self._driver = GraphDatabase.driver(
            uri, auth=(user, password), connection_timeout=connection_timeout,
            max_transaction_retry_time=10.0, notifications_min_severity="OFF")
        self._schema_ready = False

    # -- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        self._driver.close()

    def ping(self) -> bool:
        try:
            with self._session() as s:
                s.run("RETURN 1").consume()
            return True
        except Exception:  # any failure means "not usable now"
            return False

    def init_schema(self) -> None:
        """Run cypher/schema.cypher (idempotent) and wait until its indexes are online: reads
        name indexes in hints, which fail while an index added to a stored graph populates."""
        with self._session() as s:
            for stmt in cypher.schema_statements():
                s.run(stmt).consume()
            s.run("CALL db.awaitIndexes($seconds)", seconds=INDEX_WAIT_SECONDS).consume()
        self._schema_ready = True

    def _session(self):
        return self._driver.session(database=self.database)

    def _call(self, fn: Callable[[], Any]) -> Any:
        """Run fn translating driver errors into eventgraph's."""
        ex = _driver_errors()
        try:
            if not self._schema_ready:
                self.init_schema()
            return fn()
        except (ex.ServiceUnavailable, ex.SessionExpired) as e:
            raise StoreUnavailable(f"Neo4j at {self.uri} is unreachable: {e}") from e
        except ex.AuthError as e:
            raise StoreError(f"Neo4j at {self.uri} refused the credentials: {e}") from e
        except ex.Neo4jError as e:
            raise StoreError(f"Neo4j error: {e}") from e

    def _read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        text = cypher.query(name)

        def work(tx):
            return [r.data() for r in tx.run(text, params)]

        def go():
            with self._session() as s:
                return s.execute_read(work)

        return self._call(go)

    # -- writes -----------------------------------------------------------------------------
    def ingest(self, batch: Sequence[tuple[Article, Sequence[Event]]]) -> IngestReport:
        batch = [(a, list(evs)) for a, evs in batch]
        for art, evs in batch:
            for i, ev in enumerate(evs):
                check_event(art, ev, i)
        if not batch:
            return IngestReport()
        ex = _driver_errors()
        deadline = time.monotonic() + self.outage_timeout
        delay = 0.5
        while True:
            try:
                def go():
                    with self._session() as s:
                        return s.execute_write(_ingest_tx, batch)
                return self._call(go)
            except StoreUnavailable as e:
                # an outage: wait and retry the whole batch (the transaction rolled back)
                if time.monotonic() + delay > deadline:
                    raise
                log.warning("Neo4j unreachable, retrying ingest in %.1fs: %s", delay, e)
                time.sleep(delay)
                delay = min(delay * 2, 10.0)
            except StoreError as e:
                if isinstance(e.__cause__, ex.TransientError) and time.monotonic() < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 10.0)
                    continue
                raise

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        return {r["id"] for r in self._read("known_articles", ids=list(ids))}

    # -- reads ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        r = self._read("counts")[0]
        return {k: int(r[k]) for k in ("events", "actors", "articles", "evidence")}

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._read("get_event", id=event_id)
        if not rows:
            return None
        out = _event_dict(rows[0])
        out["evidence_list"] = sorted(
            (_keyed(v, _EVIDENCE_KEYS) for v in rows[0]["evidence"]),
            key=lambda v: (v["published"] is None, v["published"] or "", v["article_id"],
                           v["sentence"] or ""))
        return out

    def list_events(self, f: EventFilter, limit: int, cursor: str | None = None
                    ) -> tuple[list[dict[str, Any]], str | None]:
        cd, ci = decode_cursor(cursor) if cursor else (None, None)
        rows = None
        if cd != "":
            # walk a date index newest first (the actor's own when the filter names one);
            # a short answer may need undated rows, which only the full query reads
            name = "list_events_by_actor_date" if f.actor or f.other else "list_events_by_date"
            rows = self._read(name, **_filter_params(f), cursor_date=cd, cursor_id=ci,
                              limit=int(limit) + 1, top=cd or _ABOVE_ANY_DATE)
            if len(rows) < int(limit) + 1:
                rows = None
        if rows is None:
            rows = self._filtered("list_events", f, cursor_date=cd, cursor_id=ci, limit=int(limit) + 1)
        page = [_event_dict(r) for r in rows[:limit]]
        nxt = encode_cursor(page[-1]["date"], page[-1]["id"]) if len(rows) > limit and page else None
        return page, nxt

    def count_events(self, f: EventFilter) -> int:
        return int(self._filtered("count_events", f)[0]["n"])

    def event_dates(self, f: EventFilter) -> list[tuple[str | None, str]]:
        return [(r["date"], r["type"]) for r in self._filtered("event_dates", f)]

    def timeline_counts(self, f: EventFilter, interval: str
                        ) -> list[tuple[str | None, str, int, str | None, str | None]]:
        """Counted in Cypher (base.GraphStore.timeline_counts): a hub's timeline returns a few
        hundred rows instead of every event. An actor's timeline over a date range with at
        most MAX_RANGE_BUCKETS buckets counts one index range per bucket."""
        bounds = _bucket_bounds(f, interval) if f.actor or f.other else None
        if bounds is None:
            return [(r["bucket"], t, int(n), r["first"], r["last"])
                    for r in self._filtered("timeline_counts", f, interval=interval)
                    for t, n in zip(r["types"], r["counts"])]
        since = f.since_start()
        return [(bounds[0][r["i"]], t, int(n), max(r["first"], since), max(r["last"], since))
                for r in self._read("timeline_counts_by_range", **_filter_params(f), bounds=bounds[1])
                for t, n in zip(r["types"], r["counts"])]

    def _filtered(self, name: str, f: EventFilter, **extra: Any) -> list[dict[str, Any]]:
        """Run an EventFilter query; when the filter names an actor, its <name>_by_actor
        variant, which reads the events of that actor only (of the rarer one for a pair)
        instead of scanning every Event."""
        if f.actor or f.other:
            return self._read(name + "_by_actor", **_filter_params(f), **extra)
        return self._read(name, **_filter_params(f), **extra)

    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        rows = self._read("get_actor", id=actor_id)
        if not rows:
            return None
        out = _keyed(rows[0]["actor"], _ACTOR_KEYS)
        out["event_counts"] = dict(sorted(Counter(rows[0]["types"]).items()))
        return out

    def search_actors(self, q: str | None, kind: str | None, limit: int) -> list[dict[str, Any]]:
        return self._read("search_actors", q=q.lower() if q else None, kind=kind or None,
                          limit=int(limit))

    def subgraph(self, f: EventFilter, *, center: str | None = None,
                 actors: Sequence[str] | None = None, depth: int = 1, limit: int = 1000
                 ) -> dict[str, list[dict[str, Any]]]:
        if depth < 1 or not (center or actors):
            raise ValueError("subgraph needs depth >= 1 and a center or actors")
        params = _filter_params(f)
        if actors:
            ids, both = sorted(set(actors)), True
        else:
            if not self._read("actors_by_id", ids=[center]):
                return {"nodes": [], "edges": []}
            ids, both = self._reach(center, depth - 1, params), False
        edges = [_keyed(e, _EDGE_KEYS) for e in self._subgraph_edges(ids, both, int(limit), params)]
        node_ids = {e["source"] for e in edges} | {e["target"] for e in edges}
        if center and not actors:
            node_ids.add(center)
        nodes = [_keyed(r["actor"], _ACTOR_KEYS)
                 for r in self._read("actors_by_id", ids=sorted(node_ids))]
        return {"nodes": sorted(nodes, key=lambda a: a["id"]), "edges": edges}

    def _subgraph_edges(self, ids: list[str], both: bool, limit: int, params: dict[str, Any]
                        ) -> list[dict[str, Any]]:
        """The newest `limit` edges touching ids. Expanding the actors reads every event they
        touch; when that is many more than walking the date index to `limit` hits would read
        (about limit * events / degree), walk the index instead (a hub's depth-2 subgraph
        touches nearly every event)."""
        if limit > 0:
            r = self._read("actor_degrees", ids=ids)
            degree, events = (r[0]["degree"] or 0, r[0]["events"] or 0) if r else (0, 0)
            if degree * degree > INDEX_WALK_FACTOR * limit * events:
                rows = self._read("subgraph_edges_by_date", ids=ids, both=both, limit=limit, **params)
                if len(rows) == limit:  # else undated events may belong in the answer
                    return rows
        return self._read("subgraph_edges", ids=ids, both=both, limit=limit, **params)

    def _reach(self, center: str, hops: int, params: dict[str, Any]) -> list[str]:
        """Actors within `hops` steps of center over matching events (breadth first)."""
        seen, frontier = {center}, [center]
        for _ in range(hops):
            if not frontier:
                break
            nxt = set()
            for r in self._read("neighbors", ids=frontier, **params):
                nxt.update((r["source"], r["target"]))
            frontier = sorted(nxt - seen)
            seen.update(frontier)
        return sorted(seen)

    def paths(self, source: str, target: str, max_hops: int, types: Sequence[str] = (),
              limit: int = 10) -> list[list[dict[str, Any]]]:
        if source == target or max_hops < 1 or limit < 1:
            return []
        if max_hops > MAX_PATH_HOPS:
            raise ValueError(f"max_hops: at most {MAX_PATH_HOPS}")
        params = _filter_params(EventFilter(types=tuple(types)))
        # breadth first from source, keeping every predecessor on a shortest route
        level = {source: 0}
        preds: dict[str, set[str]] = {}
        frontier = [source]
        # the target's own neighbours, read once: a frontier actor among them is a target
        # predecessor, so the (largest) last frontier never needs expanding
        near_target = set()
        for r in self._read("neighbors", ids=[target], **params):
            a, b = r["source"], r["target"]
            if a != b:
                near_target.add(b if a == target else a)
        for hop in range(1, max_hops + 1):
            hits = near_target.intersection(frontier)
            if hits:
                level[target] = hop
                preds[target] = hits
                break
            if hop == max_hops or not near_target:
                break
            adj: dict[str, set[str]] = {}
            for r in self._read("neighbors", ids=frontier, **params):
                a, b = r["source"], r["target"]
                if a != b:
                    adj.setdefault(a, set()).add(b)
                    adj.setdefault(b, set()).add(a)
            nxt = set()
            for u in frontier:
                for v in adj.get(u, ()):
                    if v not in level or level[v] == hop:
                        level[v] = hop
                        preds.setdefault(v, set()).add(u)
                        nxt.add(v)
            if target in nxt or not nxt:
                break
            frontier = sorted(nxt)
        if target not in level:
            return []
        chains = _shortest_chains(source, target, preds, limit)
        pairs = sorted({tuple(sorted(p)) for c in chains for p in zip(c, c[1:])})
        best = {}
        for r in self._read("hop_events", pairs=[list(p) for p in pairs], types=list(types)):
            best[(r["a"], r["b"])] = _keyed(r["edge"], _EDGE_KEYS)
        return [[best[tuple(sorted(p))] for p in zip(c, c[1:])] for c in chains]


# -- helpers (pure) ---------------------------------------------------------------------------
def _shortest_chains(source: str, target: str, preds: dict[str, set[str]], limit: int
                     ) -> list[list[str]]:
    """All source..target chains through the predecessor DAG, in actor-id order, up to limit."""
    succ: dict[str, list[str]] = {}
    on_path, stack = {target}, [target]
    while stack:  # nodes that lead to target, walking predecessors backwards
        v = stack.pop()
        for u in preds.get(v, ()):
            succ.setdefault(u, []).append(v)
            if u not in on_path:
                on_path.add(u)
                stack.append(u)
    for u in succ:
        succ[u] = sorted(set(succ[u]))
    out: list[list[str]] = []

    def walk(chain: list[str]) -> None:
        if len(out) >= limit:
            return
        if chain[-1] == target:
            out.append(list(chain))
            return
        for v in succ.get(chain[-1], ()):
            chain.append(v)
            walk(chain)
            chain.pop()

    walk([source])
    return out


def _bucket_bounds(f: EventFilter, interval: str) -> tuple[list[str], list[str]] | None:
    """(bucket starts, seek bounds) for timeline_counts_by_range: the buckets from since to
    until, bounds[i]..bounds[i+1] holding bucket i's starts, bounds[0] a year before since
    (a year-precision event starting then may overlap); None without since and until or
    with more than MAX_RANGE_BUCKETS buckets."""
    from ..queries import bucket_start, next_bucket  # queries imports the stores' base

    if not (f.since and f.until):
        return None
    since = dt.date.fromisoformat(f.since_start())
    until = dt.date.fromisoformat(f.until_end())
    starts = [bucket_start(since, interval)]
    while True:
        try:
            nxt = next_bucket(starts[-1], interval)
        except (ValueError, OverflowError):  # the bucket holding 9999-12-31
            nxt = None
        if nxt is None or nxt > until:
            break
        if len(starts) >= MAX_RANGE_BUCKETS:
            return None
        starts.append(nxt)
    floor = f"{since.year - 1:04d}{since.isoformat()[4:]}" if since.year > 1 else ""
    bounds = [floor] + [b.isoformat() for b in starts[1:]] + [_ABOVE_ANY_DATE]
    return [b.isoformat() for b in starts], bounds


def _keyed(d: dict[str, Any] | None, keys: Sequence[str]) -> dict[str, Any] | None:
    """A Neo4j map in a fixed key order (maps come back unordered)."""
    return None if d is None else {k: d.get(k) for k in keys}


def _filter_params(f: EventFilter) -> dict[str, Any]:
    return {"actor": f.actor, "other": f.other, "types": list(f.types),
            "statuses": list(f.statuses), "since": f.since_start(), "until": f.until_end()}


def _event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The contract's event shape (Event.to_dict order) from a stored node and its actors."""
    e = row["e"]
    d: dict[str, Any] = {
        "id": e["id"], "type": e["type"], "source": _keyed(row["source"], _ACTOR_KEYS),
        "target": _keyed(row["target"], _ACTOR_KEYS),
        "date": e.get("date"), "date_precision": e.get("date_precision"),
        "status": e.get("status"), "plover": e.get("plover"), "cameo": e.get("cameo"),
        "confidence": round(float(e.get("confidence") or 0), 3),
        "article_id": e.get("article_id"), "evidence": e.get("evidence"),
    }
    if e.get("mode"):
        d["mode"] = e["mode"]
    for side in ("source_agent", "target_agent"):
        if row.get(side):
            d[side] = _keyed(row[side], _ACTOR_KEYS)
    return d


def _dates(date: str | None) -> tuple[str | None, str | None]:
    return (date_start(date), date_end(date)) if date else (None, None)


def _stored(ev: Event, article_id: str) -> dict[str, Any]:
    """The node properties of a new event (None values are not stored by Neo4j)."""
    ds, de = _dates(ev.date)
    return {
        "id": ev.id, "type": ev.type, "date": ev.date, "date_precision": ev.date_precision,
        "date_start": ds, "date_end": de, "status": ev.status, "plover": ev.plover,
        "cameo": ev.cameo, "mode": ev.mode, "confidence": float(ev.confidence),
        "pair_key": ev.pair_key(), "article_id": article_id, "evidence": ev.evidence or "",
        "source_id": ev.source.id, "target_id": ev.target.id if ev.target else None,
        "source_agent_id": ev.source_agent.id if ev.source_agent else None,
        "target_agent_id": ev.target_agent.id if ev.target_agent else None,
    }


def _upsert_actor(actors: dict[str, dict[str, Any]], a: Actor | None) -> None:
    if a is None:
        return
    prev = actors.pop(a.id, None)  # re-insert: the last report's order wins for writing
    country = a.country if a.country is not None else (prev or {}).get("country")
    actors[a.id] = {"id": a.id, "name": a.name or a.id, "kind": a.kind or "state",
                    "country": country}


def _roles(person_ids: Iterable[str]) -> list[dict[str, Any]]:
    """Dated roles of these people from the gazetteer (eventgraph.gazetteer), when present."""
    try:
        from ..gazetteer import Gazetteer

        gz = Gazetteer.load()
    except Exception:  # no or broken gazetteer: the roles are a bonus, never an ingest failure
        log.debug("no gazetteer for HOLDS_ROLE", exc_info=True)
        return []
    out = []
    for pid in person_ids:
        for r in gz.roles(pid):
            held_for = r.country or r.org  # IGO officials hold their role in the bloc
            if held_for:
                out.append({"person": pid, "state": held_for, "role": r.role,
                            "from": r.start, "until": r.until})
    return out


def _edge_props(stored: dict[str, Any]) -> tuple[str | None, str | None]:
    """(readable relationship type or None, its `since`) for a stored event dict. The type
    comes from the fixed DIRECT_TYPES table, never from input; no target, no edge."""
    rel = DIRECT_TYPES.get(stored["type"]) if stored.get("target_id") else None
    return rel, (stored.get("date") if rel == "MEMBER_OF" else None)


def _absorb(u: dict[str, Any], into: dict[str, Any], cands: list[dict[str, Any]],
            created: dict[str, Any], updated: dict[str, Any], before: dict[str, Any],
            new_agents: dict[str, list[dict[str, str]]], absorbed: dict[str, dict[str, Any]],
            touched: dict[str, None], report: IngestReport) -> None:
    """Fold the undated event u into the dated event `into` (one pair) in the batch's
    bookkeeping; absorb_events.cypher moves its stored evidence and deletes it."""
    if into["id"] not in created and into["id"] not in before:
        before[into["id"]] = {k: into.get(k) for k in _EVENT_FIELDS}
    merged = absorb(into, u)
    for side in ("source", "target"):  # an agent the dated event lacked comes along
        agent = merged.get(side + "_agent_id")
        if agent and not into.get(side + "_agent_id") and into["id"] not in created:
            new_agents.setdefault(into["id"], []).append({"id": agent, "side": side})
    into.update(merged)
    if into["id"] not in created:
        updated[into["id"]] = into
    cands.remove(u)
    updated.pop(u["id"], None)
    new_agents.pop(u["id"], None)
    stored = created.pop(u["id"], None) is None
    if stored:
        report.events_absorbed += 1
    else:  # new in this batch: its report merged after all
        report.events_created -= 1
        report.events_merged += 1
    absorbed[u["id"]] = {"id": u["id"], "into": into["id"], "source_id": u["source_id"],
                         "target_id": u.get("target_id"), "stored": stored}
    touched.pop(u["id"], None)
    touched[into["id"]] = None


def _ingest_tx(tx, batch: Sequence[tuple[Article, Sequence[Event]]]) -> IngestReport:
    """One batch, one transaction: skip stored articles, merge events, write everything."""
    report = IngestReport()
    ids = [a.id for a, _ in batch]
    seen = {r["id"] for r in tx.run(cypher.query("known_articles"), ids=ids)}
    new_items = []
    for art, evs in batch:
        if art.id in seen:
            report.articles_skipped += 1
            continue
        seen.add(art.id)
        report.articles_new += 1
        # each report's pair key once: it is needed for the lookup and for matching
        new_items.append((art, [(ev, ev.pair_key()) for ev in evs]))
    if not new_items:
        return report

    keys = sorted({key for _, evs in new_items for _, key in evs})
    cands: dict[str, list[dict[str, Any]]] = {k: [] for k in keys}
    published: dict[str, str | None] = {}  # undated event id -> earliest publication day
    if keys:
        for r in tx.run(cypher.query("event_candidates"), keys=keys):
            cands[r["e"]["pair_key"]].append(dict(r["e"]))
            if r["e"].get("date") is None:
                published[r["e"]["id"]] = r["published"]

    actors: dict[str, dict[str, Any]] = {}
    created: dict[str, dict[str, Any]] = {}
    updated: dict[str, dict[str, Any]] = {}
    before: dict[str, dict[str, Any]] = {}  # stored events' values before this batch
    reports: dict[tuple[str, str, str], None] = {}
    new_agents: dict[str, list[dict[str, str]]] = {}
    touched: dict[str, None] = {}
    absorbed: dict[str, dict[str, Any]] = {}  # undated event id -> {id, into, ..., stored}
    for art, evs in new_items:
        for ev, key in evs:
            for a in (ev.source, ev.target, ev.source_agent, ev.target_agent):
                _upsert_actor(actors, a)
            match = choose_match(cands[key], ev, art.published)
            if match is None:
                stored = _stored(ev, art.id)
                cands[key].append(stored)
                created[stored["id"]] = stored
                report.events_created += 1
            else:
                stored = match
                if stored["id"] not in created and stored["id"] not in before:
                    before[stored["id"]] = {k: stored.get(k) for k in _EVENT_FIELDS}
                stored.update(merge_into(match, ev))
                stored["date_start"], stored["date_end"] = _dates(stored.get("date"))
                for side in ("source", "target"):  # a first report without agent gets one
                    agent = getattr(ev, side + "_agent")
                    if agent is not None and not stored.get(side + "_agent_id"):
                        stored[side + "_agent_id"] = agent.id
                        if stored["id"] not in created:
                            new_agents.setdefault(stored["id"], []).append(
                                {"id": agent.id, "side": side})
                if stored["id"] not in created:
                    updated[stored["id"]] = stored
                report.events_merged += 1
            touched.setdefault(stored["id"])
            for sentence in evidence_sentences(ev):
                reports.setdefault((art.id, stored["id"], sentence))
            if stored.get("date") is None:
                days = [d for d in (published.get(stored["id"]),
                                    art.published[:10] if art.published else None) if d]
                published[stored["id"]] = min(days) if days else None
            elif any(c.get("date") is None for c in cands[key]):
                for u, into in absorptions(cands[key], published):
                    _absorb(u, into, cands[key], created, updated, before, new_agents,
                            absorbed, touched, report)
    if absorbed:  # this batch's reports of an absorbed event go to its new home
        home = {u: a["into"] for u, a in absorbed.items()}
        reports = dict.fromkeys((art_id, home.get(ev_id, ev_id), sentence)
                                for art_id, ev_id, sentence in reports)
    report.event_ids = list(touched)

    tx.run(cypher.query("merge_actors"), actors=list(actors.values())).consume()
    tx.run(cypher.query("create_articles"), articles=[
        {"id": a.id, "url": a.url, "title": a.title, "published": a.published,
         "source": a.source, "language": a.language} for a, _ in new_items]).consume()
    per_event: dict[str, list[dict[str, str]]] = {}
    for art_id, ev_id, sentence in reports:
        per_event.setdefault(ev_id, []).append({"article_id": art_id, "sentence": sentence})
    if created:
        rows = []
        for e in created.values():
            rel, since = _edge_props(e)
            rows.append({**e, "rel": rel, "since": since, "reports": per_event.pop(e["id"], [])})
        tx.run(cypher.query("create_events"), events=rows).consume()
    changed = []
    for e in updated.values():
        now = {k: e.get(k) for k in _EVENT_FIELDS}
        old = before[e["id"]]
        if now == old:  # the report confirmed the event without changing it: nothing to write
            continue
        rel, since = _edge_props(e)
        # the readable edge holds date and status (since is the date): rewrite it only then
        edge = rel is not None and (now["date"], now["status"]) != (old["date"], old["status"])
        changed.append({"id": e["id"], "source_id": e["source_id"],
                        "target_id": e.get("target_id"), **now, "since": since, "edge": edge})
    if changed:
        tx.run(cypher.query("update_events"), events=changed).consume()
    agents = [{"event_id": e["id"], "agent_id": e[side + "_agent_id"], "side": side}
              for e in created.values() for side in ("source", "target") if e.get(side + "_agent_id")]
    agents += [{"event_id": ev_id, "agent_id": g["id"], "side": g["side"]}
               for ev_id, gs in new_agents.items() for g in gs]
    if agents:
        tx.run(cypher.query("link_agents"), agents=agents).consume()
    if per_event:  # evidence for events stored before this batch
        tx.run(cypher.query("create_reports"), reports=[
            {"event_id": ev_id, **rep} for ev_id, reps in per_event.items() for rep in reps]
        ).consume()
    if absorbed:
        gone = [a for a in absorbed.values() if a["stored"]]
        if gone:
            tx.run(cypher.query("absorb_events"), absorbed=gone).consume()
    persons = [a["id"] for a in actors.values() if a["kind"] == "person"]
    roles = _roles(persons) if persons else []
    if roles:
        tx.run(cypher.query("link_roles"), roles=roles).consume()
    return report


__all__ = ["Neo4jStore", "DIRECT_TYPES", "KIND_LABELS"]
