from __future__ import annotations

from .conftest import assert_problem
from . import sample


def all_pages(api, limit, **params):
    items, cursor, pages = [], None, 0
    while True:
        body = api.get("/events", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            return items, pages


def test_newest_first_with_undated_last(api):
    items = api.get("/events").json()["items"]
    assert len(items) == sample.N_EVENTS
    dated = [e["date"] for e in items if e["date"]]
    assert [e["date"] for e in items[:len(dated)]] == dated  # undated ones at the end
    assert items[0]["date"] == "2024-10-22"


def test_cursor_pages_cover_everything_once(api):
    everything = api.get("/events", params={"limit": 1000}).json()["items"]
    paged, pages = all_pages(api, 4)
    assert pages == 4
    assert [e["id"] for e in paged] == [e["id"] for e in everything]


def test_filters_type_comma_and_repeat(api):
    a = api.get("/events", params={"type": "JOIN_BLOC,APPLY_MEMBERSHIP"}).json()["items"]
    b = api.get("/events", params=[("type", "join_bloc"), ("type", "APPLY_MEMBERSHIP")]).json()["items"]
    assert len(a) == 5 and [e["id"] for e in a] == [e["id"] for e in b]
    assert {e["type"] for e in a} == {"JOIN_BLOC", "APPLY_MEMBERSHIP"}


def test_filters_actor_other_status_dates(api):
    pair = api.get("/events", params={"actor": "RUS", "other": "PRK"}).json()["items"]
    assert {(e["type"], e["date"]) for e in pair} == {("MEET", "2023-09-13"), ("DEPLOY_TROOPS", "2024-10")}
    planned = api.get("/events", params={"status": "planned"}).json()["items"]
    assert planned and all(e["status"] == "planned" for e in planned)
    in_2023 = api.get("/events", params={"since": "2023", "until": "2023-12"}).json()["items"]
    assert {e["date"] for e in in_2023} == {"2023-09-13", "2023-02-10"}


def test_summon_with_all_evidence(api):
    items = api.get("/events", params={"type": "SUMMON_AMBASSADOR"}).json()["items"]
    (summon,) = [e for e in items if e["source"]["id"] == "KOR" and e["target"]["id"] == "RUS"]
    assert summon["date"] == "2024-10-21"
    detail = api.get(f"/events/{summon['id']}").json()
    ev = detail["evidence_list"]
    assert [e["article_id"] for e in ev] == ["a-seed", "a-again"]
    assert ev[0]["sentence"] == sample.SUMMON_SENTENCE
    assert ev[0]["title"] == "Seoul summons Russian envoy" and ev[0]["url"] == "https://example.org/seed"
    assert ev[0]["published"] == "2024-10-21"


def test_bad_parameters_are_422_naming_them(api):
    assert_problem(api.get("/events", params={"since": "2024-02-30"}), 422, "since")
    assert_problem(api.get("/events", params={"until": "yesterday"}), 422, "until")
    assert_problem(api.get("/events", params={"since": "2025", "until": "2024"}), 422, "since")
    assert_problem(api.get("/events", params={"type": "HUG"}), 422, "type")
    assert_problem(api.get("/events", params={"status": "rumoured"}), 422, "status")
    assert_problem(api.get("/events", params={"cursor": "not-a-cursor"}), 422, "cursor")
    assert_problem(api.get("/events", params={"limit": 0}), 422, "limit")
    assert_problem(api.get("/events", params={"limit": 1001}), 422, "limit")
    assert_problem(api.get("/events", params={"limit": "ten"}), 422, "limit")
    assert_problem(api.get("/events", params={"other": "PRK"}), 422, "other")


def test_unknown_event_is_404(api):
    assert_problem(api.get("/events/ev-0000000000000000"), 404)
