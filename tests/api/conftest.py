"""A real uvicorn serving `api.main:app` in a subprocess, over a store we filled beforehand.

`api` is module-scoped and parametrised over both stores: one server per test module and
store. `serve(**env)` starts an extra server with its own settings (API key, CORS, limits).
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from eventgraph.config import Settings
from tests.neo4j_helpers import wipe
from eventgraph.store import open_store

from . import sample
from bench._server import free_port, stop

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Target:
    """A store the server opens: a path or Bolt URI, with the credentials Neo4j needs."""
    uri: str
    user: str = "neo4j"
    password: str = ""

    def settings(self) -> Settings:
        return Settings(store=self.uri, neo4j_user=self.user, neo4j_password=self.password)

    def open(self):
        return open_store(self.uri, self.settings())


@contextlib.contextmanager
def run_server(target: Target, **env: str):
    """Yield an httpx.Client on a fresh `python -m uvicorn api.main:app` process."""
    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTGRAPH_")}
    full_env.update(EVENTGRAPH_STORE=target.uri, EVENTGRAPH_NEO4J_USER=target.user,
                    EVENTGRAPH_NEO4J_PASSWORD=target.password, **env)
    log = tempfile.NamedTemporaryFile("w+b", prefix="eventgraph-api-", suffix=".log", delete=False)
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning"], cwd=REPO, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {proc.returncode}:\n{Path(log.name).read_text()}")
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("uvicorn did not start within 60 s")
                time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=120) as client:
            client.server_log = Path(log.name)  # read it when a test needs to know why
            yield client
    finally:
        stop(proc, 10)
        log.close()
        # the log outlives a failed run only when asked for (EVENTGRAPH_TEST_KEEP_LOGS=1)
        if not os.environ.get("EVENTGRAPH_TEST_KEEP_LOGS"):
            os.unlink(log.name)


def _neo4j_target(request) -> Target:
    try:
        uri = request.getfixturevalue("neo4j_uri")  # skips locally / fails in CI without a server
        user, password = request.getfixturevalue("neo4j_auth")
    except pytest.FixtureLookupError:
        pytest.skip("no neo4j_uri fixture in tests/conftest.py yet")
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        wipe(driver)
    return Target(uri, user, password)


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store_target(request, tmp_path_factory) -> Target:
    """An empty store of each kind."""
    if request.param == "embedded":
        return Target(str(tmp_path_factory.mktemp("store") / "eventgraph.db"))
    return _neo4j_target(request)


@pytest.fixture(scope="module")
def filled_target(store_target) -> Target:
    with store_target.open() as store:
        store.ingest(sample.batch())
    return store_target


@pytest.fixture(scope="module")
def api(filled_target):
    """An httpx client on a live server over the sample data."""
    with run_server(filled_target) as client:
        yield client


@pytest.fixture
def serve():
    """serve(target, **env) -> client on an extra server; stopped after the test."""
    with contextlib.ExitStack() as stack:
        yield lambda target, **env: stack.enter_context(run_server(target, **env))


def assert_problem(response: httpx.Response, status: int, parameter: str | None = None) -> dict:
    """The response is an RFC 9457 problem document (naming `parameter` for a 422)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"].startswith("https://")
    assert body["instance"].startswith("/")
    if parameter is not None:
        assert parameter in [e["parameter"] for e in body["errors"]], body
    return body
