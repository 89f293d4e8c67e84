"""Cold start of the API on a large embedded store.

    python -m bench.cold_start --events 1000000 [--store PATH] [--starts 3]

Builds the store with bench/ingest.py's events (or reuses --store if it exists), then starts
`eventgraph serve --store PATH` in a fresh process and times, from just before the process
starts: until GET /health answers 200, until the first GET /subgraph?actor=X&depth=1 answers
(X is the busiest actor, then one of median activity), and the same request again (warm). The file was
just written, so it is in the OS page cache: this is process start-up, not a cold disk.
Prints one JSON object (the median of --starts starts, and each start).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from . import ingest
from ._server import free_port, stop

REPO = Path(__file__).resolve().parents[1]


def server_cmd(store: str, port: int) -> list[str]:
    exe = shutil.which("eventgraph")
    base = [exe] if exe else [sys.executable, "-m", "eventgraph.cli"]
    return base + ["serve", "--store", store, "--host", "127.0.0.1", "--port", str(port)]


def pick_actors(store: str) -> tuple[str, str]:
    """The busiest actor and a median one (read from the store file, before any server)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM actors ORDER BY n_events DESC, id")]
    if not ids:
        raise SystemExit(f"{store} has no actors")
    return ids[0], ids[len(ids) // 2]


def one_start(store: str, timeout: float = 300) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen(server_cmd(store, port), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    out: dict = {}
    try:
        with httpx.Client(base_url=base, timeout=timeout) as client:
            while True:
                try:
                    if client.get("/health", timeout=5).status_code == 200:
                        out["health_s"] = time.perf_counter() - t0
                        break
                except httpx.TransportError:
                    pass
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited {proc.returncode}: {proc.stderr.read()[-500:]}")
                if time.perf_counter() - t0 > timeout:
                    raise RuntimeError(f"no /health answer within {timeout}s")
                time.sleep(0.02)
            for name, actor in zip(("hub", "quiet"), pick_actors(store)):
                t = time.perf_counter()
                r = client.get("/subgraph", params={"actor": actor, "depth": 1})
                r.raise_for_status()
                now = time.perf_counter()
                out[f"first_subgraph_{name}_ms"] = (now - t) * 1000
                if name == "hub":
                    out["first_subgraph_s"] = now - t0
                    out["hub_subgraph_bytes"] = len(r.content)
                t = time.perf_counter()
                client.get("/subgraph", params={"actor": actor, "depth": 1}).raise_for_status()
                out[f"warm_subgraph_{name}_ms"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            client.get("/health").raise_for_status()
            out["warm_health_ms"] = (time.perf_counter() - t) * 1000
    finally:
        stop(proc, 15)
    return {k: round(v, 3) if k.endswith("_s") else round(v, 1) if k.endswith("_ms") else v
            for k, v in out.items()}


def run(events: int = 100_000, store: str | None = None, starts: int = 3) -> dict:
    tmp = tempfile.TemporaryDirectory(prefix="eventgraph-bench-")
    try:
        path = store or str(Path(tmp.name) / "cold.db")
        result: dict = {"bench": "cold_start", "command": "eventgraph serve --store PATH"}
        if Path(path).exists():
            result["store"] = {"reused": path}
        else:
            built = ingest.build(path, events)
            result["store"] = {k: built[k] for k in ("events", "seconds", "events_per_s", "counts", "file_mib")}
            if store is None:
                result["store"]["path"] = "temp file"
        runs = [one_start(path) for _ in range(max(1, starts))]
        keys = runs[0].keys()
        result["actors"] = dict(zip(("hub", "quiet"), pick_actors(path)))
        result["median"] = {k: round(statistics.median(r[k] for r in runs), 3) for k in keys}
        result["starts"] = runs
        result["load_average_1m"] = round(os.getloadavg()[0], 2)
        return result
    finally:
        tmp.cleanup()


def add_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", help="an embedded store to use (built there if missing, and kept)")
    ap.add_argument("--starts", type=int, default=3, help="server starts to time")


def from_args(args) -> dict:
    return run(args.events, args.store, args.starts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.cold_start", description=__doc__.split("\n\n")[0])
    add_args(ap)
    print(json.dumps(from_args(ap.parse_args(argv)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
