"""The `store` fixture: every contract test runs once per store, on an empty store."""
from __future__ import annotations

import fcntl
import importlib.util
import tempfile
from pathlib import Path

import pytest

from eventgraph.config import get_settings
from eventgraph.store.embedded import EmbeddedStore
from tests.neo4j_helpers import wipe


def _neo4j_store(request):
    if importlib.util.find_spec("eventgraph.store.neo4j") is None:
        pytest.skip("eventgraph.store.neo4j is not written yet")
    from eventgraph.store.neo4j import Neo4jStore  # a broken module fails the test, not skips

    try:
        uri = request.getfixturevalue("neo4j_uri")  # skips locally / fails in CI without a server
    except pytest.FixtureLookupError:
        pytest.skip("no neo4j_uri fixture in tests/conftest.py")
    try:
        user, password = request.getfixturevalue("neo4j_auth")
    except pytest.FixtureLookupError:
        settings = get_settings()
        user, password = settings.neo4j_user, settings.neo4j_password
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        wipe(driver, "neo4j")
    return Neo4jStore(uri, user=user, password=password, database="neo4j")


# Neo4j Community has one database, shared by every test process on this machine; tests
# that wipe it hold this lock so parallel runs do not delete each other's data mid-test.
NEO4J_LOCK = Path(tempfile.gettempdir()) / "eventgraph-neo4j-tests.lock"


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request, tmp_path):
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "eventgraph.db")
        try:
            yield s
        finally:
            s.close()
        return
    with open(NEO4J_LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        s = _neo4j_store(request)
        try:
            yield s
        finally:
            s.close()
