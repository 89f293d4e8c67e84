"""Latency of the HTTP API over a synthetic graph, measured from a client over loopback.

    python -m bench.api_latency --events 100000                 # embedded store in a temp dir
    python -m bench.api_latency --store bolt://127.0.0.1:7687 --events 100000 --wipe

Builds N events over ~2,000 actors (a few hubs, a long tail; dates over 2015-2024) with
store.ingest in big batches, starts `uvicorn api.main:app` in a subprocess on 127.0.0.1,
and times with httpx: /subgraph depth 1 and 2 around varied actors (default limit 100 edges, and 1000), /timeline for one busy
pair over ten years by month, and /events pages (following cursors). Prints one JSON object:
build time, then p50/p90/p99/max in milliseconds per query (after one warm-up request each).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

import httpx

from eventgraph.models import EVENT_TYPES, Actor, Article, Event
from eventgraph.store import open_store

from ._server import free_port

REPO = Path(__file__).resolve().parents[1]
N_ACTORS = 2000
EVENTS_PER_ARTICLE = 50  # synthetic 'articles' just carry events
ARTICLES_PER_BATCH = 200  # 10,000 events per ingest transaction
STATUS_WEIGHTS = {"occurred": 80, "planned": 12, "denied": 4, "hypothetical": 4}


def actors() -> list[Actor]:
    out = [Actor(f"S{i:04d}", f"State {i}", "state", f"S{i:04d}") for i in range(1800)]
    out += [Actor(f"B{i:03d}", f"Bloc {i}", "organization", None) for i in range(50)]
    out += [Actor(f"PER:p{i}", f"Person {i}", "person", f"S{i:04d}") for i in range(150)]
    return out


def synthetic(n_events: int, seed: int = 7) -> Iterator[list[tuple[Article, list[Event]]]]:
    """Batches of (article, events). Actor choice is Zipf-like: S0000 and S0001 are the hubs."""
    rng = random.Random(seed)
    pool = actors()
    weights = [1 / (i + 1) ** 0.8 for i in range(len(pool))]
    statuses, status_w = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    made, n_article = 0, 0
    batch: list[tuple[Article, list[Event]]] = []
    while made < n_events:
        n_article += 1
        evs = []
        for _ in range(min(EVENTS_PER_ARTICLE, n_events - made)):
            src, tgt = rng.choices(pool, weights, k=2)
            while tgt.id == src.id:
                tgt = rng.choice(pool)
            day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            date = day if rng.random() < 0.85 else day[:7] if rng.random() < 0.7 else None
            etype = rng.choice(EVENT_TYPES)
            evs.append(Event(type=etype, source=src, target=tgt, date=date,
                             status=rng.choices(statuses, status_w)[0], confidence=rng.random(),
                             article_id=f"bench-{n_article}",
                             evidence=f"{src.name} {etype.lower()} {tgt.name} ({n_article})"))
            made += 1
        batch.append((Article(id=f"bench-{n_article}", text=f"synthetic article {n_article}",
                              published="2024-12-31", title=f"Synthetic {n_article}"), evs))
        if len(batch) >= ARTICLES_PER_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def build(target: str, n_events: int) -> dict:
    t0 = time.perf_counter()
    created = merged = 0
    with open_store(target) as store:
        for batch in synthetic(n_events):
            report = store.ingest(batch)
            created += report.events_created
            merged += report.events_merged
        counts = store.counts()
    secs = time.perf_counter() - t0
    return {"seconds": round(secs, 1), "events_per_s": round(n_events / secs), "events_created": created,
            "events_merged": merged, "counts": counts}


@contextlib.contextmanager
def server(target: str) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "EVENTGRAPH_STORE": target}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"], cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the API did not start")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(15)


def timed(client: httpx.Client, urls: list[tuple[str, dict]]) -> dict:
    """One warm-up request (reported as first_ms), then the rest; every answer must be 200."""
    ms = []
    sizes = []
    for path, params in urls:
        t0 = time.perf_counter()
        r = client.get(path, params=params)
        ms.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{path} {params}: {r.status_code} {r.text[:300]}")
        sizes.append(len(r.content))
    first, rest = ms[0], sorted(ms[1:]) or ms

    def pct(p: float) -> float:
        return round(rest[min(len(rest) - 1, int(p * len(rest)))], 1)

    return {"n": len(rest), "first_ms": round(first, 1), "p50_ms": round(statistics.median(rest), 1),
            "p90_ms": pct(0.90), "p99_ms": pct(0.99), "max_ms": round(rest[-1], 1),
            "mean_bytes": round(statistics.mean(sizes))}


def measure(base: str, requests: int, seed: int = 11, only: set[str] | None = None) -> dict:
    """Time each query kind; `only`: the kinds to time (default all)."""
    rng = random.Random(seed)
    ids = [a.id for a in actors()]
    centres = [rng.choice(ids[:200]) if rng.random() < 0.5 else rng.choice(ids) for _ in range(requests + 1)]
    out = {}

    def want(name: str) -> bool:
        return only is None or name in only

    with httpx.Client(base_url=base, timeout=300) as client:
        for name, extra in (("subgraph_depth1", {}),
                            ("subgraph_depth1_aggregate_cytoscape", {"aggregate": "true", "format": "cytoscape"}),
                            ("subgraph_depth2", {"depth": 2}),
                            ("subgraph_depth2_limit1000", {"depth": 2, "limit": 1000}),
                            ("subgraph_depth2_typed", {"depth": 2, "type": "DEPLOY_TROOPS"})):
            if want(name):
                out[name] = timed(client, [("/subgraph", {"actor": c, **extra}) for c in centres])
        pair = {"actor": "S0000", "other": "S0001", "since": "2015-01", "until": "2024-12", "interval": "month"}
        if want("timeline_pair_10y_month"):
            out["timeline_pair_10y_month"] = timed(client, [("/timeline", pair)] * (requests + 1))
        if want("timeline_actor_10y_month"):
            out["timeline_actor_10y_month"] = timed(
                client, [("/timeline", {"actor": c, "since": "2015", "until": "2024", "interval": "month"})
                         for c in centres])
        if want("timeline_hub_all_week"):  # the busiest actor, no date range (undated counted too)
            out["timeline_hub_all_week"] = timed(
                client, [("/timeline", {"actor": "S0000", "interval": "week"})] * (requests + 1))
        # /events: follow cursors 20 pages deep, unfiltered and for one hub actor
        for name, params in (("events_pages", {}), ("events_pages_actor", {"actor": "S0000"})):
            if not want(name):
                continue
            urls, cursor = [], None
            pages = []
            for _ in range(min(requests, 20) + 1):
                p = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
                body = client.get("/events", params=p).json()
                pages.append(("/events", p))
                cursor = body["next_cursor"]
                if not cursor:
                    break
            # re-request the same pages in order: each is an independent timed call
            urls = pages * max(1, requests // len(pages))
            out[name] = timed(client, urls[: requests + 1])
        if want("paths_max3"):
            out["paths_max3"] = timed(client, [("/paths", {"from": centres[i], "to": centres[-i - 1], "max_hops": 3})
                                               for i in range(min(requests, 50) + 1)])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--store", help="a path or bolt:// URI (default: a new embedded store in a temp dir)")
    ap.add_argument("--requests", type=int, default=200, help="timed requests per query")
    ap.add_argument("--reuse", action="store_true", help="query the store as it is, build nothing")
    ap.add_argument("--wipe", action="store_true", help="empty a Neo4j database first (it refuses a non-empty one)")
    ap.add_argument("--only", help="comma-separated query kinds to time (default all), e.g. "
                    "timeline_pair_10y_month,events_pages_actor")
    args = ap.parse_args(argv)

    tmp = None
    target = args.store
    if target is None:
        tmp = tempfile.TemporaryDirectory(prefix="eventgraph-bench-")
        target = str(Path(tmp.name) / "bench.db")
    result: dict = {"store": target if "://" in target else "embedded", "events_requested": args.events}
    if not args.reuse:
        with open_store(target) as store:
            n = store.counts()["events"]
            if n and "://" in target:
                if not args.wipe:
                    raise SystemExit(f"{target} holds {n} events; pass --wipe to empty it or --reuse")
                # CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run
                with store._driver.session(database=store.database) as session:
                    session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
        result["build"] = build(target, args.events)
    with server(target) as base:
        result["latency"] = measure(base, args.requests,
                                    only=set(args.only.split(",")) if args.only else None)
    print(json.dumps(result, indent=2))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
