"""The OpenAPI document, told true: every operation's error answers as `application/problem+json` in the shape
app/errors.py sends, and no security requirement on the routes that need no token.

Litestar documents only 2xx and a 400 in a shape it never sends; this rewrites the built document once at start-up.
Which errors an operation can answer follows from its handler: 400 for any input, 401 and 403 unless it is public,
404 for a path with ids, 409 for writes, 413 for a body, 503 everywhere (a backing service down), plus what the handler
declares with `problems=(429, ...)` in its decorator (rate limits, expiries).
"""

from __future__ import annotations

import re
from typing import Any

import msgspec
from litestar import Litestar
from litestar._openapi.plugin import OpenAPIPlugin
from litestar.handlers import HTTPRouteHandler
from litestar.routes import HTTPRoute

from app.accounts.schemas import RosterImport
from app.openapi_text import describe

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An RFC 9457 problem document, the one shape of every error answer. Some problems add members "
    "(for example `limit`, `down`, `reason`).",
    "required": ["type", "title", "status", "detail", "errors"],
    "properties": {
        "type": {
            "type": "string",
            "description": "A relative URI naming the kind of problem, such as `/problems/invalid-input`; stable, "
            "for a client to branch on",
        },
        "title": {"type": "string", "description": "A short human summary of the kind of problem"},
        "status": {"type": "integer", "description": "The HTTP status code, repeated"},
        "detail": {"type": "string", "description": "What went wrong in this request, for a person to read"},
        "errors": {
            "type": "array",
            "description": "The fields at fault, in the order found; always present, empty when no field is",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {
                    "field": {
                        "type": "string",
                        "description": "The field's path in the body (`config.available_from`, `rows[2].email`), "
                        "or a query parameter's or header's name",
                    },
                    "message": {"type": "string", "description": "What is wrong with it"},
                    "source": {
                        "type": "string",
                        "description": "Where the field is: `body`, `query`, `path`, `header` (when known)",
                    },
                    "key": {
                        "type": "string",
                        "description": "The offending key itself, when the field is an unknown key of an object",
                    },
                },
            },
        },
    },
    "additionalProperties": True,
    "example": {
        "type": "/problems/invalid-input",
        "title": "Invalid input",
        "status": 400,
        "detail": "this question is answered in python",
        "errors": [{"field": "language", "message": "this question is answered in python"}],
    },
}
DESCRIPTIONS = {
    400: "Invalid input: the fields at fault are listed in `errors`",
    401: "No valid bearer token",
    403: "Signed in, but this role may not do this",
    404: "Not found, or not visible to the caller (the two answer alike)",
    409: "Conflicts with what is stored (a duplicate, a stale revision, something still referenced)",
    410: "Expired or already used",
    413: "The body or the code is too large",
    415: "The body is not application/json",
    422: "Understood but not possible: another party's answer (an LMS's) did not meet the standard; `detail` says how",
    429: "Too many requests; `Retry-After` says when to try again",
    503: "A backing service is unreachable; `Retry-After` says when to try again",
}
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
PROBLEMS_OPT = "problems"  # extra statuses a handler declares: @post(..., problems=(429,))


def operation_id(handler: HTTPRouteHandler, method: str, path: list[Any]) -> str:
    """The handler's own name (`import_roster`, `gradebook`): what a generated client calls the operation; a test
    keeps them unique."""
    return handler.handler_name


def openapi_path(path: str) -> str:
    """Litestar's `/x/{id:int}` as the document writes it, `/x/{id}`."""
    return re.sub(r"\{(\w+):[^}]+\}", r"{\1}", path)


def _statuses(method: str, path: str, public: bool, has_body: bool, declared: tuple[int, ...]) -> set[int]:
    statuses = {400, 503, *declared}
    if not public:
        statuses |= {401, 403}
    if "{" in path:
        statuses.add(404)
    if method in WRITES and not public:
        statuses.add(409)
    if has_body:
        statuses.add(413)
    return statuses


def document_problems(app: Litestar) -> dict[str, Any]:
    """Rewrite the app's built OpenAPI document in place (it is built once and cached); answers it."""
    document = app.plugins.get(OpenAPIPlugin).provide_openapi_schema()
    document.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    problem = {"content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        path = openapi_path(route.path)
        for handler in route.route_handlers:
            for method in handler.http_methods:
                operation = document.get("paths", {}).get(path, {}).get(method.lower())
                if operation is None:
                    continue  # not in the document (include_in_schema=False, OPTIONS)
                public = bool(handler.opt.get("exclude_from_auth"))
                if public:
                    operation["security"] = []
                has_body = "requestBody" in operation
                declared = tuple(handler.opt.get(PROBLEMS_OPT, ()))
                responses = operation.setdefault("responses", {})
                for status in sorted(_statuses(method, path, public, has_body, declared)):
                    responses[str(status)] = {"description": DESCRIPTIONS[status], **problem}
    _, bodies = msgspec.json.schema_components((RosterImport,), ref_template="#/components/schemas/{name}")
    describe(document, bodies)
    return document
