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
