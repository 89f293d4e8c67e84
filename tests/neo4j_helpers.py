"""Helpers for tests that use a real Neo4j server."""
from __future__ import annotations

WIPE_BATCH = 10_000


def wipe(driver, database: str = "neo4j", batch: int = WIPE_BATCH) -> None:
    """Empty the database in batches of `batch` relationships, then nodes. One
    `MATCH (n) DETACH DELETE n` transaction runs out of transaction memory on a graph of
    100k+ events, and so does detaching a hub with ~100k links in one node batch: deleting
    the relationships first bounds every transaction by `batch` rows."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run
    with driver.session(database=database) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS",
                    batch=batch).consume()
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS",
                    batch=batch).consume()
