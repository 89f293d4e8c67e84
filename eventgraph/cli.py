"""The `eventgraph` command: extract | ingest | stats | serve | demo | evaluate | export | neo4j init | bench."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from importlib import resources
from typing import Iterable, Iterator, Sequence

log = logging.getLogger("eventgraph")


# -- helpers -----------------------------------------------------------------------------

def _settings(args):
    from .config import Settings

    kw = {}
    if getattr(args, "model", None):
        kw["spacy_model"] = args.model
    s = Settings(**kw)
    if getattr(args, "store", None):
        s.store = args.store
    return s


def _progress(it: Iterable, *, total: int | None = None, desc: str = "articles") -> Iterator:
    """A bar on a terminal, a log line every 30 s otherwise."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        yield from tqdm(it, total=total, desc=desc, unit="art", file=sys.stderr)
        return
    t0 = last = time.monotonic()
    n = 0
    for n, x in enumerate(it, 1):
        yield x
        now = time.monotonic()
        if now - last >= 30:
            last = now
            print(f"[eventgraph] {desc}: {n} done, {n / (now - t0):.1f}/s", file=sys.stderr, flush=True)
    print(f"[eventgraph] {desc}: {n} done in {time.monotonic() - t0:.1f}s", file=sys.stderr, flush=True)


def _read(args, errors):
    from .articles import iter_articles

    return iter_articles(args.paths, published=args.published, errors=errors)


def _extract(articles, args, settings, failures: list):
    from .pipeline import build_nlp, extract_articles

    nlp = build_nlp(settings.spacy_model)

    def on_error(art, exc):
        failures.append((art, exc))
        print(f"{art.origin or art.id}: extraction failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)

    return extract_articles(articles, nlp=nlp, n_process=max(1, args.workers), on_error=on_error,
                            batch_size=settings.batch_size if args.workers > 1 else 32)


def _table(events) -> str:
    rows = []
    for e in events:
        d = e.to_dict()
        tgt = d["target"]["id"] if d["target"] else "-"
        rows.append(f"{d['type']:<18} {d['source']['id']:>8} -> {tgt:<8} {d['date'] or '?':<10} "
                    f"{d['status']:<12} {d['confidence']:.2f}  {d['evidence'][:90]}")
    return "\n".join(rows)


def _finish(errors, failures) -> int:
    print(errors.format_summary() + (f"; {len(failures)} failed in extraction" if failures else ""),
          file=sys.stderr)
    return 1 if errors.summary().get("skipped") or failures else 0


# -- commands ----------------------------------------------------------------------------

def cmd_extract(args) -> int:
    from .articles import ReadErrors

    settings = _settings(args)
    errors = ReadErrors()
    failures: list = []
    out = sys.stdout
    for art, events in _extract(_read(args, errors), args, settings, failures):
        if args.format == "table":
            if events:
                print(f"# {art.id}  {art.title or ''}", file=out)
                print(_table(events), file=out)
        else:
            for e in events:
                out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    return _finish(errors, failures)


def cmd_ingest(args) -> int:
    from .articles import ReadErrors
    from .store import open_store
    from .store.base import IngestReport

    settings = _settings(args)
    errors = ReadErrors()
    failures: list = []
    total = IngestReport()
    with open_store(settings.store_target(), settings) as store:
        pending = _skip_known(store, _read(args, errors), total)
        batch: list = []
        for art, events in _progress(_extract(pending, args, settings, failures), desc="ingest"):
            batch.append((art, events))
            if len(batch) >= args.batch_size:
                total.add(store.ingest(batch))
                batch = []
        if batch:
            total.add(store.ingest(batch))
        counts = _while_unavailable(store.counts)
    print(f"ingested {total.articles_new} new articles ({total.articles_skipped} already stored): "
          f"{total.events_created} events created, {total.events_merged} merged; store now holds "
          f"{counts['events']} events, {counts['actors']} actors, {counts['articles']} articles",
          file=sys.stderr)
    return _finish(errors, failures)


def _while_unavailable(fn, timeout: float = 120.0):
    """fn(), retried with backoff while the store is unreachable (store.ingest does the same
    for writes), so an outage at a checkpoint read does not end a long ingest."""
    from .errors import StoreUnavailable

    deadline, delay = time.monotonic() + timeout, 0.5
    while True:
        try:
            return fn()
        except StoreUnavailable as exc:
            if time.monotonic() + delay > deadline:
                raise
            print(f"[eventgraph] store unreachable, retrying in {delay:.1f}s: {exc}", file=sys.stderr, flush=True)
            time.sleep(delay)
            delay = min(delay * 2, 10.0)


def _skip_known(store, articles, report, chunk: int = 500):
    """The checkpoint: articles already in the store are not extracted again."""
    buf = []

    def flush():
        known = _while_unavailable(lambda: store.known_articles([a.id for a in buf]))
        report.articles_skipped += sum(1 for a in buf if a.id in known)
        return [a for a in buf if a.id not in known]

    for art in articles:
        buf.append(art)
        if len(buf) >= chunk:
            yield from flush()
            buf = []
    if buf:
        yield from flush()


def cmd_stats(args) -> int:
    from .store import open_store
    from .store.base import EventFilter

    settings = _settings(args)
    with open_store(settings.store_target(), settings) as store:
        counts = store.counts()
        rows = store.event_dates(EventFilter())
        actors = store.search_actors(None, None, args.top)
    by_type = Counter(t for _, t in rows)
    by_month = Counter((d or "undated")[:7] for d, _ in rows)
    if args.json:
        print(json.dumps({"counts": counts, "by_type": by_type, "by_month": dict(sorted(by_month.items())),
                          "top_actors": actors}, indent=2, default=str))
        return 0
    print("counts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    print("\nevents by type:")
    for t, n in by_type.most_common():
        print(f"  {t:<20}{n:>8}")
    print("\nevents by actor (top):")
    for a in actors:
        print(f"  {a['id']:<24}{(a.get('name') or '')[:30]:<32}{a.get('event_count', '')}")
    print("\nevents by month:")
    for m, n in sorted(by_month.items()):
        print(f"  {m:<10}{n:>8}")
    return 0


def cmd_serve(args) -> int:
    from api.main import run

    settings = _settings(args)
    run(host=args.host, port=args.port, store_target=settings.store_target())
    return 0


def demo_articles_path() -> str:
    return str(resources.files("eventgraph.data").joinpath("demo").joinpath("articles.jsonl"))


def cmd_demo(args) -> int:
    args.paths = [demo_articles_path()]
    args.published = None
    if not args.store:
        args.store = "eventgraph-demo.db"
    rc = cmd_ingest(args)
    args.top = 10
    args.json = False
    cmd_stats(args)
    _print_newest(args, 15)
    if args.no_serve:
        return rc
    print(f"\nserving the demo graph at http://{args.host}:{args.port}/docs "
          f"(try /subgraph?actor=RUS, /timeline?actor=RUS&other=PRK&interval=month); Ctrl-C stops",
          flush=True)
    return cmd_serve(args)


def _print_newest(args, n: int) -> None:
    from .store import open_store
    from .store.base import EventFilter

    settings = _settings(args)
    with open_store(settings.store_target(), settings) as store:
        rows, _ = store.list_events(EventFilter(statuses=("occurred", "planned")), n)
    print(f"\nnewest {len(rows)} events:")
    for d in rows:
        tgt = d["target"]["id"] if d["target"] else "-"
        print(f"  {d['type']:<18} {d['source']['id']:>6} -> {tgt:<6} {d['date'] or '?':<10} {d['status']:<9} "
              f"{d['evidence'][:70]}")


def cmd_evaluate(args) -> int:
    from .evaluate import format_report, load_gold, load_pred, score

    gold = load_gold(args.gold)
    if args.other:
        other = load_gold(args.gold, key="other_events")
        for k, v in other.items():
            gold.setdefault(k, []).extend(v)
    if args.pred:
        pred = load_pred(args.pred)
    else:
        from .articles import ReadErrors

        if not args.articles:
            print("evaluate: give PRED.jsonl or --articles ARTICLES.jsonl", file=sys.stderr)
            return 2
        args.paths, args.published = [args.articles], None
        settings = _settings(args)
        pred = {}
        for art, events in _extract(_read(args, ReadErrors()), args, settings, []):
            pred[art.id] = [e.to_dict() for e in events]
    from .models import EVENT_TYPES_PLOVER, EVENT_TYPES_SEED

    # score the families the gold file annotates; predictions of other types are not errors
    rep = score(gold, pred, types=EVENT_TYPES_SEED + EVENT_TYPES_PLOVER if args.other else EVENT_TYPES_SEED)
    if args.json:
        d = rep.to_dict()
        d["false_positives"], d["misses"], d["date_errors"] = rep.false_positives, rep.misses, rep.date_errors
        print(json.dumps(d, indent=2, ensure_ascii=False))
    else:
        print(format_report(rep, show_errors=not args.quiet))
    return 0


def cmd_export(args) -> int:
    from .export import to_networkx, write
    from .store import open_store
    from .store.base import EventFilter

    settings = _settings(args)
    f = EventFilter(actor=args.actor, types=tuple(args.type or ()), statuses=tuple(args.status or ()),
                    since=args.since, until=args.until)
    with open_store(settings.store_target(), settings) as store:
        g = to_networkx(store, f)
    if args.out == "-":
        write(g, args.format, sys.stdout.buffer)
    else:
        with open(args.out, "wb") as fh:
            write(g, args.format, fh)
    print(f"exported {g.number_of_nodes()} actors and {g.number_of_edges()} events as {args.format}"
          + ("" if args.out == "-" else f" to {args.out}"), file=sys.stderr)
    return 0


def cmd_neo4j_init(args) -> int:
    from .store import open_store

    settings = _settings(args)
    target = args.store or settings.neo4j_uri or "bolt://127.0.0.1:7687"
    with open_store(target, settings) as store:
        store.init_schema()
        print(f"schema applied to {target}: {store.counts()}")
    return 0


def cmd_bench(args) -> int:
    from bench.__main__ import main as bench_main

    return bench_main(args.rest)


# -- parser ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="eventgraph", description=__doc__.split(":")[0] +
                                ": news articles in, a graph of who did what to whom out.")
    p.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = p.add_subparsers(dest="command", required=True)

    def reading(sp):
        sp.add_argument("paths", nargs="+", help="files (.jsonl .json .txt .html), directories, globs, or - for stdin")
        sp.add_argument("--published", help="publication date (YYYY-MM-DD) for .txt/.html input without one")
        sp.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
        sp.add_argument("--model", help="spaCy model name (default: setting EVENTGRAPH_SPACY_MODEL)")

    sp = sub.add_parser("extract", help="print the events found in articles (touches no store)")
    reading(sp)
    sp.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    sp.set_defaults(func=cmd_extract)

    sp = sub.add_parser("ingest", help="extract events and store them")
    reading(sp)
    sp.add_argument("--store", help="store path or neo4j:// / bolt:// URI (default EVENTGRAPH_STORE or eventgraph.db)")
    sp.add_argument("--batch-size", type=int, default=200, help="articles per store transaction")
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("stats", help="counts by type, actor and month")
    sp.add_argument("--store")
    sp.add_argument("--top", type=int, default=20)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_stats)

    sp = sub.add_parser("serve", help="serve the REST API with uvicorn")
    sp.add_argument("--store")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("demo", help="ingest the bundled sample articles, show them, serve the API")
    sp.add_argument("--store", help="default eventgraph-demo.db")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--no-serve", action="store_true", help="ingest and print, do not serve")
    sp.add_argument("--workers", type=int, default=1)
    sp.add_argument("--batch-size", type=int, default=200)
    sp.add_argument("--model")
    sp.set_defaults(func=cmd_demo)

    sp = sub.add_parser("evaluate", help="precision/recall/F1 per type against a gold file")
    sp.add_argument("gold", help="gold.jsonl (devset format)")
    sp.add_argument("pred", nargs="?", help="predicted events .jsonl (from `extract`); or use --articles")
    sp.add_argument("--articles", help="articles to extract and score")
    sp.add_argument("--other", action="store_true", help="also score the gold's other_events (PLOVER types)")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--quiet", action="store_true", help="figures only, no error listing")
    sp.add_argument("--workers", type=int, default=1)
    sp.add_argument("--model")
    sp.set_defaults(func=cmd_evaluate)

    sp = sub.add_parser("export", help="write the event graph as GraphML, GEXF or node-link JSON (networkx)")
    sp.add_argument("--store")
    sp.add_argument("--format", choices=("graphml", "gexf", "json"), default="graphml")
    sp.add_argument("--out", default="-", help="file to write (default: stdout)")
    sp.add_argument("--actor", help="only events of this actor")
    sp.add_argument("--type", action="append", help="only this event type (repeatable)")
    sp.add_argument("--status", action="append", help="only this status (repeatable)")
    sp.add_argument("--since", help="YYYY[-MM[-DD]]")
    sp.add_argument("--until", help="YYYY[-MM[-DD]]")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("neo4j", help="Neo4j store administration")
    nsub = sp.add_subparsers(dest="neo4j_command", required=True)
    ip = nsub.add_parser("init", help="apply cypher/schema.cypher (constraints, indexes)")
    ip.add_argument("--store", help="bolt:// or neo4j:// URI (default EVENTGRAPH_NEO4J_URI)")
    ip.set_defaults(func=cmd_neo4j_init)

    sp = sub.add_parser("bench", help="run the benchmarks (python -m bench); prints JSON")
    sp.add_argument("rest", nargs=argparse.REMAINDER)
    sp.set_defaults(func=cmd_bench)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from .errors import EventgraphError

    try:
        return args.func(args) or 0
    except EventgraphError as exc:
        print(f"eventgraph: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
