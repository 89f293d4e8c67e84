"""The API under hostile use: generated requests from its own OpenAPI document (schemathesis),
injection-shaped ids and names on both stores, the API key, size and depth caps, CORS."""
from __future__ import annotations

import ast
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from eventgraph.models import Actor, Article, Event
from eventgraph.store import open_store
from tests.api import sample

from .helpers import LONG, REPO, neo4j_owned, serve

EXAMPLES = 200 if LONG else 20

# -- schemathesis -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A live server over the sample data in an embedded store."""
    target = str(tmp_path_factory.mktemp("hostile") / "eventgraph.db")
    with open_store(target) as store:
        store.ingest(sample.batch())
    with serve(target) as client:
        yield client


CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.response_schema_conformance,
          schemathesis.checks.content_type_conformance, schemathesis.checks.status_code_conformance,
          schemathesis.checks.response_headers_conformance]


def operations(base: str):
    schema = schemathesis.openapi.from_url(base + "/openapi.json")
    return [r.ok() for r in schema.get_all_operations()]


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda m: m.value)
def test_generated_requests_get_no_5xx_and_match_the_schema(live, mode):
    """Valid (positive) and invalid (negative) requests for every operation in /openapi.json:
    every answer is documented, well-formed and never a 5xx."""
    base = str(live.base_url).rstrip("/")
    ops = operations(base)
    assert {f"{o.method.upper()} {o.path}" for o in ops} >= {"GET /events", "GET /subgraph", "POST /articles"}
    for op in ops:
        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG, database=None,
                  suppress_health_check=list(HealthCheck))
        def run(case):
            case.call_and_validate(base_url=base, checks=CHECKS, timeout=120)

        try:
            run()
        except Unsatisfiable:  # no invalid request exists for it (e.g. GET /health)
            assert mode is schemathesis.GenerationMode.NEGATIVE, op


# -- injection-shaped data --------------------------------------------------------------------

EVIL = [
    "x'}) DETACH DELETE n //",
    "`) MATCH (n) DETACH DELETE n //",
    "\" OR 1=1 --",
    "'; DROP TABLE events; --",
    "RUS' OR '1'='1",
    "{id: $id}) RETURN n",
    "$actor",
    "%s %(id)s {0} {{x}}",
    "}]->(x) DELETE x WITH 1 AS y MATCH (z",
    "CALL db.labels() YIELD label RETURN label",
    "Россия 🇷🇺 ‮kcatta‬ كوريا",
    "a\\b\\\\c\"d'e`f",
    "a\x00b",
]


def evil_batch() -> list[tuple[Article, list[Event]]]:
    out = []
    kor = sample.A["KOR"]
    for i, s in enumerate(EVIL):
        actor = Actor(s, s + " (name)", "state", None)
        art = Article(id=f"evil-{i}-{s}", title=s, url=s, source=s, published="2024-10-21", text=s)
        ev = Event("MEET", actor, kor, date="2024-10-21", evidence=f"{s} met South Korea.", article_id=art.id,
                   confidence=0.7)
        out.append((art, [ev]))
    return out


def check_evil_round_trip(client: httpx.Client) -> None:
    before = client.get("/health").json()["store"]["counts"]
    for s in EVIL:
        if "/" not in s:  # a slash cannot be in a path segment; ids with one are reached by query
            r = client.get("/actors/" + quote(s, safe=""))
            assert r.status_code == 200, (s, r.text)
            assert (r.json()["id"], r.json()["name"]) == (s, s + " (name)")
        found = client.get("/actors", params={"q": s}).json()
        assert s in [a["id"] for a in found], s
        page = client.get("/events", params={"actor": s}).json()["items"]
        assert len(page) == 1 and {page[0]["source"]["id"], page[0]["target"]["id"]} == {s, "KOR"}, (s, page)
        detail = client.get("/events/" + page[0]["id"]).json()
        assert {(e["article_id"], e["title"], e["url"], e["sentence"]) for e in detail["evidence_list"]} == {
            (f"evil-{EVIL.index(s)}-{s}", s, s, f"{s} met South Korea.")}
        g = client.get("/subgraph", params={"actor": s, "depth": 2}).json()
        assert s in [n["id"] for n in g["nodes"]]
        r = client.get("/paths", params={"from": s, "to": "RUS", "max_hops": 3})
        assert r.status_code == 200 and r.json()["paths"], (s, r.text)  # s - KOR - RUS
        assert client.get("/timeline", params={"actor": s, "other": "KOR"}).json()
        assert client.get("/events", params={"actor": s, "type": s}).status_code == 422  # unknown type
    # nothing was deleted or added by reading
    assert client.get("/health").json()["store"]["counts"] == before


def post_evil_articles(client: httpx.Client) -> None:
    before = client.get("/health").json()["store"]["counts"]
    body = [{"id": f"posted-{i}-{s}", "title": s, "source": s, "url": s, "published": "2024-10-22",
             "text": f"Vladimir Putin met Xi Jinping in Beijing on Monday. {s}"} for i, s in enumerate(EVIL)]
    r = client.post("/articles", json=body)
    assert r.status_code == 200, r.text
    assert r.json()["articles_new"] == len(EVIL) and not r.json()["failed"]
    after = client.get("/health").json()["store"]["counts"]
    assert after["articles"] == before["articles"] + len(EVIL)
    assert after["events"] >= before["events"] and after["actors"] >= before["actors"]
    ev_id = r.json()["events"][0]["id"]
    titles = {e["title"] for e in client.get(f"/events/{ev_id}").json()["evidence_list"]}
    assert set(EVIL) <= titles  # stored and returned intact
    # posting the same again is a no-op
    again = client.post("/articles", json=body).json()
    assert (again["articles_new"], again["articles_skipped"]) == (0, len(EVIL))
    assert client.get("/health").json()["store"]["counts"] == after


def test_injection_shaped_names_are_data_embedded(tmp_path):
    target = str(tmp_path / "evil.db")
    with open_store(target) as store:
        store.ingest(sample.batch())
        store.ingest(evil_batch())
    with serve(target) as client:
        check_evil_round_trip(client)
        post_evil_articles(client)


@pytest.mark.neo4j
def test_injection_shaped_names_are_data_neo4j(neo4j_uri):
    with neo4j_owned(neo4j_uri):
        with open_store(neo4j_uri) as store:
            store.ingest(sample.batch())
            store.ingest(evil_batch())
            n_sample = store.counts()
        with serve(neo4j_uri) as client:
            check_evil_round_trip(client)
            post_evil_articles(client)
        with open_store(neo4j_uri) as store:
            assert store.counts()["articles"] == n_sample["articles"] + len(EVIL)


# -- API key, caps, CORS ----------------------------------------------------------------------

def test_the_api_key_is_compared_in_constant_time():
    tree = ast.parse((REPO / "api" / "deps.py").read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "require_api_key")
    calls = {ast.unparse(c.func) for c in ast.walk(fn) if isinstance(c, ast.Call)}
    assert calls & {"hmac.compare_digest", "secrets.compare_digest"}, calls
    # and the key is never compared with == / != / in
    for node in ast.walk(fn):
        if isinstance(node, ast.Compare):
            names = {ast.unparse(x) for x in [node.left, *node.comparators]}
            assert not any("key" in n or "given" in n for n in names if n != "None"), ast.unparse(node)


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    target = str(tmp_path_factory.mktemp("guarded") / "eventgraph.db")
    with open_store(target) as store:
        store.ingest(sample.batch())
    with serve(target, EVENTGRAPH_API_KEY="s3cret-key", EVENTGRAPH_MAX_BODY_BYTES="2000",
                    EVENTGRAPH_MAX_DEPTH="2", EVENTGRAPH_MAX_LIMIT="50", EVENTGRAPH_MAX_HOPS="3") as client:
        yield client


ARTICLE = {"id": "k-1", "text": "Vladimir Putin met Xi Jinping in Beijing on Monday.", "published": "2024-05-16"}


@pytest.mark.parametrize("key", [None, "", "s3cret-ke", "S3CRET-KEY", "s3cret-key" * 1000, "é-latin1",
                                 "s3cret-key, s3cret-key", "Bearer s3cret-key", "s3cret-key\x7f"])
def test_writes_without_the_right_key_are_refused(guarded, key):
    headers = {} if key is None else {"X-API-Key": key.encode("latin-1")}
    before = guarded.get("/health").json()["store"]["counts"]
    r = guarded.post("/articles", json=ARTICLE, headers=headers)
    assert r.status_code in (400, 401), r.text  # 400: a header httpx/h11 itself refuses to carry
    assert r.status_code != 401 or r.headers["content-type"].startswith("application/problem+json")
    assert guarded.get("/health").json()["store"]["counts"] == before


def test_the_right_key_writes_and_reads_need_none(guarded):
    assert guarded.get("/events").status_code == 200
    r = guarded.post("/articles", json=ARTICLE, headers={"X-API-Key": "s3cret-key"})
    assert r.status_code == 200 and r.json()["articles_new"] in (0, 1)


def test_bodies_over_the_cap_are_413_with_or_without_a_length(guarded):
    big = {"text": "Russia met China. " * 200}
    r = guarded.post("/articles", json=big, headers={"X-API-Key": "s3cret-key"})
    assert r.status_code == 413, r.text

    def chunks():  # chunked transfer: no Content-Length for the server to check first
        for _ in range(40):
            yield b" " * 100
        yield b'{"text": "Russia met China."}'

    r = guarded.post("/articles", content=chunks(), headers={"X-API-Key": "s3cret-key",
                                                             "Content-Type": "application/json"})
    assert r.status_code == 413, r.text


@pytest.mark.parametrize("path,params,name", [
    ("/subgraph", {"actor": "RUS", "depth": 3}, "depth"),
    ("/subgraph", {"actor": "RUS", "depth": 10**12}, "depth"),
    ("/subgraph", {"actor": "RUS", "limit": 51}, "limit"),
    ("/events", {"limit": 51}, "limit"),
    ("/events", {"limit": 10**30}, "limit"),
    ("/actors", {"limit": 100000}, "limit"),
    ("/paths", {"from": "RUS", "to": "KOR", "max_hops": 4}, "max_hops"),
    ("/paths", {"from": "RUS", "to": "KOR", "limit": 10**9}, "limit"),
])
def test_depth_limit_and_hops_are_capped(guarded, path, params, name):
    r = guarded.get(path, params=params)
    assert r.status_code == 422, r.text
    assert name in [e["parameter"] for e in r.json()["errors"]], r.json()


def test_cors_is_off_unless_configured(guarded):
    r = guarded.get("/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    r = guarded.options("/articles", headers={"Origin": "https://evil.example",
                                              "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "X-API-Key"})
    assert "access-control-allow-origin" not in r.headers and r.status_code >= 400
