"""Tiny runs of each benchmark: the JSON they print has the promised shape. No timing checks."""
from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

import pytest

from bench import cold_start, corpus, extraction, ingest, memory
from bench.__main__ import main as bench_main
from bench.__main__ import scaling, scaling_table, write_section


def test_corpus_is_deterministic_and_dated():
    a = list(corpus.generate(5, seed=1))
    b = list(corpus.generate(5, seed=1))
    assert [x.text for x in a] == [x.text for x in b]
    assert len({x.id for x in a}) == 5
    assert all(x.published and len(x.published) == 10 and len(x.text.split()) > 20 for x in a)
    assert [x.text for x in corpus.generate(5, seed=2)] != [x.text for x in a]


def test_extraction_shape_and_workers_agree():
    res = extraction.run(articles=6, workers=2, repeat=1, batch_size=2, with_subprocess=False)
    assert res["corpus"]["articles"] == 6
    for key in ("workers_1", "workers_2"):
        part = res[key]
        for side in ("baseline_spacy_pipe", "eventgraph_extract"):
            assert part[side]["articles_per_s"] > 0 and part[side]["words_per_s"] > 0
        assert part["ratio_ours_to_baseline"] > 0
    # the worker processes find the same events as one process
    assert res["workers_1"]["eventgraph_extract"]["events"] == res["workers_2"]["eventgraph_extract"]["events"] > 0
    assert set(res["speedup"]) >= {"ours", "baseline", "workers"}


def test_parallel_extraction_same_events_in_order():
    from eventgraph.pipeline import extract_articles

    arts = list(corpus.generate(7, seed=4))
    one = [(a.id, [e.to_dict() for e in evs]) for a, evs in extract_articles(arts, batch_size=3)]
    two = [(a.id, [e.to_dict() for e in evs]) for a, evs in extract_articles(arts, batch_size=3, n_process=2)]
    assert [i for i, _ in one] == [a.id for a in arts]
    assert two == one


@pytest.mark.skipif(importlib.util.find_spec("eventgraph.articles") is None,
                    reason="the CLI's article reader is not there yet")
def test_extraction_subprocess_runs_the_cli():
    res = extraction.run(articles=3, workers=1, repeat=1)
    assert res["subprocess"]["returncode"] == 0, res["subprocess"]
    assert res["subprocess"]["articles_per_s"] > 0


def test_ingest_shape():
    res = ingest.run(events=1500, batch=500)
    assert res["events"] == 1500 and res["batches"] == 3
    assert res["events_created"] + res["events_merged"] == 1500
    assert res["events_merged"] > 0  # the generator repeats some events on purpose
    assert res["counts"]["events"] == res["events_created"]
    assert res["events_per_s"] > 0 and res["file_mib"] > 0


def test_memory_shape():
    res = memory.run(articles=2, factor=2)
    for key in ("x1", "x2"):
        assert res[key]["returncode"] == 0, res[key]
        assert res[key]["peak_rss_mib"] > 50  # the spaCy model alone is bigger than that
    assert res["x2"]["articles"] == 4
    assert isinstance(res["flat_within_20pct"], bool) and res["peak_growth"] > 0


def test_cold_start_shape():
    res = cold_start.run(events=800, starts=1)
    assert res["store"]["events"] == 800
    m = res["median"]
    assert 0 < m["health_s"] <= m["first_subgraph_s"]
    assert m["hub_subgraph_bytes"] > 0


def test_scaling_table_written(tmp_path):
    res = scaling([2100, 2400], starts=1, requests=2)
    assert [r["events"] for r in res["rows"]] == [2100, 2400]
    assert all("subgraph_depth1" in r["latency"] for r in res["rows"]), res
    out = tmp_path / "RESULTS.md"
    out.write_text("# Results\n\nhand-written text\n")
    write_section(out, "scaling", scaling_table(res))
    write_section(out, "scaling", scaling_table(res))  # replaced, not appended twice
    text = out.read_text()
    assert text.count("<!-- scaling:start -->") == 1 and "hand-written text" in text
    assert "| 2,100 |" in text and "| 2,400 |" in text


def test_cli_entry_prints_one_json_document(capsys):
    rc = bench_main(["ingest", "--events", "600", "--batch", "300"])
    assert rc == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["bench"] == "ingest" and doc["events"] == 600


def test_quick_suite_with_others_skipped(capsys):
    rc = bench_main(["--articles", "3", "--workers", "1", "--events", "500", "--skip", "memory",
                     "--skip", "cold-start", "--skip", "extraction", "--skip", "api-latency"])
    doc = json.loads(capsys.readouterr().out)
    assert rc == 0, doc
    assert set(doc) >= {"machine", "ingest", "neo4j_ingest"}
    assert "extraction" not in doc and "api_latency" not in doc and "skipped" in doc["neo4j_ingest"]
    assert doc["ingest"]["events"] == 500


def test_other_benchmarks_run_through_the_suite():
    from bench.__main__ import call_other

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "s.db")
        ingest.build(path, 2500)  # names every actor, so api_latency finds the ones it asks for
        out = call_other("bench.api_latency", ["--store", path, "--reuse", "--requests", "2"])
    assert "error" not in out, out
    assert out["latency"]["subgraph_depth1"]["n"] == 2
    assert "skipped" in call_other("bench.no_such_benchmark", [])
