from __future__ import annotations

from .conftest import assert_problem


def test_search_by_part_of_name(api):
    r = api.get("/actors", params={"q": "korea"})
    assert r.status_code == 200
    ids = [a["id"] for a in r.json()]
    assert set(ids) >= {"PRK", "KOR"}
    assert all(a["event_count"] >= 1 for a in r.json())


def test_search_by_kind_and_limit(api):
    r = api.get("/actors", params={"kind": "organization"})
    assert [a["id"] for a in r.json()] == ["BRICS"]
    assert len(api.get("/actors", params={"limit": 2}).json()) == 2
    assert_problem(api.get("/actors", params={"kind": "planet"}), 422, "kind")


def test_actor_detail_has_counts_by_type_and_memberships(api):
    r = api.get("/actors/IRN")
    assert r.status_code == 200
    body = r.json()
    assert body["name"] == "Iran" and body["kind"] == "state" and body["country"] == "IRN"
    assert body["event_counts"] == {"JOIN_BLOC": 1, "MEET": 1}
    assert body["event_total"] == 2
    brics = [m for m in body["memberships"] if m["bloc"] == "BRICS"]
    assert brics and any(p["source"] == "event" for m in brics for p in m["provenance"])
    assert any(m["status"] == "member" and m["since"].startswith("2024") for m in brics)


def test_unknown_actor_is_404(api):
    body = assert_problem(api.get("/actors/XXX-NOPE"), 404)
    assert "XXX-NOPE" in body["detail"]


def test_gazetteer_fills_aliases_roles_and_founding_memberships(api):
    # the gazetteer ships with the package: aliases find store actors, facts date memberships
    assert "RUS" in [a["id"] for a in api.get("/actors", params={"q": "Kremlin"}).json()]
    rus = api.get("/actors/RUS").json()
    assert "Russian Federation" in rus["aliases"]
    (brics,) = [m for m in rus["memberships"] if m["bloc"] == "BRICS"]
    assert brics["status"] == "founder" and brics["since"] == "2009-06-16"
    assert brics["provenance"][0]["source"] == "gazetteer"
    # a person only the gazetteer knows: no events, but roles over time
    putin = api.get("/actors/PER:vladimir-putin").json()
    assert putin["kind"] == "person" and putin["event_total"] == 0
    assert [r["role"] for r in putin["roles"]][:2] == ["president", "prime minister"]
