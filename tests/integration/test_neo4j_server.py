"""The local Neo4j server that scripts/neo4j runs: Bolt, the Browser, and the status command."""
from __future__ import annotations

import os
import re
import subprocess

import httpx
import pytest
from neo4j import GraphDatabase

pytestmark = pytest.mark.neo4j


def _http_base(neo4j_uri: str) -> str:
    host = neo4j_uri.split("://", 1)[-1].rsplit(":", 1)[0]
    return f"http://{host}:{os.environ.get('NEO4J_HTTP_PORT', '7474')}"


def test_bolt_runs_a_parameterised_query(neo4j_uri, neo4j_auth):
    with GraphDatabase.driver(neo4j_uri, auth=neo4j_auth) as driver:
        records, _, _ = driver.execute_query("RETURN $a + $b AS total", a=40, b=2)
        assert records[0]["total"] == 42
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version"
        )
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["version"].startswith("5.")


def test_wrong_password_is_refused(neo4j_uri, neo4j_auth):
    from neo4j.exceptions import AuthError

    with GraphDatabase.driver(neo4j_uri, auth=(neo4j_auth[0], neo4j_auth[1] + "-wrong")) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()


def test_browser_page_is_served(neo4j_uri):
    response = httpx.get(f"{_http_base(neo4j_uri)}/browser/", timeout=10)
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    assert "<title>Neo4j Browser</title>" in response.text
    # the page is only a shell: the app itself is in the scripts it names
    scripts = re.findall(r'<script[^>]*\ssrc="([^"]+\.js)"', response.text)
    assert scripts, "the Browser page names no scripts"
    app = httpx.get(f"{_http_base(neo4j_uri)}/browser/{scripts[-1]}", timeout=30)
    assert app.status_code == 200
    assert len(app.content) > 10_000


def test_http_discovery_points_at_loopback_bolt(neo4j_uri):
    info = httpx.get(f"{_http_base(neo4j_uri)}/", timeout=10).json()
    assert info["neo4j_edition"] == "community"
    # advertised on the port we connect to (host naming may differ: localhost vs 127.0.0.1)
    assert info["bolt_direct"].rsplit(":", 1)[1] == neo4j_uri.rsplit(":", 1)[1]


def test_status_command_reports_running(neo4j_uri, repo_root):
    if not neo4j_uri.startswith("bolt://127.0.0.1:"):
        pytest.skip("status checks the local server only")
    result = subprocess.run(
        [str(repo_root / "scripts" / "neo4j"), "status"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "NEO4J_BOLT_PORT": neo4j_uri.rsplit(":", 1)[1]},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert neo4j_uri in result.stdout
