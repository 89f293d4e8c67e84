"""The annotated evaluation set (tests/data/annotated) and the bundled demo articles are well-formed.

Gold conventions (same as the shared devset): `events` holds only the five seed types at state/bloc
level, factual only (occurred/planned); denied, supposed and rumoured events are left out; `date` is
the event's own date at the precision the text gives, or null. `other_events` holds the other PLOVER
types in the same shape, with an optional `mode`. duplicates.jsonl groups (article, list, index)
references that describe the same real-world event across articles.
"""
import json
import re
from datetime import date
from pathlib import Path

import pytest

from eventgraph import crosswalk
from eventgraph.models import EVENT_TYPES_PLOVER, EVENT_TYPES_SEED, FACTUAL, SYMMETRIC_TYPES

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "annotated"
DEMO = ROOT / "eventgraph" / "data" / "demo" / "articles.jsonl"
ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ARTICLE_KEYS = {"id", "title", "published", "source", "url", "language", "text"}


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # name the line, not just the file
                raise AssertionError(f"{path.name}:{n}: {exc}") from exc
    return rows


def valid_date(d: str) -> bool:
    if not DATE.match(d):
        return False
    parts = [int(p) for p in d.split("-")] + [1, 1]
    try:
        date(*parts[:3])
    except ValueError:
        return False
    return True


ARTICLES = read_jsonl(DATA / "articles.jsonl")
GOLD = read_jsonl(DATA / "gold.jsonl")
BY_ID = {a["id"]: a for a in ARTICLES}
GOLD_BY_ID = {g["article_id"]: g for g in GOLD}


def test_articles_have_the_devset_shape():
    assert len(ARTICLES) >= 70
    assert len(BY_ID) == len(ARTICLES), "duplicate article ids"
    for a in ARTICLES:
        assert set(a) == ARTICLE_KEYS, a["id"]
        assert re.match(r"^t-\d{3}$", a["id"]), a["id"]
        assert a["language"] == "en" and a["url"] == "" and a["source"], a["id"]
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"]) and valid_date(a["published"]), a["id"]
        assert "2017-01-01" <= a["published"] <= "2026-12-31", a["id"]
        words = len(a["text"].split())
        assert 80 <= words <= 250, (a["id"], words)


def test_one_gold_line_per_article():
    assert len(GOLD_BY_ID) == len(GOLD), "two gold lines for one article"
    assert set(GOLD_BY_ID) == set(BY_ID)


def _all_events():
    for g in GOLD:
        for key in ("events", "other_events"):
            for i, e in enumerate(g.get(key, [])):
                yield g["article_id"], key, i, e


def test_gold_events_are_well_formed():
    for aid, key, i, e in _all_events():
        where = f"{aid} {key}[{i}]"
        assert set(e) <= {"type", "source", "target", "date", "status", "mode"}, where
        allowed = EVENT_TYPES_SEED if key == "events" else EVENT_TYPES_PLOVER
        assert e["type"] in allowed, where
        assert e["status"] in FACTUAL, where  # denied / hypothetical events are never gold
        assert ACTOR_ID.match(e["source"]), where
        if key == "events":
            assert e["target"] and ACTOR_ID.match(e["target"]), where
        elif e["target"] is not None:
            assert ACTOR_ID.match(e["target"]), where
        assert e["source"] != e["target"], where
        assert e["date"] is None or valid_date(e["date"]), where
        if "mode" in e:
            assert e["mode"] in crosswalk.modes(e["type"]), where


def test_occurred_events_are_not_after_publication():
    for aid, key, i, e in _all_events():
        if e["status"] == "occurred" and e["date"]:
            assert e["date"] <= BY_ID[aid]["published"], f"{aid} {key}[{i}]"


def test_actor_ids_are_known_to_the_gazetteer():
    gaz_mod = pytest.importorskip("eventgraph.gazetteer")
    gaz = gaz_mod.Gazetteer.load()
    unknown = {(aid, a) for aid, _, _, e in _all_events() for a in (e["source"], e["target"])
               if a and not (gaz.is_state(a) or gaz.is_bloc(a))}
    assert not unknown


def test_set_covers_the_hard_cases():
    seed = [e for g in GOLD for e in g["events"]]
    assert {e["type"] for e in seed} == set(EVENT_TYPES_SEED)
    assert sum(1 for g in GOLD if not g["events"]) >= 8  # articles for measuring false positives
    assert any(e["status"] == "planned" for e in seed)
    assert any(e["date"] is None for e in seed)
    assert {len(e["date"]) for e in seed if e["date"]} == {4, 7, 10}
    # the same pair summoned twice in one article, on different dates
    assert any(len({e["date"] for e in g["events"] if e["type"] == "SUMMON_AMBASSADOR"
                    and (e["source"], e["target"]) == pair}) >= 2
               for g in GOLD for pair in {(e["source"], e["target"]) for e in g["events"]})


def test_duplicate_groups_point_at_matching_events():
    groups = read_jsonl(DATA / "duplicates.jsonl")
    assert len(groups) >= 5
    names = [g["group"] for g in groups]
    assert len(names) == len(set(names))
    for grp in groups:
        members = grp["members"]
        assert len({m["article_id"] for m in members}) >= 2, grp["group"]
        events = [GOLD_BY_ID[m["article_id"]][m["list"]][m["index"]] for m in members]
        types = {e["type"] for e in events}
        assert len(types) == 1, grp["group"]
        pairs = {(e["source"], e["target"]) if e["type"] not in SYMMETRIC_TYPES
                 else tuple(sorted((e["source"], e["target"] or ""))) for e in events}
        assert len(pairs) == 1, grp["group"]
        dates = sorted((e["date"] for e in events if e["date"]), key=len)
        assert all(d.startswith(dates[0]) for d in dates), grp["group"]  # compatible precisions


def test_demo_articles_are_valid_articles():
    demo = read_jsonl(DEMO)
    assert 8 <= len(demo) <= 12
    assert len({a["id"] for a in demo}) == len(demo)
    for a in demo:
        assert set(a) == ARTICLE_KEYS, a["id"]
        assert valid_date(a["published"]) and a["text"].strip(), a["id"]
