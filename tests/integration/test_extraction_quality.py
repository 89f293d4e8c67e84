"""Extraction quality, measured: P/R/F1 per type on the devset (../shared) and on our own
annotated set. Figures are written to bench/results/quality.json and printed; the floors
asserted here are regression guards well under today's figures, not targets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventgraph.evaluate import format_report, load_gold, score
from eventgraph.models import EVENT_TYPES_PLOVER, EVENT_TYPES_SEED, Article
from eventgraph.pipeline import extract_articles

REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "bench" / "results"


def _extract(path: Path) -> dict[str, list[dict]]:
    arts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            arts.append(Article(text=d["text"], id=d["id"], title=d.get("title"), published=d.get("published")))
    return {a.id: [e.to_dict() for e in evs] for a, evs in extract_articles(arts)}


def _record(name: str, report) -> dict:
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "quality.json"
    data = json.loads(out.read_text()) if out.exists() else {}
    data[name] = report.to_dict()
    out.write_text(json.dumps(data, indent=2))
    print(f"\n== {name}\n" + format_report(report, show_errors=False))
    return data[name]


def test_devset_quality(devset_dir):
    pred = _extract(devset_dir / "articles.jsonl")
    d = _record("devset", score(load_gold(devset_dir / "gold.jsonl"), pred, types=EVENT_TYPES_SEED))
    assert d["micro_seed"]["f1"] >= 0.85
    assert d["date_accuracy"] >= 0.75


def test_annotated_set_quality():
    base = REPO / "tests" / "data" / "annotated"
    pred = _extract(base / "articles.jsonl")
    d = _record("annotated", score(load_gold(base / "gold.jsonl"), pred, types=EVENT_TYPES_SEED))
    assert d["micro_seed"]["precision"] >= 0.85
    assert d["micro_seed"]["f1"] >= 0.6
    other = score(load_gold(base / "gold.jsonl", key="other_events"), pred, types=EVENT_TYPES_PLOVER)
    _record("annotated_other_types", other)


# Sets written by sessions that never saw the extractor (each README says how). Rules were
# later developed on some of their articles; the rest is still held out, and that part is
# the honest figure for unseen text.
BLIND_SETS = {
    "unseen2": {"read": lambda a: True},
    "unseen3": {"read": lambda a: a <= "v-020", "held_out": lambda a: a > "v-020"},
    # unseen4's misses were read in session 3 (to find categories of failure); unseen5 never was
    "unseen4": {"read": lambda a: True},
    "unseen5": {"held_out": lambda a: True},
}


@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_blind_set_quality(name):
    base = REPO / "tests" / "data" / name
    pred = _extract(base / "articles.jsonl")
    gold, other = load_gold(base / "gold.jsonl"), load_gold(base / "gold.jsonl", key="other_events")
    for part, keep in BLIND_SETS[name].items():
        mine = {k: v for k, v in pred.items() if keep(k)}
        d = _record(f"{name}_{part}", score({k: v for k, v in gold.items() if keep(k)}, mine,
                                             types=EVENT_TYPES_SEED))
        _record(f"{name}_{part}_other_types", score({k: v for k, v in other.items() if keep(k)}, mine,
                                                    types=EVENT_TYPES_PLOVER))
        assert d["micro_seed"]["precision"] >= 0.75


@pytest.fixture(scope="module")
def annotated_batch():
    base = REPO / "tests" / "data" / "annotated"
    arts = [Article(text=d["text"], id=d["id"], published=d.get("published"))
            for d in map(json.loads, (base / "articles.jsonl").read_text().splitlines())]
    return list(extract_articles(arts))


def _ordered(batch: list, order: str) -> list:
    if order == "reversed":
        return batch[::-1]
    if order == "shuffled":  # a fixed shuffle, so the figure is reproducible
        import random

        out = list(batch)
        random.Random(20240917).shuffle(out)
        return out
    return list(batch)


@pytest.mark.parametrize("order", ["file", "reversed", "shuffled"])
def test_duplicates_left_after_ingest(tmp_path, annotated_batch, order):
    """Share of duplicate events left when the annotated set's same-event groups are ingested
    (one article per batch, in file, reversed and shuffled order: dedup must not care)."""
    from eventgraph.store.base import EventFilter
    from eventgraph.store.embedded import EmbeddedStore

    base = REPO / "tests" / "data" / "annotated"
    groups = [json.loads(l) for l in (base / "duplicates.jsonl").read_text().splitlines() if l.strip()]
    gold = load_gold(base / "gold.jsonl")
    store = EmbeddedStore(str(tmp_path / "dup.db"))
    for item in _ordered(annotated_batch, order):
        store.ingest([item])
    found = merged = 0
    for g in groups:
        refs = [gold[m["article_id"]][m["index"]] for m in g["members"] if m.get("list", "events") == "events"]
        if not refs:
            continue
        r = refs[0]
        rows, _ = store.list_events(EventFilter(actor=r["source"], other=r["target"], types=(r["type"],)), 100)
        # the same event stored again: same type and pair, a compatible date or none at all
        rows = [x for x in rows if x["status"] in ("occurred", "planned") and
                (r.get("date") is None or x["date"] is None or
                 x["date"].startswith(r["date"][:7]) or r["date"].startswith(x["date"]))]
        if rows:
            found += 1
            merged += len(rows) == 1
    store.close()
    share = 1 - merged / found if found else None
    print(f"\n{order} order: same-event groups found in store: {found}/{len(groups)}, "
          f"stored once: {merged}, duplicate share: {share}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "duplicates.json"
    data = json.loads(out.read_text()) if out.exists() else {}
    if "groups" in data:  # the single-order shape of older runs
        data = {}
    data[order] = {"groups": len(groups), "found": found, "stored_once": merged,
                   "duplicate_share": share}
    out.write_text(json.dumps(data, indent=2))
    assert found and merged / found >= 0.8
