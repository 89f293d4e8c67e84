from __future__ import annotations

import networkx as nx

from .conftest import assert_problem


def test_ego_network_depth_1(api):
    g = api.get("/subgraph", params={"actor": "RUS"}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert ids >= {"RUS", "PRK", "KOR", "CHN", "IND", "TUR", "IRN", "BRICS", "USA"}
    assert "EGY" not in ids  # EGY is two hops away (EGY -> BRICS -> RUS)
    assert all({"kind", "country"} <= n.keys() for n in g["nodes"])
    assert all("RUS" in (link["source"], link["target"]) for link in g["links"])
    link = next(link for link in g["links"] if link["type"] == "SUMMON_AMBASSADOR")
    assert (link["source"], link["target"], link["date"], link["status"]) == ("KOR", "RUS", "2024-10-21", "occurred")
    assert link["event_id"].startswith("ev-")


def test_ego_network_depth_2_and_filters(api):
    g = api.get("/subgraph", params={"actor": "RUS", "depth": 2}).json()
    assert {"EGY", "ETH", "ARE"} <= {n["id"] for n in g["nodes"]}
    g = api.get("/subgraph", params={"actor": "RUS", "type": "MEET", "since": "2024"}).json()
    assert {link["type"] for link in g["links"]} == {"MEET"}
    assert "PRK" not in {n["id"] for n in g["nodes"]}  # the PRK meeting was in 2023


def test_nodelink_loads_in_networkx(api):
    g = api.get("/subgraph", params={"actor": "RUS"}).json()
    graph = nx.node_link_graph(g, edges="links")
    assert graph.has_edge("KOR", "RUS") and graph.nodes["KOR"]["name"] == "South Korea"
    assert graph.number_of_edges() == len(g["links"])


def test_actor_set_and_limit(api):
    g = api.get("/subgraph", params={"actors": "RUS,PRK,KOR"}).json()
    assert {n["id"] for n in g["nodes"]} == {"RUS", "PRK", "KOR"}
    assert len(g["links"]) == 3  # summon, troops, the 2023 meeting
    g = api.get("/subgraph", params=[("actors", "RUS"), ("actors", "PRK")]).json()
    assert {link["type"] for link in g["links"]} == {"MEET", "DEPLOY_TROOPS"}
    assert len(api.get("/subgraph", params={"actor": "RUS", "limit": 2}).json()["links"]) == 2


def test_aggregate_and_cytoscape(api):
    g = api.get("/subgraph", params={"actor": "BRICS", "aggregate": "true", "format": "cytoscape"}).json()
    nodes, edges = g["elements"]["nodes"], g["elements"]["edges"]
    assert {n["data"]["id"] for n in nodes} >= {"BRICS", "IRN", "TUR"}
    assert all(n["data"]["label"] for n in nodes)
    join = next(e["data"] for e in edges if e["data"]["source"] == "IRN" and e["data"]["type"] == "JOIN_BLOC")
    assert join["target"] == "BRICS" and join["weight"] == 1 and len(join["event_ids"]) == 1
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # Cytoscape needs unique ids

    g = api.get("/subgraph", params={"actors": "KOR,RUS,PRK,USA", "aggregate": "true"}).json()
    assert g["multigraph"] is False
    assert sum(link["weight"] for link in g["links"]) == 5  # summon, troops, meet, accuse, cooperate


def test_bad_subgraph_parameters(api):
    assert_problem(api.get("/subgraph", params={"actor": "RUS", "depth": 4}), 422, "depth")
    assert_problem(api.get("/subgraph", params={"actor": "RUS", "depth": 0}), 422, "depth")
    assert_problem(api.get("/subgraph", params={"actor": "RUS", "format": "gexf"}), 422, "format")
    assert_problem(api.get("/subgraph"), 422, "actor")
    assert_problem(api.get("/subgraph", params={"actor": "RUS", "actors": "PRK"}), 422, "actor")
    assert_problem(api.get("/subgraph", params={"actor": "ZZZ"}), 404)
