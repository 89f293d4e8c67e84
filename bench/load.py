"""Load and soak: concurrent API readers while an ingest writes into the same store.

Loopback only. Starts `uvicorn api.main:app` over the store, a writer that runs
`python -m eventgraph.cli ingest` on fresh synthetic corpora (bench/corpus.py) one after the
other, and reader threads that loop over a mix of GET requests. Every second it samples the
server's RSS (psutil). Prints one JSON document: requests/s, p50/p99 latency, errors, RSS.

    python -m bench.load                              60 s on a fresh embedded store
    python -m bench.load --duration 300               the 5-minute soak (release check)
    python -m bench.load --store bolt://127.0.0.1:7687 --duration 120
    python -m bench.load --out bench/results/soak_embedded.json

An error is a 5xx or a failed connection; 4xx answers are counted apart (none are expected).
Memory: `rss_mb` start/end/max and the growth over the second half of the run, which stays
near zero when nothing leaks (the first half includes warm-up: model, caches, projection).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from ._server import free_port, stop

REPO = Path(__file__).resolve().parents[1]
ACTORS = ["RUS", "PRK", "KOR", "CHN", "USA", "UKR", "IND", "NATO", "BRICS", "FIN", "SWE", "TUR", "IRN"]


def child_env(store: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTGRAPH_") or k in (
        "EVENTGRAPH_NEO4J_USER", "EVENTGRAPH_NEO4J_PASSWORD", "EVENTGRAPH_NEO4J_DATABASE")}
    env["EVENTGRAPH_STORE"] = store
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    i = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[i]


class Server:
    """uvicorn in a subprocess; waits until /openapi.json answers."""

    def __init__(self, store: str, log: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warning"], cwd=REPO, env=child_env(store), stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 90) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"uvicorn exited with {self.proc.returncode}; see {self.log.name}")
            try:
                httpx.get(self.base + "/openapi.json", timeout=2)
                return
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"uvicorn did not start in {timeout:.0f} s")
                time.sleep(0.2)

    def stop(self) -> None:
        stop(self.proc, 15)
        self.log.close()


class Writer(threading.Thread):
    """Runs ingests of fresh corpora back to back until stopped."""

    def __init__(self, store: str, workdir: Path, articles: int, batch_size: int):
        super().__init__(daemon=True)
        self.store, self.workdir, self.articles, self.batch_size = store, workdir, articles, batch_size
        self.stop_event = threading.Event()
        self.runs: list[dict] = []
        self.proc: subprocess.Popen | None = None

    def run(self) -> None:
        from bench.corpus import write_jsonl

        seed = 1000
        while not self.stop_event.is_set():
            seed += 1
            path = self.workdir / f"corpus-{seed}.jsonl"
            write_jsonl(path, self.articles, seed=seed)
            log = self.workdir / f"ingest-{seed}.log"
            t0 = time.monotonic()
            with log.open("wb") as fh:
                self.proc = subprocess.Popen(
                    [sys.executable, "-m", "eventgraph.cli", "ingest", str(path), "--store", self.store,
                     "--batch-size", str(self.batch_size)], cwd=REPO, env=child_env(self.store),
                    stdout=fh, stderr=subprocess.STDOUT)
                while self.proc.poll() is None and not self.stop_event.is_set():
                    time.sleep(0.2)
                if self.proc.poll() is None:  # the run is over: end this ingest (it resumes if re-run)
                    self.proc.terminate()
                    self.proc.wait()
            self.runs.append({"seed": seed, "rc": self.proc.returncode, "seconds": round(time.monotonic() - t0, 1),
                              "completed": self.proc.returncode == 0})
            path.unlink(missing_ok=True)

    def stop(self) -> None:
        self.stop_event.set()
        self.join(60)


class Readers:
    """Threads looping over a request mix; one shared results list (appends are atomic)."""

    def __init__(self, base: str, n: int, seed: int = 1):
        self.base, self.n = base, n
        self.results: list[tuple[float, str, int, float]] = []  # (t, route, status, seconds)
        self.error_samples: list[str] = []
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self.loop, args=(seed + i,), daemon=True) for i in range(n)]
        self.event_ids: list[str] = []

    def requests(self, rng: random.Random) -> tuple[str, str, dict]:
        a, b = rng.sample(ACTORS, 2)
        mix = [
            ("/events", "/events", {"limit": 20}),
            ("/events?actor", "/events", {"actor": a, "limit": 50}),
            ("/events?since", "/events", {"since": f"{rng.randint(2015, 2024)}", "limit": 50}),
            ("/subgraph", "/subgraph", {"actor": a, "depth": rng.choice([1, 2])}),
            ("/timeline", "/timeline", {"actor": a, "other": b, "interval": "month"}),
            ("/paths", "/paths", {"from": a, "to": b, "max_hops": 3}),
            ("/actors", "/actors", {"q": rng.choice(["ru", "korea", "nato", "a"]), "limit": 20}),
            ("/actors/{id}", f"/actors/{a}", {}),
            ("/health", "/health", {}),
        ]
        if self.event_ids:
            mix.append(("/events/{id}", f"/events/{rng.choice(self.event_ids)}", {}))
        return rng.choice(mix)

    def loop(self, seed: int) -> None:
        import httpx

        rng = random.Random(seed)
        with httpx.Client(base_url=self.base, timeout=60) as c:
            while not self.stop_event.is_set():
                route, path, params = self.requests(rng)
                t0 = time.monotonic()
                try:
                    r = c.get(path, params=params)
                    status = r.status_code
                    if route == "/events" and status == 200 and len(self.event_ids) < 500:
                        self.event_ids.extend(e["id"] for e in r.json()["items"][:5])
                    if status >= 500 and len(self.error_samples) < 20:
                        self.error_samples.append(f"{status} {path} {params}: {r.text[:300]}")
                except httpx.HTTPError as exc:
                    status = -1
                    if len(self.error_samples) < 20:
                        self.error_samples.append(f"{path} {params}: {exc!r}")
                self.results.append((t0, route, status, time.monotonic() - t0))

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def stop(self) -> None:
        self.stop_event.set()
        for t in self.threads:
            t.join(90)


def sample_rss(pid: int, stop: threading.Event, out: list[tuple[float, float]]) -> None:
    import psutil

    proc = psutil.Process(pid)
    t0 = time.monotonic()
    while not stop.is_set():
        try:
            out.append((round(time.monotonic() - t0, 1), proc.memory_info().rss / 2**20))
        except psutil.Error:
            return
        stop.wait(1.0)


def summarise(results, error_samples, rss, duration, writer, counts) -> dict:
    lat = sorted(r[3] * 1000 for r in results)
    statuses = Counter(r[2] for r in results)
    errors = sum(n for s, n in statuses.items() if s >= 500 or s < 0)
    by_route: dict[str, list[float]] = defaultdict(list)
    for _, route, status, secs in results:
        by_route[route].append(secs * 1000)
    mb = [m for _, m in rss]
    half = [(t, m) for t, m in rss if t >= rss[-1][0] / 2] if rss else []
    growth = round(half[-1][1] - half[0][1], 1) if len(half) > 1 else None
    slope = None
    if len(half) > 2:
        ts, ms = [t for t, _ in half], [m for _, m in half]
        tm, mm = statistics.fmean(ts), statistics.fmean(ms)
        den = sum((t - tm) ** 2 for t in ts)
        slope = round(sum((t - tm) * (m - mm) for t, m in half) / den * 60, 2) if den else None
    return {
        "duration_s": round(duration, 1),
        "requests": len(results),
        "requests_per_s": round(len(results) / duration, 1) if duration else None,
        "latency_ms": {"p50": round(percentile(lat, 50), 1) if lat else None,
                       "p90": round(percentile(lat, 90), 1) if lat else None,
                       "p99": round(percentile(lat, 99), 1) if lat else None,
                       "max": round(lat[-1], 1) if lat else None},
        "by_route": {r: {"n": len(v), "p50_ms": round(percentile(sorted(v), 50), 1),
                         "p99_ms": round(percentile(sorted(v), 99), 1)} for r, v in sorted(by_route.items())},
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "errors": errors,
        "client_errors_4xx": sum(n for s, n in statuses.items() if 400 <= s < 500),
        "error_samples": error_samples,
        "rss_mb": {"start": round(mb[0], 1) if mb else None, "end": round(mb[-1], 1) if mb else None,
                   "max": round(max(mb), 1) if mb else None, "second_half_growth": growth,
                   "second_half_slope_per_min": slope, "samples": len(mb)},
        "rss_series_mb": [[t, round(m, 1)] for t, m in rss[:: max(1, len(rss) // 60)]],
        "ingest": {"runs": len(writer.runs) if writer else 0,
                   "completed": sum(r["completed"] for r in writer.runs) if writer else 0,
                   "failed": [r for r in (writer.runs if writer else []) if not r["completed"] and r["rc"] not in
                              (-15, 143)]},
        "store_counts_end": counts,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="embedded store path or bolt:// URI (default: a fresh temporary embedded store)")
    ap.add_argument("--duration", type=float, default=60, help="seconds of load (default 60; 300 = the soak)")
    ap.add_argument("--readers", type=int, default=8, help="concurrent reader threads (default 8)")
    ap.add_argument("--articles", type=int, default=300, help="articles per ingest run (default 300)")
    ap.add_argument("--batch-size", type=int, default=20, help="articles per store transaction (default 20)")
    ap.add_argument("--no-ingest", action="store_true", help="readers only")
    ap.add_argument("--seed-articles", type=int, default=200,
                    help="articles ingested before the load starts so readers find data (default 200)")
    ap.add_argument("--out", help="also write the JSON here")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="eventgraph-load-") as tmp:
        work = Path(tmp)
        store = args.store or str(work / "load.db")
        if args.seed_articles:
            from bench.corpus import write_jsonl

            seed_corpus = work / "seed.jsonl"
            write_jsonl(seed_corpus, args.seed_articles, seed=7)
            r = subprocess.run([sys.executable, "-m", "eventgraph.cli", "ingest", str(seed_corpus), "--store", store],
                               cwd=REPO, env=child_env(store), capture_output=True, text=True)
            if r.returncode not in (0, 1):  # 1: some articles failed extraction, the rest is stored
                raise SystemExit(f"seeding the store failed ({r.returncode}):\n{r.stderr[-3000:]}")
        server = Server(store, work / "server.log")
        writer = None
        try:
            server.wait_ready()
            rss: list[tuple[float, float]] = []
            stop_rss = threading.Event()
            sampler = threading.Thread(target=sample_rss, args=(server.proc.pid, stop_rss, rss), daemon=True)
            sampler.start()
            readers = Readers(server.base, args.readers)
            if not args.no_ingest:
                writer = Writer(store, work, args.articles, args.batch_size)
                writer.start()
            t0 = time.monotonic()
            readers.start()
            time.sleep(args.duration)
            readers.stop()
            duration = time.monotonic() - t0
            if writer:
                writer.stop()
            stop_rss.set()
            sampler.join(5)
            import httpx

            counts = httpx.get(server.base + "/health", timeout=30).json().get("store", {}).get("counts")
            report = summarise(readers.results, readers.error_samples, rss, duration, writer, counts)
            report.update(store="neo4j" if "://" in store else "embedded", readers=args.readers,
                          server_log_tail=(work / "server.log").read_text(errors="replace")[-2000:]
                          if report["errors"] else "")
        finally:
            if writer and writer.is_alive():
                writer.stop()
            server.stop()
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
