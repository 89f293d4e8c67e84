"""The embedded store: SQLite is the durable record, an in-memory graph of actor pairs answers
multi-hop questions.

- All SQL lives in this module (SCHEMA and the query strings below).
- One SQLite connection per thread (FastAPI runs sync endpoints in a thread pool); writes of
  this object are serialised by a lock, other processes by SQLite's own write lock.
- The projection (undirected adjacency dicts: actor -> actor -> bit mask of event types) is
  built on the first query that needs it, from one GROUP BY over a covering index, and refreshed
  incrementally from events.seq: events are never deleted and a merge never changes an
  event's type or actors, so "events with seq > last seen" is the whole change log, also
  for writes made by another process.
- Depth-1 subgraphs, actor-set subgraphs and all list/count reads are plain indexed SQL; an
  actor's events are read newest first off two indexes (as source, as target) and merged.
- Indexes added since a file was written are built when it is opened (once; the schema
  version stays: older code reads such a file as before).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import uuid
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from ..errors import StoreError
from ..models import Article, Event
from .base import (EventFilter, GraphStore, IngestReport, absorb, absorptions, check_event,
                   choose_match, date_end, date_start, decode_cursor, encode_cursor,
                   evidence_sentences, merge_into)

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS articles (
    id        TEXT PRIMARY KEY,
    url       TEXT,
    title     TEXT,
    published TEXT,
    source    TEXT,
    language  TEXT
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS actors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    n_events INTEGER NOT NULL DEFAULT 0  -- events with this actor as source or target
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS events (
    seq             INTEGER PRIMARY KEY,  -- insertion order: the projection's change log
    id              TEXT NOT NULL UNIQUE,
    pair_key        TEXT NOT NULL,
    type            TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    target_id       TEXT,
    date            TEXT,
    date_precision  TEXT,
    date_start      TEXT NOT NULL DEFAULT '',  -- '' when undated: sorts last in desc order
    date_end        TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL,
    plover          TEXT,
    cameo           TEXT,
    mode            TEXT,
    confidence      REAL NOT NULL,
    source_agent_id TEXT,
    target_agent_id TEXT,
    article_id      TEXT NOT NULL,  -- first report
    evidence        TEXT NOT NULL   -- first report's sentence
);
CREATE INDEX IF NOT EXISTS events_pair_key ON events (pair_key);
-- all events newest first. The actor and type columns let a walk down it (_edges_among) skip
-- the events of other actors and types without reading their rows
CREATE INDEX IF NOT EXISTS events_newest   ON events (date_start, id, source_id, target_id, type);
DROP INDEX IF EXISTS events_order;  -- (date_start, id) of older files
CREATE INDEX IF NOT EXISTS events_source   ON events (source_id, target_id, type);
-- one actor's events newest first, read off these two and merged (see _branches). The filter
-- columns ride along: filters and timelines (event_dates) need no table lookups
CREATE INDEX IF NOT EXISTS events_source_order
    ON events (source_id, date_start, id, type, status, date, date_end);
CREATE INDEX IF NOT EXISTS events_target_order
    ON events (target_id, date_start, id, source_id, type, status, date, date_end);
-- (target_id, source_id, type) of older files: events_target_order covers all it served
DROP INDEX IF EXISTS events_target;

CREATE TABLE IF NOT EXISTS evidence (
    event_seq  INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    sentence   TEXT NOT NULL,
    PRIMARY KEY (event_seq, article_id, sentence)
) WITHOUT ROWID;
"""

EVENT_COLS = ("seq, id, pair_key, type, source_id, target_id, date, date_precision, status, "
              "plover, cameo, mode, confidence, source_agent_id, target_agent_id, article_id, "
              "evidence")
ORDER = "ORDER BY date_start DESC, id DESC"
EDGE_COLS = "id, type, source_id, target_id, date, status"

INSERT_EVENT = (
    "INSERT INTO events (seq, id, pair_key, type, source_id, target_id, date, date_precision, "
    "date_start, date_end, status, plover, cameo, mode, confidence, source_agent_id, "
    "target_agent_id, article_id, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
UPDATE_EVENT = (
    "UPDATE events SET date=?, date_precision=?, date_start=?, date_end=?, status=?, plover=?, "
    "cameo=?, mode=?, confidence=?, source_agent_id=?, target_agent_id=? WHERE seq=?")
UPSERT_ACTOR = (
    "INSERT INTO actors (id, name, kind, country) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE "
    "SET name=excluded.name, kind=excluded.kind, country=coalesce(excluded.country, country)")
BUMP_ACTOR = "UPDATE actors SET n_events = n_events + ? WHERE id = ?"
INSERT_ARTICLE = ("INSERT INTO articles (id, url, title, published, source, language) "
                  "VALUES (?,?,?,?,?,?)")
INSERT_EVIDENCE = "INSERT OR IGNORE INTO evidence (event_seq, article_id, sentence) VALUES (?,?,?)"
IN_JSON = "(SELECT value FROM json_each(?))"  # one parameter for any number of ids

CHUNK = 500  # ids per IN (...) list


def _chunks(items: Sequence[str], n: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _lower(s: str | None) -> str | None:
    return s.lower() if s is not None else None




def _absorb(u: dict[str, Any], into: dict[str, Any], cands: list[dict[str, Any]],
            created: dict[int, Any], changed: dict[int, Any], absorbed: dict[int, int],
            touched: dict[str, None], report: IngestReport) -> None:
    """Fold the undated event u into the dated event `into` (both rows of one pair) in the
    batch's bookkeeping; _ingest moves its stored evidence and deletes it."""
    into.update(absorb(into, u))
    if into["seq"] not in created:
        changed[into["seq"]] = into
    cands.remove(u)
    absorbed[u["seq"]] = into["seq"]
    changed.pop(u["seq"], None)
    if created.pop(u["seq"], None) is not None:  # new in this batch: its report merged after all
        report.events_created -= 1
        report.events_merged += 1
    else:
        report.events_absorbed += 1
    touched.pop(u["id"], None)
    touched[into["id"]] = None


class _Projection:
    """Undirected actor graph of all events with a target, as plain dicts: g[a][b] is a bit
    mask of the event types between a and b (bits from `bits`). Self-loops are left out (they
    never shorten a path). Not networkx: an nx edge with an attribute dict per actor pair
    made the first build take seconds at 1M events; ints in dicts take a fraction of that."""

    def __init__(self) -> None:
        self.g: dict[str, dict[str, int]] = {}
        self.bits: dict[str, int] = {}
        self._masks: dict[str, int] = {}  # 'MEET,SANCTION' -> mask, as SQL hands them over
        self.last_seq = 0

    def mask(self, types: Iterable[str]) -> int:
        """Mask of these types; 0 when none of them occurs in the graph."""
        m = 0
        for t in types:
            m |= self.bits.get(t, 0)
        return m

    def _mask_of(self, csv: str) -> int:
        m = self._masks.get(csv)
        if m is None:
            m = 0
            for t in csv.split(","):
                if t not in self.bits:
                    self.bits[t] = 1 << len(self.bits)
                m |= self.bits[t]
            self._masks[csv] = m
        return m

    def _add(self, rows: Iterable[tuple[str, str, str]]) -> None:
        g, mask_of = self.g, self._mask_of
        for a, b, types in rows:
            if a == b:
                continue
            m = mask_of(types)
            na = g.get(a)
            if na is None:
                na = g[a] = {}
            na[b] = na.get(b, 0) | m
            nb = g.get(b)
            if nb is None:
                nb = g[b] = {}
            nb[a] = nb.get(a, 0) | m

    def load(self, conn) -> None:
        conn.execute("BEGIN")  # one snapshot for max(seq) and the edges
        try:
            self.last_seq = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            self._add(conn.execute(
                "SELECT source_id, target_id, group_concat(DISTINCT type) FROM events "
                "INDEXED BY events_source WHERE target_id IS NOT NULL GROUP BY source_id, target_id"))
        finally:
            conn.execute("COMMIT")

    def refresh(self, conn) -> None:
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        if top <= self.last_seq:
            return
        self._add(conn.execute(
            "SELECT source_id, target_id, type FROM events "
            "WHERE seq > ? AND seq <= ? AND target_id IS NOT NULL", (self.last_seq, top)))
        self.last_seq = top


class EmbeddedStore(GraphStore):
    kind = "embedded"

    def __init__(self, path: str | Path = "eventgraph.db") -> None:
        path = str(path)
        if path == ":memory:":
            # a named shared in-memory db so every thread's connection sees the same data
            self._target, self._uri = f"file:eventgraph-{uuid.uuid4().hex}?mode=memory&cache=shared", True
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._target, self._uri = path, False
        self.path = path
        self._local = threading.local()
        self._conns: list = []
        self._conns_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._graph_lock = threading.RLock()
        self._proj: _Projection | None = None
        self._closed = False
        try:
            self.init_schema()
        except sqlite3.Error as exc:
            self.close()
            raise StoreError(f"cannot open SQLite store {path}: {exc}") from exc
        except BaseException:
            self.close()
            raise

    # -- connections ------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if self._closed:
            raise StoreError(f"store {self.path} is closed")
        try:
            conn = sqlite3.connect(self._target, uri=self._uri, timeout=60,
                                   isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MiB
            conn.execute("PRAGMA temp_store=MEMORY")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store {self.path}: {exc}") from exc
        conn.create_function("py_lower", 1, _lower, deterministic=True)
        self._local.conn = conn
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    def init_schema(self) -> None:
        """Create missing tables and indexes (idempotent; opening the store runs it)."""
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                row = None
                if "meta" in have:  # refuse a newer file before building anything in it
                    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is not None and row[0] != SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: schema version {row[0]}, this eventgraph "
                                     f"reads version {SCHEMA_VERSION}")
                if "events" in have and not {"events_newest", "events_source_order",
                                             "events_target_order"} <= have:
                    log.warning("%s: building the per-actor indexes of this eventgraph version "
                                "(once; about 10 s per million events)", self.path)
                for stmt in SCHEMA.split(";"):  # no ';' inside the schema's comments
                    if stmt.strip():
                        conn.execute(stmt)
                if row is None:
                    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._closed = True
        with self._conns_lock:
            for c in self._conns:
                c.close()
            self._conns.clear()
        self._local = threading.local()
        self._proj = None

    def ping(self) -> bool:
        return self._conn().execute("SELECT 1").fetchone()[0] == 1

    # -- writes -----------------------------------------------------------------------
    def known_articles(self, ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(ids))
        conn, out = self._conn(), set()
        for part in _chunks(ids):
            q = f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(part))})"
            out.update(r[0] for r in conn.execute(q, part))
        return out

    def ingest(self, batch: Sequence[tuple[Article, Sequence[Event]]]) -> IngestReport:
        batch = [(a, list(evs)) for a, evs in batch]
        for art, evs in batch:
            for i, ev in enumerate(evs):
                check_event(art, ev, i)
        report = IngestReport()
        if not batch:
            return report
        conn = self._conn()
        with self._write_lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._ingest(conn, batch, report)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        with self._graph_lock:  # keep the projection in step with our own writes
            if self._proj is not None:
                self._proj.refresh(conn)
        return report

    def _ingest(self, conn, batch, report: IngestReport) -> None:
        known = self.known_articles(a.id for a, _ in batch)
        fresh: list[tuple[Article, list[Event]]] = []
        for art, evs in batch:
            if art.id in known:
                report.articles_skipped += 1
            else:
                known.add(art.id)
                fresh.append((art, evs))
        report.articles_new = len(fresh)

        pk = {id(ev): ev.pair_key() for _, evs in fresh for ev in evs}  # computed once
        keys = list(set(pk.values()))
        by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for part in _chunks(keys):
            cur = conn.execute(f"SELECT {EVENT_COLS} FROM events WHERE pair_key IN "
                               f"({','.join('?' * len(part))})", part)
            names = [d[0] for d in cur.description]
            for row in cur:
                r = dict(zip(names, row))
                by_key[r["pair_key"]].append(r)
        # seqs are never reused, also after an absorbed event was deleted: the projection
        # reads "seq > last seen" as its change log
        high = conn.execute("SELECT value FROM meta WHERE key='max_seq'").fetchone()
        next_seq = max(conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0],
                       int(high[0]) if high else 0) + 1
        # undated stored events: the earliest publication day of their reports (absorptions)
        published: dict[str, str | None] = {}
        undated = {r["seq"]: r["id"] for rs in by_key.values() for r in rs if r["date"] is None}
        for part in _chunks(list(undated)):
            for seq, day in conn.execute(
                    "SELECT v.event_seq, min(substr(a.published, 1, 10)) FROM evidence v "
                    "JOIN articles a ON a.id = v.article_id WHERE v.event_seq IN "
                    f"({','.join('?' * len(part))}) GROUP BY v.event_seq", part):
                published[undated[seq]] = day

        created: dict[int, dict[str, Any]] = {}
        changed: dict[int, dict[str, Any]] = {}
        actors: dict[str, list[Any]] = {}
        evidence: list[tuple[int, str, str]] = []
        touched: dict[str, None] = {}
        absorbed: dict[int, int] = {}  # seq of an absorbed undated event -> its dated event
        first_new = next_seq  # seqs below it are events stored before this batch
        for art, evs in fresh:
            for ev in evs:
                for a in (ev.source, ev.target, ev.source_agent, ev.target_agent):
                    if a is not None:
                        old = actors.get(a.id)
                        country = a.country if a.country is not None else (old[3] if old else None)
                        actors[a.id] = [a.id, a.name or a.id, a.kind or "state", country]
                key = pk[id(ev)]
                cands = by_key[key]
                hit = choose_match(cands, ev, art.published) if cands else None
                if hit is None:
                    hit = {"seq": next_seq, "id": ev.id, "pair_key": key,
                           "type": ev.type, "source_id": ev.source.id,
                           "target_id": ev.target.id if ev.target else None,
                           "date": ev.date, "date_precision": ev.date_precision,
                           "status": ev.status, "plover": ev.plover, "cameo": ev.cameo,
                           "mode": ev.mode, "confidence": float(ev.confidence),
                           "source_agent_id": ev.source_agent.id if ev.source_agent else None,
                           "target_agent_id": ev.target_agent.id if ev.target_agent else None,
                           "article_id": art.id, "evidence": ev.evidence or ""}
                    next_seq += 1
                    cands.append(hit)
                    created[hit["seq"]] = hit
                    report.events_created += 1
                else:
                    hit.update(merge_into(hit, ev))
                    for side in ("source_agent", "target_agent"):
                        agent = getattr(ev, side)
                        if agent is not None and not hit[side + "_id"]:
                            hit[side + "_id"] = agent.id
                    if hit["seq"] not in created:
                        changed[hit["seq"]] = hit
                    report.events_merged += 1
                for s in evidence_sentences(ev):
                    evidence.append((hit["seq"], art.id, s))
                touched[hit["id"]] = None
                if hit["date"] is None:
                    day = art.published[:10] if art.published else None
                    old_day = published.get(hit["id"])
                    published[hit["id"]] = min(d for d in (day, old_day) if d) \
                        if (day or old_day) else None
                elif any(c["date"] is None for c in cands):
                    for u, into in absorptions(cands, published):
                        _absorb(u, into, cands, created, changed, absorbed, touched, report)

        if absorbed:  # this batch's evidence of an absorbed event goes to its new home
            evidence = [(absorbed.get(seq, seq), a, s) for seq, a, s in evidence]
            stored = [seq for seq in absorbed if seq < first_new]
            conn.executemany("UPDATE OR IGNORE evidence SET event_seq = ? WHERE event_seq = ?",
                             [(absorbed[seq], seq) for seq in stored])
            for part in _chunks(stored):
                marks = ",".join("?" * len(part))
                conn.execute(f"DELETE FROM evidence WHERE event_seq IN ({marks})", part)
                for src, tgt in conn.execute(f"SELECT source_id, target_id FROM events "
                                             f"WHERE seq IN ({marks})", part).fetchall():
                    conn.execute(BUMP_ACTOR, (-1, src))
                    if tgt and tgt != src:
                        conn.execute(BUMP_ACTOR, (-1, tgt))
                conn.execute(f"DELETE FROM events WHERE seq IN ({marks})", part)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('max_seq', ?)", (str(next_seq - 1),))

        conn.executemany(UPSERT_ACTOR, actors.values())
        bumps: dict[str, int] = defaultdict(int)
        for r in created.values():
            bumps[r["source_id"]] += 1
            if r["target_id"] and r["target_id"] != r["source_id"]:
                bumps[r["target_id"]] += 1
        conn.executemany(BUMP_ACTOR, [(n, a) for a, n in bumps.items()])
        conn.executemany(INSERT_ARTICLE, [(a.id, a.url, a.title, a.published, a.source, a.language)
                                          for a, _ in fresh])
        conn.executemany(INSERT_EVENT, [
            (r["seq"], r["id"], r["pair_key"], r["type"], r["source_id"], r["target_id"],
             r["date"], r["date_precision"], *_span(r["date"]), r["status"], r["plover"],
             r["cameo"], r["mode"], r["confidence"], r["source_agent_id"], r["target_agent_id"],
             r["article_id"], r["evidence"]) for r in created.values()])
        conn.executemany(UPDATE_EVENT, [
            (r["date"], r["date_precision"], *_span(r["date"]), r["status"], r["plover"],
             r["cameo"], r["mode"], r["confidence"], r["source_agent_id"], r["target_agent_id"],
             r["seq"]) for r in changed.values()])
        conn.executemany(INSERT_EVIDENCE, evidence)
        report.event_ids = list(touched)

    # -- reads: events ----------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        conn = self._conn()
        one = lambda q: conn.execute(q).fetchone()[0]  # noqa: E731
        return {"events": one("SELECT count(*) FROM events"),
                "actors": one("SELECT count(*) FROM actors"),
                "articles": one("SELECT count(*) FROM articles"),
                "evidence": one("SELECT count(*) FROM evidence")}

    def _actors(self, ids: Iterable[str | None]) -> dict[str, dict[str, Any]]:
        ids = [i for i in dict.fromkeys(ids) if i]
        conn, out = self._conn(), {}
        for part in _chunks(ids):
            q = f"SELECT id, name, kind, country FROM actors WHERE id IN ({','.join('?' * len(part))})"
            for i, name, kind, country in conn.execute(q, part):
                out[i] = {"id": i, "name": name, "kind": kind, "country": country}
        return out

    def _render(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        actors = self._actors(i for r in rows for i in (
            r["source_id"], r["target_id"], r["source_agent_id"], r["target_agent_id"]))

        def actor(i: str | None) -> dict[str, Any] | None:
            if not i:
                return None
            return actors.get(i) or {"id": i, "name": i, "kind": "state", "country": None}

        out = []
        for r in rows:
            d = {"id": r["id"], "type": r["type"], "source": actor(r["source_id"]),
                 "target": actor(r["target_id"]), "date": r["date"],
                 "date_precision": r["date_precision"], "status": r["status"],
                 "plover": r["plover"], "cameo": r["cameo"],
                 "confidence": round(float(r["confidence"]), 3),
                 "article_id": r["article_id"], "evidence": r["evidence"]}
            if r["mode"]:
                d["mode"] = r["mode"]
            if r["source_agent_id"]:
                d["source_agent"] = actor(r["source_agent_id"])
            if r["target_agent_id"]:
                d["target_agent"] = actor(r["target_agent_id"])
            out.append(d)
        return out

    def _select(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        cur = self._conn().execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._select(f"SELECT {EVENT_COLS} FROM events WHERE id = ?", (event_id,))
        if not rows:
            return None
        d = self._render(rows)[0]
        d["evidence_list"] = self._select(
            "SELECT v.article_id, a.title, a.url, a.published, a.source, v.sentence "
            "FROM evidence v JOIN articles a ON a.id = v.article_id WHERE v.event_seq = ? "
            "ORDER BY a.published IS NULL, a.published, v.article_id, v.sentence",
            (rows[0]["seq"],))
        return d

    def list_events(self, f: EventFilter, limit: int, cursor: str | None = None
                    ) -> tuple[list[dict[str, Any]], str | None]:
        after = decode_cursor(cursor) if cursor else None
        sql, params = _ordered(EVENT_COLS, f, limit=max(0, limit) + 1, after=after)
        rows = self._select(sql, params)
        more = len(rows) > limit
        rows = rows[:max(0, limit)]
        nxt = encode_cursor(rows[-1]["date"], rows[-1]["id"]) if more and rows else None
        return self._render(rows), nxt

    def count_events(self, f: EventFilter) -> int:
        rest, rest_params = _where(replace(f, actor=None, other=None))
        total = 0
        for _, where, params in _branches(f):  # disjoint, so the counts add up
            total += self._conn().execute(f"SELECT count(*) FROM events {_and([*where, *rest])}",
                                          (*params, *rest_params)).fetchone()[0]
        return total

    def event_dates(self, f: EventFilter) -> list[tuple[str | None, str]]:
        sql, params = _ordered("date, type", f)
        return [(r[0], r[1]) for r in self._conn().execute(sql, params)]

    # -- reads: actors ----------------------------------------------------------------
    def get_actor(self, actor_id: str) -> dict[str, Any] | None:
        found = self._actors([actor_id])
        if actor_id not in found:
            return None
        d = found[actor_id]
        counts: dict[str, int] = defaultdict(int)
        for _, where, params in _branches(EventFilter(actor=actor_id)):
            for t, n in self._conn().execute(
                    f"SELECT type, count(*) FROM events {_and(where)} GROUP BY type", params):
                counts[t] += n
        d["event_counts"] = dict(sorted(counts.items()))
        return d

    def search_actors(self, q: str | None, kind: str | None, limit: int) -> list[dict[str, Any]]:
        q = q.lower() if q else None
        rows = self._conn().execute(
            "SELECT id, name, kind, country, n_events FROM actors "
            "WHERE (?1 IS NULL OR instr(py_lower(id), ?1) > 0 OR instr(py_lower(name), ?1) > 0) "
            "AND (?2 IS NULL OR kind = ?2) ORDER BY n_events DESC, id LIMIT ?3",
            (q, kind, limit))
        return [{"id": i, "name": n, "kind": k, "country": c, "event_count": e}
                for i, n, k, c, e in rows]

    # -- reads: graph -----------------------------------------------------------------
    @contextmanager
    def _graph(self) -> Iterator[_Projection]:
        """The projection, fresh as of now; held under a lock while the caller walks it."""
        with self._graph_lock:
            conn = self._conn()
            if self._proj is None:
                proj = _Projection()
                proj.load(conn)
                self._proj = proj
            else:
                self._proj.refresh(conn)
            yield self._proj

    def _edges(self, f: EventFilter, limit: int, *, center: str | None = None,
               where: Sequence[str] = (), params: Sequence[Any] = (), hint: str = ""
               ) -> list[dict[str, Any]]:
        sql, args = _ordered(EDGE_COLS, f, limit=limit, center=center, edges=True,
                             where=where, params=params, hint=hint)
        return [{"id": i, "type": t, "source": s, "target": o, "date": d, "status": st}
                for i, t, s, o, d, st, *_ in self._conn().execute(sql, args)]

    def _edges_among(self, ids: Iterable[str], f: EventFilter, limit: int, both: bool
                     ) -> list[dict[str, Any]]:
        """Newest edges with one end (both ends if `both`) in ids."""
        js = json.dumps(sorted(set(ids)))
        conn = self._conn()
        touching = conn.execute(f"SELECT coalesce(sum(n_events), 0) FROM actors WHERE id IN {IN_JSON}",
                                (js,)).fetchone()[0]
        total = conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
        # Fetching and sorting every touching event costs ~touching rows; walking the date
        # index newest first until `limit` hits costs ~limit*total/touching. Pick the cheaper.
        hint = "INDEXED BY events_newest" if touching * touching > limit * total else ""
        op = "AND" if both else "OR"
        return self._edges(f, limit, where=[f"(source_id IN {IN_JSON} {op} target_id IN {IN_JSON})"],
                           params=[js, js], hint=hint)

    def _within(self, center: str, radius: int, f: EventFilter) -> set[str]:
        """Actors at most `radius` hops from center over edges that pass the filter."""
        simple = not (f.actor or f.other or f.statuses or f.since or f.until)
        # one hop needs no projection: SQL answers it in milliseconds, while building the
        # projection takes a second or two at 1M events (left to paths and deeper walks)
        if simple and (radius > 1 or self._proj is not None):
            with self._graph() as proj:
                g = proj.g
                if center not in g:
                    return {center}
                tmask = proj.mask(f.types) if f.types else None
                seen, frontier = {center}, [center]
                left = set(g)  # not reached yet: around a hub it is soon (nearly) empty
                left.discard(center)
                for _ in range(radius):
                    nxt: list[str] = []
                    for u in frontier:
                        nb = g[u]
                        # look at the smaller of the two: hubs have links to 1000s of actors
                        new = ({v for v in left if v in nb} if len(left) < len(nb)
                               else left.intersection(nb))
                        if tmask is not None:
                            new = {v for v in new if nb[v] & tmask}
                        left -= new
                        nxt += new
                    seen.update(nxt)
                    frontier = nxt
                return seen
        # otherwise expand level by level in SQL, where every column is at hand
        seen, frontier = {center}, {center}
        base, params = _where(f)
        conn = self._conn()
        for _ in range(radius):
            if len(frontier) == 1:  # one actor: two index ranges, as source and as target
                (a,) = frontier
                out_of = _and(["source_id = ?", "target_id IS NOT NULL", *base])
                into = _and(["target_id = ?", *base])
                rows = conn.execute(f"SELECT target_id FROM events {out_of} "
                                    f"UNION SELECT source_id FROM events {into}",
                                    (a, *params, a, *params))
            else:
                ids = json.dumps(sorted(frontier))
                touching = f"(source_id IN {IN_JSON} OR target_id IN {IN_JSON})"
                rows = conn.execute(f"SELECT source_id, target_id FROM events "
                                    f"{_and(['target_id IS NOT NULL', *base, touching])}",
                                    (*params, ids, ids))
            frontier = {x for r in rows for x in r} - seen
            if not frontier:
                break
            seen |= frontier
        return seen

    def subgraph(self, f: EventFilter, *, center: str | None = None,
                 actors: Sequence[str] | None = None, depth: int = 1, limit: int = 1000
                 ) -> dict[str, list[dict[str, Any]]]:
        if depth < 1:
            raise ValueError("depth must be at least 1")
        keep: list[str] = []
        if actors:
            edges = self._edges_among(actors, f, limit, both=True)
        elif center:
            if not self._actors([center]):
                return {"nodes": [], "edges": []}
            keep = [center]
            if depth == 1:
                edges = self._edges(f, limit, center=center)
            else:
                edges = self._edges_among(self._within(center, depth - 1, f), f, limit,
                                          both=False)
        else:
            raise ValueError("subgraph needs a center or a set of actors")
        nodes = self._actors(sorted({*keep, *(e["source"] for e in edges),
                                     *(e["target"] for e in edges)}))
        return {"nodes": [nodes[i] for i in sorted(nodes)], "edges": edges}

    def paths(self, source: str, target: str, max_hops: int, types: Sequence[str] = (),
              limit: int = 10) -> list[list[dict[str, Any]]]:
        if source == target or max_hops < 1 or limit < 1:
            return []
        with self._graph() as proj:
            if source not in proj.g or target not in proj.g:
                return []
            tmask = proj.mask(types) if types else None
            succ = _shortest_dag(proj.g, source, target, max_hops, tmask)
        if succ is None:
            return []
        hop_cache: dict[tuple[str, str], dict[str, Any]] = {}
        out = []
        for chain in _first_chains(succ, source, target, limit):
            hops = []
            for a, b in zip(chain, chain[1:]):
                key = (min(a, b), max(a, b))
                if key not in hop_cache:
                    hop_cache[key] = self._edges(
                        EventFilter(actor=a, other=b, types=tuple(types)), 1)[0]
                hops.append(hop_cache[key])
            out.append(hops)
        return out


def _shortest_dag(g: dict[str, dict[str, int]], source: str, target: str, max_hops: int,
                  tmask: int | None) -> dict[str, list[str]] | None:
    """Successor lists of every shortest source..target path of at most max_hops hops (None
    when there is none), by breadth-first search from both ends, always growing the side
    with fewer edges to look at: two actors linked through a hub meet after a step from each
    end instead of a sweep of the whole graph from one of them."""
    dist = ({source: 0}, {target: 0})
    pred: tuple[dict[str, list[str]], dict[str, list[str]]] = ({source: []}, {target: []})
    front = ([source], [target])
    meet: list[str] = []
    for _ in range(max_hops):
        side = 0 if (sum(len(g[u]) for u in front[0]) <= sum(len(g[u]) for u in front[1])) else 1
        d, p = dist[side], pred[side]
        nxt: list[str] = []
        for u in front[side]:
            du = d[u] + 1
            for v, m in g[u].items():
                if tmask is not None and not m & tmask:
                    continue
                dv = d.get(v)
                if dv is None:
                    d[v], p[v] = du, [u]
                    nxt.append(v)
                elif dv == du:
                    p[v].append(u)
        if not nxt:
            return None
        front = (nxt, front[1]) if side == 0 else (front[0], nxt)
        other = dist[1 - side]
        meet = [v for v in nxt if v in other]
        if meet:
            break
    if not meet:
        return None
    # every shortest path crosses the meeting layer once: walk back from it to each end
    succ: dict[str, set[str]] = defaultdict(set)
    for side in (0, 1):
        stack, seen = list(meet), set(meet)
        while stack:
            v = stack.pop()
            for u in pred[side][v]:
                if side == 0:
                    succ[u].add(v)
                else:
                    succ[v].add(u)
                if u not in seen:
                    seen.add(u)
                    stack.append(u)
    return {u: sorted(vs) for u, vs in succ.items()}


def _first_chains(succ: dict[str, list[str]], source: str, target: str, limit: int
                  ) -> Iterator[list[str]]:
    """The first `limit` source..target chains of the path DAG in actor-id order (all chains
    have the same length, so depth first over sorted successors yields them in order)."""
    stack, n = [[source]], 0
    while stack and n < limit:
        chain = stack.pop()
        if chain[-1] == target:
            n += 1
            yield chain
            continue
        stack.extend(chain + [v] for v in reversed(succ[chain[-1]]))


def _span(date: str | None) -> tuple[str, str]:
    return (date_start(date), date_end(date)) if date else ("", "")


def _and(where: list[str]) -> str:
    return ("WHERE " + " AND ".join(where)) if where else ""


def _where(f: EventFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    actor, other = f.actor, f.other
    if actor is None:
        actor, other = other, None
    if actor is not None and other is not None:
        where.append("((source_id = ? AND target_id = ?) OR (source_id = ? AND target_id = ?))")
        params += [actor, other, other, actor]
    elif actor is not None:
        where.append("(source_id = ? OR target_id = ?)")
        params += [actor, actor]
    if f.types:
        where.append(f"type IN ({','.join('?' * len(f.types))})")
        params += list(f.types)
    if f.statuses:
        where.append(f"status IN ({','.join('?' * len(f.statuses))})")
        params += list(f.statuses)
    if f.since:
        # a date spans at most its year, so date_end >= X implies date_start >= X's 1 January:
        # implied, but it bounds the index range from below
        where.append("date_start >= ? AND date_end >= ?")
        params += [f.since_start()[:4] + "-01-01", f.since_start()]
    if f.until:
        where.append("date_start <> '' AND date_start <= ?")
        params.append(f.until_end())
    return where, params


def _branches(f: EventFilter, center: str | None = None) -> list[tuple[str, list[str], list[Any]]]:
    """The actor part of a filter as disjoint branches (index hint, where, params); a subgraph
    centre counts as the actor when the filter has none. One actor's events are two ranges,
    as source and as target, each already in list order in its own index: reading a page off
    both and merging them is what keeps a busy actor's first page from sorting all its events."""
    actor, other = f.actor, f.other
    if actor is None:
        actor, other = other, None
    extra: list[str] = []
    extra_params: list[Any] = []
    if center is not None:
        if actor is None:
            actor = center
        else:
            extra, extra_params = ["(source_id = ? OR target_id = ?)"], [center, center]
    if actor is None:
        out = [("", [], [])]
    elif other is None:
        out = [("INDEXED BY events_source_order", ["source_id = ?"], [actor]),
               ("INDEXED BY events_target_order", ["target_id = ?", "source_id <> ?"], [actor, actor])]
    else:  # a pair: few rows, all found by events_source (the planner, lured by the sort
        # order, would rather walk every event of one side in events_target_order)
        pair = ["source_id = ?", "target_id = ?"]
        out = [("INDEXED BY events_source", pair, [actor, other])]
        if other != actor:
            out.append(("INDEXED BY events_source", pair, [other, actor]))
    return [(hint, [*where, *extra], [*params, *extra_params]) for hint, where, params in out]


def _ordered(cols: str, f: EventFilter, *, limit: int | None = None,
             after: tuple[str, str] | None = None, center: str | None = None, edges: bool = False,
             where: Sequence[str] = (), params: Sequence[Any] = (), hint: str = ""
             ) -> tuple[str, list[Any]]:
    """SELECT cols of the events passing f (and `where`) in list order, after the sort key
    `after`, at most `limit`; `edges`: only events with a target. Each row ends with its
    sort key (date_start, sort_id). Several branches are a UNION ALL of per-branch
    ORDER BY ... LIMIT subqueries, ordered and cut once more."""
    rest, rest_params = _where(replace(f, actor=None, other=None))
    common = [*(["target_id IS NOT NULL"] if edges else []), *rest, *where]
    common_params = [*rest_params, *params]
    if after is not None:
        common.append("(date_start, id) < (?, ?)")
        common_params += list(after)
    lim, lim_params = (" LIMIT ?", [limit]) if limit is not None else ("", [])
    parts, args = [], []
    for bhint, bwhere, bparams in _branches(f, center):
        parts.append(f"SELECT {cols}, date_start, id AS sort_id FROM events {bhint or hint} "
                     f"{_and([*bwhere, *common])} {ORDER}{lim}")
        args += [*bparams, *common_params, *lim_params]
    if len(parts) == 1:
        return parts[0], args
    union = " UNION ALL ".join(f"SELECT * FROM ({q})" for q in parts)
    return f"{union} ORDER BY date_start DESC, sort_id DESC{lim}", [*args, *lim_params]
