"""What only the embedded store promises: crash safety, WAL readers, a lazy projection that
follows writes from this object, other objects and other processes, thread safety."""
from __future__ import annotations

import itertools
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from eventgraph.errors import InputError, StoreError
from eventgraph.models import Actor, Article, Event
from eventgraph.store.base import EventFilter
from eventgraph.store.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parents[2]
ALL = EventFilter()

# Deterministic synthetic batches, run both here and in a child process. Few actors and
# dates, so later batches merge into events of earlier ones.
GEN = '''
import random
from eventgraph.models import Actor, Article, Event

def make_batches(n_batches, per_batch=40, seed=7):
    rnd = random.Random(seed)
    states = [Actor(c, "State " + c, "state", c) for c in
              ("USA", "RUS", "CHN", "KOR", "PRK", "UKR", "IRN", "ISR", "IND", "PAK", "TUR", "FRA")]
    types = ("MEET", "SUMMON_AMBASSADOR", "DEPLOY_TROOPS", "SANCTION", "ACCUSE")
    out = []
    for b in range(n_batches):
        batch = []
        for i in range(per_batch):
            art = Article(text="t", id=f"a-{b}-{i}", published="2024-06-01", title=f"T {b} {i}")
            evs = []
            for _ in range(2):
                s, t = rnd.sample(states, 2)
                date = rnd.choice(["2024-05", "2024-05-0" + str(rnd.randint(1, 9)), None, "2024"])
                status = rnd.choice(["occurred", "occurred", "planned", "denied"])
                evs.append(Event(rnd.choice(types), s, t, date=date, status=status,
                                 confidence=rnd.random(), evidence=f"s{b}.{i}.{rnd.randint(0, 3)}"))
            batch.append((art, evs))
        out.append(batch)
    return out
'''
ns: dict = {}
exec(GEN, ns)
make_batches = ns["make_batches"]

CHILD = GEN + '''
import sys
from eventgraph.store.embedded import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
for i, batch in enumerate(make_batches(int(sys.argv[2]))):
    store.ingest(batch)
    print(i, flush=True)
'''


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def consistent(path: Path) -> dict[str, int]:
    """Raw SQL checks that every committed batch is whole; returns the counts."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        one = lambda q: db.execute(q).fetchone()[0]  # noqa: E731
        # every article came with events, every event with evidence, nothing dangles
        assert one("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                   "(SELECT 1 FROM evidence v WHERE v.article_id = a.id)") == 0
        assert one("SELECT count(*) FROM events e WHERE NOT EXISTS "
                   "(SELECT 1 FROM evidence v WHERE v.event_seq = e.seq)") == 0
        assert one("SELECT count(*) FROM evidence v WHERE NOT EXISTS "
                   "(SELECT 1 FROM articles a WHERE a.id = v.article_id)") == 0
        assert one("SELECT count(*) FROM actors a WHERE n_events != (SELECT count(*) FROM events e "
                   "WHERE e.source_id = a.id OR e.target_id = a.id)") == 0
        return {t: one(f"SELECT count(*) FROM {t}") for t in ("articles", "events", "evidence")}
    finally:
        db.close()


def test_sigkill_mid_ingest_leaves_a_consistent_store_and_a_rerun_completes(tmp_path):
    n = 60
    path = tmp_path / "crash.db"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(n)],
                             stdout=subprocess.PIPE, text=True, env=child_env(), cwd=tmp_path)
    try:
        for line in child.stdout:
            if int(line) >= 2:  # a few batches are committed, the child is inside the next
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL

    partial = consistent(path)
    assert 3 * 40 <= partial["articles"] < n * 40

    batches = make_batches(n)
    with EmbeddedStore(path) as store:
        skipped = 0
        for batch in batches:
            skipped += store.ingest(batch).articles_skipped
        assert skipped == partial["articles"]
        resumed = (store.counts(), store.event_dates(ALL), store.list_events(ALL, 50)[0])
    with EmbeddedStore(tmp_path / "clean.db") as clean:
        for batch in batches:
            clean.ingest(batch)
        assert resumed == (clean.counts(), clean.event_dates(ALL), clean.list_events(ALL, 50)[0])
    assert consistent(path)["articles"] == n * 40


def test_a_failed_batch_writes_nothing(tmp_path):
    store = EmbeddedStore(tmp_path / "s.db")
    good = Event("MEET", Actor("USA", "USA", "state"), Actor("CHN", "China", "state"), "2024-11-15")
    broken = Event("MEET", Actor("USA", "USA", "state"), None, "2024-13-45")
    with pytest.raises(InputError) as err:
        store.ingest([(Article("t", id="ok"), [good]), (Article("t", id="bad", origin="in.jsonl:7"), [broken])])
    assert "in.jsonl:7" in str(err.value) and "'date'" in str(err.value)
    assert store.counts() == {"events": 0, "actors": 0, "articles": 0, "evidence": 0}
    store.close()


def test_wal_readers_are_not_blocked_by_an_open_write(tmp_path):
    path = tmp_path / "s.db"
    store = EmbeddedStore(path)
    store.ingest(make_batches(1)[0])
    before = store.counts()
    assert store._conn().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writer = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO articles (id) VALUES ('held-open')")
    try:
        assert store.counts() == before  # reads the last commit, does not wait
        assert store.list_events(ALL, 5)[0]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    store.close()


def test_reopen_keeps_data_and_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "s.db"
    with EmbeddedStore(path) as s:
        s.ingest(make_batches(1)[0])
        counts = s.counts()
    with EmbeddedStore(path) as s:
        assert s.counts() == counts
        s._conn().execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(StoreError, match="schema version 99"):
        EmbeddedStore(path)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just some notes\n" * 200)
    with pytest.raises(StoreError, match="notes.txt"):
        EmbeddedStore(path)


def test_projection_is_lazy_and_follows_own_writes(tmp_path):
    store = EmbeddedStore(tmp_path / "s.db")
    for batch in make_batches(3):
        store.ingest(batch)
    store.list_events(ALL, 10)
    store.subgraph(ALL, center="USA", depth=1)
    store.subgraph(ALL, actors=["USA", "RUS"])
    assert store._proj is None  # plain SQL answered all of these

    store.subgraph(ALL, center="USA", depth=2)  # one hop out: SQL too
    assert store._proj is None
    store.subgraph(ALL, center="USA", depth=3)
    assert store._proj is not None
    jpn, usa = Actor("JPN", "Japan", "state"), Actor("USA", "USA", "state")
    link = Event("MEET", jpn, usa, "2024-12-01")
    store.ingest([(Article("t", id="late"), [link])])
    assert "JPN" in store._proj.g  # added by the ingest itself, not by the next query
    assert store.paths("JPN", "PRK", 2)[0][0]["id"] == link.id
    store.close()


def test_projection_sees_writes_of_another_process(tmp_path):
    path = tmp_path / "s.db"
    api = EmbeddedStore(path)
    api.ingest(make_batches(1)[0])
    assert api.paths("USA", "RUS", 3)  # projection built
    assert api.paths("NZL", "RUS", 3) == []
    child = GEN + '''
import sys
from eventgraph.models import Actor, Article, Event
from eventgraph.store.embedded import EmbeddedStore
with EmbeddedStore(sys.argv[1]) as s:
    s.ingest([(Article("t", id="cli"), [Event("MEET", Actor("NZL", "New Zealand", "state"),
                                              Actor("FRA", "France", "state"), "2024-12-02")])])
'''
    subprocess.run([sys.executable, "-c", child, str(path)], check=True, env=child_env(), cwd=tmp_path)
    chain = api.paths("NZL", "RUS", 3)
    assert chain and chain[0][0]["source"] == "NZL"
    assert "NZL" in {n["id"] for n in api.subgraph(ALL, center="FRA", depth=2)["nodes"]}
    api.close()


def test_threads_read_while_one_writes(tmp_path):
    store = EmbeddedStore(tmp_path / "s.db")
    batches = make_batches(12)
    store.ingest(batches[0])
    errors: list[BaseException] = []
    done = threading.Event()

    def reader() -> None:
        try:
            while not done.is_set():
                page, _ = store.list_events(EventFilter(actor="USA"), 20)
                assert all("USA" in (e["source"]["id"], e["target"]["id"]) for e in page)
                store.subgraph(ALL, center="RUS", depth=2, limit=50)
                store.paths("USA", "PRK", 3)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for batch in batches[1:]:
        store.ingest(batch)
    done.set()
    for t in threads:
        t.join(60)
    assert errors == []
    assert store.counts()["articles"] == 12 * 40
    store.close()


def test_in_memory_store_is_shared_across_threads():
    store = EmbeddedStore(":memory:")
    store.ingest(make_batches(1)[0])
    seen: list[int] = []
    t = threading.Thread(target=lambda: seen.append(store.counts()["articles"]))
    t.start()
    t.join()
    assert seen == [40]
    store.close()


def test_both_edge_plans_return_the_same_newest_edges(tmp_path):
    store = EmbeddedStore(tmp_path / "s.db")
    for batch in make_batches(3):
        store.ingest(batch)
    sql: list[str] = []
    store._conn().set_trace_callback(sql.append)
    for kw in ({"center": "USA", "depth": 2}, {"actors": ["USA", "RUS", "CHN", "PRK"]}):
        sql.clear()
        few = store.subgraph(ALL, limit=5, **kw)["edges"]  # dense: walks the date index
        assert any("INDEXED BY events_newest" in q for q in sql)
        sql.clear()
        every = store.subgraph(ALL, limit=100_000, **kw)["edges"]  # sparse: fetch and sort
        assert not any("INDEXED BY" in q for q in sql)
        assert len(every) > 5 and few == every[:5]
    store.close()


# -- reads against brute force: the merged per-actor index scans and the two-sided path search

def messy_store(path: Path, seed: int) -> EmbeddedStore:
    """Events among 9 actors with self-loops, target-less events, undated and partial dates."""
    rnd = random.Random(seed)
    ids = ["USA", "RUS", "CHN", "KOR", "PRK", "UKR", "IRN", "FRA", "NATO"]
    types = ("MEET", "SANCTION", "ACCUSE", "DEPLOY_TROOPS")
    store = EmbeddedStore(path)
    for b in range(6):
        batch = []
        for i in range(30):
            evs = []
            for _ in range(3):
                s = Actor(rnd.choice(ids), "x", "state")
                t = rnd.choice([None, s, *[Actor(x, "x", "state") for x in ids]])
                y = rnd.randint(2019, 2024)
                date = rnd.choice([None, f"{y}", f"{y}-{rnd.randint(1, 12):02d}",
                                   f"{y}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"])
                evs.append(Event(rnd.choice(types), s, t, date=date,
                                 status=rnd.choice(["occurred", "planned", "denied"]),
                                 confidence=0.5, evidence=f"{b}.{i}.{rnd.random()}"))
            batch.append((Article("t", id=f"m-{b}-{i}"), evs))
        store.ingest(batch)
    return store


def raw_events(store: EmbeddedStore) -> list[dict]:
    cur = store._conn().execute("SELECT id, type, source_id, target_id, date, status, date_start, "
                                "date_end FROM events")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur]
    return sorted(rows, key=lambda r: (r["date_start"], r["id"]), reverse=True)


def passes(r: dict, f: EventFilter) -> bool:
    a, o = (f.actor, f.other) if f.actor else (f.other, None)
    if a and o and (r["source_id"], r["target_id"]) not in {(a, o), (o, a)}:
        return False
    if a and not o and a not in (r["source_id"], r["target_id"]):
        return False
    if f.types and r["type"] not in f.types or f.statuses and r["status"] not in f.statuses:
        return False
    if f.since and not (r["date"] and r["date_end"] >= f.since_start()):
        return False
    return not (f.until and not (r["date"] and r["date_start"] <= f.until_end()))


FILTERS = [EventFilter(actor="USA"), EventFilter(actor="NATO", types=("MEET", "ACCUSE")),
           EventFilter(other="RUS", statuses=("planned",)), EventFilter(actor="USA", other="RUS"),
           EventFilter(actor="KOR", other="KOR"), EventFilter(actor="CHN", since="2021-06"),
           EventFilter(actor="UKR", since="2020", until="2022-02-10"),
           EventFilter(since="2023-03-15", types=("SANCTION",)), EventFilter(until="2019")]


@pytest.mark.parametrize("seed", [1, 2])
def test_filtered_lists_counts_and_dates_match_brute_force(tmp_path, seed):
    store = messy_store(tmp_path / "m.db", seed)
    rows = raw_events(store)
    assert any(r["source_id"] == r["target_id"] for r in rows)  # self-loops are counted once
    for f in FILTERS:
        want = [r for r in rows if passes(r, f)]
        assert want, f
        got, cursor = [], None
        while True:  # pages of 7, so cursors land inside runs of equal dates
            page, cursor = store.list_events(f, 7, cursor)
            got += [e["id"] for e in page]
            if not cursor:
                break
        assert got == [r["id"] for r in want], f
        assert store.count_events(f) == len(want), f
        assert store.event_dates(f) == [(r["date"], r["type"]) for r in want], f
        if f.since and len(f.since) > 4:  # a partial date starting before `since` overlaps it
            assert any(r["date_start"] < f.since_start() for r in want)
        center = f.actor or f.other or "IRN"
        edges = store.subgraph(f, center=center, limit=5)["edges"]  # the filter's actors AND center
        assert [e["id"] for e in edges] == [r["id"] for r in want if r["target_id"] and center in
                                            (r["source_id"], r["target_id"])][:5]
    for built in (False, True):  # depth 2: one hop out by SQL, then by the projection
        assert (store._proj is not None) == built
        for f in (ALL, EventFilter(types=("MEET",)), EventFilter(statuses=("occurred",))):
            edges = [r for r in rows if r["target_id"] and passes(r, f)]
            near = {"KOR"} | {x for r in edges for x in (r["source_id"], r["target_id"])
                              if "KOR" in (r["source_id"], r["target_id"])}
            want = [r["id"] for r in edges if {r["source_id"], r["target_id"]} & near][:12]
            got = store.subgraph(f, center="KOR", depth=2, limit=12)["edges"]
            assert [e["id"] for e in got] == want
        store.subgraph(ALL, center="KOR", depth=3)
    usa = store.get_actor("USA")["event_counts"]
    assert usa == dict(sorted(Counter(r["type"] for r in rows if passes(r, FILTERS[0])).items()))
    store.close()


def actor_chain(start: str, edges: list[dict]) -> list[str]:
    out = [start]
    for e in edges:
        assert out[-1] in (e["source"], e["target"])
        out.append(e["target"] if e["source"] == out[-1] else e["source"])
    return out


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_paths_match_networkx_all_shortest_paths(tmp_path, seed):
    rnd = random.Random(seed)
    store = EmbeddedStore(tmp_path / "p.db")
    names = [f"A{i:02d}" for i in range(40)]
    evs = []
    for i in range(90):  # sparse: paths of 1 to 6 hops, several of each length
        a, b = rnd.sample(names, 2)
        evs.append(Event(rnd.choice(("MEET", "SANCTION")), Actor(a, a, "state"),
                         Actor(b, b, "state"), f"2024-{rnd.randint(1, 12):02d}-01",
                         evidence=str(i)))
    store.ingest([(Article("t", id="p"), evs)])
    rows = raw_events(store)
    checked = cut = 0
    for types in ((), ("MEET",)):
        g = nx.Graph()
        g.add_edges_from((r["source_id"], r["target_id"]) for r in rows
                         if r["target_id"] and (not types or r["type"] in types))
        for a, b in itertools.combinations(sorted(g), 2):
            for hops, limit in ((3, 10), (6, 2)):
                got = store.paths(a, b, hops, types, limit)
                want = []
                if nx.has_path(g, a, b) and nx.shortest_path_length(g, a, b) <= hops:
                    want = sorted(nx.all_shortest_paths(g, a, b))
                    cut += len(want) > limit  # then they must be the first in actor-id order
                    want = want[:limit]
                assert [actor_chain(a, chain) for chain in got] == want
                for chain in got:  # each hop: the newest event between the two actors
                    for e in chain:
                        pair = {e["source"], e["target"]}
                        assert e["id"] == next(r["id"] for r in rows if r["target_id"]
                                               and {r["source_id"], r["target_id"]} == pair
                                               and (not types or r["type"] in types))
                checked += bool(want)
    assert checked > 100 and cut > 5
    store.close()


def test_an_older_store_file_gets_the_new_indexes_on_open(tmp_path, caplog):
    path = tmp_path / "old.db"
    with EmbeddedStore(path) as s:
        s.ingest(make_batches(2)[0] + make_batches(2)[1])
        before = s.list_events(EventFilter(actor="USA"), 30)
    db = sqlite3.connect(path)
    db.execute("DROP INDEX events_source_order")  # what a store written before them looks like
    db.execute("DROP INDEX events_target_order")
    db.execute("DROP INDEX events_newest")
    db.execute("CREATE INDEX events_order ON events (date_start, id)")
    db.execute("CREATE INDEX events_target ON events (target_id, source_id, type)")
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING, logger="eventgraph.store.embedded"):
        s = EmbeddedStore(path)
    assert "building the per-actor indexes" in caplog.text
    with s:
        assert s.list_events(EventFilter(actor="USA"), 30) == before
        plan = " ".join(r[3] for r in s._conn().execute(
            "EXPLAIN QUERY PLAN SELECT id FROM events INDEXED BY events_target_order "
            "WHERE target_id = 'USA' ORDER BY date_start DESC, id DESC"))
        assert "events_target_order" in plan and "TEMP B-TREE" not in plan
        indexes = {r[0] for r in s._conn().execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"events_newest", "events_source_order"} <= indexes
        assert not {"events_order", "events_target"} & indexes  # replaced, not kept as dead weight
