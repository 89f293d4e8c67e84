"""Neo4jStore against a real Neo4j server: what the shared contract suite (tests/store/) does
not cover — the graph model analysts query, identical answers to the embedded store on a
larger random world, atomic batches, and riding out a server outage."""
from __future__ import annotations

import random
import socket
import threading
import time

import pytest

from eventgraph.errors import StoreUnavailable
from eventgraph.models import EVENT_TYPES, Actor, Article, Event
from eventgraph.queries import timeline
from eventgraph.store.base import EventFilter
from eventgraph.store.embedded import EmbeddedStore
from eventgraph.store.neo4j import Neo4jStore
from tests.neo4j_helpers import wipe
from tests.actors import KOR, RUS, PRK, CHN, IRN, BRICS, PUTIN

pytestmark = pytest.mark.neo4j



def art(aid: str, published: str | None = "2024-10-21") -> Article:
    return Article(text=f"text {aid}", id=aid, title=f"Title {aid}", published=published,
                   url=f"https://example.org/{aid}", source="Example")


def ev(t: str, s: Actor, o: Actor | None, date: str | None, status: str = "occurred", **kw) -> Event:
    return Event(t, s, o, date=date, status=status, evidence=f"{s.id} {t} {o.id if o else ''} {date}", **kw)


@pytest.fixture
def store(neo4j_uri, neo4j_auth):
    s = Neo4jStore(neo4j_uri, *neo4j_auth)
    wipe(s._driver, "neo4j")
    yield s
    s.close()


def rows(store: Neo4jStore, q: str, **params) -> list[dict]:
    records, _, _ = store._driver.execute_query(q, params, database_="neo4j")
    return [r.data() for r in records]


def test_schema_constraints_and_indexes_exist(store):
    store.init_schema()
    cons = {r["name"]: r for r in rows(store, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type")}
    for name, label in (("event_id", "Event"), ("actor_id", "Actor"), ("article_id", "Article")):
        assert cons[name]["labelsOrTypes"] == [label] and cons[name]["properties"] == ["id"]
        assert cons[name]["type"] == "UNIQUENESS"
    idx = {r["name"]: r["properties"] for r in rows(store, "SHOW INDEXES YIELD name, properties")}
    assert idx["event_pair_key"] == ["pair_key"]
    assert idx["event_date_start"] == ["date_start"]
    assert idx["event_type"] == ["type"]
    # an actor's events in date order, for its pages and timelines (see list_events_by_actor_date)
    assert idx["event_source_date"] == ["source_id", "date_start", "type"]
    assert idx["event_target_date"] == ["target_id", "date_start", "type", "source_id"]
    store.init_schema()  # a second run changes nothing and does not fail


def test_graph_model_for_analysts(store):
    e1 = ev("SUMMON_AMBASSADOR", KOR, RUS, "2024-10-21", source_agent=None)
    e2 = ev("DEPLOY_TROOPS", PRK, RUS, "2024-10")
    e3 = ev("JOIN_BLOC", IRN, BRICS, "2024-01-01")
    e4 = ev("MEET", PUTIN, CHN, "2024-05-16")
    store.ingest([(art("a1"), [e1, e2]), (art("a2"), [e3, e4])])

    got = rows(store, "MATCH (s:Actor)-[:SOURCE_OF]->(e:Event)-[:TARGET]->(t:Actor) "
                      "RETURN s.id AS s, e.type AS type, t.id AS t ORDER BY type")
    assert [(r["s"], r["type"], r["t"]) for r in got] == [
        ("PRK", "DEPLOY_TROOPS", "RUS"), ("IRN", "JOIN_BLOC", "BRICS"),
        ("PER:vladimir-putin", "MEET", "CHN"), ("KOR", "SUMMON_AMBASSADOR", "RUS")]
    direct = rows(store, "MATCH (s)-[r]->(t) WHERE r.event_id IS NOT NULL "
                         "RETURN s.id AS s, type(r) AS rel, t.id AS t, r.date AS date, r.since AS since "
                         "ORDER BY rel")
    assert [(r["s"], r["rel"], r["t"]) for r in direct] == [
        ("PRK", "DEPLOYED_TROOPS_TO", "RUS"), ("IRN", "MEMBER_OF", "BRICS"),
        ("PER:vladimir-putin", "MET", "CHN"), ("KOR", "SUMMONED_AMBASSADOR_OF", "RUS")]
    assert [r["since"] for r in direct if r["rel"] == "MEMBER_OF"] == ["2024-01-01"]
    labels = {r["id"]: sorted(r["labels"]) for r in rows(store, "MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels")}
    assert labels["BRICS"] == ["Actor", "Organization"]
    assert labels["PER:vladimir-putin"] == ["Actor", "Person"]
    assert labels["KOR"] == ["Actor", "State"]
    reports = rows(store, "MATCH (a:Article)-[r:REPORTS]->(e:Event {id: $id}) RETURN a.id AS a, r.sentence AS s",
                   id=e1.id)
    assert reports == [{"a": "a1", "s": e1.evidence}]


def test_merge_keeps_direct_relationship_in_step(store):
    first = ev("DEPLOY_TROOPS", PRK, RUS, "2024-10", status="planned")
    later = ev("DEPLOY_TROOPS", PRK, RUS, "2024-10-23", status="occurred", confidence=0.9)
    store.ingest([(art("a1"), [first])])
    rep = store.ingest([(art("a2"), [later])])
    assert (rep.events_created, rep.events_merged) == (0, 1)
    rel = rows(store, "MATCH (:Actor {id: 'PRK'})-[r:DEPLOYED_TROOPS_TO]->(:Actor {id: 'RUS'}) RETURN r {.*} AS r")
    assert len(rel) == 1
    r = rel[0]["r"]
    assert (r["event_id"], r["date"], r["status"]) == (first.id, "2024-10-23", "occurred")


def test_refined_and_confirming_reports_keep_edge_and_event_in_step(store):
    # a refined date moves the MEMBER_OF edge's date and since; a report that only confirms
    # (same date and status, higher confidence) changes the event's confidence and no more
    store.ingest([(art("a1"), [ev("JOIN_BLOC", IRN, BRICS, "2024-01", confidence=0.4)])])
    store.ingest([(art("a2"), [ev("JOIN_BLOC", IRN, BRICS, "2024-01-01", confidence=0.5)])])
    rep = store.ingest([(art("a3"), [ev("JOIN_BLOC", IRN, BRICS, "2024-01-01", confidence=0.8),
                                     ev("JOIN_BLOC", IRN, BRICS, "2024", confidence=0.1)])])
    assert (rep.events_created, rep.events_merged) == (0, 2)
    got = rows(store, "MATCH (:Actor {id: 'IRN'})-[m:MEMBER_OF]->(:Actor {id: 'BRICS'}) "
                      "MATCH (e:Event {id: m.event_id}) "
                      "RETURN m {.*} AS m, e.date AS date, e.date_start AS start, "
                      "e.confidence AS conf, e.status AS status")
    assert len(got) == 1
    assert got[0]["m"]["date"] == got[0]["m"]["since"] == got[0]["date"] == "2024-01-01"
    assert got[0]["m"]["status"] == got[0]["status"] == "occurred"
    assert (got[0]["start"], got[0]["conf"]) == ("2024-01-01", 0.8)
    assert store.counts()["evidence"] == 4


def test_event_type_outside_the_edge_table_gets_no_readable_edge(store):
    odd = Event("CUSTOM_TYPE", KOR, RUS, date="2024-05", evidence="KOR did something to RUS")
    store.ingest([(art("a1"), [odd, ev("MEET", KOR, RUS, "2024-05")])])
    assert store.counts()["events"] == 2
    got = rows(store, "MATCH (:Actor {id: 'KOR'})-[r]->(:Actor {id: 'RUS'}) RETURN type(r) AS t")
    assert [r["t"] for r in got] == ["MET"]
    assert store.get_event(odd.id)["target"]["id"] == "RUS"


def test_kind_label_follows_the_latest_kind(store):
    store.ingest([(art("a1"), [ev("ACCUSE", Actor("X", "X", "group"), KOR, "2024")])])
    store.ingest([(art("a2"), [ev("ACCUSE", Actor("X", "X corp", "organization"), KOR, "2023")])])
    got = rows(store, "MATCH (a:Actor {id: 'X'}) RETURN labels(a) AS l, a.name AS name")
    assert sorted(got[0]["l"]) == ["Actor", "Organization"] and got[0]["name"] == "X corp"


def test_hostile_strings_are_data_not_cypher(store):
    evil = Actor("X' }) DETACH DELETE n //", "`) MATCH (n) DETACH DELETE n", "state", None)
    e = Event("MEET", evil, KOR, date="2024", evidence="'; MATCH (n) DETACH DELETE n; //")
    store.ingest([(art("a1"), [ev("MEET", CHN, RUS, "2024")]), (art("a2"), [e])])
    assert store.counts()["events"] == 2
    assert store.get_actor(evil.id)["name"] == evil.name
    assert store.get_event(e.id)["evidence"] == e.evidence


def test_failed_batch_leaves_nothing_behind(store):
    store.ingest([(art("a0"), [ev("MEET", CHN, RUS, "2024-05")])])
    before = store.counts()
    clash = ev("ACCUSE", KOR, PRK, "2024-10")
    # an Event node with the id the batch will create, but another pair key: the CREATE
    # breaks the uniqueness constraint after actors and articles were already written
    rows(store, "CREATE (:Event {id: $id, pair_key: 'other'})", id=clash.id)
    with pytest.raises(Exception):
        store.ingest([(art("a1"), [ev("MEET", KOR, CHN, "2024-01")]), (art("a2"), [clash])])
    after = store.counts()
    assert after["articles"] == before["articles"] and after["actors"] == before["actors"]
    assert after["evidence"] == before["evidence"]
    assert store.known_articles(["a1", "a2"]) == set()


def test_unreachable_server_raises_store_unavailable():
    port = _free_port()
    s = Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "x", outage_timeout=1.0,
                   connection_timeout=0.5)
    try:
        assert s.ping() is False
        with pytest.raises(StoreUnavailable):
            s.counts()
        t0 = time.monotonic()
        with pytest.raises(StoreUnavailable):
            s.ingest([(art("a1"), [ev("MEET", CHN, RUS, "2024")])])
        assert time.monotonic() - t0 < 15  # gave up after its outage timeout
    finally:
        s.close()


def test_ingest_waits_out_an_outage(store, neo4j_uri, neo4j_auth):
    """Ingest through a TCP relay that is down at first: it retries, then completes."""
    host, port = neo4j_uri.split("://", 1)[1].rsplit(":", 1)
    relay = _Relay(host, int(port))
    s = Neo4jStore(f"bolt://127.0.0.1:{relay.port}", *neo4j_auth, outage_timeout=60.0,
                   connection_timeout=1.0)
    result: dict = {}

    def run():
        try:
            result["report"] = s.ingest([(art("o1"), [ev("MEET", CHN, RUS, "2024-05")])])
        except Exception as e:  # reported below
            result["error"] = e

    try:
        t = threading.Thread(target=run)
        t.start()
        time.sleep(2.0)  # the server is "down": connections are refused
        assert "report" not in result
        relay.start()
        t.join(60)
        assert "error" not in result, result.get("error")
        assert result["report"].events_created == 1
        assert store.known_articles(["o1"]) == {"o1"}
    finally:
        relay.stop()
        s.close()


def test_same_answers_as_embedded_store(store, tmp_path):
    """A random world of 300 articles ingested into both stores gives identical reads."""
    batches = _random_world(random.Random(7), n_articles=300)
    emb = EmbeddedStore(tmp_path / "e.db")
    try:
        # an actor on both sides of an event: read from both of its indexes, counted once
        loops = [(art("loop", "2024-10-21"), [ev("CONSULT", RUS, RUS, "2024-02"),
                                              ev("CONSULT", RUS, RUS, None), ev("AID", RUS, None, "2024")])]
        for b in batches + [loops]:
            assert vars(store.ingest(b)) == vars(emb.ingest(b))
        assert store.counts() == emb.counts()
        filters = [EventFilter(), EventFilter(actor="RUS"), EventFilter(actor="RUS", other="CHN"),
                   EventFilter(actor="CHN", other="RUS"), EventFilter(actor="RUS", other="RUS"),
                   EventFilter(other="PRK"), EventFilter(types=("MEET", "DEPLOY_TROOPS")),
                   EventFilter(actor="KOR", types=("MEET", "DEPLOY_TROOPS"), statuses=("occurred",)),
                   EventFilter(actor="RUS", statuses=("planned", "denied")),
                   EventFilter(actor="RUS", since="2024-03"), EventFilter(actor="RUS", other="CHN", until="2024-02"),
                   # a range: timelines count one index range per bucket (timeline_counts_by_range)
                   EventFilter(actor="RUS", since="2023-06-10", until="2024-03"),
                   EventFilter(actor="CHN", other="RUS", since="2024", until="2024-10-20", types=("MEET",)),
                   EventFilter(other="KOR", since="2023-07", until="2024", statuses=("occurred", "planned")),
                   EventFilter(statuses=("planned", "denied")), EventFilter(since="2024-03"),
                   EventFilter(since="2023", until="2024-02-10"), EventFilter(until="2023-06"),
                   EventFilter(actor="NOBODY"), EventFilter(actor="RUS", other="NOBODY")]
        for f in filters:
            assert store.count_events(f) == emb.count_events(f), f
            assert store.event_dates(f) == emb.event_dates(f), f
            for interval in ("day", "week", "month", "year"):
                assert timeline(store, f, interval) == timeline(emb, f, interval), (f, interval)
            cursor_n = cursor_e = None
            while True:
                pn, cursor_n = store.list_events(f, 37, cursor_n)
                pe, cursor_e = emb.list_events(f, 37, cursor_e)
                assert pn == pe and cursor_n == cursor_e, f
                if cursor_n is None:
                    break
        for ev_id in [r["id"] for r in emb.list_events(EventFilter(), 40)[0]]:
            assert store.get_event(ev_id) == emb.get_event(ev_id)
        for a in ACTORS:
            assert store.get_actor(a.id) == emb.get_actor(a.id)
        for q, kind in ((None, None), ("r", None), ("", "state"), ("BRI", "organization")):
            assert store.search_actors(q, kind, 50) == emb.search_actors(q, kind, 50)
        for center, depth, f in (("RUS", 1, EventFilter()), ("KOR", 2, EventFilter()),
                                 ("IRN", 3, EventFilter(types=("MEET",))),
                                 ("PRK", 2, EventFilter(since="2024"))):
            assert store.subgraph(f, center=center, depth=depth, limit=60) == \
                emb.subgraph(f, center=center, depth=depth, limit=60)
        assert store.subgraph(EventFilter(), actors=["RUS", "CHN", "PRK"]) == \
            emb.subgraph(EventFilter(), actors=["RUS", "CHN", "PRK"])
        for s, t, hops, types in (("KOR", "IRN", 4, ()), ("TUR", "PRK", 3, ("MEET", "ACCUSE")),
                                  ("USA", "BRICS", 2, ()), ("UKR", "CHN", 5, ("SANCTION",))):
            assert store.paths(s, t, hops, types, limit=20) == emb.paths(s, t, hops, types, limit=20)
    finally:
        emb.close()


# -- helpers ------------------------------------------------------------------------------
ACTORS = [Actor(c, c.title(), "state", c) for c in
          ("KOR", "RUS", "PRK", "CHN", "IRN", "TUR", "USA", "UKR", "JPN", "IND")] + [
    BRICS, Actor("NATO", "NATO", "organization", None), PUTIN]


def _random_world(rng: random.Random, n_articles: int) -> list[list[tuple[Article, list[Event]]]]:
    dates = [None, "2023", "2024", "2023-06", "2024-02", "2024-03", "2024-10"] + [
        f"2024-{m:02d}-{d:02d}" for m in (2, 3, 10) for d in (1, 15, 29)]
    out, batch = [], []
    for i in range(n_articles):
        evs = []
        for _ in range(rng.randint(0, 4)):
            s, t = rng.sample(ACTORS, 2)
            evs.append(Event(rng.choice(EVENT_TYPES[:8]), s, t if rng.random() > 0.05 else None,
                             date=rng.choice(dates), status=rng.choice(("occurred", "occurred", "planned", "denied")),
                             confidence=round(rng.random(), 2), evidence=f"sentence {i}",
                             sentences=[f"sentence {i}", f"other {i % 3}"],
                             plover=rng.choice((None, "CONSULT")), mode=rng.choice((None, None, "visit")),
                             source_agent=PUTIN if s.id == "RUS" and rng.random() < 0.3 else None))
        pub = rng.choice((None, "2024-10-21", "2024-03-02", "2023-06-30"))
        batch.append((art(f"r{i % 280}", pub), evs))  # some ids repeat: skipped articles
        if len(batch) == 25:
            out.append(batch)
            batch = []
    return out + ([batch] if batch else [])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Relay:
    """A loopback TCP relay to the Neo4j server that can be 'down' (not listening)."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.port = _free_port()
        self._sock: socket.socket | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", self.port))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                continue
            upstream = socket.create_connection(self.target)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()
        if self._sock is not None:
            self._sock.close()
