"""Peak memory of ingest: does it stream? 1x and 10x the corpus, each in a fresh process.

    python -m bench.memory --articles 100 [--factor 10] [--workers 1]

Each size runs `python -m bench.memory --child CORPUS STORE`, which does what
`eventgraph ingest CORPUS --store STORE` does (it calls the CLI itself when the article
reader is installed). The child reports its peak RSS from the kernel (VmHWM in
/proc/self/status; ru_maxrss would count the parent's memory at fork) and the parent samples RSS with psutil every 0.2 s, workers included. A streaming ingest has
about the same peak at both sizes (the issue allows 20%). Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import corpus

REPO = Path(__file__).resolve().parents[1]
MIB = 2**20


def child(path: str, store: str, workers: int) -> int:
    """The ingest itself (in the measured process); prints its own peak RSS as JSON."""
    try:
        import eventgraph.articles  # noqa: F401
    except ImportError:
        rc = _fallback_ingest(path, store, workers)
    else:
        from eventgraph.cli import main

        rc = main(["ingest", path, "--store", store, "--workers", str(workers)])
    print(json.dumps({"vmhwm_kib": _vmhwm_kib()}), flush=True)
    return rc


def _vmhwm_kib() -> int | None:
    # this process's own high-water mark; ru_maxrss would include the parent's RSS at fork
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _fallback_ingest(path: str, store_path: str, workers: int, batch: int = 200) -> int:
    # cmd_ingest's loop, with a plain JSONL reader, until eventgraph.articles lands
    from eventgraph.models import Article
    from eventgraph.pipeline import extract_articles
    from eventgraph.store import open_store

    def read():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                yield Article(**{k: d.get(k) for k in ("text", "id", "url", "title", "published", "source")})

    with open_store(store_path) as store:
        buf: list = []
        for pair in extract_articles(read(), n_process=workers):
            buf.append(pair)
            if len(buf) >= batch:
                store.ingest(buf)
                buf = []
        if buf:
            store.ingest(buf)
    return 0


def _rss_tree(proc) -> int:
    import psutil

    try:
        total = proc.memory_info().rss
        for c in proc.children(recursive=True):
            try:
                total += c.memory_info().rss
            except psutil.Error:
                pass
        return total
    except psutil.Error:
        return 0


def measure(path: str, store: str, workers: int) -> dict:
    import psutil

    cmd = [sys.executable, "-m", "bench.memory", "--child", path, store, "--workers", str(workers)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    stop = threading.Event()

    def sample() -> None:
        try:
            proc = psutil.Process(p.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            rss = _rss_tree(proc)
            if rss:
                samples.append((time.perf_counter() - t0, rss))
            stop.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out_text, err = (x.decode(errors="replace") for x in p.communicate())
    stop.set()
    th.join()
    secs = time.perf_counter() - t0
    rss = [r for _, r in samples]
    hwm = None
    for line in out_text.splitlines():
        if line.startswith('{"vmhwm_kib"'):
            hwm = json.loads(line)["vmhwm_kib"]
    out = {"seconds": round(secs, 1), "returncode": p.returncode,
           # the kernel's high-water mark of the ingest process (VmHWM; workers not included)
           "peak_rss_mib": round(hwm * 1024 / MIB, 1) if hwm else (round(max(rss) / MIB, 1) if rss else None),
           "sampled_peak_rss_mib_all_processes": round(max(rss) / MIB, 1) if rss else None,
           "sampled_rss_mib_at_quartiles": [round(rss[min(len(rss) - 1, int(q * len(rss)))] / MIB, 1)
                                            for q in (0.25, 0.5, 0.75)] if rss else None,
           "samples": len(rss)}
    if p.returncode != 0:
        out["stderr_tail"] = err.strip().splitlines()[-3:]
    return out


def run(articles: int = 100, factor: int = 10, workers: int = 1, seed: int = 7) -> dict:
    result: dict = {"bench": "memory", "what": "ingest of a JSONL corpus into a new embedded store",
                    "workers": workers}
    with tempfile.TemporaryDirectory(prefix="eventgraph-bench-") as tmp:
        for mult in (1, factor):
            n = articles * mult
            path = str(Path(tmp) / f"corpus-{n}.jsonl")
            size = corpus.write_jsonl(path, n, seed)
            m = measure(path, str(Path(tmp) / f"store-{n}.db"), workers)
            result[f"x{mult}"] = {"articles": n, "corpus_mib": round(size["bytes"] / MIB, 2), **m}
    # one process: its own high-water mark; with workers, the sampled sum over all processes
    key = "peak_rss_mib" if workers <= 1 else "sampled_peak_rss_mib_all_processes"
    parts = [result["x1"], result[f"x{factor}"]]
    if any(p["returncode"] != 0 or not p[key] for p in parts):
        result["error"] = "an ingest run failed; see stderr_tail"
        return result
    small, big = (p[key] for p in parts)
    result["compared"] = key
    result["peak_growth"] = round(big / small, 3)
    result["flat_within_20pct"] = big <= small * 1.2
    return result


def add_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--articles", type=int, default=100, help="the 1x corpus size")
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)


def from_args(args) -> dict:
    return run(args.articles, args.factor, args.workers, args.seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n\n")[0])
    add_args(ap)
    ap.add_argument("--child", nargs=2, metavar=("CORPUS", "STORE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child[0], args.child[1], args.workers)
    print(json.dumps(from_args(args), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
