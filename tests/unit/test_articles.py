"""Reading articles: formats, encodings, paths, and a clear error for every bad input."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import tracemalloc

import psutil
import pytest

from eventgraph import articles
from eventgraph.articles import ReadErrors, iter_articles, normalize_date, normalize_text
from eventgraph.errors import InputError
from eventgraph.htmltext import html_to_text


def read(paths, **kw):
    """Articles read and the ReadErrors that saw them; printed lines go to errors.stream."""
    errors = ReadErrors(io.StringIO())
    arts = list(iter_articles([str(p) for p in paths], errors=errors, **kw))
    return arts, errors


def where(errors):
    return [(os.path.basename(e.file), e.line, e.field, e.reason) for e in errors.errors]


def jsonl(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


# -- JSON Lines ---------------------------------------------------------------------------

def test_broken_lines_are_reported_and_good_ones_still_come_in_order(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text(jsonl({"id": "a1", "text": "Seoul summoned the Russian envoy."},
                       "{not json",
                       {"id": "a2", "text": "Finland joined NATO."},
                       "",
                       {"id": "a3", "text": ""},
                       {"id": "a4", "text": 42},
                       {"id": "a5", "text": "Sweden joined NATO."}), encoding="utf-8")
    arts, errors = read([f])
    assert [a.id for a in arts] == ["a1", "a2", "a5"]
    assert [a.origin for a in arts] == [f"{f}:1", f"{f}:3", f"{f}:7"]
    assert where(errors) == [("mixed.jsonl", 2, None, "invalid-json"), ("mixed.jsonl", 5, "text", "no-text"),
                             ("mixed.jsonl", 6, "text", "bad-type")]
    printed = errors.stream.getvalue().splitlines()
    assert printed[0].startswith(f"{f}:2: invalid JSON: ") and "column 2" in printed[0]
    assert printed[1] == f"{f}:5: field 'text': missing or empty"
    assert printed[2] == f"{f}:6: field 'text': must be a string, got a number"
    assert errors.format_summary() == "read 3 articles, skipped 3 (bad-type: 1, invalid-json: 1, no-text: 1)"
    assert errors.summary() == {"read": 3, "skipped": 3, "reasons": {"bad-type": 1, "invalid-json": 1, "no-text": 1},
                                "warnings": 0, "warning_reasons": {}}
    assert errors.exit_status == 1


@pytest.mark.parametrize("line, field, reason, says", [
    ('{"text": "a" "b"}', None, "invalid-json", "invalid JSON"),
    ('[{"text": "a list, not an article"}]', None, "not-object", "got an array"),
    ('"just a string"', None, "not-object", "got a string"),
    ('{"title": "no text"}', "text", "no-text", "missing or empty"),
    ('{"text": null}', "text", "no-text", "missing or empty"),
    ('{"content": "x"}', "text", "no-text", "found 'content'"),
    ('{"text": " \\u0000\\t\\u200b "}', "text", "no-text", "control characters"),
    ('{"text": ["para 1", "para 2"]}', "text", "bad-type", "got an array"),
    ('{"text": "ok", "id": ["x"]}', "id", "bad-type", "got an array"),
    ('{"text": "ok", "id": 1.5}', "id", "bad-type", "got a number"),
    ('{"text": "ok", "id": "a\\nb"}', "id", "bad-id", "printable"),
    ('{"text": "ok", "id": "\\ud800"}', "id", "bad-id", "printable"),  # could not be stored
    ('{"text": "ok", "id": "' + "x" * 600 + '"}', "id", "bad-id", "at most 512"),
    ('{"text": "' + "x" * 101 + '"}', "text", "too-long", "the limit is 100"),
    ("[" * 100_000, None, "too-deep", "nested too deeply"),
    ('{"text": "ok", "n": ' + "9" * 5000 + "}", None, "invalid-json", "invalid JSON"),
])
def test_each_bad_line_is_named_by_file_line_field_and_reason(tmp_path, line, field, reason, says):
    f = tmp_path / "in.jsonl"
    f.write_text(jsonl({"text": "first"}, line, {"text": "last"}), encoding="utf-8")
    arts, errors = read([f], max_chars=100)
    assert [a.text for a in arts] == ["first", "last"]
    [e] = errors.errors
    assert (e.file, e.line, e.field, e.reason) == (str(f), 2, field, reason)
    assert says in e.message
    assert errors.stream.getvalue() == str(e) + "\n"


def test_invalid_utf8_costs_only_its_line(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"text": "good one"}\n{"text": "caf\xe9 latin-1"}\n{"text": "good two \xc3\xa9"}\n')
    arts, errors = read([f])
    assert [a.text for a in arts] == ["good one", "good two é"]
    assert where(errors) == [("in.jsonl", 2, None, "bad-encoding")]
    assert "byte 0xe9 at column 14" in errors.errors[0].message


def test_a_line_over_the_cap_is_skipped_without_holding_it(tmp_path, monkeypatch):
    monkeypatch.setattr(articles, "MAX_LINE_CHARS", 1_000_000)
    f = tmp_path / "long.jsonl"
    with open(f, "w") as fh:
        fh.write(jsonl({"text": "before"}))
        fh.write('{"text": "' + "x" * 20_000_000 + '"}\n')
        fh.write(jsonl({"text": "after"}))
    tracemalloc.start()
    try:
        arts, errors = read([f])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [a.text for a in arts] == ["before", "after"]
    assert where(errors) == [("long.jsonl", 2, None, "line-too-long")]
    assert peak < 10_000_000  # the 20 MB line was never held whole


def test_a_10_mb_article_is_too_long_in_every_format(tmp_path):
    big = "word " * 2_000_000  # 10 MB, over the default 2M-character limit
    (tmp_path / "a.jsonl").write_text(jsonl({"id": "big", "text": big}, {"id": "small", "text": "ok"}))
    (tmp_path / "b.txt").write_text(big)
    (tmp_path / "c.json").write_text(json.dumps([{"text": big}, {"id": "small2", "text": "fine"}]))
    arts, errors = read([tmp_path])
    assert [a.id for a in arts] == ["small", "small2"]
    assert where(errors) == [("a.jsonl", 1, "text", "too-long"), ("b.txt", None, "text", "too-long"),
                             ("c.json", 1, "text", "too-long")]


def test_gives_up_on_a_file_that_is_not_json_lines(tmp_path):
    f = tmp_path / "table.jsonl"
    f.write_text("".join(f"{i},Seoul,Moscow\n" for i in range(5000)))
    arts, errors = read([f])
    assert arts == []
    assert errors.reasons == {"invalid-json": articles.JSONL_GIVE_UP, "not-jsonl": 1}
    assert errors.errors[-1].line == articles.JSONL_GIVE_UP


def test_a_million_short_lines_stream_in_bounded_memory(tmp_path):
    f = tmp_path / "million.jsonl"
    with open(f, "w") as fh:
        for i in range(1000):
            fh.write("\n" * 999 + '{"text": "Article %d."}\n' % i)
    proc = psutil.Process()
    before = proc.memory_info().rss
    it = iter_articles([str(f)], errors=ReadErrors(None))
    first = next(it)
    assert first.text == "Article 0." and first.origin == f"{f}:1000"
    n = 1 + sum(1 for _ in it)
    assert n == 1000
    # the file is 1M lines; holding them (or a list of them) would cost far more than this
    assert proc.memory_info().rss - before < 30_000_000


# -- fields -------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, date", [
    ("2024-10-21", "2024-10-21"),
    ("2024-10-21T08:00:00Z", "2024-10-21"),
    (" 2024-10-21T23:30:00-05:00 ", "2024-10-21"),  # the publisher's own calendar day
    ("2024-10-21 08:00:00.123+09:00", "2024-10-21"),
    ("Mon, 21 Oct 2024 08:00:00 GMT", "2024-10-21"),  # RSS
    ("21/10/2024", None), ("2024-13-01", None), ("yesterday", None), ("", None), (20241021, None), (None, None),
])
def test_published_dates_are_normalised(raw, date):
    assert normalize_date(raw) == date


def test_a_bad_date_keeps_the_article_with_a_warning(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(jsonl({"id": "x", "text": "t", "published": "21/10/2024"},
                       {"id": "y", "text": "u", "published": "2024-10-21T08:00:00Z"},
                       {"id": "z", "text": "v"}))
    arts, errors = read([f])
    assert [(a.id, a.published) for a in arts] == [("x", None), ("y", "2024-10-21"), ("z", None)]
    assert errors.exit_status == 0 and errors.skipped == 0
    [w] = errors.warnings
    assert (w.line, w.field, w.reason) == (2 - 1, "published", "bad-date")
    assert errors.stream.getvalue() == (f"{f}:1: field 'published': warning: not an ISO date: '21/10/2024'; "
                                        "the article is kept without a date\n")
    assert errors.format_summary() == "read 3 articles, skipped 0, 1 warning (bad-date: 1)"
    # the --published default fills articles without a valid date of their own
    arts, _ = read([f], published="2024-01-02T10:00:00+01:00")
    assert [a.published for a in arts] == ["2024-01-02", "2024-10-21", "2024-01-02"]


def test_an_invalid_published_default_is_refused_up_front():
    with pytest.raises(InputError) as exc:
        iter_articles(["-"], published="next week")
    assert exc.value.field == "published" and exc.value.reason == "bad-date"


def test_ids_optional_fields_and_duplicates(tmp_path):
    f = tmp_path / "ids.jsonl"
    f.write_text(jsonl({"id": 17, "text": "numeric id", "title": 5, "url": "  https://x.org/a  "},
                       {"text": "no id", "title": "  Two\n words  "},
                       {"text": "no id", "title": "Two words"},
                       {"id": "17", "text": "other text"},
                       {"id": "  ", "text": "blank id"}))
    arts, errors = read([f])
    assert [a.id for a in arts][0] == "17" and arts[0].url == "https://x.org/a" and arts[0].title is None
    assert arts[1].id.startswith("art-") and arts[1].title == "Two words"
    assert arts[2].id.startswith("art-") and arts[2].text == "blank id"
    assert len(arts) == 3
    assert where(errors) == [("ids.jsonl", 4, "id", "duplicate-id")]
    assert f"already used by {f}:1" in errors.errors[0].message
    assert [(w.line, w.field, w.reason) for w in errors.warnings] == [(1, "title", "bad-field"),
                                                                      (3, "id", "duplicate")]
    # the same content read twice is one article, as the contract promises
    again, _ = read([f], dedupe=False)
    assert again[1].id == again[2].id


def test_text_normalisation_keeps_lines_and_drops_junk():
    raw = "  Line\tone  \u00a0 here \r\nLine\u2028two\x00\x07\x1b[2J\n\n\n\nsoft\u00adhyphen caf\u0065\u0301 \ud800 end  "
    assert normalize_text(raw) == "Line one here\nLine\ntwo[2J\n\nsofthyphen café \ufffd end"
    # scripts, emoji sequences and bidi text pass unchanged
    s = "مرحبا بالعالم 👩\u200d👩\u200d👧 שלום"
    assert normalize_text(s) == s


# -- JSON documents -----------------------------------------------------------------------

def test_json_object_array_and_concatenated_values(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": "single"}, indent=2))
    (tmp_path / "many.json").write_text('[\n {"id": "m1", "text": "a"},\n 7,\n {"id": "m2", "text": "b"}\n]\n'
                                        '{"id": "m3", "text": "after the array"}')
    (tmp_path / "empty.json").write_text("[]")
    arts, errors = read([tmp_path / "one.json", tmp_path / "many.json", tmp_path / "empty.json"])
    assert [(a.id, a.origin.rsplit(":", 1)[1]) for a in arts] == [("o", "1"), ("m1", "2"), ("m2", "4"), ("m3", "6")]
    assert where(errors) == [("many.json", 3, None, "not-object")]


def test_a_syntax_error_ends_the_document_but_keeps_what_came_before(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text('[{"text": "a"},\n {"text": "b"}\n {"text": "c"}]')
    arts, errors = read([f])
    assert [a.text for a in arts] == ["a", "b"]
    assert where(errors) == [("broken.json", 3, None, "invalid-json")]
    assert "expected ',' or ']'" in errors.errors[0].message and "column 2" in errors.errors[0].message


def test_a_big_json_array_is_read_item_by_item(tmp_path):
    items = [{"id": f"i{i}", "text": "x" * (i % 97) + f" item {i}", "n": 12345678901234567890} for i in range(3000)]
    items.insert(1500, {"id": "huge", "text": "y" * 300_000})  # bigger than one read chunk
    f = tmp_path / "big.json"
    f.write_text(json.dumps(items))
    arts, errors = read([f])
    assert errors.skipped == 0
    assert [a.id for a in arts] == [d["id"] for d in items]
    assert arts[1500].text == "y" * 300_000


# -- text and HTML ------------------------------------------------------------------------

def test_txt_title_is_the_first_line_and_text_the_whole_file(tmp_path):
    f = tmp_path / "seoul.txt"
    f.write_text("\n\n  Seoul summons Russian envoy \nSouth Korea summoned the ambassador.\n")
    (tmp_path / "empty.txt").write_text(" \n\n")
    arts, errors = read([f, tmp_path / "empty.txt"], published="2024-10-21")
    [a] = arts
    assert a.title == "Seoul summons Russian envoy"
    assert a.text == "Seoul summons Russian envoy\nSouth Korea summoned the ambassador."
    assert (a.published, a.origin) == ("2024-10-21", f"{f}:1")
    assert where(errors) == [("empty.txt", 1, "text", "no-text")]


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kazan &amp; BRICS &#8211; News</title>
<meta property="article:published_time" content="2024-10-22T06:00:00+03:00">
<link rel="canonical" href="https://news.example/kazan">
<style>p { color: red }</style><script>var s = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | World</nav>
<article><h1>Leaders meet in Kazan</h1>
<p>Putin&nbsp;met   Xi on
Tuesday.</p><p>Erdo&#287;an arrived &lt;later&gt; &#x1F600;</p>
<figure><img src="x.jpg"><figcaption>Modi and Putin shake hands</figcaption></figure>
<p dir="rtl">\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd</p>
<ul><li>one</li><li>two</li></ul><!-- a comment <p>hidden</p> --></article>
<aside>Related: other stories</aside><footer>(c) Example</footer></body></html>"""


def test_html_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    [a], errors = read([f])
    assert errors.skipped == 0
    assert a.title == "Kazan & BRICS – News"
    assert a.published == "2024-10-22" and a.url == "https://news.example/kazan"
    assert a.text.split("\n") == ["Leaders meet in Kazan", "", "Putin met Xi on Tuesday.", "",
                                  "Erdoğan arrived <later> 😀", "", "Modi and Putin shake hands", "",
                                  "مرحبا שלום", "", "one", "two"]


def test_html_in_a_declared_legacy_charset(tmp_path):
    f = tmp_path / "old.htm"
    f.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
                  '</head><body><h1>Caf\xe9 talks</h1><p>Na\xefve \u201cquotes\u201d</p></body></html>'.encode("cp1252"))
    [a], _ = read([f])
    assert a.title == "Café talks" and a.text == "Café talks\n\nNaïve “quotes”"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("unit", ["<a ", "<a b='", "<!--", "<![", "</", "<p>x", "<script>", "&#"])
def test_hostile_markup_is_read_without_a_hang(unit):
    # the stdlib parser takes minutes on 60 KB of some of these; ours is linear
    doc = html_to_text("<p>start</p>" + unit * 20_000)
    assert doc.text.strip().startswith("start")


# -- encodings and odd files --------------------------------------------------------------

@pytest.mark.parametrize("codec, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                        ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)])
@pytest.mark.parametrize("name", ["a.jsonl", "a.json", "a.txt"])
def test_byte_order_marks(tmp_path, codec, bom, name):
    text = "Erdoğan met Putin 😀"
    body = jsonl({"text": text}, {"text": "second"}) if name != "a.txt" else text + "\nsecond"
    (tmp_path / name).write_bytes(bom + body.encode(codec))
    arts, errors = read([tmp_path / name])
    assert errors.skipped == 0
    assert arts[0].text.split("\n")[0] == text


def test_undecodable_and_binary_files(tmp_path):
    (tmp_path / "latin.txt").write_bytes("line one\ncaf\xe9".encode("latin-1"))
    (tmp_path / "nobom.txt").write_bytes("UTF-16 without a byte-order mark".encode("utf-16-le"))
    (tmp_path / "blob.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "bad16.txt").write_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")  # lone surrogate
    (tmp_path / "ok.jsonl").write_text(jsonl({"text": "still read"}))
    arts, errors = read([tmp_path])
    assert [a.text for a in arts] == ["still read"]
    assert where(errors) == [("bad16.txt", None, None, "bad-encoding"), ("blob.jsonl", 3, None, "binary"),
                             ("latin.txt", 2, None, "unknown-encoding"), ("nobom.txt", None, None, "unknown-encoding")]


def test_gzipped_inputs_by_name_and_by_magic(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(jsonl({"text": "zipped"}).encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Title\nzipped text"))
    (tmp_path / "c.data").write_bytes(gzip.compress(jsonl({"text": "found by magic"}).encode()))
    arts, errors = read([tmp_path, tmp_path / "c.data"])
    assert [a.text for a in arts] == ["zipped", "Title\nzipped text", "found by magic"]
    assert errors.skipped == 0


def test_a_truncated_gzip_keeps_what_came_before(tmp_path):
    f = tmp_path / "cut.jsonl.gz"
    packed = gzip.compress(jsonl(*({"id": str(i), "text": f"article {i} " + "z" * (i % 500)}
                                   for i in range(20_000))).encode())
    f.write_bytes(packed[: len(packed) // 2])
    arts, errors = read([f])
    assert 0 < len(arts) < 20_000
    assert [a.id for a in arts] == [str(i) for i in range(len(arts))]
    [e] = errors.errors
    assert e.reason == "unreadable" and "ended before" in e.message and e.line > len(arts)


# -- paths --------------------------------------------------------------------------------

def make_tree(root):
    (root / "b").mkdir()
    (root / "a").mkdir()
    (root / ".hidden").mkdir()
    (root / "a" / "2.jsonl").write_text(jsonl({"text": "a2"}))
    (root / "a" / "1.json").write_text(json.dumps({"text": "a1"}))
    (root / "b" / "x.txt").write_text("bx")
    (root / "b" / "notes.md").write_text("not an article")
    (root / ".hidden" / "h.jsonl").write_text(jsonl({"text": "hidden"}))
    (root / "top.html").write_text("<p>top</p>")


def test_directories_are_walked_in_sorted_order(tmp_path):
    make_tree(tmp_path)
    arts, errors = read([tmp_path])
    assert [a.text for a in arts] == ["top", "a1", "a2", "bx"]
    assert errors.skipped == 0
    (tmp_path / "void").mkdir()
    _, errors = read([tmp_path / "void"])
    assert where(errors) == [("void", None, None, "no-files")]


def test_globs_and_missing_paths(tmp_path):
    make_tree(tmp_path)
    arts, errors = read([tmp_path / "*" / "*.jsonl", tmp_path / "**", tmp_path / "*.csv", tmp_path / "nope.jsonl"])
    # a file matched twice is read once
    assert [a.text for a in arts] == ["a2", "top", "a1", "bx"]
    assert where(errors) == [("*.csv", None, None, "empty-glob"), ("nope.jsonl", None, None, "not-found")]
    assert errors.stream.getvalue().splitlines()[-1] == f"{tmp_path}/nope.jsonl: no such file or directory"


def test_an_explicit_file_with_another_extension_is_sniffed(tmp_path):
    (tmp_path / "feed.data").write_text(jsonl({"text": "json lines"}))
    (tmp_path / "page.xml").write_text("<!doctype html><title>T</title><p>html</p>")
    (tmp_path / "README").write_text("Plain title\nplain text")
    arts, _ = read([tmp_path / "feed.data", tmp_path / "page.xml", tmp_path / "README"])
    assert [(a.title, a.text) for a in arts] == [(None, "json lines"), ("T", "html"), ("Plain title", "Plain title\nplain text")]


@pytest.mark.timeout(30)
def test_pipes_are_read_when_named_and_passed_over_in_directories(tmp_path):
    import threading

    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    (tmp_path / "plain.jsonl").write_text(jsonl({"text": "plain"}))
    arts, errors = read([tmp_path])  # opening the pipe would wait forever for a writer
    assert [a.text for a in arts] == ["plain"] and errors.skipped == 0

    def writer():  # what `eventgraph extract <(zcat x.gz)` hands us
        with open(fifo, "w") as w:
            w.write(jsonl({"text": "through a pipe"}))

    t = threading.Thread(target=writer)
    t.start()
    arts, errors = read([fifo])
    t.join()
    assert [a.text for a in arts] == ["through a pipe"]


def test_txt_title_skips_lines_of_invisible_characters(tmp_path):
    f = tmp_path / "zw.txt"
    f.write_text("\u200b\u00ad\n\x07\nReal headline\nBody.")
    [a], _ = read([f])
    assert a.title == "Real headline" and a.text == "Real headline\nBody."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_file(tmp_path):
    f = tmp_path / "secret.jsonl"
    f.write_text(jsonl({"text": "x"}))
    f.chmod(0)
    _, errors = read([f])
    assert where(errors) == [("secret.jsonl", None, None, "unreadable")]


# -- stdin --------------------------------------------------------------------------------

@pytest.mark.parametrize("data, texts", [
    (jsonl({"text": "one"}, "{bad", {"text": "two"}), ["one", "two"]),
    (json.dumps({"text": "pretty"}, indent=2), ["pretty"]),
    (json.dumps([{"text": "x"}, {"text": "y"}]), ["x", "y"]),
    ("Sweden joined NATO.\nIt was a Thursday.", ["Sweden joined NATO.\nIt was a Thursday."]),
    ("<html><body><p>From a page</p></body></html>", ["From a page"]),
])
def test_stdin_format_is_detected(data, texts):
    for stream in (io.StringIO(data), io.BytesIO(data.encode())):
        arts, errors = read(["-"], stdin=stream)
        assert [a.text for a in arts] == texts
        assert all(a.origin.startswith("<stdin>:") for a in arts)
    assert errors.skipped == (1 if "{bad" in data else 0)


def test_empty_stdin_is_a_warning():
    arts, errors = read(["-"], stdin=io.BytesIO(b""))
    assert arts == [] and errors.exit_status == 0
    assert [w.reason for w in errors.warnings] == ["empty-file"]


def test_messages_escape_control_characters_from_the_input(tmp_path):
    f = tmp_path / "evil.jsonl"
    f.write_text(jsonl({"text": "t", "published": "\x1b[2J\x1b]0;pwned\x07"}))
    _, errors = read([f])
    out = errors.stream.getvalue()
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out
