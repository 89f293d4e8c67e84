from __future__ import annotations

import pytest



def _missing_pipeline() -> str | None:
    try:
        import eventgraph.events  # noqa: F401  (what the pipeline turns docs into events with)
        import eventgraph.pipeline  # noqa: F401
    except ModuleNotFoundError as exc:
        return f"the extraction pipeline is not complete yet: {exc}"
    return None


pytestmark = pytest.mark.skipif(_missing_pipeline() is not None, reason=str(_missing_pipeline()))

TEXT = ("South Korea summoned the Russian ambassador on Monday to protest deepening military "
        "cooperation between North Korea and Moscow.")


@pytest.fixture(scope="module")
def fresh(store_target):
    from .conftest import run_server

    with run_server(store_target) as client:
        yield client


def test_post_one_article_extracts_and_stores(fresh):
    article = {"id": "post-1", "title": "Seoul summons envoy", "published": "2024-10-21", "text": TEXT}
    r = fresh.post("/articles", json=article)
    assert r.status_code == 200, fresh.server_log.read_text()[-3000:]
    body = r.json()
    assert body["articles_new"] == 1 and body["failed"] == []
    summon = [e for e in body["events"] if e["type"] == "SUMMON_AMBASSADOR"]
    assert summon and summon[0]["source"]["id"] == "KOR" and summon[0]["target"]["id"] == "RUS"
    assert summon[0]["date"] == "2024-10-21"
    stored = fresh.get(f"/events/{summon[0]['id']}").json()
    assert stored["evidence_list"][0]["article_id"] == "post-1"

    again = fresh.post("/articles", json=[article]).json()  # idempotent
    assert again["articles_new"] == 0 and again["articles_skipped"] == 1 and again["events"] == []


def test_post_article_longer_than_the_limit_is_422_naming_text(fresh):
    # 1.2 M characters: under the 5 MB body cap, over the 1 M character article limit
    r = fresh.post("/articles", json={"text": "x " * 600_000})
    assert r.status_code == 422, r.text[:500]
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "text" in r.text and "EVENTGRAPH_MAX_ARTICLE_CHARS" in r.text
