"""Extraction throughput: eventgraph's pipeline end to end against spaCy's own nlp.pipe.

    python -m bench.extraction --articles 500 --workers 2 [--repeat 2] [--no-subprocess]

On one synthetic corpus (bench/corpus.py), in one process:
  baseline  spacy.load(<the model our pipeline loads>).pipe(texts): nothing of ours
  ours      the CLI's own path: read the JSONL file, extract (our components, events),
            write JSON lines to os.devnull
The two alternate `--repeat` times and the fastest run of each counts (other load on the
machine only ever slows a run down). With --workers N > 1 both run again with N processes
(spaCy's n_process for the baseline, `--workers N` for ours). Finally, unless
--no-subprocess, `eventgraph extract FILE --workers N` runs once as a child process (model
load included). Prints one JSON object: articles/s, words/s, CPU seconds, ratios.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from . import corpus

REPO = Path(__file__).resolve().parents[1]


def _timed(fn: Callable[[], int]) -> dict:
    # children's CPU counts too: worker processes do the work when n_process > 1
    t0, c0, ch0 = time.perf_counter(), time.process_time(), _children_cpu()
    n_events = fn()
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0 + _children_cpu() - ch0
    return {"seconds": wall, "cpu_seconds": cpu, "events": n_events}


def _children_cpu() -> float:
    t = os.times()
    return t.children_user + t.children_system


def _rates(run: dict, n_articles: int, n_words: int) -> dict:
    s = run["seconds"]
    return {"seconds": round(s, 3), "cpu_seconds": round(run["cpu_seconds"], 3),
            "articles_per_s": round(n_articles / s, 2), "words_per_s": round(n_words / s),
            **({"events": run["events"]} if run["events"] is not None else {})}


def _read_articles(path: str):
    """The CLI's reader when it is there; else a plain JSONL reader (said in the output)."""
    try:
        from eventgraph.articles import ReadErrors, iter_articles
    except ImportError:
        from eventgraph.models import Article

        def plain():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        d = json.loads(line)
                        yield Article(**{k: d.get(k) for k in
                                         ("text", "id", "url", "title", "published", "source", "language")})
        return plain(), "bench-jsonl"
    return iter_articles([path], errors=ReadErrors()), "eventgraph.articles"


def ours(path: str, nlp, workers: int, batch_size: int) -> tuple[Callable[[], int], list[str]]:
    """A run of the CLI's extract path (reader, extract_articles, JSON out) to os.devnull."""
    from eventgraph.pipeline import extract_articles

    used: list[str] = []

    def run() -> int:
        articles, reader = _read_articles(path)
        used[:] = [reader]
        n = 0
        with open(os.devnull, "w", encoding="utf-8") as out:
            for _, events in extract_articles(articles, nlp=nlp, n_process=workers, batch_size=batch_size):
                for e in events:
                    out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
                    n += 1
        return n

    return run, used


def baseline(plain, texts: list[str], workers: int, batch_size: int) -> Callable[[], None]:
    def run() -> None:
        for _ in plain.pipe(texts, batch_size=batch_size, n_process=workers):
            pass
    return run


def _cli() -> list[str]:
    exe = shutil.which("eventgraph")
    return [exe] if exe else [sys.executable, "-m", "eventgraph.cli"]


def subprocess_run(path: str, workers: int, n_articles: int, n_words: int) -> dict:
    cmd = _cli() + ["extract", path, "--format", "jsonl", "--workers", str(workers)]
    t0 = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    out = {"command": " ".join(["eventgraph"] + cmd[-6:]), "returncode": proc.returncode,
           "seconds": round(wall, 2)}
    if proc.returncode != 0:
        out["stderr_tail"] = proc.stderr.strip().splitlines()[-3:]
        return out
    return {**out, "articles_per_s": round(n_articles / wall, 2), "words_per_s": round(n_words / wall),
            "note": "includes interpreter start and model load"}


def run(articles: int = 500, workers: int = 1, repeat: int = 2, batch_size: int = 32,
        model: str | None = None, with_subprocess: bool = True, seed: int = 7) -> dict:
    import spacy

    from eventgraph.pipeline import build_nlp

    tmp = tempfile.TemporaryDirectory(prefix="eventgraph-bench-")
    try:
        path = str(Path(tmp.name) / "corpus.jsonl")
        size = corpus.write_jsonl(path, articles, seed)
        texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
        n_words = size["words"]

        t0 = time.perf_counter()
        nlp = build_nlp(model)
        load_ours = time.perf_counter() - t0
        model_name = f"{nlp.meta['lang']}_{nlp.meta['name']}"
        t0 = time.perf_counter()
        plain = spacy.load(model_name)
        load_plain = time.perf_counter() - t0

        # warm both up (first calls allocate), then alternate
        warm = texts[: min(10, len(texts))]
        list(plain.pipe(warm))
        from eventgraph.models import Article
        from eventgraph.pipeline import extract_articles
        list(extract_articles([Article(text=t) for t in warm], nlp=nlp))

        result: dict = {
            "bench": "extraction", "model": model_name, "pipeline": nlp.pipe_names,
            "corpus": {**size, "words_per_article": round(n_words / articles, 1), "seed": seed},
            "batch_size": batch_size, "repeat": repeat,
            "load_seconds": {"plain_model": round(load_plain, 2), "our_pipeline": round(load_ours, 2)},
        }
        for w in sorted({1, workers}):
            base_fn = baseline(plain, texts, w, batch_size)
            ours_fn, reader = ours(path, nlp, w, batch_size)
            runs_a, runs_b = [], []
            for _ in range(max(1, repeat)):
                runs_a.append(_timed(lambda: base_fn() or None))
                runs_b.append(_timed(ours_fn))
            a = min(runs_a, key=lambda r: r["seconds"])
            b = min(runs_b, key=lambda r: r["seconds"])
            key = f"workers_{w}"
            result[key] = {
                "baseline_spacy_pipe": _rates(a, articles, n_words),
                "eventgraph_extract": {**_rates(b, articles, n_words), "reader": reader[0]},
                "ratio_ours_to_baseline": round(a["seconds"] / b["seconds"], 3),
                "ratio_cpu_ours_to_baseline": round(a["cpu_seconds"] / b["cpu_seconds"], 3),
                "all_seconds": {"baseline": [round(r["seconds"], 2) for r in runs_a],
                                "ours": [round(r["seconds"], 2) for r in runs_b]},
            }
        if workers > 1:
            one, many = result["workers_1"], result[f"workers_{workers}"]
            result["speedup"] = {
                "ours": round(one["eventgraph_extract"]["seconds"] / many["eventgraph_extract"]["seconds"], 3),
                "baseline": round(one["baseline_spacy_pipe"]["seconds"]
                                  / many["baseline_spacy_pipe"]["seconds"], 3),
                "workers": workers, "cpus": os.cpu_count()}
        if with_subprocess:
            result["subprocess"] = subprocess_run(path, workers, articles, n_words)
        result["load_average_1m"] = round(os.getloadavg()[0], 2)
        return result
    finally:
        tmp.cleanup()


def add_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--workers", type=int, default=1, help="also measure with N processes")
    ap.add_argument("--repeat", type=int, default=2, help="alternating runs of each side; fastest counts")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", help="spaCy model (default: the setting)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-subprocess", action="store_true", help="skip the `eventgraph extract` child run")


def from_args(args) -> dict:
    return run(articles=args.articles, workers=args.workers, repeat=args.repeat, batch_size=args.batch_size,
               model=args.model, with_subprocess=not args.no_subprocess, seed=args.seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    add_args(ap)
    print(json.dumps(from_args(ap.parse_args(argv)), indent=2))
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main())
