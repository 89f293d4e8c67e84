"""Fixtures shared by every test: repository paths, the read-only shared/ folder, the Neo4j server."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NEO4J_URI = "bolt://127.0.0.1:7687"
DEFAULT_NEO4J_PASSWORD = "eventgraph"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir(repo_root: Path) -> Path:
    """The read-only shared/ folder beside the repository; tests that need it skip without it."""
    path = repo_root.parent / "shared"
    if not path.is_dir():
        pytest.skip(f"shared folder not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_article_path(shared_dir: Path) -> Path:
    path = shared_dir / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path


@pytest.fixture(scope="session")
def devset_dir(shared_dir: Path) -> Path:
    path = shared_dir / "devset"
    if not path.is_dir():
        pytest.skip(f"devset not found at {path}")
    return path


def _bolt_answers(uri: str, timeout: float = 3.0) -> bool:
    """True when the server at uri completes a Bolt handshake (no credentials needed)."""
    hostport = uri.split("://", 1)[-1].split("/", 1)[0]
    host, _, port = hostport.rpartition(":")
    if not host:
        host, port = hostport, "7687"
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout) as sock:
            sock.settimeout(timeout)
            # magic preamble, then four proposed versions: 5.x and 4.4
            sock.sendall(bytes.fromhex("6060b017" "00000005" "00000404" "00000000" "00000000"))
            reply = sock.recv(4)
    except (OSError, ValueError):
        return False
    return len(reply) == 4 and reply != bytes(4)


@pytest.fixture(scope="session")
def neo4j_auth() -> tuple[str, str]:
    password = os.environ.get("EVENTGRAPH_TEST_NEO4J_PASSWORD", DEFAULT_NEO4J_PASSWORD)
    return ("neo4j", password)


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """Bolt URI of the test server. In CI a missing server fails; locally it skips with a hint."""
    uri = os.environ.get("EVENTGRAPH_TEST_NEO4J_URI", DEFAULT_NEO4J_URI)
    if not _bolt_answers(uri):
        message = f"no Neo4j answers at {uri}; run scripts/neo4j start (or ./scripts/test)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return uri
