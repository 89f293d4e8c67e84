"""Every error leaves the API as application/problem+json (RFC 9457)."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventgraph.errors import InputError, NotFound, StoreError, StoreUnavailable
from eventgraph.queries import QueryError

log = logging.getLogger("eventgraph.api")

PROBLEM = "application/problem+json"
RETRY_AFTER_S = 10
TITLES = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
          413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
          500: "Internal Server Error", 503: "Service Unavailable"}
TYPES = {404: "not-found", 422: "invalid-parameter", 401: "unauthorized", 413: "body-too-large",
         503: "store-unavailable", 500: "internal-error"}


class ApiProblem(Exception):
    """Raise from a route to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, errors: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None):
        self.status, self.detail, self.errors, self.headers = status, detail, errors, headers
        super().__init__(detail)


def not_found(what: str, ident: str) -> ApiProblem:
    return ApiProblem(404, f"unknown {what} id {ident!r}")


def problem(status: int, detail: str, instance: str, *, errors: list[dict[str, Any]] | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"https://eventgraph.dev/problems/{TYPES.get(status, 'http-error')}",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _instance(request: Request) -> str:
    q = request.url.query
    return request.url.path + (f"?{q}" if q else "")


def _loc_name(loc: tuple) -> tuple[str, str]:
    """('query', 'depth') -> ('query', 'depth'); ('body', 2, 'text') -> ('body', '[2].text')."""
    where = str(loc[0]) if loc else "request"
    rest = loc[1:]
    name = ""
    for part in rest:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return where, name or where


def validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        where, name = _loc_name(tuple(err.get("loc") or ()))
        out.append({"in": where, "parameter": name, "message": err.get("msg", "invalid"),
                    "type": err.get("type", "value_error")})
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiProblem)
    async def _api_problem(request: Request, exc: ApiProblem):
        return problem(exc.status, exc.detail, _instance(request), errors=exc.errors, headers=exc.headers)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        return problem(422, str(exc), _instance(request),
                       errors=[{"in": "query", "parameter": exc.parameter, "message": exc.message,
                                "type": "value_error"}])

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return problem(422, str(exc), _instance(request),
                       errors=[{"in": "body", "parameter": exc.field or "body", "message": exc.message,
                                "type": exc.reason}])

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = validation_errors(exc)
        detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors) or "invalid request"
        return problem(422, detail, _instance(request), errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "error")
        return problem(exc.status_code, detail, _instance(request), headers=getattr(exc, "headers", None))

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return problem(404, str(exc), _instance(request))

    @app.exception_handler(StoreUnavailable)
    async def _unavailable(request: Request, exc: StoreUnavailable):
        log.warning("store unavailable: %s", exc)
        return problem(503, f"the graph store cannot be reached: {exc}", _instance(request),
                       headers={"Retry-After": str(RETRY_AFTER_S)})

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        log.exception("store error on %s", _instance(request))
        return problem(500, "the graph store failed; see the server log", _instance(request))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        # only real bugs get here: bad input is answered above with a 4xx
        log.exception("unhandled error on %s", _instance(request))
        return problem(500, "internal error; see the server log", _instance(request))
