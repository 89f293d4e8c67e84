from __future__ import annotations

import json
import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import TypeAdapter, ValidationError

from eventgraph.models import Article

from ..deps import WriteAccess
from ..errors import ApiProblem
from ..models import ArticleIn, IngestResult, Problem

router = APIRouter(tags=["articles"])

_ONE = ArticleIn.model_json_schema()
_BODY = {"required": True, "content": {"application/json": {"schema": {
    "oneOf": [_ONE, {"type": "array", "items": _ONE, "minItems": 1}]}}}}
_MANY = TypeAdapter(list[ArticleIn])
_NLP_LOCK = threading.Lock()  # one spaCy pipeline per process; not safe to run from two threads


def parse_articles(raw: bytes) -> list[ArticleIn]:
    """One article object or a non-empty list of them; errors name body[i].field."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestValidationError([{"loc": ("body",), "msg": f"invalid JSON: {exc}", "type": "json_invalid"}])
    single = isinstance(data, dict)
    if not single and not (isinstance(data, list) and data):
        raise RequestValidationError([{"loc": ("body",), "type": "type_error",
                                       "msg": "expected an article object or a non-empty list of them"}])
    try:
        return _MANY.validate_python([data] if single else data)
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            loc = tuple(err["loc"][1:]) if single else tuple(err["loc"])
            errors.append({"loc": ("body", *loc), "msg": err["msg"], "type": err["type"]})
        raise RequestValidationError(errors) from None


def extract_and_store(store: Any, articles: list[Article]) -> dict[str, Any]:
    try:
        from eventgraph.pipeline import extract_articles
    except ImportError as exc:
        raise ApiProblem(501, f"extraction is not available in this installation: {exc}") from exc
    failed: list[dict[str, str]] = []

    def on_error(article: Article, exc: Exception) -> None:
        failed.append({"article_id": article.id, "origin": article.origin or "", "error": str(exc)})

    try:
        with _NLP_LOCK:
            batch = list(extract_articles(articles, on_error=on_error))
    except ModuleNotFoundError as exc:  # a part of the pipeline is not installed
        raise ApiProblem(501, f"extraction is not available in this installation: {exc}") from exc
    report = store.ingest(batch)
    events = []
    for event_id in dict.fromkeys(report.event_ids):
        event = store.get_event(event_id)
        if event is not None:
            event.pop("evidence_list", None)  # GET /events/{id} has it; a merged event may have many
            events.append(event)
    return {"articles_new": report.articles_new, "articles_skipped": report.articles_skipped,
            "events_created": report.events_created, "events_merged": report.events_merged, "events": events,
            "failed": failed}


@router.post("/articles", response_model=IngestResult, dependencies=[WriteAccess],
             summary="Extract events from articles and store them",
             description="One article or a list, in the contract's shape (only `text` is required). "
                         "Ingest is idempotent: an article already stored is skipped. When the server has "
                         "EVENTGRAPH_API_KEY set, send it in X-API-Key.",
             openapi_extra={"requestBody": _BODY},
             responses={401: {"model": Problem, "description": "missing or wrong X-API-Key"},
                        413: {"model": Problem, "description": "body larger than EVENTGRAPH_MAX_BODY_BYTES"},
                        501: {"model": Problem, "description": "the extraction pipeline is not installed"}})
async def post_articles(request: Request):
    items = parse_articles(await request.body())
    limit = request.app.state.settings.max_article_chars
    too_long = [{"loc": ("body", i, "text") if len(items) > 1 else ("body", "text"), "type": "string_too_long",
                 "msg": f"text has {len(a.text)} characters; the limit is {limit} (EVENTGRAPH_MAX_ARTICLE_CHARS)"}
                for i, a in enumerate(items) if len(a.text) > limit]
    if too_long:
        raise RequestValidationError(too_long)
    articles = [Article(text=a.text, id=a.id or "", url=a.url, title=a.title, published=a.published,
                        source=a.source, language=a.language, origin=f"POST /articles body[{i}]")
                for i, a in enumerate(items)]
    store = request.app.state.store_holder.get()
    # extraction is CPU-bound spaCy work: keep it off the event loop
    return await run_in_threadpool(extract_and_store, store, articles)
