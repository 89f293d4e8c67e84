"""eventgraph benchmarks; each prints JSON.

    python -m bench                          quick suite (a few minutes), one JSON document
    python -m bench extraction --articles 500 --workers 2
    python -m bench memory --articles 100 --factor 10
    python -m bench ingest --events 100000
    python -m bench cold-start --events 1000000
    python -m bench scaling --sizes 10000,100000,1000000 --write bench/RESULTS.md
    python -m bench api-latency ARGS...      bench/api_latency.py (its own flags)
    python -m bench neo4j-ingest ARGS...     bench/neo4j_ingest.py (its own flags; needs Neo4j)
    python -m bench corpus --articles 500 --out corpus.jsonl

`eventgraph bench ...` takes the same arguments.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import io
import json
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

from . import cold_start, corpus, extraction, ingest, memory

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
OWN = {"extraction": extraction, "memory": memory, "ingest": ingest, "cold-start": cold_start}
# benchmarks other modules own: their main(argv) prints one JSON object
OTHERS = {"api-latency": "bench.api_latency", "neo4j-ingest": "bench.neo4j_ingest"}


def machine() -> dict:
    try:
        import psutil

        mem = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        mem = None
    return {"cpus": os.cpu_count(), "memory_gib": mem, "python": platform.python_version(),
            "platform": platform.platform(), "date": dt.date.today().isoformat(),
            "load_average_1m": round(os.getloadavg()[0], 2)}


def call_other(module: str, argv: list[str]) -> dict:
    """Run another benchmark's main(argv) and parse the JSON it prints."""
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        return {"skipped": f"{module} not importable: {exc}"}
    if not hasattr(mod, "main"):
        return {"skipped": f"{module} has no main()"}
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            rc = mod.main(argv)
    except SystemExit as exc:  # argparse or a refusal ('holds N nodes; pass --wipe')
        if isinstance(exc.code, str):
            return {"error": exc.code}
        rc = exc.code
    except Exception as exc:  # a broken sub-benchmark is reported, the suite goes on
        return {"error": f"{exc.__class__.__name__}: {exc}"}
    text = buf.getvalue()
    try:
        out = json.loads(text[text.index("{"):]) if "{" in text else {}
    except ValueError:
        out = {"output": text[-2000:]}
    if rc not in (None, 0):
        out["returncode"] = rc
    return out


def _timed(name: str, fn: Callable[[], dict], log: bool = True) -> dict:
    if log:
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        out = fn()
    except Exception as exc:  # report and go on with the other benchmarks
        out = {"error": f"{exc.__class__.__name__}: {exc}"}
    except SystemExit as exc:
        out = {"error": str(exc.code)}
    out["bench_seconds"] = round(time.perf_counter() - t0, 1)
    return out


def quick(args) -> dict:
    """The default suite: small sizes, every benchmark once."""
    skip = set(args.skip or ())
    doc: dict = {"suite": "quick", "machine": machine()}
    if "extraction" not in skip:
        doc["extraction"] = _timed("extraction", lambda: extraction.run(
            articles=args.articles, workers=args.workers, repeat=2))
    if "memory" not in skip:
        doc["memory"] = _timed("memory", lambda: memory.run(articles=max(40, args.articles // 2), factor=10))
    if "ingest" not in skip:
        doc["ingest"] = _timed("ingest", lambda: ingest.run(events=args.events))
    if "cold-start" not in skip:
        doc["cold_start"] = _timed("cold-start", lambda: cold_start.run(events=args.events, starts=2))
    if "api-latency" not in skip:
        # its own generator: below ~100k events some of the actors it asks for may not exist yet
        doc["api_latency"] = _timed("api-latency", lambda: call_other(
            OTHERS["api-latency"], ["--events", str(max(args.events, 100_000)), "--requests", "20"]))
    if "neo4j-ingest" not in skip:
        if args.neo4j:
            doc["neo4j_ingest"] = _timed("neo4j-ingest", lambda: call_other(
                OTHERS["neo4j-ingest"], ["--uri", args.neo4j, "--events", str(args.events)]
                + (["--wipe"] if args.wipe else [])))
        else:
            doc["neo4j_ingest"] = {"skipped": "give --neo4j bolt://HOST:PORT (the database is emptied: --wipe)"}
    return doc


# -- scaling ---------------------------------------------------------------------------------

def scaling(sizes: Sequence[int], starts: int = 2, requests: int = 50) -> dict:
    """Ingest rate, cold start and query latency at each store size."""
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
            path = str(Path(tmp) / f"scale-{n}.db")
            print(f"[bench] scaling: {n} events ...", file=sys.stderr, flush=True)
            built = ingest.build(path, n)
            cold = cold_start.run(store=path, starts=starts)
            lat = call_other(OTHERS["api-latency"], ["--store", path, "--reuse", "--requests", str(requests)])
            rows.append({"events": n, "ingest": built, "cold_start": cold["median"],
                         "latency": lat.get("latency", lat)})
    return {"bench": "scaling", "machine": machine(), "rows": rows}


def _p50(row: dict, name: str) -> str:
    q = row["latency"].get(name) if isinstance(row["latency"], dict) else None
    return f"{q['p50_ms']}" if isinstance(q, dict) and "p50_ms" in q else "-"


def scaling_table(res: dict) -> str:
    m = res["machine"]
    head = (f"Measured {m['date']} on {m['cpus']} cores, {m['memory_gib']} GiB, Python {m['python']} "
            f"({m['platform']}); 1-minute load average at the end {m['load_average_1m']} "
            "(the machine was shared with other work, so rates are lower bounds).\n\n")
    cols = ["events ingested", "stored events", "ingest events/s", "first/last tenth events/s", "file MiB",
            "start to /health s", "start to first /subgraph s", "first hub subgraph ms", "warm hub subgraph ms",
            "p50 subgraph d1 ms", "p50 subgraph d2 ms", "p50 timeline pair ms", "p50 events page ms"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in res["rows"]:
        b, c = r["ingest"], r["cold_start"]
        lines.append("| " + " | ".join(str(x) for x in [
            f"{r['events']:,}", f"{b['counts']['events']:,}", f"{b['events_per_s']:,}",
            f"{b['events_per_s_first_tenth']:,} / {b['events_per_s_last_tenth']:,}", b["file_mib"],
            c["health_s"], c["first_subgraph_s"], c["first_subgraph_hub_ms"], c["warm_subgraph_hub_ms"],
            _p50(r, "subgraph_depth1"), _p50(r, "subgraph_depth2"), _p50(r, "timeline_pair_10y_month"),
            _p50(r, "events_pages")]) + " |")
    return head + "\n".join(lines) + "\n"


def write_section(path: Path, name: str, text: str) -> None:
    """Replace the block between <!-- name:start --> and <!-- name:end --> (or append it)."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.rstrip()}\n{end}"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if start in old and end in old:
        new = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, old, flags=re.S)
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    path.write_text(new, encoding="utf-8")


# -- command line ----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--out", help="also write the JSON to this file")
    sub = ap.add_subparsers(dest="command")
    q = sub.add_parser("quick", help="the default suite")
    for p in (ap, q):  # `python -m bench --articles 50` works without the word 'quick'
        p.add_argument("--articles", type=int, default=100, help="extraction corpus size")
        p.add_argument("--workers", type=int, default=2)
        p.add_argument("--events", type=int, default=20_000, help="store size for ingest/cold start/latency")
        p.add_argument("--neo4j", help="also run neo4j-ingest against this bolt:// URI")
        p.add_argument("--wipe", action="store_true", help="let neo4j-ingest empty that database")
        p.add_argument("--skip", action="append", choices=sorted(OWN) + sorted(OTHERS), help="leave one out")
    for name, mod in OWN.items():
        mod.add_args(sub.add_parser(name, help=(mod.__doc__ or "").split("\n")[0]))
    sc = sub.add_parser("scaling", help="ingest, cold start and latency at several store sizes")
    sc.add_argument("--sizes", default="10000,100000", help="comma-separated event counts")
    sc.add_argument("--starts", type=int, default=2)
    sc.add_argument("--requests", type=int, default=50)
    sc.add_argument("--write", nargs="?", const=str(RESULTS), help="write the table into RESULTS.md")
    for name in OTHERS:
        sub.add_parser(name, help=f"{OTHERS[name]} (its own flags)", add_help=False)
    sub.add_parser("corpus", help="write the synthetic corpus (bench/corpus.py flags)", add_help=False)
    for p in sub.choices.values():  # --out after the subcommand too
        if p.add_help:
            p.add_argument("--out", default=argparse.SUPPRESS, help="also write the JSON to this file")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # pass-through commands keep their own flags untouched
    if argv and argv[0] in OTHERS:
        mod = importlib.import_module(OTHERS[argv[0]])
        return mod.main(argv[1:]) or 0
    if argv and argv[0] == "corpus":
        return corpus.main(argv[1:])
    args = build_parser().parse_args(argv)
    cmd = args.command or "quick"
    if cmd == "quick":
        doc = quick(args)
    elif cmd == "scaling":
        doc = scaling([int(s) for s in args.sizes.split(",") if s.strip()], args.starts, args.requests)
        if args.write:
            write_section(Path(args.write), "scaling", scaling_table(doc))
    else:
        doc = OWN[cmd].from_args(args)
    text = json.dumps(doc, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    failed = any(isinstance(v, dict) and "error" in v for v in doc.values())
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
