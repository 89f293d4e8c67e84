"""Every query in the Neo4j Browser guide (cypher/guide/eventgraph.html) runs on a real
Neo4j holding a small hand-made world ingested through Neo4jStore, and the walkthrough's
questions all get answers."""
from __future__ import annotations

import pytest

from eventgraph import cypher
from eventgraph.models import Actor, Article, Event
from eventgraph.store.neo4j import Neo4jStore
from tests.neo4j_helpers import wipe
from tests.actors import BRICS, PUTIN, XI

pytestmark = pytest.mark.neo4j

A = {i: Actor(i, n, "state", i) for i, n in (
    ("KOR", "South Korea"), ("RUS", "Russia"), ("PRK", "North Korea"), ("CHN", "China"),
    ("IRN", "Iran"), ("TUR", "Turkey"), ("UKR", "Ukraine"), ("USA", "United States"))}


def _world() -> list[tuple[Article, list[Event]]]:
    def art(i, pub, title):
        return Article(text=title, id=i, title=title, published=pub, source="Example News",
                       url=f"https://example.org/{i}")

    def ev(t, s, o, date, sentence, **kw):
        return Event(t, s, o, date=date, evidence=sentence, **kw)

    return [
        (art("g1", "2024-10-21", "Seoul summons Russian ambassador over troops"), [
            ev("SUMMON_AMBASSADOR", A["KOR"], A["RUS"], "2024-10-21",
               "South Korea summoned the Russian ambassador on Monday."),
            ev("DEPLOY_TROOPS", A["PRK"], A["RUS"], "2024-10",
               "North Korea has sent troops to Russia this month."),
        ]),
        (art("g2", "2024-10-23", "Putin and Xi meet in Kazan"), [
            ev("MEET", PUTIN, XI, "2024-10-22", "Putin met Xi in Kazan on Tuesday."),
            ev("MEET", A["RUS"], A["CHN"], "2024-10", "Russia and China held talks."),
            ev("APPLY_MEMBERSHIP", A["TUR"], BRICS, "2024-09-02", "Turkey applied to join BRICS."),
        ]),
        (art("g3", "2024-01-02", "Iran joins BRICS"), [
            ev("JOIN_BLOC", A["IRN"], BRICS, "2024-01-01", "Iran became a member of BRICS."),
        ]),
        (art("g4", "2024-11-05", "Kyiv accuses Pyongyang"), [
            ev("ACCUSE", A["UKR"], A["PRK"], "2024-11-04", "Ukraine accused North Korea."),
            ev("REQUEST", A["KOR"], A["RUS"], "2024-11", "Seoul demanded the troops leave.",
               status="occurred"),
        ]),
        (art("g5", "2024-10-22", "Envoy called in"), [
            ev("SUMMON_AMBASSADOR", A["KOR"], A["RUS"], "2024-10-21",
               "The ministry called in the envoy."),
        ]),
    ]


@pytest.fixture(scope="module")
def store(neo4j_uri, neo4j_auth):
    s = Neo4jStore(neo4j_uri, *neo4j_auth)
    wipe(s._driver)
    s.ingest(_world())
    yield s
    s.close()


QUERIES = cypher.guide_queries()
# the walkthrough's questions: each must answer with rows on the hand-made world
HEADLINES = {
    "meetings in a month": "m.date STARTS WITH '2024-10'",
    "timeline of two states": "{id: 'KOR'}",
    "deployments to a state": "DEPLOYED_TROOPS_TO]->(host",
    "bloc membership": "{id: 'BRICS'}",
    "evidence of an event": "REPORTS]->(e)\nRETURN e.date",
}


def test_guide_has_the_walkthrough_slides():
    assert len(QUERIES) >= 10
    for name, marker in HEADLINES.items():
        assert any(marker in q for q in QUERIES), f"no query for {name}"


@pytest.mark.parametrize("query", QUERIES, ids=[f"q{i}" for i in range(len(QUERIES))])
def test_guide_query_runs(store, query):
    records, summary, _ = store._driver.execute_query(query, database_="neo4j")
    assert summary.query_type == "r", "guide queries only read"
    if any(marker in query for marker in HEADLINES.values()):
        assert records, f"no rows for a walkthrough query:\n{query}"


def test_walkthrough_answers(store):
    def run(marker):
        q = next(q for q in QUERIES if marker in q)
        return [r.data() for r in store._driver.execute_query(q, database_="neo4j").records]

    met = run("RETURN m.date AS date, a.name AS actor")
    assert {(r["actor"], r["met"]) for r in met} == {("Vladimir Putin", "Xi Jinping"), ("Russia", "China")}
    sent = run("DEPLOYED_TROOPS_TO]->(host")
    assert [(r["sender"], r["date"]) for r in sent] == [("North Korea", "2024-10")]
    bloc = run("{id: 'BRICS'}")
    assert [(r["state"], r["step"]) for r in bloc] == [("Iran", "MEMBER_OF"), ("Turkey", "APPLIED_TO_JOIN")]
    evidence = run("REPORTS]->(e)\nRETURN e.date")
    assert sorted(r["article"] for r in evidence) == [
        "Envoy called in", "Seoul summons Russian ambassador over troops"]
    timeline = run("{id: 'KOR'}")
    assert [r["event"] for r in timeline] == ["SUMMON_AMBASSADOR", "REQUEST"]
    roles = run("HOLDS_ROLE")
    # people are linked to the states they served, from the gazetteer's dated roles
    assert ("Vladimir Putin", "president", "Russia") in {(r["person"], r["role"], r["state"]) for r in roles}
