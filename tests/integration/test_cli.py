"""The eventgraph command end to end, as a user runs it (subprocesses, real model, real store)."""
from __future__ import annotations

import json
import subprocess
import sys

SEED_EXPECTED = {
    ("SUMMON_AMBASSADOR", "KOR", "RUS", "2024-10-21", "occurred"),
    ("DEPLOY_TROOPS", "PRK", "RUS", "2024-10", "occurred"),
    ("MEET", "PRK", "RUS", "2023-09-13", "occurred"),
    ("JOIN_BLOC", "IRN", "BRICS", "2024-01", "occurred"),
    ("JOIN_BLOC", "EGY", "BRICS", "2024-01", "occurred"),
    ("JOIN_BLOC", "ETH", "BRICS", "2024-01", "occurred"),
    ("JOIN_BLOC", "ARE", "BRICS", "2024-01", "occurred"),
    ("JOIN_BLOC", "SAU", "BRICS", "2024-01", "occurred"),
}
SEED_TYPES = {"MEET", "DEPLOY_TROOPS", "SUMMON_AMBASSADOR", "JOIN_BLOC", "APPLY_MEMBERSHIP"}


def cli(*args, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventgraph.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=600, cwd=cwd)


def test_seed_article_acceptance(seed_article_path):
    r = cli("extract", str(seed_article_path), "--published", "2024-10-21")
    assert r.returncode == 0, r.stderr
    events = [json.loads(l) for l in r.stdout.splitlines()]
    seed = [e for e in events if e["type"] in SEED_TYPES]
    def key(e):
        a, b = e["source"]["id"], e["target"]["id"]
        if e["type"] == "MEET":
            a, b = sorted((a, b))
        return (e["type"], a, b, e["date"], e["status"])

    facts = {key(e) for e in seed if e["status"] == "occurred"}
    assert SEED_EXPECTED <= facts
    planned = {tuple(sorted((e["source"]["id"], e["target"]["id"]))) for e in seed
               if e["type"] == "MEET" and e["status"] == "planned"}
    assert planned == {("CHN", "RUS"), ("IND", "RUS"), ("RUS", "TUR"), ("IRN", "RUS")}
    applied = {e["source"]["id"] for e in seed if e["type"] == "APPLY_MEMBERSHIP" and e["target"]["id"] == "BRICS"}
    assert applied == {"TUR", "AZE", "MYS"}
    # nothing else of the five types is asserted as fact: the 'have not confirmed' and
    # 'if it is true' sentences stay hypothetical
    factual = [e for e in seed if e["status"] in ("occurred", "planned")]
    assert len(factual) == len(SEED_EXPECTED) + 4 + 3
    for e in events:  # the contract's shape
        assert e["id"].startswith("ev-") and e["evidence"] and 0 <= e["confidence"] <= 1
        assert e["plover"] and e["date_precision"] in (None, "day", "month", "year")


def test_bad_input_is_reported_and_the_rest_goes_through(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "ok", "text": "Poland summoned the Belarusian ambassador on Monday.", '
                 '"published": "2024-05-20"}\n{not json\n{"id": "empty", "text": ""}\n', encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02 binary")
    r = cli("extract", str(f), str(tmp_path / "bin.txt"), str(tmp_path / "missing.jsonl"))
    assert r.returncode == 1
    assert f"{f}:2: invalid JSON" in r.stderr
    assert f"{f}:3: field 'text': missing or empty" in r.stderr
    assert "bin.txt" in r.stderr and "binary" in r.stderr
    assert "missing.jsonl: no such file" in r.stderr
    assert "read 1 articles, skipped 4" in r.stderr
    got = [json.loads(l) for l in r.stdout.splitlines()]
    assert [(e["source"]["id"], e["target"]["id"], e["date"]) for e in got] == [("POL", "BLR", "2024-05-20")]


def test_stdin_and_table_format():
    r = cli("extract", "-", "--format", "table", "--published", "2023-03-08",
            stdin="Sweden became the 32nd member of NATO on Thursday.\n")
    assert r.returncode == 0, r.stderr
    assert "JOIN_BLOC" in r.stdout and "SWE -> NATO" in r.stdout


def test_ingest_is_idempotent_and_stats_counts(tmp_path, repo_root):
    store = tmp_path / "g.db"
    corpus = repo_root / "eventgraph" / "data" / "demo" / "articles.jsonl"
    r1 = cli("ingest", str(corpus), "--store", str(store))
    assert r1.returncode == 0, r1.stderr
    r2 = cli("ingest", str(corpus), "--store", str(store))
    assert r2.returncode == 0, r2.stderr
    assert "ingested 0 new articles" in r2.stderr
    s = cli("stats", "--store", str(store), "--json")
    data = json.loads(s.stdout)
    assert data["counts"]["articles"] == sum(1 for l in corpus.read_text().splitlines() if l.strip())
    assert data["counts"]["events"] == sum(data["by_type"].values()) > 0


def test_help_on_every_command():
    for cmd in ("extract", "ingest", "stats", "serve", "demo", "evaluate", "export", "neo4j", "bench"):
        r = cli(cmd, "--help")
        assert r.returncode == 0 and "usage: eventgraph" in r.stdout


def test_evaluate_prints_per_type_scores(devset_dir):
    r = cli("evaluate", str(devset_dir / "gold.jsonl"), "--articles", str(devset_dir / "articles.jsonl"), "--quiet")
    assert r.returncode == 0, r.stderr
    assert "micro (5 seed types)" in r.stdout and "SUMMON_AMBASSADOR" in r.stdout


def test_demo_ingests_bundled_articles_and_prints_them(tmp_path):
    r = cli("demo", "--no-serve", "--store", str(tmp_path / "demo.db"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "events by type:" in r.stdout and "newest" in r.stdout
    counts = r.stdout.split("events by type:")[1].split("\n\n")[0]
    assert "DEPLOY_TROOPS" in counts and "MEET" in counts
    # the seed article's summons is among the newest events the demo lists
    newest = r.stdout.split("newest")[1]
    assert "SUMMON_AMBASSADOR     KOR -> RUS    2024-10-21" in newest


def test_export_graphml_reads_back_with_networkx(tmp_path, repo_root):
    import networkx as nx

    store = tmp_path / "g.db"
    corpus = repo_root / "eventgraph" / "data" / "demo" / "articles.jsonl"
    assert cli("ingest", str(corpus), "--store", str(store)).returncode == 0
    out = tmp_path / "g.graphml"
    r = cli("export", "--store", str(store), "--format", "graphml", "--out", str(out))
    assert r.returncode == 0, r.stderr
    g = nx.read_graphml(out, force_multigraph=True)
    stats = json.loads(cli("stats", "--store", str(store), "--json").stdout)
    untargeted = sum(d.get("untargeted_events", 0) for _, d in g.nodes(data=True))
    assert g.number_of_edges() + untargeted == stats["counts"]["events"]
    assert g.nodes["RUS"]["kind"] == "state"
    assert any(d["type"] == "DEPLOY_TROOPS" for _, _, d in g.edges(data=True))


def test_python_dash_m_eventgraph_is_the_command(tmp_path):
    # a checkout without an install is driven with `python -m eventgraph`
    f = tmp_path / "a.txt"
    f.write_text("Poland summoned the Belarusian ambassador on Monday.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "eventgraph", "extract", str(f), "--published", "2024-05-22"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    (ev,) = [json.loads(l) for l in r.stdout.splitlines()]
    assert (ev["type"], ev["source"]["id"], ev["target"]["id"], ev["date"]) == \
        ("SUMMON_AMBASSADOR", "POL", "BLR", "2024-05-20")
