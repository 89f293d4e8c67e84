"""Hostile input: whatever bytes arrive, the reader reports through ReadErrors and never crashes or hangs.

CI runs a small budget (200 examples a test). For a longer fuzz:

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/unit/test_articles_fuzz.py -q

('fuzz' runs 20,000 examples a test; EVENTGRAPH_FUZZ_EXAMPLES=N sets another number).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from eventgraph.articles import ReadErrors, iter_articles, normalize_text
from eventgraph.errors import InputError
from eventgraph.htmltext import html_to_text

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", parent=settings.get_profile("ci"),
                          max_examples=int(os.environ.get("EVENTGRAPH_FUZZ_EXAMPLES", "20000")))
# applied per test, so other modules' hypothesis settings stay as they are
PROFILE = settings.get_profile("fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "ci")

REASONS = {"not-found", "unreadable", "empty-glob", "no-files", "binary", "unknown-encoding", "bad-encoding",
           "invalid-json", "too-deep", "line-too-long", "not-object", "not-jsonl", "no-text", "bad-type",
           "bad-id", "too-long", "duplicate-id"}  # 'read-failed' is missing on purpose: it means a bug
WARNINGS = {"bad-date", "bad-field", "duplicate", "empty-file"}

# pieces that steer random input into the parsers' corners
FRAGMENTS = [b"{", b"}", b"[", b"]", b",", b":", b'"', b'"text"', b'"id"', b'"published"', b'"2024-10-21"',
             b"null", b"1e999", b"-0", b"\\u0000", b"\\ud800", b"\n", b"\r\n", b"\r", b" ", b"\t", b"\x00",
             b"\xef\xbb\xbf", b"\xff\xfe", b"\x1f\x8b", b"\xc3", b"\xe9", b"\xf0\x9f\x98\x80", b"<", b">", b"</",
             b"<!--", b"-->", b"<![", b"<script>", b"</script>", b"<title>", b"<p>", b"<br/>", b"<a href='",
             b"&amp;", b"&#", b"&#x1F600;", b"<meta charset=cp1252>", b"<meta charset=utf-16>", b"\xe2\x80\xa8",
             "مرحبا".encode(), "שלום".encode(), b"Seoul summoned the envoy."]

raw_bytes = st.one_of(
    st.binary(max_size=3000),
    st.lists(st.sampled_from(FRAGMENTS), max_size=120).map(b"".join),
    st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from(["utf-16", "utf-32", "utf-8-sig"]), st.text(max_size=300)).map(
        lambda p: p[1].encode(p[0], "surrogatepass")),
)
# any code point, lone surrogates too: json.dumps writes them as \ud800 escapes, as hostile input may
any_text = st.lists(st.characters() | st.sampled_from("\ud800\udc80\udfff\x00\u2028\x1b"), max_size=60).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=25,
)
article_like = st.fixed_dictionaries(
    {}, optional={"text": st.one_of(st.text(max_size=200), any_text, json_values),
                  "id": st.one_of(any_text, json_values), "title": st.one_of(any_text, json_values),
                  "published": st.one_of(st.text(max_size=30), json_values),
                  "url": json_values, "language": json_values})


def check(arts, errors: ReadErrors, names: set[str]) -> None:
    """What every run must satisfy, whatever the input."""
    for e in errors.errors:
        assert isinstance(e, InputError) and e.reason in REASONS, e
        assert e.file in names and (e.line is None or e.line >= 1)
    for w in errors.warnings:
        assert w.reason in WARNINGS, w
    assert errors.read == len(arts)
    for a in arts:
        assert a.text and a.text == a.text.strip()
        for value in (a.text, a.id, a.title, a.url, a.source, a.language):
            assert value is None or value.encode("utf-8") is not None  # no lone surrogates reach the store
        assert unicodedata.is_normalized("NFC", a.text)
        assert not any(c in a.text for c in "\x00\r\t\x0b\x0c\x1b\x7f\u2028")
        assert a.origin.rsplit(":", 1)[0] in names
        assert a.published is None or len(a.published) == 10


def read_bytes(data: bytes, name: str):
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / name
        f.write_bytes(data)
        errors = ReadErrors(None)
        arts = list(iter_articles([str(f)], errors=errors, max_chars=5000))
        check(arts, errors, {str(f)})
        return arts, errors


@PROFILE
@given(data=raw_bytes, name=st.sampled_from(["a.jsonl", "a.json", "a.txt", "a.html", "a.dat", "a.jsonl.gz"]),
       zipped=st.booleans())
def test_any_bytes_in_any_format_are_read_or_reported(data, name, zipped):
    if zipped:
        data = gzip.compress(data)
    arts, errors = read_bytes(data, name)
    assert len(arts) + errors.skipped + len(errors.warnings) >= 1 or not data.strip()


@PROFILE
@given(data=raw_bytes)
def test_any_bytes_on_stdin_are_read_or_reported(data):
    errors = ReadErrors(None)
    arts = list(iter_articles(["-"], errors=errors, stdin=io.BytesIO(data), max_chars=5000))
    check(arts, errors, {"<stdin>"})


@PROFILE
@given(lines=st.lists(st.one_of(article_like.map(json.dumps),
                                st.binary(max_size=200).map(lambda b: b.translate(None, b"\x00\n\r")),
                                st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(
                                    lambda p: b"".join(p).translate(None, b"\x00\n\r"))),
                      max_size=40))
def test_good_lines_survive_any_neighbours_in_order(lines):
    out, good = [], []
    for i, line in enumerate(lines):
        good.append(f"good-{i}")
        out.append(json.dumps({"id": f"good-{i}", "text": f"Article number {i}."}).encode())
        out.append(line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line)
    arts, errors = read_bytes(b"\n".join(out) + b"\n", "mix.jsonl")
    assert [a.id for a in arts if a.id.startswith("good-")] == good


@PROFILE
@given(obj=article_like)
def test_an_article_is_read_exactly_when_it_is_valid(obj):
    arts, errors = read_bytes(json.dumps(obj).encode() + b"\n", "one.jsonl")
    text = obj.get("text")
    usable = isinstance(text, str) and len(text) <= 5000 and bool(normalize_text(text))
    id_ok = obj.get("id") is None or isinstance(obj["id"], (str, int)) and not isinstance(obj["id"], bool)
    if not usable or not id_ok:
        assert not arts and errors.skipped == 1
    elif not errors.skipped:
        [a] = arts
        # JSON pairs escaped surrogates ("\\ud800\\udc00" is one character), so compare after a round trip
        assert a.text == normalize_text(json.loads(json.dumps(text)))


@PROFILE
@given(text=st.text(max_size=400))
def test_normalising_twice_changes_nothing(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@PROFILE
@given(markup=st.one_of(st.text(max_size=2000),
                        st.lists(st.sampled_from([f.decode("utf-8", "replace") for f in FRAGMENTS]),
                                 max_size=300).map("".join)))
def test_html_scanner_takes_any_markup(markup):
    doc = html_to_text(markup)
    assert isinstance(doc.text, str)
    assert doc.title is None or isinstance(doc.title, str)
