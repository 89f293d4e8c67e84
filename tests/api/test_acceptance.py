"""End to end over HTTP: the seed article (and the demo data when present) posted to a live
server, then the questions users asked of it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import assert_problem, run_server
from .test_articles import _missing_pipeline

pytestmark = pytest.mark.skipif(_missing_pipeline() is not None, reason=str(_missing_pipeline()))

DEMO = Path(__file__).resolve().parents[2] / "eventgraph" / "data" / "demo" / "articles.jsonl"


@pytest.fixture(scope="module")
def loaded(store_target, request):
    seed = request.getfixturevalue("seed_article_path")  # skips without ../shared
    with run_server(store_target) as api:
        r = api.post("/articles", json={"id": "seed-article", "published": "2024-10-21",
                                        "title": "White House: Reports of North Korea deploying to Russia",
                                        "text": seed.read_text(encoding="utf-8")})
        assert r.status_code == 200, r.text
        assert r.json()["failed"] == []
        if DEMO.is_file():  # the packaged demo data, posted in a few requests
            lines = [json.loads(ln) for ln in DEMO.read_text(encoding="utf-8").splitlines() if ln.strip()]
            for i in range(0, len(lines), 20):
                r = api.post("/articles", json=lines[i:i + 20])
                assert r.status_code == 200, r.text
        yield api


def test_ego_network_of_russia(loaded):
    near = {n["id"] for n in loaded.get("/subgraph", params={"actor": "RUS"}).json()["nodes"]}
    assert {"PRK", "KOR", "CHN", "IND", "TUR", "IRN"} <= near
    two_hops = {n["id"] for n in loaded.get("/subgraph", params={"actor": "RUS", "depth": 2}).json()["nodes"]}
    assert {"PRK", "KOR", "CHN", "IND", "TUR", "IRN", "BRICS"} <= two_hops


def test_russia_north_korea_timeline(loaded):
    t = loaded.get("/timeline", params={"actor": "RUS", "other": "PRK", "interval": "month"}).json()
    by_month = {b["start"][:7]: b["count"] for b in t["buckets"]}
    assert by_month["2023-09"] > 0 and by_month["2024-10"] > 0
    assert t["total"] == len(loaded.get("/events", params={"actor": "RUS", "other": "PRK", "limit": 1000})
                             .json()["items"])


def test_seoul_summons_the_russian_ambassador(loaded):
    items = loaded.get("/events", params={"type": "SUMMON_AMBASSADOR", "limit": 1000}).json()["items"]
    hits = [e for e in items if (e["source"]["id"], e["target"]["id"], e["date"]) == ("KOR", "RUS", "2024-10-21")]
    assert hits, items
    detail = loaded.get(f"/events/{hits[0]['id']}").json()
    seed_ev = [v for v in detail["evidence_list"] if v["article_id"] == "seed-article"]
    assert seed_ev and "South Korea summoned the Russian ambassador" in seed_ev[0]["sentence"]
    assert seed_ev[0]["published"] == "2024-10-21"


def test_brics_in_mid_2024(loaded):
    members = {m["id"]: m for m in loaded.get("/memberships", params={"bloc": "BRICS", "at": "2024-06-01"})
               .json()["members"]}
    assert {"IRN", "EGY", "ETH", "ARE"} <= {i for i, m in members.items() if m["status"] in ("member", "founder")}
    assert any(p["source"] == "event" for p in members["IRN"]["provenance"])


def test_bad_parameters_on_real_data(loaded):
    assert_problem(loaded.get("/timeline", params={"actor": "RUS", "interval": "fortnight"}), 422, "interval")
    assert_problem(loaded.get("/subgraph", params={"actor": "RUS", "depth": 5}), 422, "depth")
    assert_problem(loaded.get("/events", params={"since": "2024-10-32"}), 422, "since")
