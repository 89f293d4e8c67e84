"""Cross-article dedup does not depend on ingest order (base.choose_match / absorb_target).

The same reports are ingested in every order, one article per batch and all in one batch,
and the stored result (events, their evidence, actor counts) must be the same each time and
the one the merge rule says. Runs on both stores (the `store` fixture).
"""
from __future__ import annotations

import itertools

import pytest

from eventgraph.models import Article, Event
from eventgraph.store.base import EventFilter
from eventgraph.store.embedded import EmbeddedStore
from tests.neo4j_helpers import wipe as neo4j_wipe
from tests.actors import USA, KOR, RUS, PRK, IRN, BRICS, KOR_MOFA



def report(aid: str, published: str | None, *events: Event) -> tuple[Article, list[Event]]:
    return (Article(text=f"Text of {aid}.", id=aid, title=f"Title of {aid}", published=published,
                    url=f"https://example.org/{aid}", source="Example News"), list(events))


# Two meetings of one pair a month apart (must stay two) and an undated report published
# between them (it is the March meeting), plus an unrelated pair with an undated summons.
MEET_MAR = Event("MEET", USA, KOR, date="2024-03-05", confidence=0.6, plover="CONSULT",
                 evidence="The presidents met in Washington on Tuesday.")
MEET_APR = Event("MEET", USA, KOR, date="2024-04-07", confidence=0.7,
                 evidence="They met again in Seoul on Sunday.")
MEET_UNDATED = Event("MEET", KOR, USA, date=None, confidence=0.9, cameo="040",
                     source_agent=KOR_MOFA, evidence="Seoul and Washington held talks.")
SUMMON_UNDATED = Event("SUMMON_AMBASSADOR", KOR, RUS, date=None, confidence=0.5,
                       evidence="Seoul summoned the Russian envoy.")
DEPLOY = Event("DEPLOY_TROOPS", PRK, RUS, date="2024-01", evidence="Troops were sent in January.")
REPEATED = [
    report("mar", "2024-03-06", MEET_MAR),
    report("apr", "2024-04-08", MEET_APR),
    report("und", "2024-03-20", MEET_UNDATED),
    report("other", "2024-02-01", SUMMON_UNDATED, DEPLOY),
]

# A one-off: Iran joins BRICS once; undated reports before and after the dated one are it,
# whatever their publication day. The application is another pair.
JOIN_PLANNED = Event("JOIN_BLOC", IRN, BRICS, date=None, status="planned", confidence=0.4,
                     evidence="Iran will join BRICS.")
JOIN_DATED = Event("JOIN_BLOC", IRN, BRICS, date="2024-01-01", confidence=0.8,
                   evidence="Iran joined BRICS on 1 January.")
JOIN_LATER = Event("JOIN_BLOC", IRN, BRICS, date=None, confidence=0.3,
                   evidence="Iran, a BRICS member, ...")
APPLY = Event("APPLY_MEMBERSHIP", IRN, BRICS, date="2023", evidence="Iran applied in 2023.")
ONE_OFF = [
    report("plan", "2023-08-25", JOIN_PLANNED, APPLY),
    report("dated", "2024-01-02", JOIN_DATED),
    report("later", "2024-02-01", JOIN_LATER),
]


def snapshot(store) -> dict:
    """Everything a reader sees: each event with its evidence, actor counts, totals."""
    events, cursor = [], None
    while True:
        page, cursor = store.list_events(EventFilter(), 50, cursor)
        events += page
        if cursor is None:
            break
    return {"events": [store.get_event(e["id"]) for e in events],
            "actors": store.search_actors(None, None, 50),
            "counts": store.counts()}


def dangling_edges(store) -> int:
    """Neo4j only: readable actor-to-actor edges whose event is gone (0 for SQLite)."""
    if store.kind != "neo4j":
        return 0
    with store._driver.session(database=store.database) as s:
        return s.run("MATCH (:Actor)-[x]->(:Actor) WHERE x.event_id IS NOT NULL "
                     "AND NOT EXISTS { MATCH (e:Event {id: x.event_id}) } "
                     "RETURN count(x) AS n").single()["n"]


def wipe(store, tmp_path, n: int):
    """An empty store of the same kind."""
    if store.kind == "embedded":
        store.close()
        return EmbeddedStore(tmp_path / f"order-{n}.db")
    neo4j_wipe(store._driver, store.database)
    return store


def every_order(store, tmp_path, reports):
    """Snapshots after ingesting `reports` in every order, per article and in one batch."""
    out, n = [], 0
    for order in itertools.permutations(reports):
        for one_batch in (False, True):
            n += 1
            store = wipe(store, tmp_path, n)
            if one_batch:
                store.ingest(list(order))
            else:
                for r in order:
                    store.ingest([r])
            out.append((order, one_batch, snapshot(store), dangling_edges(store)))
            store.ingest(list(order))  # re-ingest changes nothing
            assert snapshot(store) == out[-1][2]
    store.close()
    return out


def evidence_of(snap, event_id):
    ev = next(e for e in snap["events"] if e["id"] == event_id)
    return sorted((x["article_id"], x["sentence"]) for x in ev["evidence_list"])


@pytest.mark.parametrize("reports", [REPEATED, ONE_OFF], ids=["repeated", "one-off"])
def test_stored_events_do_not_depend_on_ingest_order(store, tmp_path, reports):
    runs = every_order(store, tmp_path, reports)
    first = runs[0][2]
    for order, one_batch, snap, dangling in runs:
        assert dangling == 0
        assert snap == first, ([a.id for a, _ in order], one_batch)


def test_repeated_meetings_stay_two_and_the_undated_report_joins_the_earlier(store):
    for r in (REPEATED[2], REPEATED[1], REPEATED[3], REPEATED[0]):  # undated first
        store.ingest([r])
    snap = snapshot(store)
    assert snap["counts"]["events"] == 4  # March, April, the summons, the deployment
    assert evidence_of(snap, MEET_MAR.id) == [("mar", MEET_MAR.evidence),
                                              ("und", MEET_UNDATED.evidence)]
    assert evidence_of(snap, MEET_APR.id) == [("apr", MEET_APR.evidence)]
    march = next(e for e in snap["events"] if e["id"] == MEET_MAR.id)
    # the dated report names the event; the undated one adds what it knew
    assert (march["source"]["id"], march["article_id"], march["confidence"], march["plover"],
            march["cameo"], march["source_agent"]["id"]) == (
        "USA", "mar", 0.9, "CONSULT", "040", KOR_MOFA.id)
    assert MEET_UNDATED.id not in {e["id"] for e in snap["events"]}
    assert SUMMON_UNDATED.id in {e["id"] for e in snap["events"]}  # nothing dated to join
    counts = {a["id"]: a["event_count"] for a in snap["actors"]}
    assert (counts["USA"], counts["KOR"], counts["RUS"]) == (2, 3, 2)


def test_one_off_undated_reports_before_and_after_join_the_dated_event(store):
    rep = store.ingest([ONE_OFF[0], ONE_OFF[2]])
    assert store.counts()["events"] == 2  # nothing dated yet: the undated join is one event
    rep = store.ingest([ONE_OFF[1]])
    assert (rep.events_created, rep.events_absorbed, rep.event_ids) == (1, 1, [JOIN_DATED.id])
    snap = snapshot(store)
    joins = [e for e in snap["events"] if e["type"] == "JOIN_BLOC"]
    assert [(e["id"], e["date"], e["status"], e["article_id"], e["confidence"]) for e in joins] == [
        (JOIN_DATED.id, "2024-01-01", "occurred", "dated", 0.8)]
    assert [a for a, _ in evidence_of(snap, JOIN_DATED.id)] == ["dated", "later", "plan"]
    assert snap["counts"] == {"events": 2, "actors": 2, "articles": 3, "evidence": 4}
