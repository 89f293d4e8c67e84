from __future__ import annotations

from .conftest import Target, assert_problem, free_port
from . import sample


def test_health_reports_store_kind_and_counts(api, store_target):
    r = api.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["store"]["reachable"] is True
    assert body["store"]["kind"] == ("neo4j" if "://" in store_target.uri else "embedded")
    counts = body["store"]["counts"]
    assert counts["events"] == sample.N_EVENTS
    assert counts["articles"] == 4
    assert counts["actors"] == 13  # every sample actor but BRA, which has no event


def test_unreachable_store_gives_503_with_retry_after(serve):
    # a Bolt URI where nothing listens: the server starts, and says so instead of failing
    api = serve(Target(f"bolt://127.0.0.1:{free_port()}", "neo4j", "x"))
    r = api.get("/health")
    assert r.status_code == 503
    assert r.headers["retry-after"].isdigit()
    assert r.json()["store"]["reachable"] is False
    r = api.get("/events")
    assert_problem(r, 503)
    assert r.headers["retry-after"].isdigit()
