"""Ingest is idempotent and survives SIGKILL: after any number of kills and one re-run to the
end, the store holds exactly what one clean run into a fresh store holds."""
from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from eventgraph.cli import main as cli_main

from .helpers import (LONG, Progress, embedded_shape, neo4j_owned, neo4j_shape, open_target, run_ingest,
                      snapshot, start_ingest, wipe_neo4j)

KILLS = 12 if LONG else 5
SEED = int(os.environ.get("EVENTGRAPH_KILL_SEED", "0")) or random.randrange(1, 10**6)


def clean_run(corpus_path: Path, target: str) -> None:
    # in-process: the spaCy pipeline is built once per test session
    assert cli_main(["ingest", str(corpus_path), "--store", target, "--batch-size", "5"]) == 0


def kill_chain(corpus_path: Path, target: str, ids: list[str], log: Path, rng: random.Random) -> list[tuple[int, int]]:
    """Start the ingest, SIGKILL it at a random point after it has stored more articles, KILLS
    times in a row; returns (articles stored before, at the kill) per kill."""
    kills: list[tuple[int, int]] = []
    total = len(ids)
    stored = Progress(target, ids)
    try:
        while len(kills) < KILLS:
            before = stored()
            left = total - before
            assert left > 5 * (KILLS - len(kills)), f"corpus too small for {KILLS} kills: {kills}"
            goal = before + rng.randint(1, max(1, left // (KILLS - len(kills) + 1)))
            proc = start_ingest([str(corpus_path)], target, log)
            try:
                deadline = time.monotonic() + 180
                while stored() < goal and proc.poll() is None:
                    assert time.monotonic() < deadline, "ingest made no progress in 180 s"
                    time.sleep(0.005)
                # batches are written in bursts after each extraction chunk: every other kill
                # lands within a few ms of a commit (likely inside the next transaction), the
                # others anywhere (extracting, reading, writing)
                time.sleep(rng.uniform(0, 0.005) if len(kills) % 2 == 0 else rng.uniform(0, 0.4))
            finally:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                proc.wait()
            assert proc.returncode == -signal.SIGKILL, f"ingest finished before the kill:\n{log.read_text()}"
            at = stored()
            kills.append((before, at))
            assert (at - before) % 5 == 0, f"a batch of 5 was half written: {kills}"
    finally:
        stored.close()
    return kills


def assert_same(after_kills: dict, clean: dict) -> None:
    assert after_kills["counts"] == clean["counts"]
    assert after_kills["articles"] == clean["articles"], "lost or extra articles"
    assert set(after_kills["events"]) == set(clean["events"]), "lost or duplicate events"
    assert after_kills["events"] == clean["events"]
    assert after_kills["evidence"] == clean["evidence"], "lost, duplicate or half-written evidence"
    assert after_kills["actors"] == clean["actors"]


@pytest.fixture(scope="module")
def embedded_clean(corpus, tmp_path_factory):
    path, ids = corpus
    target = str(tmp_path_factory.mktemp("clean") / "clean.db")
    clean_run(path, target)
    with open_target(target) as store:
        return target, snapshot(store, ids), embedded_shape(target)


def test_ingesting_twice_changes_nothing_embedded(corpus, embedded_clean):
    path, ids = corpus
    target, first, rows = embedded_clean
    assert first["counts"]["articles"] == len(ids)
    assert first["counts"]["events"] > 100 and first["counts"]["evidence"] > first["counts"]["events"]
    clean_run(path, target)
    with open_target(target) as store:
        assert snapshot(store, ids) == first
    assert embedded_shape(target) == rows


def test_sigkill_mid_ingest_loses_and_duplicates_nothing_embedded(corpus, embedded_clean, tmp_path):
    path, ids = corpus
    _, clean, clean_rows = embedded_clean
    target, log = str(tmp_path / "killed.db"), tmp_path / "ingest.log"
    kills = kill_chain(path, target, ids, log, random.Random(SEED))
    print(f"seed {SEED}: embedded kills at (stored before, stored at kill) {kills}")
    assert sum(1 for b, a in kills if 0 < a < len(ids)) >= KILLS - 1, kills  # they landed mid-ingest
    assert run_ingest([str(path)], target, log) == 0, log.read_text()
    with open_target(target) as store:
        assert_same(snapshot(store, ids), clean)
    assert embedded_shape(target) == clean_rows  # every row, not only what the API shows


@pytest.mark.neo4j
def test_ingesting_twice_and_sigkill_mid_ingest_neo4j(corpus, neo4j_uri, tmp_path):
    path, ids = corpus
    log = tmp_path / "ingest.log"
    with neo4j_owned(neo4j_uri):
        clean_run(path, neo4j_uri)
        with open_target(neo4j_uri) as store:
            clean, clean_shape = snapshot(store, ids), neo4j_shape(store)
        assert clean["counts"]["articles"] == len(ids)
        assert not clean_shape["duplicate_ids"]
        clean_run(path, neo4j_uri)  # again: idempotent
        with open_target(neo4j_uri) as store:
            assert snapshot(store, ids) == clean
            assert neo4j_shape(store) == clean_shape

        wipe_neo4j(neo4j_uri)
        kills = kill_chain(path, neo4j_uri, ids, log, random.Random(SEED + 1))
        print(f"seed {SEED + 1}: neo4j kills at (stored before, stored at kill) {kills}")
        assert sum(1 for b, a in kills if 0 < a < len(ids)) >= KILLS - 1, kills
        assert run_ingest([str(path)], neo4j_uri, log) == 0, log.read_text()
        with open_target(neo4j_uri) as store:
            assert_same(snapshot(store, ids), clean)
            # no orphan actors/events, no duplicate nodes, same relationships as a clean run
            assert neo4j_shape(store) == clean_shape
