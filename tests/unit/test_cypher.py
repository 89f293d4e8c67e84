"""The Cypher files eventgraph ships: loadable, parameterised, and in step with the code."""
from __future__ import annotations

import re
import urllib.request

import pytest

from eventgraph import cypher
from eventgraph.models import EVENT_TYPES
from eventgraph.store.neo4j import DIRECT_TYPES, KIND_LABELS, _edge_props


def test_every_query_file_loads_and_documents_its_parameters():
    names = cypher.query_names()
    assert "create_events" in names and "list_events" in names
    for name in names:
        text = cypher.query(name)
        header = "\n".join(l for l in text.splitlines() if l.startswith("//"))
        assert header, f"{name}: no header comment"
        for p in cypher.params_of(name):
            assert f"${p}" in header, f"{name}: ${p} is not documented in the header"


def test_unknown_or_unsafe_query_names_are_refused():
    with pytest.raises(cypher.CypherFileError):
        cypher.query("no_such_query")
    with pytest.raises(cypher.CypherFileError):
        cypher.query("../schema")


def test_readable_edge_types_come_from_the_fixed_table():
    # create_events takes the readable edge's type as a dynamic type from r.rel, which the
    # store fills from DIRECT_TYPES only: every event type has a plain, fixed edge type
    text = cypher.strip_comments(cypher.query("create_events"))
    assert "CREATE (s)-[:$(r.rel) {" in text
    assert set(re.findall(r"\[:([A-Z_]+)", text)) == {"SOURCE_OF", "TARGET", "REPORTS"}
    assert set(DIRECT_TYPES) <= set(EVENT_TYPES)
    assert set(DIRECT_TYPES) >= {"MEET", "DEPLOY_TROOPS", "SUMMON_AMBASSADOR", "JOIN_BLOC", "APPLY_MEMBERSHIP"}
    assert all(re.fullmatch(r"[A-Z][A-Z_]*", rel) for rel in DIRECT_TYPES.values())
    assert DIRECT_TYPES["MEET"] == "MET" and DIRECT_TYPES["JOIN_BLOC"] == "MEMBER_OF"


def test_edge_props_use_the_table_and_need_a_target():
    event = {"type": "JOIN_BLOC", "target_id": "BRICS", "date": "2024-01"}
    assert _edge_props(event) == ("MEMBER_OF", "2024-01")
    assert _edge_props({**event, "type": "MEET"}) == ("MET", None)
    assert _edge_props({**event, "target_id": None}) == (None, None)
    assert _edge_props({**event, "type": "NOT A TYPE) DETACH DELETE (x"}) == (None, None)


def test_kind_labels_match_merge_actors():
    text = cypher.strip_comments(cypher.query("merge_actors"))
    assert dict(re.findall(r"a\.kind = '([a-z]+)' THEN \[1\] ELSE \[\] END \| SET n:([A-Za-z]+)", text)) == KIND_LABELS


def test_schema_has_the_community_edition_constraints_and_indexes():
    stmts = cypher.schema_statements()
    assert all("IF NOT EXISTS" in s for s in stmts)
    joined = "\n".join(stmts)
    for label in ("Event", "Actor", "Article"):
        assert re.search(rf"FOR \(\w+:{label}\) REQUIRE \w+\.id IS UNIQUE", joined)
    for prop in ("pair_key", "date_start", "type"):
        assert re.search(rf"FOR \(e:Event\) ON \(e\.{prop}\)", joined)


def test_guide_has_runnable_queries_and_is_served_with_cors():
    queries = cypher.guide_queries()
    assert len(queries) >= 8 and all(q and "&lt;" not in q and "&gt;" not in q for q in queries)
    server = cypher.serve_guide("127.0.0.1", 0)
    import threading

    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{cypher.GUIDE_FILE}"
        with urllib.request.urlopen(url, timeout=5) as resp:
            assert resp.headers["Access-Control-Allow-Origin"] == "*"
            body = resp.read().decode()
        assert "<slide" in body and cypher.guide_queries(body) == queries
    finally:
        server.shutdown()
        server.server_close()


def test_top_level_cypher_folder_is_the_packaged_one(repo_root):
    top = repo_root / "cypher"
    if not top.exists():
        pytest.skip("no top-level cypher/ in this checkout")
    assert (top / "schema.cypher").read_text() == (cypher.CYPHER_DIR / "schema.cypher").read_text()
    assert sorted(p.name for p in (top / "queries").glob("*.cypher")) == \
        sorted(f"{n}.cypher" for n in cypher.query_names())
