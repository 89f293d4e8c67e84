"""Cross-cutting behaviour: problem+json shapes, API key, CORS, body size, OpenAPI."""
from __future__ import annotations

import json

from .conftest import assert_problem


def test_problem_shapes(api):
    body = assert_problem(api.get("/events/nope"), 404)
    assert body["instance"] == "/events/nope"
    body = assert_problem(api.get("/subgraph", params={"actor": "RUS", "depth": 9}), 422, "depth")
    assert body["errors"][0]["in"] == "query" and "3" in body["errors"][0]["message"]
    assert_problem(api.get("/no-such-route"), 404)
    assert_problem(api.delete("/events"), 405)


def test_post_validation_names_index_and_field(api):
    r = api.post("/articles", json=[{"text": "ok"}, {"title": "no text"}, {"text": "x", "published": "2024-02-30"}])
    body = assert_problem(r, 422)
    names = {e["parameter"] for e in body["errors"]}
    assert names == {"[1].text", "[2].published"}
    assert all(e["in"] == "body" for e in body["errors"])
    body = assert_problem(api.post("/articles", json={"text": "", "colour": "red"}), 422)
    assert {e["parameter"] for e in body["errors"]} == {"text", "colour"}
    assert_problem(api.post("/articles", content=b"{not json", headers={"content-type": "application/json"}), 422)
    assert_problem(api.post("/articles", json=[]), 422)
    assert_problem(api.post("/articles", json="just a string"), 422)


def test_openapi_documents_every_parameter(api):
    spec = api.get("/openapi.json").json()
    assert {"/health", "/actors", "/actors/{actor_id}", "/events", "/events/{event_id}", "/subgraph",
            "/paths", "/timeline", "/memberships", "/articles"} <= set(spec["paths"])
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for p in op.get("parameters", []):
                assert p.get("description"), f"{method.upper()} {path}: {p['name']} has no description"
            assert "200" in op["responses"]
            assert "$ref" in json.dumps(op["responses"]["200"]) or path == "/subgraph"
    assert "examples" in spec["components"]["schemas"]["Event"]


def test_writes_need_the_api_key_when_set_reads_do_not(serve, filled_target):
    api = serve(filled_target, EVENTGRAPH_API_KEY="s3cret")
    assert api.get("/events", params={"limit": 1}).status_code == 200
    assert_problem(api.post("/articles", json={"text": "x"}), 401)
    assert_problem(api.post("/articles", json={"text": "x"}, headers={"X-API-Key": "wrong"}), 401)
    # with the key the request gets past the check (and on to validation)
    r = api.post("/articles", json={"title": "no text"}, headers={"X-API-Key": "s3cret"})
    assert_problem(r, 422)


def test_cors_is_off_by_default(api):
    r = api.get("/health", headers={"Origin": "https://dash.example.org"})
    assert "access-control-allow-origin" not in r.headers
    r = api.options("/events", headers={"Origin": "https://dash.example.org", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in r.headers


def test_cors_when_configured(serve, filled_target):
    api = serve(filled_target, EVENTGRAPH_CORS_ORIGINS="https://dash.example.org,https://other.example.org")
    r = api.get("/health", headers={"Origin": "https://dash.example.org"})
    assert r.headers["access-control-allow-origin"] == "https://dash.example.org"
    r = api.get("/health", headers={"Origin": "https://evil.example.org"})
    assert "access-control-allow-origin" not in r.headers


def test_body_too_large_is_413(serve, filled_target):
    api = serve(filled_target, EVENTGRAPH_MAX_BODY_BYTES="1000")
    assert_problem(api.post("/articles", json={"text": "x" * 2000}), 413)

    def chunks():  # no Content-Length: the limit applies while reading
        for _ in range(5):
            yield b" " * 400

    assert_problem(api.post("/articles", content=chunks(), headers={"content-type": "application/json"}), 413)
