"""Helpers of the reliability suite: a corpus, store snapshots, the ingest subprocess.

Set EVENTGRAPH_LONG_CHECKS=1 for the release-check sizes (more examples, more kills, the
1 MB article); see docs/RELEASE_CHECKS.md.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator


from eventgraph.config import get_settings
from tests.neo4j_helpers import wipe
from eventgraph.store import EventFilter, GraphStore, open_store

REPO = Path(__file__).resolve().parents[2]
ANNOTATED = REPO / "tests" / "data" / "annotated" / "articles.jsonl"
LONG = os.environ.get("EVENTGRAPH_LONG_CHECKS", "").lower() in ("1", "true", "yes")
# the same lock file the store contract tests hold while they own the shared Neo4j database
NEO4J_LOCK = Path(tempfile.gettempdir()) / "eventgraph-neo4j-tests.lock"


def write_corpus(path: Path, copies: int) -> list[str]:
    """The annotated articles `copies` times (copy k>0 gets new ids, so its events merge
    into copy 0's); returns the article ids in file order."""
    rows = [json.loads(line) for line in ANNOTATED.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for row in rows:
                r = dict(row, id=row["id"] if k == 0 else f"{row['id']}-copy{k}")
                ids.append(r["id"])
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return ids


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTGRAPH_")}
    s = get_settings()
    env.update(EVENTGRAPH_NEO4J_USER=s.neo4j_user, EVENTGRAPH_NEO4J_PASSWORD=s.neo4j_password,
               PYTHONUNBUFFERED="1", **extra)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def ingest_cmd(paths: list[str], target: str, batch_size: int = 5) -> list[str]:
    return [sys.executable, "-m", "eventgraph.cli", "ingest", *paths, "--store", target,
            "--batch-size", str(batch_size)]


def start_ingest(paths: list[str], target: str, log: Path, batch_size: int = 5, **env: str) -> subprocess.Popen:
    fh = log.open("ab")
    try:
        return subprocess.Popen(ingest_cmd(paths, target, batch_size), cwd=REPO, env=child_env(**env),
                                stdout=fh, stderr=subprocess.STDOUT)
    finally:
        fh.close()  # the child holds its own copy


def run_ingest(paths: list[str], target: str, log: Path, batch_size: int = 5, timeout: float = 300) -> int:
    proc = start_ingest(paths, target, log, batch_size)
    try:
        return proc.wait(timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- snapshots --------------------------------------------------------------------------------

def snapshot(store: GraphStore, article_ids: list[str]) -> dict[str, Any]:
    """Everything a user can read back, in a comparable form (the public GraphStore API)."""
    events, _ = store.list_events(EventFilter(), limit=10**6)
    evidence = set()
    for e in events:
        full = store.get_event(e["id"])
        for row in full["evidence_list"]:
            evidence.add((e["id"], row["article_id"], row["sentence"]))
    return {
        "counts": store.counts(),
        "events": {e["id"]: e for e in events},
        "evidence": evidence,
        "articles": store.known_articles(article_ids),
        "actors": {a["id"]: a for a in store.search_actors(None, None, 10**6)},
    }


def neo4j_shape(store) -> dict[str, Any]:
    """Node labels, relationship types and nodes without any relationship (orphans), by id."""
    with store._driver.session(database=store.database) as s:
        labels = {tuple(sorted(r["l"])): r["n"] for r in s.run("MATCH (n) RETURN labels(n) AS l, count(*) AS n")}
        rels = {r["t"]: r["n"] for r in s.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n")}
        orphans = {(tuple(sorted(r["l"])), r["id"]) for r in
                   s.run("MATCH (n) WHERE NOT (n)--() RETURN labels(n) AS l, n.id AS id")}
        dup_ids = [r["id"] for r in s.run(
            "MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c "
            "WHERE c > 1 RETURN id")]
    return {"labels": labels, "rels": rels, "orphans": orphans, "duplicate_ids": dup_ids}


def embedded_shape(path: str) -> dict[str, Any]:
    """Every row of the SQLite record (events keyed by id, not by insertion seq)."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {
            "articles": sorted(con.execute("SELECT * FROM articles")),
            "actors": sorted(con.execute("SELECT * FROM actors")),
            "events": sorted(con.execute(
                "SELECT id, pair_key, type, source_id, target_id, date, date_precision, date_start, date_end, "
                "status, plover, cameo, mode, confidence, source_agent_id, target_agent_id, article_id, evidence "
                "FROM events")),
            "evidence": sorted(con.execute(
                "SELECT e.id, v.article_id, v.sentence FROM evidence v LEFT JOIN events e ON e.seq = v.event_seq")),
        }
    finally:
        con.close()
    return out


class Progress:
    """Articles stored so far, read from outside the ingest process."""

    def __init__(self, target: str, ids: list[str]):
        self.target, self.ids, self.driver = target, ids, None
        if "://" in target:
            from neo4j import GraphDatabase

            s = get_settings()
            self.driver = GraphDatabase.driver(target, auth=(s.neo4j_user, s.neo4j_password))

    def __call__(self) -> int:
        if self.driver is not None:
            # only ours: other test processes may share the server
            return self.driver.execute_query("MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n",
                                             ids=self.ids).records[0]["n"]
        import sqlite3

        if not os.path.exists(self.target):
            return 0
        con = sqlite3.connect(f"file:{self.target}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # schema not created yet
            return 0
        finally:
            con.close()

    def close(self) -> None:
        if self.driver is not None:
            self.driver.close()


# -- Neo4j ------------------------------------------------------------------------------------

@contextlib.contextmanager
def neo4j_owned(uri: str) -> Iterator[str]:
    """Hold the shared-database lock and start from an empty database."""
    from neo4j import GraphDatabase

    with open(NEO4J_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        s = get_settings()
        with GraphDatabase.driver(uri, auth=(s.neo4j_user, s.neo4j_password)) as d:
            wipe(d, s.neo4j_database)
        yield uri


def wipe_neo4j(uri: str) -> None:
    from neo4j import GraphDatabase

    s = get_settings()
    with GraphDatabase.driver(uri, auth=(s.neo4j_user, s.neo4j_password)) as d:
        wipe(d, s.neo4j_database)


def open_target(target: str) -> GraphStore:
    return open_store(target, get_settings())


def serve(target: str, **env: str):
    """A live uvicorn over `target` (path or Bolt URI): tests/api's run_server, reused."""
    from tests.api import conftest as api_conftest

    if hasattr(api_conftest, "Target"):
        s = get_settings()
        return api_conftest.run_server(api_conftest.Target(target, s.neo4j_user, s.neo4j_password), **env)
    return api_conftest.run_server(target, **env)
