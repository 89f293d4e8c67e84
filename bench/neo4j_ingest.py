"""Ingest rate of Neo4jStore against a bare UNWIND/CREATE baseline on the same rows.

    python -m bench.neo4j_ingest --uri bolt://127.0.0.1:7687 --events 100000 [--wipe]

Synthetic articles (about 3 events each, some reports of the same event so merges happen)
go through Neo4jStore.ingest in batches; the same events' property rows go through
`UNWIND $rows AS r CREATE (e:Event) SET e = r` with as many rows per transaction (each
event id once, as the baseline has no dedup). Baseline and store batches alternate, so a
busy machine slows both alike. The database is emptied before each run, so it refuses a
non-empty database unless --wipe. --floor adds a third writer: the graph model's writes
alone (see _floor_batch), the most any store with this model could reach.
Prints one JSON object: events/s and ratios, and this process's CPU time per event. On a
shared machine wall time swings with other load; --server-pid (a local server's JVM) adds
the server's CPU time per event, split into query threads and garbage collection, which
moves much less.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

from eventgraph.models import EVENT_TYPES, Actor, Article, Event
from eventgraph.store.neo4j import Neo4jStore, _stored

BASELINE = "UNWIND $rows AS r CREATE (e:Event) SET e = r"
# relationships first, so no inner transaction has to detach a hub actor's thousands of edges
WIPE = ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
        "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS")


def synthetic(n_events: int, seed: int = 1) -> list[tuple[Article, list[Event]]]:
    rng = random.Random(seed)
    states = [Actor(f"S{i:03d}", f"State {i}", "state", f"S{i:03d}") for i in range(150)]
    blocs = [Actor(f"B{i:02d}", f"Bloc {i}", "organization", None) for i in range(10)]
    people = [Actor(f"PER:p{i}", f"Person {i}", "person", f"S{i % 150:03d}") for i in range(40)]
    actors = states + blocs + people
    out: list[tuple[Article, list[Event]]] = []
    made = 0
    recent: list[Event] = []
    while made < n_events:
        i = len(out)
        pub = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        evs = []
        for _ in range(min(rng.randint(1, 5), n_events - made)):
            if recent and rng.random() < 0.1:  # another report of a recent event
                old = rng.choice(recent)
                evs.append(Event(old.type, old.source, old.target, date=old.date, status=old.status,
                                 confidence=rng.random(), evidence=f"again {i}"))
            else:
                s, t = rng.sample(actors, 2)
                day = rng.random() < 0.7
                date = pub if day else pub[:7]
                evs.append(Event(rng.choice(EVENT_TYPES), s, t, date=date,
                                 status=rng.choice(("occurred",) * 6 + ("planned", "denied")),
                                 confidence=round(rng.random(), 3), plover="CONSULT", cameo="040",
                                 evidence=f"Sentence {made} of article {i}."))
                recent = (recent + [evs[-1]])[-200:]
            made += 1
        out.append((Article(text=f"article {i}", id=f"bench-{i}", title=f"Article {i}",
                            published=pub, url=f"https://example.org/{i}", source="Bench"), evs))
    return out


def server_cpu(pid: int | None) -> dict[str, float]:
    """CPU seconds used so far by a local JVM's Bolt worker threads, its GC threads, in all."""
    out = {"bolt": 0.0, "gc": 0.0, "all": 0.0}
    if pid is None:
        return out
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        used = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        out["all"] += used
        if name.startswith("neo4j.BoltWorke"):  # /proc truncates thread names to 15 chars
            out["bolt"] += used
        elif name.startswith(("GC Thread", "G1 ", "VM Thread")):
            out["gc"] += used
    return out


def _floor_batch(drv, database: str, batch, rows: list[dict]) -> float:
    """Seconds to write what the graph model needs for these rows and nothing else: Article
    nodes, then event nodes with SOURCE_OF, TARGET, the readable edge and REPORTS (ids get an
    "f-" prefix; the actors exist, as the store's batches come first)."""
    from eventgraph import cypher
    from eventgraph.store.neo4j import _edge_props

    arts = [{"id": "f-" + a.id, "url": a.url, "title": a.title, "published": a.published,
             "source": a.source, "language": a.language} for a, _ in batch]
    events = [{**r, "id": "f-" + r["id"], "pair_key": "f-" + r["pair_key"],
               "rel": _edge_props(r)[0], "since": _edge_props(r)[1],
               "reports": [{"article_id": "f-" + r["article_id"], "sentence": r["evidence"]}]}
              for r in rows]

    def work(tx):
        tx.run(cypher.query("create_articles"), articles=arts).consume()
        tx.run(cypher.query("create_events"), events=events).consume()

    t0 = time.perf_counter()
    with drv.session(database=database) as s:
        s.execute_write(work)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.neo4j_ingest", description=__doc__.split("\n")[0])
    ap.add_argument("--uri", default="bolt://127.0.0.1:7687")
    ap.add_argument("--user", default="neo4j")
    ap.add_argument("--password", default="eventgraph")
    ap.add_argument("--database", default="neo4j")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=5000, help="events per transaction (about)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--wipe", action="store_true", help="empty a non-empty database first")
    ap.add_argument("--server-pid", type=int, help="pid of a local Neo4j JVM: report its CPU use")
    ap.add_argument("--floor", action="store_true",
                    help="also time the graph model's writes alone (the store's create_articles "
                         "and create_events on the baseline's rows: no reads, dedup or actors)")
    args = ap.parse_args(argv)

    store = Neo4jStore(args.uri, args.user, args.password, args.database)
    drv = store._driver
    try:
        n = drv.execute_query("MATCH (n) RETURN count(n) AS n", database_=args.database).records[0]["n"]
        if n and not args.wipe:
            print(f"{args.uri} holds {n} nodes; pass --wipe to empty it for the benchmark",
                  file=sys.stderr)
            return 2
        data = synthetic(args.events, args.seed)
        per_article = args.events / len(data)
        batch_articles = max(1, round(args.batch / per_article))
        batches = [data[i:i + batch_articles] for i in range(0, len(data), batch_articles)]

        def wipe() -> None:
            with drv.session(database=args.database) as s:
                for q in WIPE:
                    s.run(q).consume()

        # the baseline's rows are the store's event rows with "b-" ids and pair keys, so both
        # live in one database; batches alternate so both meet the same load and graph size
        wipe()
        store.init_schema()
        seen: set[str] = set()  # the baseline has no dedup: each event id once
        rows = [[{**{k: v for k, v in _stored(ev, a.id).items() if v is not None},
                  "id": "b-" + ev.id, "pair_key": "b-" + ev.pair_key()}
                 for a, evs in b for ev in evs if not (ev.id in seen or seen.add(ev.id))]
                for b in batches]
        n_rows = sum(map(len, rows))
        base_s = store_s = 0.0
        created = merged = 0
        cpu = {"store": dict.fromkeys(("bolt", "gc", "all"), 0.0),
               "baseline": dict.fromkeys(("bolt", "gc", "all"), 0.0)}

        def add_cpu(side: str, before: dict[str, float], after: dict[str, float]) -> None:
            for k in before:
                cpu[side][k] += after[k] - before[k]

        client = {"store": 0.0, "baseline": 0.0}  # this process's CPU seconds

        def own_cpu() -> float:
            t = os.times()
            return t.user + t.system

        floor_s = 0.0
        for b, r in zip(batches, rows):
            c0, p0 = server_cpu(args.server_pid), own_cpu()
            t0 = time.perf_counter()
            with drv.session(database=args.database) as s:
                s.execute_write(lambda tx, r=r: tx.run(BASELINE, rows=r).consume())
            t1 = time.perf_counter()
            c1, p1 = server_cpu(args.server_pid), own_cpu()
            rep = store.ingest(b)
            t2 = time.perf_counter()
            p2 = own_cpu()
            add_cpu("baseline", c0, c1)
            add_cpu("store", c1, server_cpu(args.server_pid))
            client["baseline"] += p1 - p0
            client["store"] += p2 - p1
            if args.floor:  # after the store's batch, which merged the actors
                floor_s += _floor_batch(drv, args.database, b, r)
            store_s += t2 - t1
            base_s += t1 - t0
            created += rep.events_created
            merged += rep.events_merged
        out = {
            "bench": "neo4j_ingest", "uri": args.uri, "events": args.events,
            "articles": len(data), "transactions": len(batches),
            "events_per_tx": round(args.events / len(batches)),
            "store": {"seconds": round(store_s, 2), "events_per_s": round(args.events / store_s),
                      "events_created": created, "events_merged": merged},
            "baseline": {"query": BASELINE, "rows": n_rows, "seconds": round(base_s, 2),
                         "events_per_s": round(n_rows / base_s)},
        }
        out["ratio_store_to_baseline"] = round(
            out["store"]["events_per_s"] / out["baseline"]["events_per_s"], 3)
        if args.floor:
            out["model_writes"] = {"rows": n_rows, "seconds": round(floor_s, 2),
                                   "events_per_s": round(n_rows / floor_s)}
            out["ratio_model_writes_to_baseline"] = round(
                out["model_writes"]["events_per_s"] / out["baseline"]["events_per_s"], 3)
        for side, n_ev in (("store", args.events), ("baseline", n_rows)):
            out[side]["client_cpu_us_per_event"] = round(client[side] / n_ev * 1e6, 1)
        if args.server_pid:
            for side, n_ev in (("store", args.events), ("baseline", n_rows)):
                out[side]["server_cpu_us_per_event"] = {
                    k: round(v / n_ev * 1e6, 1) for k, v in cpu[side].items()}
            out["cpu_ratio_baseline_to_store"] = round(
                out["baseline"]["server_cpu_us_per_event"]["all"]
                / out["store"]["server_cpu_us_per_event"]["all"], 3)
        print(json.dumps(out, indent=2))
        return 0
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
