"""Shared helpers for tests that run the real extraction pipeline."""
from __future__ import annotations

from eventgraph.models import Article, Event
from eventgraph.pipeline import build_nlp, extract_articles, make_doc


def run(text: str, published: str | None = "2024-10-21"):
    """The processed Doc of a text (all components run)."""
    nlp = build_nlp()
    return nlp(make_doc(nlp, Article(text=text, published=published)))


def events(text: str, published: str | None = "2024-10-21") -> list[Event]:
    art = Article(text=text, published=published)
    return next(extract_articles([art]))[1]


def triples(evs: list[Event], statuses=("occurred", "planned")) -> set[tuple]:
    """(type, source, target, date, status) of events, MEET pairs sorted."""
    out = set()
    for e in evs:
        if e.status not in statuses:
            continue
        a, b = e.actor_pair()
        out.add((e.type, a, b, e.date, e.status))
    return out
