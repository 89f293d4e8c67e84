from __future__ import annotations

from .conftest import assert_problem


def test_shortest_chain_through_russia(api):
    body = api.get("/paths", params={"from": "KOR", "to": "EGY"}).json()
    assert body["from"] == "KOR" and body["to"] == "EGY"
    (chain,) = body["paths"]
    assert chain["hops"] == 3
    assert chain["actors"] == ["KOR", "RUS", "BRICS", "EGY"]
    assert [e["type"] for e in chain["edges"]][::2] == ["SUMMON_AMBASSADOR", "JOIN_BLOC"]


def test_all_shortest_chains_and_type_filter(api):
    body = api.get("/paths", params={"from": "TUR", "to": "IRN"}).json()
    assert [c["actors"] for c in body["paths"]] == [["TUR", "BRICS", "IRN"], ["TUR", "RUS", "IRN"]]
    only_meet = api.get("/paths", params={"from": "TUR", "to": "IRN", "type": "MEET"}).json()
    assert [c["actors"] for c in only_meet["paths"]] == [["TUR", "RUS", "IRN"]]
    assert all(e["type"] == "MEET" for c in only_meet["paths"] for e in c["edges"])


def test_no_chain_within_max_hops(api):
    assert api.get("/paths", params={"from": "KOR", "to": "EGY", "max_hops": 2}).json()["paths"] == []


def test_bad_path_parameters(api):
    assert_problem(api.get("/paths", params={"from": "KOR"}), 422, "to")
    assert_problem(api.get("/paths", params={"from": "KOR", "to": "EGY", "max_hops": 7}), 422, "max_hops")
    assert_problem(api.get("/paths", params={"from": "KOR", "to": "EGY", "type": "X"}), 422, "type")
    assert_problem(api.get("/paths", params={"from": "NOPE", "to": "EGY"}), 404)
