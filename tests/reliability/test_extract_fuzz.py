"""Hostile text through the real spaCy pipeline: extraction never crashes, never hangs, and
whatever it returns a store accepts. (The readers' own fuzzing is tests/unit/test_articles_fuzz.py.)

CI runs 50 examples per property; EVENTGRAPH_LONG_CHECKS=1 runs 1000 and the 1 MB article.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from eventgraph.models import Article
from eventgraph.pipeline import build_nlp, extract_articles
from eventgraph.store.base import check_event
from eventgraph.store.embedded import EmbeddedStore

from .helpers import ANNOTATED, LONG, REPO, child_env

EXAMPLES = 1000 if LONG else 50
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [s for line in ANNOTATED.read_text(encoding="utf-8").splitlines()[:20]
             for s in json.loads(line)["text"].split(". ")]
NAMES = ["Russia", "North Korea", "Kim Jong Un", "Vladimir Putin", "NATO", "BRICS", "South Korea's foreign ministry",
         "the Russian ambassador", "Xi Jinping", "he", "they", "the two leaders", "Finland", "the EU"]
VERBS = ["met", "summoned", "deployed troops to", "joined", "applied to join", "held talks with", "will meet",
         "denied meeting", "may send soldiers to", "did not summon"]
DATES = ["on Monday", "on 21 October 2024", "in 2023", "last week", "on 2024-13-45", "on 31 February", "yesterday",
         "in the year 99999", "on 0000-00-00", "next Friday"]
JUNK = ["\x00", "\x00" * 50, "\u202e", "\u200f", "\u202b\u202c", "روسيا وكوريا الشمالية", "צה\"ל", "Россия",
        "朝鲜", "🇷🇺🤝🇰🇵", "👨‍👩‍👧‍👦" * 20, "\u0301" * 200, "\ufeff", "\u2028", "\u00a0", "\t", "\n" * 30,
        "!" * 5000, "?!" * 3000, "(" * 2000, ")" * 2000, "." * 8000, "…" * 1000, "-" * 3000, "'" * 500,
        '"' * 500, "`" * 500, "{" * 500 + "}" * 500, "x" * 50_000, "Russia" * 5000, "Putin-" * 2000,
        "https://" + "a/" * 2000, "@" * 1000, "#" * 1000, "\ud800", "\udfff", "\U0010FFFF", "\x7f", "\x1b[31m"]

# anything unicode can hold, surrogates and unassigned code points included
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=3000)
sentence = st.builds(lambda a, v, b, d: f"{a} {v} {b} {d}.", st.sampled_from(NAMES), st.sampled_from(VERBS),
                     st.sampled_from(NAMES), st.sampled_from(DATES))
piece = st.one_of(st.sampled_from(SENTENCES), sentence, st.sampled_from(JUNK),
                  st.text(alphabet=st.characters(exclude_categories=()), max_size=50))
newsy = st.lists(piece, min_size=1, max_size=40).flatmap(
    lambda parts: st.sampled_from([" ", "", "\n", ". ", "\x00"]).map(lambda sep: sep.join(parts)))
published = st.one_of(st.none(), st.sampled_from(["2024-10-21", "1900-01-01", "9999-12-31", "2024-02-29"]))


def has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


@pytest.fixture(scope="module")
def sink(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    yield store
    store.close()


def run(nlp, text: str, date: str | None):
    """Extract one article; returns (events, error reported to on_error or None)."""
    # an explicit id: the derived one hashes UTF-8, which a lone surrogate does not have
    art = Article(text=text, published=date, id="fz-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest())
    errors: list[BaseException] = []
    out = list(extract_articles([art], nlp=nlp, on_error=lambda a, e: errors.append(e)))
    assert len(out) + len(errors) == 1, "an article must come out exactly once, as events or as an error"
    return art, (out[0][1] if out else None), (errors[0] if errors else None)


def check_usable(art, events, sink) -> None:
    for i, ev in enumerate(events):
        check_event(art, ev, i)  # the store will take it
        json.dumps(ev.to_dict(), ensure_ascii=False).encode("utf-8")  # and the API can send it
    report = sink.ingest([(art, events)])
    assert report.articles_new + report.articles_skipped == 1


@FUZZ
@given(text=any_text, date=published)
def test_any_unicode_text_is_extracted_or_reported(nlp, sink, text, date):
    art, events, error = run(nlp, text, date)
    if has_surrogate(text):
        # readers replace lone surrogates; a library caller who passes one gets it reported, not a crash
        return
    assert error is None, f"extraction failed on {text[:200]!r}: {error!r}"
    check_usable(art, events, sink)


@FUZZ
@given(text=newsy, date=published)
def test_news_mixed_with_junk_is_extracted(nlp, sink, text, date):
    art, events, error = run(nlp, text, date)
    if has_surrogate(text):
        return
    assert error is None, f"extraction failed on {text[:200]!r}: {error!r}"
    check_usable(art, events, sink)


def test_a_batch_with_broken_articles_still_yields_the_good_ones(nlp):
    good = Article(text="Vladimir Putin met Kim Jong Un in Pyongyang on 19 June 2024.", id="good",
                   published="2024-06-20")
    bad = [Article(text="Russia\ud800 met China.", id="sur"), Article(text="x" * 1_000_001, id="huge")]
    errors = []
    out = list(extract_articles([bad[0], good, bad[1], good], nlp=nlp, on_error=lambda a, e: errors.append(a.id)))
    assert [a.id for a, _ in out] == ["good", "good"]
    assert any(e.type == "MEET" for e in out[0][1])
    assert sorted(errors) == ["huge", "sur"]


@pytest.mark.parametrize("size", [1_000_000] if LONG else [200_000])
def test_a_very_large_article_is_extracted(nlp, size, monkeypatch):
    from eventgraph.config import get_settings

    monkeypatch.setattr(get_settings(), "article_timeout_s", 900.0)  # a 1 MB article takes a minute or two
    text = ""
    for line in ANNOTATED.read_text(encoding="utf-8").splitlines():
        text += json.loads(line)["text"] + "\n\n"
    text = (text * (size // len(text) + 1))[: size - 10]
    art, events, error = run(nlp, text, "2024-10-21")
    assert error is None, error
    assert len(events) > 50


def test_degenerate_articles_finish_within_the_time_limit(nlp):
    # runs without spaces made spaCy's tokenizer quadratic: '!?.' * 7000 took minutes, * 70000 hours
    for text in ("!?." * 7000, "(" * 20_000, "Russia" * 40_000, "Putin met Xi " + ", and " * 3000 + "on Monday."):
        art, events, error = run(nlp, text, None)
        assert error is None, f"{text[:30]!r}: {error!r}"  # ArticleTimeout would be reported here


def test_an_article_over_the_time_limit_is_reported_and_the_next_one_extracted(nlp, monkeypatch):
    from eventgraph.config import get_settings
    from eventgraph.pipeline import ArticleTimeout

    monkeypatch.setattr(get_settings(), "article_timeout_s", 1.0)
    slow = Article(text="!?." * 70_000, id="slow")  # about a minute of work
    good = Article(text="Vladimir Putin met Kim Jong Un in Pyongyang on 19 June 2024.", id="good")
    errors = []
    start = time.monotonic()
    out = list(extract_articles([slow, good], nlp=nlp, on_error=lambda a, e: errors.append((a.id, e))))
    took = time.monotonic() - start
    assert [a.id for a, _ in out] == ["good"] and out[0][1]
    assert [i for i, _ in errors] == ["slow"] and isinstance(errors[0][1], ArticleTimeout)
    assert "EVENTGRAPH_ARTICLE_TIMEOUT_S" in str(errors[0][1])
    assert took < 30, took  # the batch's second, the article's second, then the good one


def test_the_cli_reports_bad_articles_and_goes_on(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "long", "text": "Russia met China. " * 100}) + "\n" +
                   # a lone surrogate in the id once crashed the whole ingest (UnicodeEncodeError)
                   '{"id": "a\\ud800", "title": "\\udfff", "text": "Russia met China."}\n' +
                   json.dumps({"id": "ok", "text": "Putin met Xi in Beijing on 16 May 2024."}) + "\n")
    db = tmp_path / "s.db"
    r = subprocess.run([sys.executable, "-m", "eventgraph.cli", "ingest", str(src), "--store", str(db)],
                       cwd=REPO, env=child_env(EVENTGRAPH_MAX_ARTICLE_CHARS="500"), capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 1, r.stderr  # something was skipped
    assert f"{src}:1: field 'text'" in r.stderr and "too long" in r.stderr
    assert f"{src}:2: field 'id'" in r.stderr
    assert "Traceback" not in r.stderr
    with EmbeddedStore(db) as store:
        assert store.known_articles(["long", "ok"]) == {"ok"}
        assert store.counts()["articles"] == 1
