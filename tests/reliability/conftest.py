"""Fixtures of the reliability suite (helpers live in helpers.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import LONG, write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    """180 articles (360 with EVENTGRAPH_LONG_CHECKS): enough batches of 5 for kills to land mid-ingest."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    return path, write_corpus(path, 4 if LONG else 2)


def pytest_configure(config):
    config.addinivalue_line("markers", "outage: stops and restarts the test Neo4j server; runs last")


def pytest_collection_modifyitems(session, config, items):
    """Outage tests stop the shared Neo4j server: run them after everything else in the session."""
    outage = [i for i in items if i.get_closest_marker("outage")]
    if outage:
        items[:] = [i for i in items if not i.get_closest_marker("outage")] + outage
