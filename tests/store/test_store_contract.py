"""The GraphStore contract (eventgraph/store/base.py), run unchanged against every store.

Events are built by hand so that these tests say what a store must do, whatever the NLP
pipeline produces. Expected answers are written out for a small world of ten events.
"""
from __future__ import annotations

import pytest

from eventgraph.models import Actor, Article, Event
from eventgraph.store.base import EventFilter, date_start
from tests.actors import KOR, RUS, PRK, USA, CHN, UKR, FIN, SWE, JPN, NATO, KOR_MOFA


ALL = EventFilter()


def art(aid: str, published: str | None = None, title: str | None = None) -> Article:
    return Article(text=f"Text of {aid}.", id=aid, title=title or f"Title of {aid}",
                   published=published, url=f"https://example.org/{aid}", source="Example News")


def ev(type_: str, src: Actor, tgt: Actor | None, date: str | None = None,
       status: str = "occurred", sentence: str | None = None, **kw) -> Event:
    s = sentence or f"{src.name} {type_.lower()} {tgt.name if tgt else ''} ({date}, {status})."
    return Event(type_, src, tgt, date=date, status=status, evidence=s, **kw)


# -- the world: 5 articles, 10 events ---------------------------------------------------
SUMMON = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", plover="REJECT", cameo="1411",
            confidence=0.83, source_agent=KOR_MOFA)
DEPLOY = ev("DEPLOY_TROOPS", PRK, RUS, "2024-10")
MEET_US_KOR = ev("MEET", USA, KOR, "2024-09-01")
SANCTION = ev("SANCTION", USA, PRK, "2024-09", mode="embargo")
MEET_CHN_RUS = ev("MEET", CHN, RUS, "2024-05-16")
ACCUSE = ev("ACCUSE", UKR, PRK, "2024")
JOIN = ev("JOIN_BLOC", FIN, NATO, "2023-04-04")
APPLY = ev("APPLY_MEMBERSHIP", SWE, NATO, "2022-05-18")
THREAT = ev("THREATEN", RUS, FIN, None, status="hypothetical")
DENY = ev("DEPLOY_TROOPS", PRK, RUS, "2024-10", status="denied")

WORLD = [
    (art("w1", "2024-10-21"), [SUMMON, DEPLOY]),
    (art("w2", "2024-09-02"), [MEET_US_KOR, SANCTION]),
    (art("w3", "2024-05-17"), [MEET_CHN_RUS, ACCUSE]),
    (art("w4", "2023-04-05"), [JOIN, APPLY]),
    (art("w5", None), [THREAT, DENY]),
]
EVENTS = [e for _, evs in WORLD for e in evs]


def newest_first(events) -> list[str]:
    """The contract's order, written out: (date_start desc, id desc), undated last."""
    return [e.id for e in sorted(events, key=lambda e: (date_start(e.date) if e.date else "", e.id),
                                 reverse=True)]


def ids(rows) -> list[str]:
    return [r["id"] for r in rows]


def all_pages(store, f: EventFilter, limit: int) -> list[dict]:
    out, cursor = [], None
    while True:
        page, cursor = store.list_events(f, limit, cursor)
        out += page
        if cursor is None:
            return out


@pytest.fixture
def world(store):
    store.ingest(WORLD)
    return store


# -- ingest -----------------------------------------------------------------------------
def test_ingest_counts_and_report(store):
    rep = store.ingest(WORLD)
    assert (rep.articles_new, rep.articles_skipped, rep.events_created, rep.events_merged) == (5, 0, 10, 0)
    assert sorted(rep.event_ids) == sorted(e.id for e in EVENTS)
    # 10 actors: 8 states, NATO, and the foreign ministry acting for KOR
    assert store.counts() == {"events": 10, "actors": 10, "articles": 5, "evidence": 10}


def test_reingest_is_idempotent(store):
    store.ingest(WORLD)
    first = store.counts()
    rep = store.ingest(WORLD)
    assert store.counts() == first
    assert (rep.articles_new, rep.articles_skipped, rep.events_created, rep.events_merged) == (0, 5, 0, 0)
    assert store.known_articles(["w1", "w5", "nope"]) == {"w1", "w5"}


def test_article_repeated_in_one_batch_counts_once(store):
    a = art("dup", "2024-10-21")
    rep = store.ingest([(a, [SUMMON]), (a, [SUMMON])])
    assert (rep.articles_new, rep.articles_skipped) == (1, 1)
    assert store.counts()["evidence"] == 1


def test_evidence_merges_across_articles(store):
    late, early = art("late", "2024-10-22"), art("early", "2024-10-21")
    first = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", sentence="Seoul summoned the envoy.")
    second = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", sentence="The envoy was called in.")
    store.ingest([(late, [first])])
    rep = store.ingest([(early, [second])])
    assert (rep.events_created, rep.events_merged, rep.event_ids) == (0, 1, [first.id])
    assert store.counts()["events"] == 1
    got = store.get_event(first.id)
    # the first stored report names the event; evidence is ordered by publication date
    assert (got["article_id"], got["evidence"]) == ("late", "Seoul summoned the envoy.")
    assert [(x["article_id"], x["sentence"]) for x in got["evidence_list"]] == [
        ("early", "The envoy was called in."), ("late", "Seoul summoned the envoy.")]


def test_evidence_rows_are_stored_once(store):
    e = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", sentence="s1")
    e.sentences = ["s1", "s2"]
    again = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", sentence="s2")
    store.ingest([(art("a", "2024-10-21"), [e, again]), (art("b", None), [again])])
    got = store.get_event(e.id)
    assert [(x["article_id"], x["sentence"]) for x in got["evidence_list"]] == [
        ("a", "s1"), ("a", "s2"), ("b", "s2")]  # the undated article comes last
    assert store.counts()["evidence"] == 3


def test_more_precise_date_refines_the_event(store):
    month = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10")
    day = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21")
    store.ingest([(art("a1"), [month])])
    store.ingest([(art("a2"), [day])])
    (only,), _ = store.list_events(ALL, 10)
    assert (only["id"], only["date"], only["date_precision"]) == (month.id, "2024-10-21", "day")
    store.ingest([(art("a3"), [ev("SUMMON_AMBASSADOR", KOR, RUS, "2024")])])  # vaguer: no change
    assert store.get_event(month.id)["date"] == "2024-10-21"
    assert len(store.get_event(month.id)["evidence_list"]) == 3


def test_two_summons_a_month_apart_stay_two(store):
    oct_, nov = (ev("SUMMON_AMBASSADOR", KOR, RUS, d) for d in ("2024-10-21", "2024-11-20"))
    store.ingest([(art("a1"), [oct_]), (art("a2"), [nov])])
    assert store.counts()["events"] == 2
    store.ingest([(art("a3"), [ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10")])])
    assert store.counts()["events"] == 2  # 'in October' joins the October summons
    assert len(store.get_event(oct_.id)["evidence_list"]) == 2
    assert len(store.get_event(nov.id)["evidence_list"]) == 1


def test_a_vague_report_joins_one_event_only(store):
    d21, d05 = (ev("SUMMON_AMBASSADOR", KOR, RUS, d) for d in ("2024-10-21", "2024-10-05"))
    store.ingest([(art("a1"), [d21]), (art("a2"), [d05])])
    rep = store.ingest([(art("a3"), [ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10")])])
    # both fit 'October' equally well: the smallest id wins (base.choose_match)
    assert rep.event_ids == [min(d21.id, d05.id)]
    assert store.counts()["events"] == 2
    assert len(store.get_event(min(d21.id, d05.id))["evidence_list"]) == 2


def test_occurred_beats_planned_and_confidence_is_the_max(store):
    planned = ev("MEET", USA, CHN, "2024-11", status="planned", confidence=0.9)
    held = ev("MEET", USA, CHN, "2024-11-15", confidence=0.6)
    store.ingest([(art("a1"), [planned])])
    store.ingest([(art("a2"), [held])])
    store.ingest([(art("a3"), [ev("MEET", USA, CHN, "2024-11", status="planned", confidence=0.1)])])
    (only,), _ = store.list_events(ALL, 10)
    assert (only["id"], only["status"], only["date"], only["confidence"]) == (
        planned.id, "occurred", "2024-11-15", 0.9)


def test_symmetric_meet_is_one_event_either_way(store):
    store.ingest([(art("a1"), [ev("MEET", USA, CHN, "2024-11-15")]),
                  (art("a2"), [ev("MEET", CHN, USA, "2024-11-15")])])
    (only,), _ = store.list_events(ALL, 10)
    assert (only["source"]["id"], only["target"]["id"]) == ("USA", "CHN")  # as first stored
    assert store.counts()["evidence"] == 2


def test_denied_and_hypothetical_stay_separate_from_occurred(store):
    store.ingest([(art("a1"), [ev("DEPLOY_TROOPS", PRK, RUS, "2024-10", s) for s in
                               ("occurred", "denied", "hypothetical")])])
    page, _ = store.list_events(ALL, 10)
    assert sorted(e["status"] for e in page) == ["denied", "hypothetical", "occurred"]


def test_actors_are_upserted_without_losing_country(store):
    store.ingest([(art("a1"), [SUMMON])])
    renamed = Actor("KOR", "Republic of Korea", "state", None)
    store.ingest([(art("a2"), [ev("MEET", renamed, USA, "2024-12-01")])])
    assert {k: v for k, v in store.get_actor("KOR").items() if k != "event_counts"} == {
        "id": "KOR", "name": "Republic of Korea", "kind": "state", "country": "KOR"}


# -- get_event --------------------------------------------------------------------------
def test_get_event_has_the_contract_shape(world):
    got = world.get_event(SUMMON.id)
    evidence_list = got.pop("evidence_list")
    assert got == {
        "id": SUMMON.id, "type": "SUMMON_AMBASSADOR", "source": KOR.to_dict(),
        "target": RUS.to_dict(), "date": "2024-10-21", "date_precision": "day",
        "status": "occurred", "plover": "REJECT", "cameo": "1411", "confidence": 0.83,
        "article_id": "w1", "evidence": SUMMON.evidence, "source_agent": KOR_MOFA.to_dict()}
    assert evidence_list == [{"article_id": "w1", "title": "Title of w1",
                              "url": "https://example.org/w1", "published": "2024-10-21",
                              "source": "Example News", "sentence": SUMMON.evidence}]
    assert world.get_event(SANCTION.id)["mode"] == "embargo"
    threat = world.get_event(THREAT.id)
    assert (threat["date"], threat["date_precision"], threat["status"]) == (None, None, "hypothetical")
    assert world.get_event("ev-does-not-exist") is None


# -- list_events, cursors, counts -------------------------------------------------------
def test_list_events_is_newest_first_and_undated_last(world):
    page, cursor = world.list_events(ALL, 100)
    assert ids(page) == newest_first(EVENTS)
    assert (page[0]["id"], page[-1]["id"], cursor) == (SUMMON.id, THREAT.id, None)
    assert page[0] == {k: v for k, v in world.get_event(SUMMON.id).items() if k != "evidence_list"}


def test_cursor_pages_cover_everything_once(world):
    for limit in (1, 3, 10):
        assert ids(all_pages(world, ALL, limit)) == newest_first(EVENTS)
    page, cursor = world.list_events(ALL, 10)
    assert len(page) == 10 and cursor is None  # no empty last page


def test_cursor_pages_stay_stable_while_events_are_added(world):
    seen, cursor, added = [], None, False
    newer = ev("MEET", KOR, JPN, "2025-01-01")  # above every cursor: not in this walk
    older = ev("MEET", KOR, JPN, "2001-01-01")
    undated = ev("ACCUSE", JPN, PRK, None)
    while True:
        page, cursor = world.list_events(ALL, 3, cursor)
        seen += ids(page)
        if not added:
            world.ingest([(art("late"), [newer, older, undated])])
            added = True
        if cursor is None:
            break
    assert len(seen) == len(set(seen))
    assert set(seen) == {e.id for e in EVENTS} | {older.id, undated.id}


def test_bad_cursor_is_a_value_error(world):
    with pytest.raises(ValueError):
        world.list_events(ALL, 3, "not-a-cursor")


FILTERS = [
    (EventFilter(actor="RUS"), [SUMMON, DEPLOY, DENY, MEET_CHN_RUS, THREAT]),
    (EventFilter(actor="RUS", other="PRK"), [DEPLOY, DENY]),
    (EventFilter(actor="PRK", other="RUS"), [DEPLOY, DENY]),
    (EventFilter(other="PRK"), [DEPLOY, DENY, SANCTION, ACCUSE]),
    (EventFilter(types=("MEET",)), [MEET_US_KOR, MEET_CHN_RUS]),
    (EventFilter(types=("MEET", "JOIN_BLOC")), [MEET_US_KOR, MEET_CHN_RUS, JOIN]),
    (EventFilter(statuses=("denied", "hypothetical")), [DENY, THREAT]),
    # a partial date overlaps: '2024-10' and '2024' both reach past Oct 15; undated never matches
    (EventFilter(since="2024-10-15"), [SUMMON, DEPLOY, DENY, ACCUSE]),
    (EventFilter(until="2024-01"), [ACCUSE, JOIN, APPLY]),
    (EventFilter(since="2023", until="2023"), [JOIN]),
    (EventFilter(actor="PRK", since="2024-10"), [DEPLOY, DENY, ACCUSE]),
    (EventFilter(actor="NATO", types=("JOIN_BLOC",), statuses=("occurred",)), [JOIN]),
    (EventFilter(actor="JPN"), []),
]


@pytest.mark.parametrize("f,expected", FILTERS, ids=[repr(f) for f, _ in FILTERS])
def test_filters_select_the_right_events(world, f, expected):
    got = all_pages(world, f, 2)
    assert ids(got) == newest_first(expected)
    assert world.count_events(f) == len(got)
    assert world.event_dates(f) == [(e["date"], e["type"]) for e in got]


def test_event_dates_for_a_timeline(world):
    assert world.event_dates(EventFilter(actor="NATO")) == [
        ("2023-04-04", "JOIN_BLOC"), ("2022-05-18", "APPLY_MEMBERSHIP")]
    assert world.count_events(ALL) == 10


# -- actors -----------------------------------------------------------------------------
def test_get_actor_counts_events_by_type(world):
    assert world.get_actor("PRK") == {**PRK.to_dict(), "event_counts": {
        "ACCUSE": 1, "DEPLOY_TROOPS": 2, "SANCTION": 1}}
    assert world.get_actor("NATO")["country"] is None
    assert world.get_actor("ORG:kor-foreign-ministry")["event_counts"] == {}
    assert world.get_actor("XXX") is None


def test_search_actors_by_id_or_name_ranked_by_event_count(world):
    found = world.search_actors("kor", None, 10)
    assert [(a["id"], a["event_count"]) for a in found] == [
        ("PRK", 4), ("KOR", 2), ("ORG:kor-foreign-ministry", 0)]
    assert found[0] == {**PRK.to_dict(), "event_count": 4}
    assert ids(world.search_actors("KOREA", None, 10)) == ["PRK", "KOR", "ORG:kor-foreign-ministry"]
    assert ids(world.search_actors("kor", "agency", 10)) == ["ORG:kor-foreign-ministry"]
    assert ids(world.search_actors("usa", None, 10)) == ["USA"]  # by id
    # ties at 2 events (FIN, KOR, NATO, USA) are broken by id
    assert ids(world.search_actors(None, None, 3)) == ["RUS", "PRK", "FIN"]
    assert ids(world.search_actors("", "organization", 10)) == ["NATO"]
    assert world.search_actors("nothing like it", None, 10) == []


# -- subgraph ---------------------------------------------------------------------------
def edge(e: Event) -> dict:
    return {"id": e.id, "type": e.type, "source": e.source.id,
            "target": e.target.id if e.target else None, "date": e.date, "status": e.status}


def node_ids(g) -> list[str]:
    return [n["id"] for n in g["nodes"]]


def test_subgraph_depth_1_is_the_center_s_own_events(world):
    g = world.subgraph(ALL, center="PRK", depth=1)
    assert g["edges"] == [edge(e) for e in sorted([DEPLOY, DENY, SANCTION, ACCUSE],
                                                   key=lambda e: newest_first(EVENTS).index(e.id))]
    assert node_ids(g) == ["PRK", "RUS", "UKR", "USA"]
    assert g["nodes"][0] == PRK.to_dict()


def test_subgraph_depth_2_and_3_reach_further(world):
    g2 = world.subgraph(ALL, center="PRK", depth=2)
    assert ids(g2["edges"]) == newest_first(
        [SUMMON, DEPLOY, DENY, MEET_US_KOR, SANCTION, MEET_CHN_RUS, ACCUSE, THREAT])
    assert node_ids(g2) == ["CHN", "FIN", "KOR", "PRK", "RUS", "UKR", "USA"]
    g3 = world.subgraph(ALL, center="PRK", depth=3)
    assert ids(g3["edges"]) == newest_first([e for e in EVENTS if e is not APPLY])
    assert "SWE" not in node_ids(g3) and "NATO" in node_ids(g3)
    limited = world.subgraph(ALL, center="PRK", depth=3, limit=3)
    assert ids(limited["edges"]) == newest_first(EVENTS)[:3]
    assert node_ids(limited) == ["KOR", "PRK", "RUS"]


def test_subgraph_filters_apply_to_edges_and_traversal(world):
    by_type = world.subgraph(EventFilter(types=("DEPLOY_TROOPS", "SUMMON_AMBASSADOR")),
                             center="PRK", depth=2)
    assert ids(by_type["edges"]) == newest_first([SUMMON, DEPLOY, DENY])
    recent = world.subgraph(EventFilter(since="2024-10"), center="PRK", depth=2)
    assert ids(recent["edges"]) == newest_first([SUMMON, DEPLOY, DENY, ACCUSE])
    occurred = world.subgraph(EventFilter(statuses=("occurred",)), center="FIN", depth=1)
    assert ids(occurred["edges"]) == [JOIN.id]
    assert node_ids(occurred) == ["FIN", "NATO"]


def test_subgraph_among_a_set_of_actors(world):
    g = world.subgraph(ALL, actors=["KOR", "RUS", "PRK"])
    assert ids(g["edges"]) == newest_first([SUMMON, DEPLOY, DENY])
    assert node_ids(g) == ["KOR", "PRK", "RUS"]
    g = world.subgraph(EventFilter(types=("MEET",)), actors=["USA", "KOR", "PRK"])
    assert ids(g["edges"]) == [MEET_US_KOR.id]


def test_subgraph_edge_cases(world):
    assert world.subgraph(ALL, center="XXX", depth=2) == {"nodes": [], "edges": []}
    lonely = world.subgraph(EventFilter(types=("AID",)), center="KOR", depth=2)
    assert lonely == {"nodes": [KOR.to_dict()], "edges": []}
    with pytest.raises(ValueError):
        world.subgraph(ALL, center="KOR", depth=0)
    with pytest.raises(ValueError):
        world.subgraph(ALL)


# -- paths ------------------------------------------------------------------------------
def newest(*events: Event) -> Event:
    first = newest_first(events)[0]
    return next(e for e in events if e.id == first)


def test_paths_are_all_shortest_chains(world):
    chains = world.paths("KOR", "PRK", max_hops=3)
    # two 2-hop chains, by actor sequence: KOR-RUS-PRK before KOR-USA-PRK
    assert chains == [[edge(SUMMON), edge(newest(DEPLOY, DENY))],
                      [edge(MEET_US_KOR), edge(SANCTION)]]
    assert world.paths("KOR", "PRK", max_hops=3, limit=1) == chains[:1]
    assert world.paths("KOR", "PRK", max_hops=1) == []


def test_paths_are_undirected_and_keep_stored_orientation(world):
    assert world.paths("SWE", "CHN", max_hops=3) == []
    assert world.paths("SWE", "CHN", max_hops=4) == [
        [edge(APPLY), edge(JOIN), edge(THREAT), edge(MEET_CHN_RUS)]]


def test_paths_restricted_to_types(world):
    assert world.paths("KOR", "PRK", 3, types=("SUMMON_AMBASSADOR", "DEPLOY_TROOPS")) == [
        [edge(SUMMON), edge(newest(DEPLOY, DENY))]]
    assert world.paths("KOR", "PRK", 3, types=("MEET",)) == []
    assert world.paths("KOR", "KOR", 3) == []
    assert world.paths("KOR", "XXX", 3) == []


def test_graph_queries_see_events_added_later(world):
    assert world.paths("JPN", "PRK", 3) == []
    link = ev("MEET", JPN, USA, "2024-12-01")
    world.ingest([(art("later"), [link])])
    assert world.paths("JPN", "PRK", 3) == [[edge(link), edge(SANCTION)]]
    assert link.id in ids(world.subgraph(ALL, center="PRK", depth=2)["edges"])


# -- hostile strings --------------------------------------------------------------------
CYPHER_NAME = "x'}) DETACH DELETE n //"
SQL_TITLE = "Robert'); DROP TABLE events;--"


def test_hostile_strings_are_stored_intact_and_delete_nothing(world):
    evil = Actor("GRP:x' OR '1'='1", CYPHER_NAME, "group", None)
    bad = ev("THREATEN", evil, KOR, "2024-12-24", sentence=f'He said "{SQL_TITLE}" {CYPHER_NAME}')
    world.ingest([(Article(text="t", id=SQL_TITLE, title=SQL_TITLE, url="https://x.org/?q=' OR 1=1"),
                   [bad])])
    assert world.counts() == {"events": 11, "actors": 11, "articles": 6, "evidence": 11}
    got = world.get_event(bad.id)
    assert got["source"] == evil.to_dict()
    assert got["evidence"] == bad.evidence
    assert got["evidence_list"][0]["title"] == SQL_TITLE
    assert got["evidence_list"][0]["article_id"] == SQL_TITLE
    assert world.get_actor(evil.id)["name"] == CYPHER_NAME
    assert ids(world.search_actors("detach delete", None, 5)) == [evil.id]
    assert ids(all_pages(world, EventFilter(actor=evil.id), 5)) == [bad.id]
    assert ids(all_pages(world, EventFilter(actor="' OR '1'='1"), 5)) == []
    assert ids(world.subgraph(ALL, center=evil.id)["edges"]) == [bad.id]
    assert world.known_articles([SQL_TITLE]) == {SQL_TITLE}
    assert ids(all_pages(world, ALL, 4)) == newest_first(EVENTS + [bad])


def test_one_off_event_undated_report_joins_the_dated_one(store):
    """A state joins a bloc once: 'Iran joined BRICS' without a date is the dated accession."""
    irn = Actor("IRN", "Iran", "state", "IRN")
    brics = Actor("BRICS", "BRICS", "organization", None)
    dated = Event("JOIN_BLOC", irn, brics, date="2024-01-01", evidence="Iran joined BRICS on 1 January.")
    undated = Event("JOIN_BLOC", irn, brics, date=None, evidence="Iran, a BRICS member, ...")
    store.ingest([(Article(text="a", id="one-off-1", published="2024-01-02"), [undated])])
    store.ingest([(Article(text="b", id="one-off-2", published="2024-01-03"), [dated])])
    store.ingest([(Article(text="c", id="one-off-3", published="2024-02-01"), [undated])])
    rows, _ = store.list_events(EventFilter(actor="IRN", types=("JOIN_BLOC",)), 10)
    assert len(rows) == 1 and rows[0]["date"] == "2024-01-01"
    full = store.get_event(rows[0]["id"])
    assert {e["article_id"] for e in full["evidence_list"]} == {"one-off-1", "one-off-2", "one-off-3"}


def test_undated_repeatable_report_joins_the_latest_event_before_publication(store):
    """'Poland summoned Russia's envoy' (no date) in an article of 2024-04-02 is the summons of
    2024-03-25 on record, not the one of 2023-05-10 and not a new event."""
    pol = Actor("POL", "Poland", "state", "POL")
    rus = Actor("RUS", "Russia", "state", "RUS")
    old = Event("SUMMON_AMBASSADOR", pol, rus, date="2023-05-10", evidence="In May 2023 ...")
    recent = Event("SUMMON_AMBASSADOR", pol, rus, date="2024-03-25", evidence="On Monday ...")
    later = Event("SUMMON_AMBASSADOR", pol, rus, date="2024-06-01", evidence="In June ...")
    undated = Event("SUMMON_AMBASSADOR", pol, rus, date=None, evidence="Warsaw summoned the envoy.")
    store.ingest([(Article(text="a", id="rep-1", published="2024-06-02"), [old, recent, later])])
    store.ingest([(Article(text="b", id="rep-2", published="2024-04-02"), [undated])])
    rows, _ = store.list_events(EventFilter(actor="POL", types=("SUMMON_AMBASSADOR",)), 10)
    assert sorted(r["date"] for r in rows) == ["2023-05-10", "2024-03-25", "2024-06-01"]
    hit = next(r for r in rows if r["date"] == "2024-03-25")
    assert {e["article_id"] for e in store.get_event(hit["id"])["evidence_list"]} == {"rep-1", "rep-2"}


# -- events without a target (MOBILIZE: 'the US put 8,500 troops on alert') -------------
def test_an_event_without_a_target_is_stored_merged_and_read(store):
    alert = ev("MOBILIZE", USA, None, "2022-01-24", mode="troops", sentence="The US put 8,500 troops on alert.")
    again = ev("MOBILIZE", USA, None, "2022-01-24", mode="troops", sentence="8,500 troops were put on alert.")
    rep = store.ingest([(art("m1", "2022-01-25"), [alert, SANCTION]), (art("m2", "2022-01-26"), [again])])
    assert (rep.events_created, rep.events_merged) == (2, 1)
    got = store.get_event(alert.id)
    assert got["target"] is None and got["source"]["id"] == "USA" and got["mode"] == "troops"
    assert len(got["evidence_list"]) == 2
    assert ids(all_pages(store, EventFilter(actor="USA"), 1)) == newest_first([alert, SANCTION])
    assert store.count_events(EventFilter(types=("MOBILIZE",))) == 1
    assert store.get_actor("USA")["event_counts"] == {"MOBILIZE": 1, "SANCTION": 1}
    # no edge to draw: the subgraph and paths show only events with a target
    assert ids(store.subgraph(ALL, center="USA", depth=2)["edges"]) == [SANCTION.id]
    assert store.paths("USA", "PRK", 2) == [[edge(SANCTION)]]
