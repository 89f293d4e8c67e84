"""Ingest rate of the embedded store: hand-built events through store.ingest in batches.

    python -m bench.ingest --events 100000 [--batch 1000] [--store PATH]

Synthetic articles carry 1-9 events each among ~2,000 actors (a few hubs, a long tail; dates
over 2015-2024); about one event in ten repeats a recent one, so merges happen as they do in
real news. The first 2,000 events name every actor once (so a query for any of them
finds it: bench/api_latency.py picks actors by id). Prints one JSON object: events/s overall and for the first and last tenth of the
batches (does ingest slow down as the store grows?), counts and the file size.
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Iterator

from eventgraph.models import EVENT_TYPES, Actor, Article, Event

STATUSES = ("occurred",) * 16 + ("planned",) * 2 + ("denied", "hypothetical")


def actors(n: int = 2000) -> list[Actor]:
    states = [Actor(f"S{i:04d}", f"State {i}", "state", f"S{i:04d}") for i in range(int(n * 0.9))]
    blocs = [Actor(f"B{i:03d}", f"Bloc {i}", "organization", None) for i in range(n // 40)]
    people = [Actor(f"PER:p{i}", f"Person {i}", "person", states[i % len(states)].id)
              for i in range(n - len(states) - len(blocs))]
    return states + blocs + people


def batches(n_events: int, per_batch: int = 1000, seed: int = 3) -> Iterator[list[tuple[Article, list[Event]]]]:
    """Batches of about per_batch events; the same seed gives the same events."""
    rng = random.Random(seed)
    pool = actors()
    weights = [1 / (i + 1) ** 0.8 for i in range(len(pool))]  # S0000, S0001... are the hubs
    made, i = 0, 0
    recent: list[Event] = []
    batch: list[tuple[Article, list[Event]]] = []
    in_batch = 0
    while made < n_events:
        pub = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        aid = f"ingest-{seed}-{i}"
        evs = []
        for _ in range(min(rng.randint(1, 9), n_events - made)):
            if recent and rng.random() < 0.1:  # another report of a recent event
                old = rng.choice(recent)
                ev = Event(old.type, old.source, old.target, date=old.date, status=old.status,
                           confidence=rng.random(), article_id=aid, evidence=f"Again, in article {i}.")
            else:
                src, tgt = rng.choices(pool, weights, k=2)
                if made < len(pool):  # every actor once first, so any actor id can be queried
                    src = pool[made]
                while tgt.id == src.id:
                    tgt = rng.choice(pool)
                date = pub if rng.random() < 0.8 else pub[:7]
                ev = Event(rng.choice(EVENT_TYPES), src, tgt, date=date, status=rng.choice(STATUSES),
                           confidence=round(rng.random(), 3), plover="CONSULT", cameo="040",
                           article_id=aid, evidence=f"{src.name} and {tgt.name}, sentence {made}.")
                recent = (recent + [ev])[-500:]
            evs.append(ev)
            made += 1
        batch.append((Article(text=f"synthetic article {i}", id=aid, title=f"Article {i}",
                              published=pub, source="Bench Wire", url=f"https://example.org/{i}"), evs))
        in_batch += len(evs)
        i += 1
        if in_batch >= per_batch:
            yield batch
            batch, in_batch = [], 0
    if batch:
        yield batch


def build(path: str, n_events: int, per_batch: int = 1000, seed: int = 3) -> dict:
    """Ingest n_events into the embedded store at path; the rates."""
    from eventgraph.store.embedded import EmbeddedStore

    times: list[tuple[int, float]] = []  # (events, seconds) per batch
    created = merged = 0
    gen_s = 0.0
    with EmbeddedStore(path) as store:
        it = batches(n_events, per_batch, seed)
        t_all = time.perf_counter()
        while True:
            t0 = time.perf_counter()
            b = next(it, None)
            gen_s += time.perf_counter() - t0
            if b is None:
                break
            t0 = time.perf_counter()
            rep = store.ingest(b)
            times.append((sum(len(e) for _, e in b), time.perf_counter() - t0))
            created += rep.events_created
            merged += rep.events_merged
        total_s = time.perf_counter() - t_all - gen_s
        counts = store.counts()
    tenth = max(1, len(times) // 10)

    def rate(part: list[tuple[int, float]]) -> int:
        return round(sum(n for n, _ in part) / max(1e-9, sum(s for _, s in part)))

    return {"events": n_events, "batches": len(times), "events_per_batch": per_batch,
            "seconds": round(total_s, 2), "events_per_s": round(n_events / total_s),
            "events_per_s_first_tenth": rate(times[:tenth]), "events_per_s_last_tenth": rate(times[-tenth:]),
            "generation_seconds_excluded": round(gen_s, 2),
            "events_created": created, "events_merged": merged, "counts": counts,
            "file_mib": round(sum(p.stat().st_size for p in Path(path).parent.glob(Path(path).name + "*"))
                              / 2**20, 1)}


def run(events: int = 100_000, batch: int = 1000, store: str | None = None, seed: int = 3) -> dict:
    with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
        path = store or str(Path(tmp) / "ingest.db")
        if store and Path(store).exists():
            raise SystemExit(f"{store} exists; the ingest benchmark wants a new store")
        return {"bench": "ingest", "store": "embedded", **build(path, events, batch, seed)}


def add_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=1000, help="events per store.ingest call (about)")
    ap.add_argument("--store", help="a new store file to keep (default: a temp file)")
    ap.add_argument("--seed", type=int, default=3)


def from_args(args) -> dict:
    return run(args.events, args.batch, args.store, args.seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("\n\n")[0])
    add_args(ap)
    print(json.dumps(from_args(ap.parse_args(argv)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
