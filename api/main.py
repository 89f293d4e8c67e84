"""The eventgraph HTTP API: `uvicorn api.main:app`, or create_app() for tests and embedding."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventgraph.config import Settings, get_settings
from eventgraph.store import GraphStore

from . import errors
from .deps import GazetteerHolder, StoreHolder
from .models import Problem
from .routers import ROUTERS

log = logging.getLogger("eventgraph.api")

DESCRIPTION = """Query a geopolitical event graph: actors, events with their evidence, ego networks,
chains between actors, timelines and bloc memberships. Errors are `application/problem+json`
(RFC 9457); a 422 lists each bad parameter in `errors`."""


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, by header or while streaming."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            response = errors.problem(413, self._detail(), scope.get("path", ""))
            return await response(scope, receive, send)
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:  # chunked uploads have no Content-Length to check first
                raise HTTPException(413, self._detail())
            return message

        await self.app(scope, limited, send)

    def _detail(self) -> str:
        return f"request body larger than {self.limit} bytes (EVENTGRAPH_MAX_BODY_BYTES)"


def create_app(settings: Settings | None = None, store: GraphStore | None = None,
               gazetteer: Any = None) -> FastAPI:
    """The app; `store` (and `gazetteer`) are used as given and not closed on shutdown."""
    settings = settings or get_settings()
    holder = StoreHolder(settings, store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        holder.close()

    app = FastAPI(title="eventgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  generate_unique_id_function=lambda route: route.name,  # operationIds for client generators
                  responses={422: {"model": Problem, "description": "a parameter is invalid"},
                             503: {"model": Problem, "description": "the store cannot be reached"}})
    app.state.settings = settings
    app.state.store_holder = holder
    app.state.gazetteer_holder = GazetteerHolder(gazetteer)
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router)
    _document_problem_media_type(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:  # off unless asked for
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["Content-Type", "X-API-Key"])
    return app


def _document_problem_media_type(app: FastAPI) -> None:
    """Errors are sent as application/problem+json; say so in /openapi.json (FastAPI would
    document them as application/json, which clients validating the schema reject)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = build()
        for item in doc.get("paths", {}).values():
            for op in item.values():
                for code, response in (op.get("responses") or {}).items() if isinstance(op, dict) else ():
                    content = response.get("content") or {}
                    if code[:1] in "45" and "application/json" in content:
                        content[errors.PROBLEM] = content.pop("application/json")
        return doc

    app.openapi = openapi


def run(host: str = "127.0.0.1", port: int = 8000, store_target: str | None = None) -> None:
    """Serve the API with uvicorn (what `eventgraph serve` calls)."""
    import uvicorn

    settings = get_settings()
    if store_target:
        settings = settings.model_copy(update={"store": store_target})
    uvicorn.run(create_app(settings), host=host, port=port)


app = create_app()
