"""Do the Neo4j store's reads give the embedded store's answers on a big synthetic graph?

    python -m bench.neo4j_reads_check --uri bolt://127.0.0.1:7692 --events 500000 \
        --embedded /tmp/bench-500k.db

The Neo4j database must hold bench.api_latency's graph of the same size (build it with
`python -m bench.api_latency --store URI --events N --wipe`); the embedded store at
--embedded is built from the same synthetic batches when the file does not exist yet.
Compares timelines (every interval, with and without a date range, with filters), counts
and event pages followed by cursor for hub actors, hub pairs and tail actors, and prints
one JSON object: cases checked, mismatches (the first few in full) and seconds per store.
Exit status 1 on any mismatch.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventgraph.queries import timeline
from eventgraph.store import open_store
from eventgraph.store.base import EventFilter, encode_cursor

from .api_latency import build

HUBS = ("S0000", "S0001", "S0002")
TAIL = ("S0150", "S1500", "B010", "PER:p7")


def filters() -> list[EventFilter]:
    out = []
    for a in HUBS + TAIL:
        out.append(EventFilter(actor=a))
        out.append(EventFilter(other=a))
        out.append(EventFilter(actor=a, since="2019-06", until="2021"))
        out.append(EventFilter(actor=a, types=("MEET", "SANCTION"), statuses=("occurred",)))
    for a, b in (("S0000", "S0001"), ("S0001", "S0000"), ("S0000", "S0150"), ("S1500", "S0002")):
        out.append(EventFilter(actor=a, other=b))
        out.append(EventFilter(actor=a, other=b, since="2018", until="2018"))
    out.append(EventFilter(actor="NOBODY"))
    out.append(EventFilter(actor="S0000", other="NOBODY"))
    out.append(EventFilter(since="2024-12-20"))
    return out


def answers(store, f: EventFilter, pages: int) -> dict:
    out = {"count": store.count_events(f)}
    for interval in ("day", "week", "month", "year"):
        out["timeline_" + interval] = timeline(store, f, interval)
    cursor, got = None, []
    for _ in range(pages):
        rows, cursor = store.list_events(f, 100, cursor)
        got.append([r["id"] for r in rows])
        if not cursor:
            break
    out["pages"] = got
    if cursor:  # jump to the tail: the last page of the list, undated events included
        rows, _ = store.list_events(f, 100000, None)
        last = rows[-min(len(rows), 150)]
        tail, _ = store.list_events(f, 100, encode_cursor(last["date"], last["id"]))
        out["tail_page"] = [r["id"] for r in tail]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--uri", required=True)
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--embedded", required=True, help="embedded store file (built when missing)")
    ap.add_argument("--pages", type=int, default=5, help="pages followed per filter")
    args = ap.parse_args(argv)
    if not Path(args.embedded).exists():
        build(args.embedded, args.events)
    cases = mismatches = 0
    shown = []
    secs = {"neo4j": 0.0, "embedded": 0.0}
    with open_store(args.uri) as neo, open_store(args.embedded) as emb:
        if neo.counts() != emb.counts():
            raise SystemExit(f"different graphs: {neo.counts()} vs {emb.counts()}")
        for f in filters():
            got = {}
            for name, store in (("neo4j", neo), ("embedded", emb)):
                t0 = time.perf_counter()
                got[name] = answers(store, f, args.pages)
                secs[name] += time.perf_counter() - t0
            for key in got["embedded"]:
                cases += 1
                if got["neo4j"].get(key) != got["embedded"][key]:
                    mismatches += 1
                    if len(shown) < 5:
                        shown.append({"filter": repr(f), "what": key})
    print(json.dumps({"cases": cases, "mismatches": mismatches, "first": shown,
                      "seconds": {k: round(v, 1) for k, v in secs.items()}}, indent=2))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
