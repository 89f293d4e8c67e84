"""A synthetic but realistic article corpus for the benchmarks.

Articles are recombined from the sentences of our own texts (the bundled demo articles and
tests/data/annotated/articles.jsonl): each takes the title and first sentence of one source
article, then a few sentences drawn from others, and a publication date spread over
2015-2024. The same seed gives the same corpus.

    python -m bench.corpus --articles 500 --out corpus.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Iterator

from eventgraph.models import Article

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "eventgraph" / "data" / "demo" / "articles.jsonl",
           REPO / "tests" / "data" / "annotated" / "articles.jsonl")
# a sentence ends at . ! ? followed by a space and a capital or a quote; good enough for our prose
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'\u201c])")


def source_articles() -> list[dict]:
    rows = []
    for path in SOURCES:
        if not path.exists():  # the annotated set is not installed with the package
            continue
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    if not rows:
        raise SystemExit(f"no source articles found in {', '.join(map(str, SOURCES))}")
    return rows


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def generate(n: int, seed: int = 7, min_sents: int = 5, max_sents: int = 12) -> Iterator[Article]:
    """n articles; each is the lead of one source article plus sentences from others."""
    rng = random.Random(seed)
    src = source_articles()
    pool = [s for row in src for s in sentences(row["text"])]
    for i in range(n):
        lead = src[i % len(src)]
        own = sentences(lead["text"])
        k = rng.randint(min_sents, max_sents)
        body = own[: rng.randint(1, min(3, len(own)))]
        body += rng.sample(pool, max(0, k - len(body)))
        published = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield Article(text=" ".join(body), id=f"bench-{seed}-{i:07d}", title=lead.get("title"),
                      published=published, source="Bench Wire", url=f"https://example.org/bench/{i}",
                      language="en")


def to_json(art: Article) -> str:
    return json.dumps(art.to_dict(), ensure_ascii=False)


def write_jsonl(path: str | Path, n: int, seed: int = 7) -> dict:
    """Write n articles to path; returns {'articles', 'words', 'bytes'}."""
    words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for art in generate(n, seed):
            words += len(art.text.split())
            fh.write(to_json(art) + "\n")
    return {"articles": n, "words": words, "bytes": Path(path).stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="-", help="JSONL file (default stdout)")
    args = ap.parse_args(argv)
    if args.out == "-":
        for art in generate(args.articles, args.seed):
            sys.stdout.write(to_json(art) + "\n")
        return 0
    print(json.dumps(write_jsonl(args.out, args.articles, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
